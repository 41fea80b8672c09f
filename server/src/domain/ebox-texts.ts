/**
 * Subject and body of the employer's e-Box messages (docs/domain-rules.md#e-box-messages), in every language of the
 * service, from plain facts.
 *
 * Why a pure function of facts: the message is written in the same transaction as the status
 * change it reports, and a control job run twice must not produce a different text; keeping
 * the wording here, without clock or database, makes it deterministic and testable. The
 * official wording is unknown (docs/domain-rules.md#e-box-messages), so the texts follow the seed guide's vocabulary
 * (de "Flexi-Lohndaten", "Berechnungszeitraum", "Referenz der Gehaltsabrechnung").
 *
 * Every per-language table is a `Record` over the languages, message types, kinds and
 * severities, so the compiler refuses a missing translation.
 */
import { anomalyMessage, type AnomalyCode } from "./anomaly-codes";
import { isIsoDate, type DateRange } from "./dates";
import type { AnomalySeverityCode, DeclarationKindCode } from "./declaration-status";
import { LANGUAGES, type Language, type Translated } from "./language";
import { formatMoney } from "./money";
import { formatSsin } from "./ssin";

/** Message types of the contract's `EboxMessageType` enum. */
export const EBOX_MESSAGE_TYPES = [
  "DECLARATION_ACCEPTED",
  "DECLARATION_ACCEPTED_WITH_WARNINGS",
  "DECLARATION_REFUSED",
  "MODIFICATION_PROCESSED",
  "DELETION_PROCESSED",
  "CORRECTED_BY_BACK_OFFICE",
  "SUBMISSION_SUMMARY",
] as const;
export type EboxMessageTypeCode = (typeof EBOX_MESSAGE_TYPES)[number];

/** Message types that report on one declaration version. */
export type DeclarationMessageTypeCode = Exclude<EboxMessageTypeCode, "SUBMISSION_SUMMARY">;

/** An anomaly as it is stored on the version; the severity is the stored one, not looked up. */
export interface AnomalyFact {
  code: AnomalyCode;
  severity: AnomalySeverityCode;
}

/** What every message about one declaration version says. */
export interface DeclarationFacts {
  workerName: string;
  /** 11 digits; shown as YY.MM.DD-XXX.CC. */
  ssin: string;
  /** ISO dates "YYYY-MM-DD". */
  calculationPeriod: DateRange;
  /** Number of the version reported on, from 1. */
  versionNumber: number;
  kind: DeclarationKindCode;
  /** Sum of the version's wages and premiums, in integer cents. */
  totalCents: number;
  submissionReference: string | null;
  payslipReference: string | null;
  /** Listed in the body in this order; empty: no anomaly section. */
  anomalies: readonly AnomalyFact[];
  /** Version in force after this change; a refused modification or cancellation names it (docs/domain-rules.md#the-lifecycle). */
  inForceVersion: number | null;
}

/** Facts of a declaration message other than a back-office correction. */
export interface DeclarationMessageFacts extends DeclarationFacts {
  type: Exclude<DeclarationMessageTypeCode, "CORRECTED_BY_BACK_OFFICE">;
  /**
   * The back office's reason when it accepted or refused the version by hand: shown to the
   * employer as a correction's reason is. Absent or null for the controls' decisions.
   */
  reason?: string | null;
}

/** Facts of a back-office correction: the agent's reason is always shown to the employer. */
export interface CorrectionMessageFacts extends DeclarationFacts {
  type: "CORRECTED_BY_BACK_OFFICE";
  reason: string;
}

/** Facts of the one message per bulk submission (docs/domain-rules.md#drafts-and-submissions). */
export interface SubmissionSummaryFacts {
  type: "SUBMISSION_SUMMARY";
  submissionReference: string;
  total: number;
  accepted: number;
  acceptedWithWarnings: number;
  refused: number;
}

/** Input of {@link composeEboxMessage}, discriminated on `type`. */
export type EboxFacts = DeclarationMessageFacts | CorrectionMessageFacts | SubmissionSummaryFacts;

/** A composed message: every reader sees subject and body in their own language. */
export interface EboxMessageText {
  type: EboxMessageTypeCode;
  subject: Translated;
  body: Translated;
}

/** How a language writes an amount. */
interface AmountStyle {
  group: string;
  decimal: string;
  currencyFirst: boolean;
}

/** Narrow no-break space: French groups thousands with it, and it keeps an amount on one line. */
const NARROW_NO_BREAK_SPACE = "\u202f";
/** No-break space: French sets one before a colon, so the colon never starts a line. */
const NO_BREAK_SPACE = "\u00a0";

/** Belgian forms: de "1.234,50 €", nl "1.234,50 €", fr "1 234,50 €", en "€1,234.50". */
const AMOUNT_STYLES: Record<Language, AmountStyle> = {
  nl: { group: ".", decimal: ",", currencyFirst: false },
  fr: { group: NARROW_NO_BREAK_SPACE, decimal: ",", currencyFirst: false },
  de: { group: ".", decimal: ",", currencyFirst: false },
  en: { group: ",", decimal: ".", currencyFirst: true },
};

/** Belgian forms: de "31.01.2025"; nl, fr and en "31/01/2025". */
const DATE_SEPARATORS: Record<Language, string> = { nl: "/", fr: "/", de: ".", en: "/" };

/** Wording of one language. */
interface LanguageTexts {
  /** Between a label and its value. */
  colon: string;
  subjects: Record<EboxMessageTypeCode, string>;
  accepted: string;
  acceptedWithWarnings: string;
  refused: Record<DeclarationKindCode, string>;
  /** What to do after a refusal, by kind. */
  refusedNext: Record<DeclarationKindCode, string>;
  stillInForce: (version: number) => string;
  modificationProcessed: (version: number) => string;
  deletionProcessed: string;
  corrected: string;
  closing: string;
  labels: {
    worker: string;
    ssin: string;
    period: string;
    payslip: string;
    version: string;
    total: string;
    submission: string;
    anomalies: string;
    reason: string;
  };
  kinds: Record<DeclarationKindCode, string>;
  severities: Record<AnomalySeverityCode, string>;
  summary: {
    processed: (reference: string) => string;
    total: string;
    accepted: string;
    acceptedWithWarnings: string;
    refused: string;
    closing: string;
  };
}

const TEXTS: Record<Language, LanguageTexts> = {
  nl: {
    colon: ": ",
    subjects: {
      DECLARATION_ACCEPTED: "Flexiloongegevens aanvaard",
      DECLARATION_ACCEPTED_WITH_WARNINGS: "Flexiloongegevens aanvaard met waarschuwingen",
      DECLARATION_REFUSED: "Flexiloongegevens geweigerd",
      MODIFICATION_PROCESSED: "Wijziging van flexiloongegevens verwerkt",
      DELETION_PROCESSED: "Verwijdering van flexiloongegevens verwerkt",
      CORRECTED_BY_BACK_OFFICE: "Flexiloongegevens verbeterd door de RSZ",
      SUBMISSION_SUMMARY: "Verzending van flexiloongegevens verwerkt",
    },
    accepted: "Uw flexiloongegevens werden aanvaard.",
    acceptedWithWarnings:
      "Uw flexiloongegevens werden aanvaard met waarschuwingen. Controleer de waarschuwingen hieronder en wijzig de gegevens indien nodig.",
    refused: {
      ORIGINAL: "Uw flexiloongegevens werden geweigerd.",
      MODIFICATION: "Uw wijziging van de flexiloongegevens werd geweigerd.",
      CANCELLATION: "Uw verwijdering van de flexiloongegevens werd geweigerd.",
    },
    refusedNext: {
      ORIGINAL: "Verbeter de gegevens en verstuur ze opnieuw.",
      MODIFICATION: "Verbeter de gegevens en verstuur ze opnieuw.",
      CANCELLATION: "U kunt de verwijdering opnieuw aanvragen.",
    },
    stillInForce: (version) => `De eerder aanvaarde versie ${version} blijft van kracht.`,
    modificationProcessed: (version) =>
      `Uw wijziging van de flexiloongegevens werd verwerkt. Versie ${version} is nu van kracht.`,
    deletionProcessed: "Uw verwijdering van de flexiloongegevens werd verwerkt. De aangifte is niet langer van kracht.",
    corrected: "De RSZ heeft uw flexiloongegevens verbeterd.",
    closing: "U vindt de details in Flexi at work.",
    labels: {
      worker: "Werknemer",
      ssin: "INSZ",
      period: "Berekeningsperiode",
      payslip: "Referentie loonbrief",
      version: "Versie",
      total: "Totaal",
      submission: "Referentie verzending",
      anomalies: "Vastgestelde anomalieën",
      reason: "Reden",
    },
    kinds: { ORIGINAL: "oorspronkelijke aangifte", MODIFICATION: "wijziging", CANCELLATION: "verwijdering" },
    severities: { BLOCKING: "blokkerend", WARNING: "waarschuwing", INFO: "informatie" },
    summary: {
      processed: (reference) => `Uw verzending ${reference} van flexiloongegevens werd verwerkt.`,
      total: "Aangiften",
      accepted: "Aanvaard",
      acceptedWithWarnings: "Aanvaard met waarschuwingen",
      refused: "Geweigerd",
      closing: "Het resultaat van elke aangifte vindt u in Flexi at work.",
    },
  },
  fr: {
    colon: `${NO_BREAK_SPACE}: `,
    subjects: {
      DECLARATION_ACCEPTED: "Données salariales flexi acceptées",
      DECLARATION_ACCEPTED_WITH_WARNINGS: "Données salariales flexi acceptées avec avertissements",
      DECLARATION_REFUSED: "Données salariales flexi refusées",
      MODIFICATION_PROCESSED: "Modification des données salariales flexi traitée",
      DELETION_PROCESSED: "Suppression des données salariales flexi traitée",
      CORRECTED_BY_BACK_OFFICE: "Données salariales flexi corrigées par l'ONSS",
      SUBMISSION_SUMMARY: "Envoi de données salariales flexi traité",
    },
    accepted: "Vos données salariales flexi ont été acceptées.",
    acceptedWithWarnings:
      "Vos données salariales flexi ont été acceptées avec avertissements. Veuillez vérifier les avertissements ci-dessous et modifier les données si nécessaire.",
    refused: {
      ORIGINAL: "Vos données salariales flexi ont été refusées.",
      MODIFICATION: "Votre modification des données salariales flexi a été refusée.",
      CANCELLATION: "Votre suppression des données salariales flexi a été refusée.",
    },
    refusedNext: {
      ORIGINAL: "Veuillez corriger les données et les envoyer à nouveau.",
      MODIFICATION: "Veuillez corriger les données et les envoyer à nouveau.",
      CANCELLATION: "Vous pouvez demander à nouveau la suppression.",
    },
    stillInForce: (version) => `La version ${version}, acceptée précédemment, reste en vigueur.`,
    modificationProcessed: (version) =>
      `Votre modification des données salariales flexi a été traitée. La version ${version} est désormais en vigueur.`,
    deletionProcessed:
      "Votre suppression des données salariales flexi a été traitée. La déclaration n'est plus en vigueur.",
    corrected: "L'ONSS a corrigé vos données salariales flexi.",
    closing: "Vous trouverez les détails dans Flexi at work.",
    labels: {
      worker: "Travailleur",
      ssin: "NISS",
      period: "Période de calcul",
      payslip: "Référence de la fiche de paie",
      version: "Version",
      total: "Total",
      submission: "Référence de l'envoi",
      anomalies: "Anomalies constatées",
      reason: "Motif",
    },
    kinds: { ORIGINAL: "déclaration initiale", MODIFICATION: "modification", CANCELLATION: "suppression" },
    severities: { BLOCKING: "bloquante", WARNING: "avertissement", INFO: "information" },
    summary: {
      processed: (reference) => `Votre envoi ${reference} de données salariales flexi a été traité.`,
      total: "Déclarations",
      accepted: "Acceptées",
      acceptedWithWarnings: "Acceptées avec avertissements",
      refused: "Refusées",
      closing: "Le résultat de chaque déclaration est disponible dans Flexi at work.",
    },
  },
  de: {
    colon: ": ",
    subjects: {
      DECLARATION_ACCEPTED: "Flexi-Lohndaten angenommen",
      DECLARATION_ACCEPTED_WITH_WARNINGS: "Flexi-Lohndaten mit Warnungen angenommen",
      DECLARATION_REFUSED: "Flexi-Lohndaten abgelehnt",
      MODIFICATION_PROCESSED: "Änderung der Flexi-Lohndaten verarbeitet",
      DELETION_PROCESSED: "Löschung der Flexi-Lohndaten verarbeitet",
      CORRECTED_BY_BACK_OFFICE: "Flexi-Lohndaten vom LSS korrigiert",
      SUBMISSION_SUMMARY: "Übermittlung der Flexi-Lohndaten verarbeitet",
    },
    accepted: "Ihre Flexi-Lohndaten wurden angenommen.",
    acceptedWithWarnings:
      "Ihre Flexi-Lohndaten wurden mit Warnungen angenommen. Bitte prüfen Sie die nachstehenden Warnungen und ändern Sie die Daten bei Bedarf.",
    refused: {
      ORIGINAL: "Ihre Flexi-Lohndaten wurden abgelehnt.",
      MODIFICATION: "Ihre Änderung der Flexi-Lohndaten wurde abgelehnt.",
      CANCELLATION: "Ihre Löschung der Flexi-Lohndaten wurde abgelehnt.",
    },
    refusedNext: {
      ORIGINAL: "Bitte korrigieren Sie die Daten und übermitteln Sie sie erneut.",
      MODIFICATION: "Bitte korrigieren Sie die Daten und übermitteln Sie sie erneut.",
      CANCELLATION: "Sie können die Löschung erneut beantragen.",
    },
    stillInForce: (version) => `Die zuvor angenommene Version ${version} bleibt in Kraft.`,
    modificationProcessed: (version) =>
      `Ihre Änderung der Flexi-Lohndaten wurde verarbeitet. Version ${version} ist jetzt in Kraft.`,
    deletionProcessed: "Ihre Löschung der Flexi-Lohndaten wurde verarbeitet. Die Meldung ist nicht mehr in Kraft.",
    corrected: "Das LSS hat Ihre Flexi-Lohndaten korrigiert.",
    closing: "Die Einzelheiten finden Sie in Flexi at work.",
    labels: {
      worker: "Arbeitnehmer",
      ssin: "INSZ",
      period: "Berechnungszeitraum",
      payslip: "Referenz der Gehaltsabrechnung",
      version: "Version",
      total: "Gesamtbetrag",
      submission: "Verweis der Übermittlung",
      anomalies: "Festgestellte Anomalien",
      reason: "Grund",
    },
    kinds: { ORIGINAL: "Erstmeldung", MODIFICATION: "Änderung", CANCELLATION: "Löschung" },
    severities: { BLOCKING: "blockierend", WARNING: "Warnung", INFO: "Hinweis" },
    summary: {
      processed: (reference) => `Ihre Übermittlung ${reference} der Flexi-Lohndaten wurde verarbeitet.`,
      total: "Meldungen",
      accepted: "Angenommen",
      acceptedWithWarnings: "Mit Warnungen angenommen",
      refused: "Abgelehnt",
      closing: "Das Ergebnis jeder Meldung finden Sie in Flexi at work.",
    },
  },
  en: {
    colon: ": ",
    subjects: {
      DECLARATION_ACCEPTED: "Flexi wage data accepted",
      DECLARATION_ACCEPTED_WITH_WARNINGS: "Flexi wage data accepted with warnings",
      DECLARATION_REFUSED: "Flexi wage data refused",
      MODIFICATION_PROCESSED: "Modification of flexi wage data processed",
      DELETION_PROCESSED: "Deletion of flexi wage data processed",
      CORRECTED_BY_BACK_OFFICE: "Flexi wage data corrected by the NSSO",
      SUBMISSION_SUMMARY: "Submission of flexi wage data processed",
    },
    accepted: "Your flexi wage data have been accepted.",
    acceptedWithWarnings:
      "Your flexi wage data have been accepted with warnings. Please check the warnings below and modify the data if necessary.",
    refused: {
      ORIGINAL: "Your flexi wage data have been refused.",
      MODIFICATION: "Your modification of the flexi wage data has been refused.",
      CANCELLATION: "Your deletion of the flexi wage data has been refused.",
    },
    refusedNext: {
      ORIGINAL: "Please correct the data and send them again.",
      MODIFICATION: "Please correct the data and send them again.",
      CANCELLATION: "You can request the deletion again.",
    },
    stillInForce: (version) => `Version ${version}, accepted earlier, remains in force.`,
    modificationProcessed: (version) =>
      `Your modification of the flexi wage data has been processed. Version ${version} is now in force.`,
    deletionProcessed:
      "Your deletion of the flexi wage data has been processed. The declaration is no longer in force.",
    corrected: "The NSSO has corrected your flexi wage data.",
    closing: "The details are available in Flexi at work.",
    labels: {
      worker: "Worker",
      ssin: "SSIN",
      period: "Calculation period",
      payslip: "Payslip reference",
      version: "Version",
      total: "Total",
      submission: "Submission reference",
      anomalies: "Anomalies found",
      reason: "Reason",
    },
    kinds: { ORIGINAL: "original", MODIFICATION: "modification", CANCELLATION: "deletion" },
    severities: { BLOCKING: "blocking", WARNING: "warning", INFO: "information" },
    summary: {
      processed: (reference) => `Your submission ${reference} of flexi wage data has been processed.`,
      total: "Declarations",
      accepted: "Accepted",
      acceptedWithWarnings: "Accepted with warnings",
      refused: "Refused",
      closing: "The result of each declaration is available in Flexi at work.",
    },
  },
};

/**
 * A date in the language's Belgian form: de "31.01.2025", nl, fr and en "31/01/2025".
 * @param date - "YYYY-MM-DD"
 * @throws RangeError when `date` is not a real date (a caller's bug: facts come from stored data)
 */
export function formatDisplayDate(date: string, language: Language): string {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date "YYYY-MM-DD": ${JSON.stringify(date)}`);
  const separator = DATE_SEPARATORS[language];
  return `${date.slice(8, 10)}${separator}${date.slice(5, 7)}${separator}${date.slice(0, 4)}`;
}

/**
 * An amount in the language's Belgian form: de and nl "1.234,50 €", fr "1 234,50 €" (narrow
 * no-break space U+202F between thousands, a no-break space before €), en "€1,234.50". Built from the digits of
 * {@link formatMoney}, never from a float.
 * @param cents - integer cents
 * @throws RangeError when `cents` is not a safe integer
 */
export function formatDisplayAmount(cents: number, language: Language): string {
  const style = AMOUNT_STYLES[language];
  const plain = formatMoney(cents);
  const sign = plain.startsWith("-") ? "-" : "";
  const units = plain.slice(sign.length, -3);
  const decimals = plain.slice(-2);
  const grouped = units.replace(/\B(?=(?:[0-9]{3})+$)/g, style.group);
  const number = `${grouped}${style.decimal}${decimals}`;
  // As the console writes amounts (console/src/common/format.ts): the euro sign, after the number
  // with a no-break space in Belgium's languages, before it (after the sign) in English.
  return style.currencyFirst ? `${sign}€${number}` : `${sign}${number}\u00a0€`;
}

/** Rejects a count or version number that would print as "NaN", "1.5" or "-1". */
function requireWholeNumber(name: string, value: number, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be an integer >= ${minimum}, got ${value}`);
  }
}

function formatPeriod(period: DateRange, language: Language): string {
  return `${formatDisplayDate(period.start, language)} – ${formatDisplayDate(period.end, language)}`;
}

/** One message per language, built by the same function, so every language says the same. */
function perLanguage(render: (language: Language) => string): Translated {
  const entries = LANGUAGES.map((language) => [language, render(language)] as const);
  return Object.fromEntries(entries) as Translated;
}

/** The opening sentences: what happened, and for a refusal what to do and what stays in force. */
function declarationLead(facts: DeclarationMessageFacts | CorrectionMessageFacts, texts: LanguageTexts): string[] {
  switch (facts.type) {
    case "DECLARATION_ACCEPTED":
      return [texts.accepted];
    case "DECLARATION_ACCEPTED_WITH_WARNINGS":
      return [texts.acceptedWithWarnings];
    case "DECLARATION_REFUSED": {
      const sentences = [texts.refused[facts.kind], texts.refusedNext[facts.kind]];
      // A refused modification or cancellation leaves the earlier version in force (docs/domain-rules.md#the-lifecycle).
      if (facts.kind !== "ORIGINAL" && facts.inForceVersion !== null)
        sentences.push(texts.stillInForce(facts.inForceVersion));
      return sentences;
    }
    case "MODIFICATION_PROCESSED":
      return [texts.modificationProcessed(facts.versionNumber)];
    case "DELETION_PROCESSED":
      return [texts.deletionProcessed];
    case "CORRECTED_BY_BACK_OFFICE":
      return [texts.corrected];
  }
}

/** The facts that identify the declaration, one labelled line each; absent references are left out. */
function declarationDetails(facts: DeclarationFacts, language: Language, texts: LanguageTexts): string[] {
  const { labels, colon } = texts;
  const lines = [
    `${labels.worker}${colon}${facts.workerName} (${labels.ssin} ${formatSsin(facts.ssin)})`,
    `${labels.period}${colon}${formatPeriod(facts.calculationPeriod, language)}`,
  ];
  if (facts.payslipReference !== null) lines.push(`${labels.payslip}${colon}${facts.payslipReference}`);
  lines.push(`${labels.version}${colon}${facts.versionNumber} (${texts.kinds[facts.kind]})`);
  lines.push(`${labels.total}${colon}${formatDisplayAmount(facts.totalCents, language)}`);
  if (facts.submissionReference !== null) lines.push(`${labels.submission}${colon}${facts.submissionReference}`);
  return lines;
}

/** "- code (severity): message" per anomaly under a heading; nothing when there are none. */
function anomalySection(anomalies: readonly AnomalyFact[], language: Language, texts: LanguageTexts): string | null {
  if (anomalies.length === 0) return null;
  const lines = anomalies.map(
    (anomaly) =>
      `- ${anomaly.code} (${texts.severities[anomaly.severity]})${texts.colon}${anomalyMessage(anomaly.code, language)}`,
  );
  return [`${texts.labels.anomalies}${texts.colon.trimEnd()}`, ...lines].join("\n");
}

function declarationBody(facts: DeclarationMessageFacts | CorrectionMessageFacts, language: Language): string {
  const texts = TEXTS[language];
  const lead = declarationLead(facts, texts).join(" ");
  const reason = facts.reason ?? null;
  const opening = reason !== null ? `${lead}\n${texts.labels.reason}${texts.colon}${reason}` : lead;
  const paragraphs = [
    opening,
    declarationDetails(facts, language, texts).join("\n"),
    anomalySection(facts.anomalies, language, texts),
    texts.closing,
  ];
  return paragraphs.filter((paragraph): paragraph is string => paragraph !== null).join("\n\n");
}

function composeDeclarationMessage(facts: DeclarationMessageFacts | CorrectionMessageFacts): EboxMessageText {
  requireWholeNumber("versionNumber", facts.versionNumber, 1);
  if (facts.inForceVersion !== null) requireWholeNumber("inForceVersion", facts.inForceVersion, 1);
  return {
    type: facts.type,
    subject: perLanguage((language) => {
      const texts = TEXTS[language];
      return `${texts.subjects[facts.type]}${texts.colon}${facts.workerName}, ${formatPeriod(facts.calculationPeriod, language)}`;
    }),
    body: perLanguage((language) => declarationBody(facts, language)),
  };
}

function composeSummaryMessage(facts: SubmissionSummaryFacts): EboxMessageText {
  for (const name of ["total", "accepted", "acceptedWithWarnings", "refused"] as const)
    requireWholeNumber(name, facts[name], 0);
  return {
    type: facts.type,
    subject: perLanguage(
      (language) =>
        `${TEXTS[language].subjects.SUBMISSION_SUMMARY}${TEXTS[language].colon}${facts.submissionReference}`,
    ),
    body: perLanguage((language) => {
      const { summary, colon } = TEXTS[language];
      const counts = [
        `${summary.total}${colon}${facts.total}`,
        `${summary.accepted}${colon}${facts.accepted}`,
        `${summary.acceptedWithWarnings}${colon}${facts.acceptedWithWarnings}`,
        `${summary.refused}${colon}${facts.refused}`,
      ];
      return [summary.processed(facts.submissionReference), counts.join("\n"), summary.closing].join("\n\n");
    }),
  };
}

/**
 * Composes an e-Box message in every language of the service. Deterministic: the same facts
 * always give the same text (no clock, no locale of the machine).
 * @param facts - what the message reports, discriminated on `type`
 * @returns the type, and subject and body per language (plain text, lines separated by "\n")
 * @throws RangeError for facts that cannot be printed: an SSIN that is not 11 digits, a date that
 *   is not real, an amount that is not integer cents, a version or count that is not a whole number
 */
export function composeEboxMessage(facts: EboxFacts): EboxMessageText {
  return facts.type === "SUBMISSION_SUMMARY" ? composeSummaryMessage(facts) : composeDeclarationMessage(facts);
}
