import { ANOMALY_CATALOGUE } from "./anomaly-codes";
import {
  EBOX_MESSAGE_TYPES,
  composeEboxMessage,
  formatDisplayAmount,
  formatDisplayDate,
  type CorrectionMessageFacts,
  type DeclarationFacts,
  type DeclarationMessageFacts,
  type EboxFacts,
  type EboxMessageTypeCode,
  type SubmissionSummaryFacts,
} from "./ebox-texts";
import { LANGUAGES, type Language } from "./language";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

/** A declaration of €1,234.50 for January 2025; valid SSIN from ssin.spec (85.07.30-033.28). */
const declaration: DeclarationFacts = {
  workerName: "Jan Aerts",
  ssin: "85073003328",
  calculationPeriod: { start: "2025-01-01", end: "2025-01-31" },
  versionNumber: 1,
  kind: "ORIGINAL",
  totalCents: 123450,
  submissionReference: "SUB-2025-0001",
  payslipReference: "LB-2025-01-007",
  anomalies: [],
  inForceVersion: 1,
};

const summary: SubmissionSummaryFacts = {
  type: "SUBMISSION_SUMMARY",
  submissionReference: "SUB-2025-0042",
  total: 10,
  accepted: 6,
  acceptedWithWarnings: 3,
  refused: 1,
};

/** Representative facts of every message type, as a service would build them. */
const FACTS_BY_TYPE: Record<EboxMessageTypeCode, EboxFacts> = {
  DECLARATION_ACCEPTED: { ...declaration, type: "DECLARATION_ACCEPTED" },
  DECLARATION_ACCEPTED_WITH_WARNINGS: {
    ...declaration,
    type: "DECLARATION_ACCEPTED_WITH_WARNINGS",
    anomalies: [{ code: "00024-152", severity: "WARNING" }],
  },
  DECLARATION_REFUSED: {
    ...declaration,
    type: "DECLARATION_REFUSED",
    versionNumber: 2,
    kind: "MODIFICATION",
    anomalies: [{ code: "00036-022", severity: "BLOCKING" }],
    inForceVersion: 1,
  },
  MODIFICATION_PROCESSED: {
    ...declaration,
    type: "MODIFICATION_PROCESSED",
    versionNumber: 2,
    kind: "MODIFICATION",
    inForceVersion: 2,
  },
  DELETION_PROCESSED: {
    ...declaration,
    type: "DELETION_PROCESSED",
    versionNumber: 3,
    kind: "CANCELLATION",
    inForceVersion: null,
  },
  CORRECTED_BY_BACK_OFFICE: {
    ...declaration,
    type: "CORRECTED_BY_BACK_OFFICE",
    versionNumber: 2,
    kind: "MODIFICATION",
    reason: "Bruttolohn laut Lohnzettel berichtigt",
  },
  SUBMISSION_SUMMARY: summary,
};

function refused(overrides: Partial<DeclarationFacts>): DeclarationMessageFacts {
  return {
    ...declaration,
    type: "DECLARATION_REFUSED",
    anomalies: [{ code: "00011-146", severity: "BLOCKING" }],
    ...overrides,
  };
}

describe("formatDisplayDate", () => {
  it.each<[Language, string]>([
    ["de", "31.01.2025"],
    ["nl", "31/01/2025"],
    ["fr", "31/01/2025"],
    ["en", "31/01/2025"],
  ])("writes 2025-01-31 in %s as %s", (language, expected) => {
    expect(formatDisplayDate("2025-01-31", language)).toBe(expected);
  });

  it.each(["2025-02-30", "31/01/2025", ""])("refuses %j", (date) => {
    expect(() => formatDisplayDate(date, "nl")).toThrow(RangeError);
  });
});

describe("formatDisplayAmount", () => {
  it.each<[number, Language, string]>([
    [123450, "de", "1.234,50\u00a0€"],
    [123450, "nl", "1.234,50\u00a0€"],
    [123450, "fr", `1${NNBSP}234,50\u00a0€`],
    [123450, "en", "€1,234.50"],
    [0, "de", "0,00\u00a0€"],
    [5, "en", "€0.05"],
    [99999, "nl", "999,99\u00a0€"],
    [100000, "nl", "1.000,00\u00a0€"],
    [99999999, "de", "999.999,99\u00a0€"],
    [99999999, "fr", `999${NNBSP}999,99\u00a0€`],
    [123456789012, "en", "€1,234,567,890.12"],
    [-123450, "de", "-1.234,50\u00a0€"],
    [-5, "en", "-€0.05"],
  ])("writes %d cents in %s as %j", (cents, language, expected) => {
    expect(formatDisplayAmount(cents, language)).toBe(expected);
  });

  it("keeps every cent where a float would not (0.29 * 100 is 28.999…)", () => {
    expect(formatDisplayAmount(29, "en")).toBe("€0.29");
    expect(formatDisplayAmount(Number.MAX_SAFE_INTEGER, "en")).toBe("€90,071,992,547,409.91");
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %d, which is not integer cents", (cents) => {
    expect(() => formatDisplayAmount(cents, "de")).toThrow(RangeError);
  });
});

describe("composeEboxMessage", () => {
  describe.each(EBOX_MESSAGE_TYPES)("%s", (type) => {
    const message = composeEboxMessage(FACTS_BY_TYPE[type]);

    it("keeps the type", () => {
      expect(message.type).toBe(type);
    });

    it.each(LANGUAGES)("renders a complete subject and body in %s", (language) => {
      const { subject, body } = { subject: message.subject[language], body: message.body[language] };
      expect(subject.length).toBeGreaterThan(10);
      expect(subject).not.toContain("\n");
      expect(body.split("\n").length).toBeGreaterThanOrEqual(3);
      for (const text of [subject, body]) {
        expect(text).not.toMatch(/undefined|NaN|null|\[object|\$\{/);
        expect(text).toBe(text.trim());
      }
    });

    it("has a different text in every language", () => {
      expect(new Set(Object.values(message.subject)).size).toBe(LANGUAGES.length);
      expect(new Set(Object.values(message.body)).size).toBe(LANGUAGES.length);
    });

    it("is deterministic: the same facts give the same message", () => {
      const copy = structuredClone(FACTS_BY_TYPE[type]);
      expect(composeEboxMessage(copy)).toStrictEqual(message);
      expect(composeEboxMessage(FACTS_BY_TYPE[type])).toStrictEqual(message);
    });
  });

  it("writes the German subject of an accepted declaration like the product guide", () => {
    expect(composeEboxMessage(FACTS_BY_TYPE.DECLARATION_ACCEPTED).subject.de).toBe(
      "Flexi-Lohndaten angenommen: Jan Aerts, 01.01.2025 – 31.01.2025",
    );
  });

  it("lays out the German body of an accepted declaration", () => {
    expect(composeEboxMessage(FACTS_BY_TYPE.DECLARATION_ACCEPTED).body.de).toBe(
      [
        "Ihre Flexi-Lohndaten wurden angenommen.",
        "",
        "Arbeitnehmer: Jan Aerts (INSZ 85.07.30-033.28)",
        "Berechnungszeitraum: 01.01.2025 – 31.01.2025",
        "Referenz der Gehaltsabrechnung: LB-2025-01-007",
        "Version: 1 (Erstmeldung)",
        "Gesamtbetrag: 1.234,50\u00a0€",
        "Verweis der Übermittlung: SUB-2025-0001",
        "",
        "Die Einzelheiten finden Sie in Flexi at work.",
      ].join("\n"),
    );
  });

  it.each<[Language, string, string, string]>([
    ["nl", "01/01/2025 – 31/01/2025", "1.234,50\u00a0€", "INSZ 85.07.30-033.28"],
    ["fr", "01/01/2025 – 31/01/2025", `1${NNBSP}234,50\u00a0€`, "NISS 85.07.30-033.28"],
    ["de", "01.01.2025 – 31.01.2025", "1.234,50\u00a0€", "INSZ 85.07.30-033.28"],
    ["en", "01/01/2025 – 31/01/2025", "€1,234.50", "SSIN 85.07.30-033.28"],
  ])("writes dates, amounts and the SSIN in %s's Belgian form", (language, period, amount, ssin) => {
    const message = composeEboxMessage(FACTS_BY_TYPE.DECLARATION_ACCEPTED);
    expect(message.subject[language]).toContain(period);
    expect(message.body[language]).toContain(period);
    expect(message.body[language]).toContain(amount);
    expect(message.body[language]).toContain(ssin);
  });

  it("sets a no-break space before French colons", () => {
    const message = composeEboxMessage(FACTS_BY_TYPE.DECLARATION_ACCEPTED);
    expect(message.subject.fr).toBe(`Données salariales flexi acceptées${NBSP}: Jan Aerts, 01/01/2025 – 31/01/2025`);
    expect(message.body.fr).toContain(`Période de calcul${NBSP}: 01/01/2025 – 31/01/2025`);
    expect(message.body.fr).not.toMatch(/[^\u00a0]:/);
  });

  it("takes the SSIN with or without separators", () => {
    const formatted = composeEboxMessage({ ...declaration, type: "DECLARATION_ACCEPTED", ssin: "85.07.30-033.28" });
    expect(formatted).toStrictEqual(composeEboxMessage(FACTS_BY_TYPE.DECLARATION_ACCEPTED));
  });

  it("leaves out absent payslip and submission references", () => {
    const message = composeEboxMessage({
      ...declaration,
      type: "DECLARATION_ACCEPTED",
      payslipReference: null,
      submissionReference: null,
    });
    expect(message.body.en).not.toContain("Payslip reference");
    expect(message.body.en).not.toContain("Submission reference");
    expect(message.body.de).not.toContain("Referenz der Gehaltsabrechnung");
    expect(message.body.de).not.toContain("Verweis der Übermittlung");
  });

  describe("anomaly section", () => {
    const facts: DeclarationMessageFacts = {
      ...declaration,
      type: "DECLARATION_REFUSED",
      anomalies: [
        { code: "00036-022", severity: "BLOCKING" },
        { code: "FAW-001", severity: "WARNING" },
      ],
      inForceVersion: null,
    };

    it("lists each anomaly with code, severity word and catalogue message, in the given order", () => {
      const { body } = composeEboxMessage(facts);
      expect(body.en).toContain(
        [
          "Anomalies found:",
          `- 00036-022 (blocking): ${ANOMALY_CATALOGUE["00036-022"].message.en}`,
          `- FAW-001 (warning): ${ANOMALY_CATALOGUE["FAW-001"].message.en}`,
        ].join("\n"),
      );
      expect(body.de).toContain(
        [
          "Festgestellte Anomalien:",
          "- 00036-022 (blockierend): Die angegebene Arbeitgeberkategorie ist diesem Arbeitgeber nicht zugeteilt",
          "- FAW-001 (Warnung): Die Lohndaten wurden verspätet übermittelt, mehr als 5 Kalendertage nach dem letzten Berechnungsdatum des Monats",
        ].join("\n"),
      );
      expect(body.nl).toContain(`- 00036-022 (blokkerend): ${ANOMALY_CATALOGUE["00036-022"].message.nl}`);
      expect(body.fr).toContain(
        `Anomalies constatées${NBSP}:\n- 00036-022 (bloquante)${NBSP}: ${ANOMALY_CATALOGUE["00036-022"].message.fr}`,
      );
    });

    it("shows the stored severity, including INFO", () => {
      const { body } = composeEboxMessage({
        ...facts,
        type: "DECLARATION_ACCEPTED",
        anomalies: [{ code: "FAW-002", severity: "INFO" }],
      });
      expect(body.en).toContain("- FAW-002 (information): ");
      expect(body.de).toContain("- FAW-002 (Hinweis): ");
    });

    it.each(LANGUAGES)("is left out in %s when there are no anomalies", (language) => {
      const { body } = composeEboxMessage({ ...facts, anomalies: [] });
      const heading = {
        nl: "Vastgestelde anomalieën",
        fr: "Anomalies constatées",
        de: "Festgestellte Anomalien",
        en: "Anomalies found",
      }[language];
      expect(body[language]).not.toContain(heading);
      expect(body[language]).not.toMatch(/^- /m);
      expect(composeEboxMessage(facts).body[language]).toContain(heading);
    });
  });

  describe("refusal of a modification or cancellation", () => {
    const inForce: Record<Language, string> = {
      nl: "De eerder aanvaarde versie 1 blijft van kracht.",
      fr: "La version 1, acceptée précédemment, reste en vigueur.",
      de: "Die zuvor angenommene Version 1 bleibt in Kraft.",
      en: "Version 1, accepted earlier, remains in force.",
    };

    it.each(["MODIFICATION", "CANCELLATION"] as const)("says that the earlier version stays in force (%s)", (kind) => {
      const message = composeEboxMessage(refused({ kind, versionNumber: 2, inForceVersion: 1 }));
      for (const language of LANGUAGES) expect(message.body[language]).toContain(inForce[language]);
    });

    it("names the kind of change that was refused", () => {
      expect(
        composeEboxMessage(refused({ kind: "CANCELLATION", versionNumber: 2, inForceVersion: 1 })).body.de,
      ).toMatch(
        /^Ihre Löschung der Flexi-Lohndaten wurde abgelehnt\. Sie können die Löschung erneut beantragen\. Die zuvor angenommene Version 1 bleibt in Kraft\.\n/,
      );
      expect(
        composeEboxMessage(refused({ kind: "MODIFICATION", versionNumber: 2, inForceVersion: 1 })).body.en,
      ).toMatch(
        /^Your modification of the flexi wage data has been refused\. Please correct the data and send them again\. Version 1/,
      );
    });

    it("says nothing about a version in force when none is", () => {
      const message = composeEboxMessage(refused({ kind: "MODIFICATION", versionNumber: 2, inForceVersion: null }));
      for (const language of LANGUAGES) expect(message.body[language]).not.toContain(inForce[language]);
    });

    it("says nothing about a version in force for a refused original", () => {
      const message = composeEboxMessage(refused({ kind: "ORIGINAL", versionNumber: 1, inForceVersion: null }));
      expect(message.body.en).toMatch(
        /^Your flexi wage data have been refused\. Please correct the data and send them again\.\n/,
      );
    });
  });

  it("names the version now in force after a processed modification", () => {
    const { body } = composeEboxMessage(FACTS_BY_TYPE.MODIFICATION_PROCESSED);
    expect(body.de).toContain("Version 2 ist jetzt in Kraft.");
    expect(body.de).toContain("Version: 2 (Änderung)");
    expect(body.nl).toContain("Versie 2 is nu van kracht.");
  });

  it("shows the back office's reason for a correction", () => {
    const facts = FACTS_BY_TYPE.CORRECTED_BY_BACK_OFFICE as CorrectionMessageFacts;
    const { subject, body } = composeEboxMessage(facts);
    expect(subject.de).toBe("Flexi-Lohndaten vom LSS korrigiert: Jan Aerts, 01.01.2025 – 31.01.2025");
    expect(body.de).toMatch(
      /^Das LSS hat Ihre Flexi-Lohndaten korrigiert\.\nGrund: Bruttolohn laut Lohnzettel berichtigt\n\n/,
    );
    expect(body.en).toContain(`Reason: ${facts.reason}`);
    expect(body.fr).toContain(`Motif${NBSP}: ${facts.reason}`);
    expect(body.nl).toContain(`Reden: ${facts.reason}`);
  });

  it("shows the back office's reason for an accept or refuse by hand, in every language", () => {
    const reason = "Dimona nachträglich geprüft";
    const accepted = composeEboxMessage({ ...declaration, type: "DECLARATION_ACCEPTED", reason });
    expect(accepted.body.de).toMatch(
      /^Ihre Flexi-Lohndaten wurden angenommen\.\nGrund: Dimona nachträglich geprüft\n\n/,
    );
    const refusedByHand = composeEboxMessage({ ...refused({ anomalies: [] }), reason });
    expect(refusedByHand.body.en).toContain(`Reason: ${reason}`);
    expect(refusedByHand.body.fr).toContain(`Motif${NBSP}: ${reason}`);
    expect(refusedByHand.body.nl).toContain(`Reden: ${reason}`);
    expect(refusedByHand.body.de).toContain(`Grund: ${reason}`);
    // The controls' decisions carry no reason line.
    expect(composeEboxMessage(refused({})).body.en).not.toContain("Reason:");
  });

  it("counts the results of a submission in its summary", () => {
    const { subject, body } = composeEboxMessage(summary);
    expect(subject.de).toBe("Übermittlung der Flexi-Lohndaten verarbeitet: SUB-2025-0042");
    expect(body.de).toBe(
      [
        "Ihre Übermittlung SUB-2025-0042 der Flexi-Lohndaten wurde verarbeitet.",
        "",
        "Meldungen: 10",
        "Angenommen: 6",
        "Mit Warnungen angenommen: 3",
        "Abgelehnt: 1",
        "",
        "Das Ergebnis jeder Meldung finden Sie in Flexi at work.",
      ].join("\n"),
    );
    expect(body.en).toContain("Declarations: 10\nAccepted: 6\nAccepted with warnings: 3\nRefused: 1");
  });

  describe("facts that cannot be printed", () => {
    it.each<[string, EboxFacts]>([
      ["an SSIN of 10 digits", { ...declaration, type: "DECLARATION_ACCEPTED", ssin: "8507300332" }],
      [
        "a date that does not exist",
        { ...declaration, type: "DECLARATION_ACCEPTED", calculationPeriod: { start: "2025-02-30", end: "2025-03-01" } },
      ],
      ["a total that is not integer cents", { ...declaration, type: "DECLARATION_ACCEPTED", totalCents: 1234.5 }],
      ["version 0", { ...declaration, type: "DECLARATION_ACCEPTED", versionNumber: 0 }],
      ["an in-force version of NaN", { ...declaration, type: "DECLARATION_REFUSED", inForceVersion: Number.NaN }],
      ["a count of NaN", { ...summary, refused: Number.NaN }],
      ["a negative count", { ...summary, accepted: -1 }],
    ])("refuses %s", (_name, facts) => {
      expect(() => composeEboxMessage(facts)).toThrow(RangeError);
    });
  });
});
