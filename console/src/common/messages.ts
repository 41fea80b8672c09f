/** Texts every area shares: the app, the menu, statuses and kinds of declarations. */
export const commonMessages = {
  de: {
    app: { title: "Flexi at work", language: "Sprache", signedOutExpired: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." },
    menu: {
      home: "Übersicht", wizard: "Flexi-Lohndaten übermitteln", ebox: "e-Box", access: "Zugriffsverwaltung", income: "Mein Flexi-Einkommen",
      review: "Prüfliste", workers: "Arbeitnehmer", employers: "Arbeitgeber", dimonaPeriods: "Dimona-Zeiträume", ceilings: "Obergrenzen",
    },
    status: {
      DRAFT: "Entwurf", PENDING: "Ausstehend", ACCEPTED: "Angenommen", ACCEPTED_WITH_WARNINGS: "Angenommen mit Warnungen",
      REFUSED: "Abgelehnt", CANCELLED: "Gelöscht",
    },
    kind: { ORIGINAL: "Ursprüngliche Meldung", MODIFICATION: "Änderung", CANCELLATION: "Löschung" },
    workerType: { BLUE_COLLAR_050: "Flexi-Arbeiter (050)", WHITE_COLLAR_450: "Flexi-Angestellter (450)" },
  },
  fr: {
    app: { title: "Flexi at work", language: "Langue", signedOutExpired: "Votre session a expiré. Veuillez vous reconnecter." },
    menu: {
      home: "Aperçu", wizard: "Transmettre des données salariales flexi", ebox: "e-Box", access: "Gestion des accès", income: "Mes revenus flexi",
      review: "File de contrôle", workers: "Travailleurs", employers: "Employeurs", dimonaPeriods: "Périodes Dimona", ceilings: "Plafonds",
    },
    status: {
      DRAFT: "Brouillon", PENDING: "En traitement", ACCEPTED: "Acceptée", ACCEPTED_WITH_WARNINGS: "Acceptée avec avertissements",
      REFUSED: "Refusée", CANCELLED: "Supprimée",
    },
    kind: { ORIGINAL: "Déclaration initiale", MODIFICATION: "Modification", CANCELLATION: "Suppression" },
    workerType: { BLUE_COLLAR_050: "Ouvrier flexi (050)", WHITE_COLLAR_450: "Employé flexi (450)" },
  },
  nl: {
    app: { title: "Flexi at work", language: "Taal", signedOutExpired: "Uw sessie is verlopen. Meld u opnieuw aan." },
    menu: {
      home: "Overzicht", wizard: "Flexiloongegevens doorsturen", ebox: "e-Box", access: "Toegangsbeheer", income: "Mijn flexi-inkomen",
      review: "Controlelijst", workers: "Werknemers", employers: "Werkgevers", dimonaPeriods: "Dimona-periodes", ceilings: "Plafonds",
    },
    status: {
      DRAFT: "Ontwerp", PENDING: "In behandeling", ACCEPTED: "Aanvaard", ACCEPTED_WITH_WARNINGS: "Aanvaard met waarschuwingen",
      REFUSED: "Geweigerd", CANCELLED: "Verwijderd",
    },
    kind: { ORIGINAL: "Oorspronkelijke aangifte", MODIFICATION: "Wijziging", CANCELLATION: "Verwijdering" },
    workerType: { BLUE_COLLAR_050: "Flexi-arbeider (050)", WHITE_COLLAR_450: "Flexi-bediende (450)" },
  },
  en: {
    app: { title: "Flexi at work", language: "Language", signedOutExpired: "Your session has expired. Please sign in again." },
    menu: {
      home: "Overview", wizard: "Transmit flexi wage data", ebox: "e-Box", access: "Access management", income: "My flexi income",
      review: "Review queue", workers: "Workers", employers: "Employers", dimonaPeriods: "Dimona periods", ceilings: "Ceilings",
    },
    status: {
      DRAFT: "Draft", PENDING: "Pending", ACCEPTED: "Accepted", ACCEPTED_WITH_WARNINGS: "Accepted with warnings",
      REFUSED: "Refused", CANCELLED: "Deleted",
    },
    kind: { ORIGINAL: "Original", MODIFICATION: "Modification", CANCELLATION: "Deletion" },
    workerType: { BLUE_COLLAR_050: "Flexi blue-collar (050)", WHITE_COLLAR_450: "Flexi white-collar (450)" },
  },
};
