/**
 * The catalogue of the asynchronous controls' anomaly codes (docs/domain-rules.md#the-asynchronous-controls): each code's
 * severity and its message in every language of the service.
 *
 * Why one catalogue: the controls write the code, the API shows the message, the e-Box lists
 * both, and the back office filters by code; one table keeps them from drifting apart, and the
 * `Record` type makes the compiler refuse a code without a severity or a language.
 *
 * Official codes keep their official values; `00024-152` keeps its official nl and en label
 * ([GLOSS] ErrorCodes 152, docs/domain-rules.md#the-asynchronous-controls). The other texts are the project's own. `FAW-*` are
 * project codes for rules the official list does not publish (docs/domain-rules.md#open-questions).
 */
import type { AnomalySeverityCode } from "./declaration-status";
import type { Language, Translated } from "./language";

/** Every anomaly code the controls can raise, in the order of docs/domain-rules.md#the-asynchronous-controls. */
export const ANOMALY_CODES = ["00024-152", "00036-022", "00011-146", "FAW-001", "FAW-002"] as const;
export type AnomalyCode = (typeof ANOMALY_CODES)[number];

/** What the catalogue knows about one code. */
export interface AnomalyDefinition {
  /** BLOCKING refuses the version; WARNING accepts it with warnings (docs/domain-rules.md#the-asynchronous-controls). */
  severity: AnomalySeverityCode;
  /**
   * One plain sentence per language, without a final full stop or an inner colon, as the official
   * labels are written: lists such as the e-Box put "code (severity): " before it.
   */
  message: Translated;
}

/** Severity and message of every anomaly code. */
export const ANOMALY_CATALOGUE: Readonly<Record<AnomalyCode, AnomalyDefinition>> = {
  /** No non-cancelled FLX Dimona period of this employer overlaps the calculation period (official, observed non-blocking). */
  "00024-152": {
    severity: "WARNING",
    message: {
      nl: "Geen geldige werkrelatie gevonden voor de opgegeven periode of datum",
      fr: "Aucune relation de travail valable trouvée pour la période ou la date indiquée",
      de: "Kein gültiges Arbeitsverhältnis für den angegebenen Zeitraum oder das angegebene Datum gefunden",
      en: "No employment relationship found for the given period or date",
    },
  },
  /** The employer class of a property is not one of the employer's classes (official format; severity not confirmed). */
  "00036-022": {
    severity: "BLOCKING",
    message: {
      nl: "De opgegeven werkgeverscategorie is niet aan deze werkgever toegekend",
      fr: "La catégorie d'employeur indiquée n'est pas attribuée à cet employeur",
      de: "Die angegebene Arbeitgeberkategorie ist diesem Arbeitgeber nicht zugeteilt",
      en: "The given employer class is not assigned to this employer",
    },
  },
  /** The employer has only a provisional NSSO number, which cannot declare (docs/domain-rules.md#nsso-number). */
  "00011-146": {
    severity: "BLOCKING",
    message: {
      nl: "De werkgever beschikt enkel over een voorlopig RSZ-nummer",
      fr: "L'employeur ne dispose que d'un numéro ONSS provisoire",
      de: "Der Arbeitgeber verfügt nur über eine vorläufige LSS-Nummer",
      en: "The employer has only a provisional NSSO number",
    },
  },
  /** Late: more than 5 calendar days after the latest calculation date of that month in its submission (docs/domain-rules.md#the-deadline). */
  "FAW-001": {
    severity: "WARNING",
    message: {
      nl: "De aangifte werd laattijdig ingediend, meer dan 5 kalenderdagen na de laatste berekeningsdatum van de maand",
      fr: "La déclaration a été introduite tardivement, plus de 5 jours calendrier après la dernière date de calcul du mois",
      de: "Die Lohndaten wurden verspätet übermittelt, mehr als 5 Kalendertage nach dem letzten Berechnungsdatum des Monats",
      en: "The declaration was submitted late, more than 5 calendar days after the latest calculation date of the month",
    },
  },
  /** Possible duplicate of another in-force declaration of the same employer. */
  "FAW-002": {
    severity: "WARNING",
    message: {
      nl: "Mogelijk duplicaat van een andere geldende aangifte met dezelfde werknemer, dezelfde berekeningsperiode, dezelfde referentie van de loonbrief en dezelfde types werknemer",
      fr: "Doublon possible d'une autre déclaration en vigueur ayant le même travailleur, la même période de calcul, la même référence de fiche de paie et les mêmes types de travailleur",
      de: "Mögliche Doppelmeldung zu einer anderen geltenden Meldung mit demselben Arbeitnehmer, demselben Berechnungszeitraum, derselben Referenz der Gehaltsabrechnung und denselben Arbeitnehmertypen",
      en: "Possible duplicate of another declaration in force with the same worker, calculation period, payslip reference and worker types",
    },
  },
};

/**
 * Whether a stored or typed code is one of the catalogue's (the database keeps codes as text).
 * @param text - e.g. "00024-152"
 */
export function isAnomalyCode(text: string): text is AnomalyCode {
  return (ANOMALY_CODES as readonly string[]).includes(text);
}

/**
 * The message of an anomaly code in one language.
 * @param code - an anomaly code
 * @param language - the reader's language
 * @returns e.g. anomalyMessage("00024-152", "en") = "No employment relationship found for the given period or date"
 */
export function anomalyMessage(code: AnomalyCode, language: Language): string {
  return ANOMALY_CATALOGUE[code].message[language];
}
