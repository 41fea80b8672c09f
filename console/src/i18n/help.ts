/**
 * The short help of each screen (the app bar's help button, layout/ScreenHelp.tsx), following
 * the guide's steps, and the contact centre (texts shared with the sign-in page, signIn.ts).
 */
import type { Locale } from "../common/format";
import { signInMessages } from "./signIn";

export type HelpScreen =
  | "general"
  | "home"
  | "period"
  | "select"
  | "entry"
  | "overview"
  | "done"
  | "details"
  | "ebox"
  | "income"
  | "access"
  | "review"
  | "declaration"
  | "workers"
  | "employers"
  | "dimona"
  | "ceilings";

interface HelpTexts {
  button: string;
  title: string;
  close: string;
  screens: Record<HelpScreen, string>;
}

const help: Record<Locale, HelpTexts> = {
  de: {
    button: "Hilfe zu dieser Seite",
    title: "Hilfe",
    close: "Schließen",
    screens: {
      general: "Mit Flexi at work übermitteln Arbeitgeber die Lohndaten ihrer Flexi-Jobber an das LSS.",
      home: "Hier sehen Sie die Arbeitnehmer, für die Sie Flexi-Lohndaten übermittelt haben, mit dem Status der letzten Übermittlung. Über „Details“ ändern oder löschen Sie eine Übermittlung; neue Daten übermitteln Sie mit „Flexi-Lohndaten übermitteln“.",
      period:
        "Schritt 1: Geben Sie Beginn und Ende des Zeitraums ein, für den Sie Lohndaten übermitteln. Gesucht werden Flexi-Jobber mit einer Dimona in diesem Zeitraum.",
      select: "Schritt 2: Markieren Sie mindestens einen Flexi-Jobber und klicken Sie auf „Nächste“.",
      entry:
        "Schritt 3: Füllen Sie die Pflichtfelder (rotes Sternchen) aus: Berechnungszeitraum, Berechnungsdatum, Kategorie Arbeitgeber, Typ Arbeitnehmer und mindestens einen Bruttolohn oder eine Bruttoprämie.",
      overview:
        "Schritt 4: Prüfen Sie die eingegebenen Daten. Mit dem Stift korrigieren, mit dem Papierkorb löschen Sie eine Eingabe; „Lohndaten übermitteln“ sendet alles an das LSS.",
      done: "Schritt 5: Die Übermittlung ist angekommen. Das Ergebnis der Kontrollen erscheint in der Übersicht und als Nachricht in Ihrer e-Box.",
      details:
        "Im Abschnitt „Flexi at work“ ändern Sie eine Übermittlung mit dem Stift oder löschen sie mit dem Papierkorb; der Abschnitt „Dimona-Zeiträume“ zeigt die Dimona-Meldungen des Arbeitnehmers.",
      ebox: "Ihre e-Box enthält die Bestätigungen und Ablehnungen Ihrer Übermittlungen. Öffnen Sie eine Nachricht, um sie zu lesen.",
      income:
        "Hier sehen Sie Ihr Flexi-Einkommen des Jahres je Arbeitgeber und wie viel davon bis zur steuerfreien Obergrenze bleibt.",
      access:
        "Hier gewähren oder entziehen Sie Benutzern Ihres Unternehmens die Zugänge. Wer Flexi-Lohndaten übermittelt, braucht „Dimona-Konsultation“ und „Flexi at work“.",
      review:
        "Die Prüfliste zeigt die Meldungen, die noch anzusehen sind. Filtern Sie, öffnen Sie eine Meldung oder wählen Sie mehrere aus, um sie mit einer Begründung anzunehmen oder abzulehnen.",
      declaration:
        "Eine Meldung mit Inhalt, Anomalien, Dimona-Zeiträumen und Verlauf. Jede Annahme, Ablehnung oder Berichtigung braucht eine Begründung, die der Arbeitgeber liest.",
      workers: "Suchen Sie Arbeitnehmer nach Name oder INSZ; ein Klick öffnet ihre Meldungen und ihr Einkommen.",
      employers: "Die Arbeitgeber mit LSS-Nummer und Kategorien; ein Klick öffnet ihre Angaben.",
      dimona: "Die Dimona-Zeiträume aller Arbeitnehmer; ein Zeitraum lässt sich mit Begründung berichtigen.",
      ceilings:
        "Die steuerfreie Obergrenze des Flexi-Einkommens je Jahr; eine vorläufige ist als solche gekennzeichnet.",
    },
  },
  fr: {
    button: "Aide sur cette page",
    title: "Aide",
    close: "Fermer",
    screens: {
      general: "Avec Flexi at work, l'employeur transmet à l'ONSS les données salariales de ses flexi-jobistes.",
      home: "Vous voyez ici les travailleurs pour lesquels vous avez transmis des données salariales flexi, avec le statut de la dernière transmission. « Détails » permet de la modifier ou de la supprimer ; « Transmettre des données salariales flexi » en envoie de nouvelles.",
      period:
        "Étape 1 : indiquez le début et la fin de la période pour laquelle vous transmettez des données. Les flexi-jobistes ayant une Dimona dans cette période sont recherchés.",
      select: "Étape 2 : cochez au moins un flexi-jobiste et cliquez sur « Suivant ».",
      entry:
        "Étape 3 : remplissez les champs obligatoires (astérisque rouge) : période de calcul, date de calcul, catégorie d'employeur, type de travailleur et au moins un salaire brut ou une prime brute.",
      overview:
        "Étape 4 : vérifiez les données encodées. Le crayon corrige, la corbeille supprime une saisie ; « Transmettre les données salariales » envoie le tout à l'ONSS.",
      done: "Étape 5 : la transmission est arrivée. Le résultat des contrôles apparaît dans l'aperçu et comme message dans votre e-Box.",
      details:
        "Dans la rubrique « Flexi at work », le crayon modifie une transmission et la corbeille la supprime ; la rubrique « Périodes Dimona » montre les déclarations Dimona du travailleur.",
      ebox: "Votre e-Box contient les confirmations et les refus de vos transmissions. Ouvrez un message pour le lire.",
      income:
        "Vous voyez ici vos revenus flexi de l'année par employeur et ce qu'il reste jusqu'au plafond exonéré d'impôt.",
      access:
        "Accordez ou retirez ici les accès des utilisateurs de votre entreprise. Pour transmettre des données flexi, il faut « Consultation Dimona » et « Flexi at work ».",
      review:
        "La file de contrôle montre les déclarations à examiner. Filtrez, ouvrez une déclaration ou sélectionnez-en plusieurs pour les accepter ou les refuser avec un motif.",
      declaration:
        "Une déclaration avec son contenu, ses anomalies, les périodes Dimona et l'historique. Toute acceptation, tout refus ou toute correction exige un motif, que l'employeur lit.",
      workers: "Recherchez un travailleur par nom ou NISS ; un clic ouvre ses déclarations et ses revenus.",
      employers: "Les employeurs avec leur numéro ONSS et leurs catégories ; un clic ouvre leurs données.",
      dimona: "Les périodes Dimona de tous les travailleurs ; une période peut être corrigée avec un motif.",
      ceilings: "Le plafond annuel exonéré des revenus flexi ; un plafond provisoire est indiqué comme tel.",
    },
  },
  nl: {
    button: "Hulp bij deze pagina",
    title: "Hulp",
    close: "Sluiten",
    screens: {
      general: "Met Flexi at work bezorgt de werkgever de loongegevens van zijn flexi-jobbers aan de RSZ.",
      home: "Hier ziet u de werknemers voor wie u flexiloongegevens hebt doorgestuurd, met de status van de laatste doorsturing. Via „Details” wijzigt of verwijdert u ze; nieuwe gegevens stuurt u met „Flexiloongegevens doorsturen”.",
      period:
        "Stap 1: geef het begin en einde van de periode waarvoor u loongegevens doorstuurt. Er wordt gezocht naar flexi-jobbers met een Dimona in die periode.",
      select: "Stap 2: vink minstens één flexi-jobber aan en klik op „Volgende”.",
      entry:
        "Stap 3: vul de verplichte velden in (rood sterretje): berekeningsperiode, berekeningsdatum, werkgeverscategorie, type werknemer en minstens een brutoloon of een brutopremie.",
      overview:
        "Stap 4: controleer de ingevoerde gegevens. Met het potlood verbetert u, met de prullenbak verwijdert u een invoer; „Loongegevens doorsturen” stuurt alles naar de RSZ.",
      done: "Stap 5: de doorsturing is aangekomen. Het resultaat van de controles verschijnt in het overzicht en als bericht in uw e-Box.",
      details:
        "In de rubriek „Flexi at work” wijzigt u een doorsturing met het potlood of verwijdert u ze met de prullenbak; de rubriek „Dimona-periodes” toont de Dimona-aangiften van de werknemer.",
      ebox: "Uw e-Box bevat de bevestigingen en weigeringen van uw doorsturingen. Open een bericht om het te lezen.",
      income:
        "Hier ziet u uw flexi-inkomen van het jaar per werkgever en hoeveel er overblijft tot het belastingvrije plafond.",
      access:
        "Hier geeft of ontneemt u gebruikers van uw onderneming de toegangen. Wie flexiloongegevens doorstuurt, heeft „Dimona-consultatie” en „Flexi at work” nodig.",
      review:
        "De controlelijst toont de aangiften die nog bekeken moeten worden. Filter, open een aangifte of selecteer er meerdere om ze met een reden te aanvaarden of te weigeren.",
      declaration:
        "Een aangifte met inhoud, anomalieën, Dimona-periodes en geschiedenis. Elke aanvaarding, weigering of correctie vraagt een reden, die de werkgever leest.",
      workers: "Zoek werknemers op naam of INSZ; een klik opent hun aangiften en hun inkomen.",
      employers: "De werkgevers met RSZ-nummer en categorieën; een klik opent hun gegevens.",
      dimona: "De Dimona-periodes van alle werknemers; een periode kan met een reden worden verbeterd.",
      ceilings:
        "Het belastingvrije jaarplafond van het flexi-inkomen; een voorlopig plafond staat als zodanig aangeduid.",
    },
  },
  en: {
    button: "Help on this page",
    title: "Help",
    close: "Close",
    screens: {
      general: "With Flexi at work, employers send the wage data of their flexi-jobbers to the NSSO.",
      home: "Here are the workers for whom you transmitted flexi wage data, with the status of the latest transmission. “Details” lets you modify or delete it; “Transmit flexi wage data” sends new data.",
      period:
        "Step 1: enter the start and end of the period you transmit wage data for. Flexi-jobbers with a Dimona in that period are looked up.",
      select: "Step 2: tick at least one flexi-jobber and click “Next”.",
      entry:
        "Step 3: fill in the mandatory fields (red asterisk): calculation period, calculation date, employer class, worker type and at least a gross wage or a gross premium.",
      overview:
        "Step 4: check the data entered. The pencil corrects, the bin deletes an entry; “Transmit wage data” sends everything to the NSSO.",
      done: "Step 5: the transmission has arrived. The result of the controls appears in the overview and as a message in your e-Box.",
      details:
        "In the “Flexi at work” section, the pencil modifies a transmission and the bin deletes it; the “Dimona periods” section shows the worker's Dimona declarations.",
      ebox: "Your e-Box holds the confirmations and refusals of your transmissions. Open a message to read it.",
      income: "Here is your flexi income of the year per employer, and how much is left up to the tax-free ceiling.",
      access:
        "Grant or revoke the access of your company's users here. Transmitting flexi wage data needs both “Dimona consultation” and “Flexi at work”.",
      review:
        "The review queue lists the declarations still to look at. Filter, open a declaration, or select several to accept or refuse them with a reason.",
      declaration:
        "A declaration with its content, anomalies, Dimona periods and history. Every acceptance, refusal or correction needs a reason, which the employer reads.",
      workers: "Find workers by name or SSIN; a click opens their declarations and income.",
      employers: "The employers with their NSSO number and classes; a click opens their details.",
      dimona: "The Dimona periods of all workers; a period can be corrected with a reason.",
      ceilings: "The yearly tax-free ceiling of flexi income; a provisional one is marked as such.",
    },
  },
};

/** flexi.help.* and flexi.contact.* of each language. */
export const helpMessages: Record<Locale, { help: HelpTexts; contact: (typeof signInMessages)[Locale]["contact"] }> = {
  de: { help: help.de, contact: signInMessages.de.contact },
  fr: { help: help.fr, contact: signInMessages.fr.contact },
  nl: { help: help.nl, contact: signInMessages.nl.contact },
  en: { help: help.en, contact: signInMessages.en.contact },
};
