import { ANOMALY_CATALOGUE, ANOMALY_CODES, anomalyMessage, isAnomalyCode, type AnomalyCode } from "./anomaly-codes";
import type { AnomalySeverityCode } from "./declaration-status";
import { LANGUAGES } from "./language";

describe("ANOMALY_CATALOGUE", () => {
  it("holds exactly the codes of ANOMALY_CODES", () => {
    expect(Object.keys(ANOMALY_CATALOGUE).sort()).toEqual([...ANOMALY_CODES].sort());
  });

  it.each<[AnomalyCode, AnomalySeverityCode]>([
    ["00024-152", "WARNING"],
    ["00036-022", "BLOCKING"],
    ["00011-146", "BLOCKING"],
    ["FAW-001", "WARNING"],
    ["FAW-002", "WARNING"],
  ])("%s has the severity of docs/domain-rules.md#the-asynchronous-controls (%s)", (code, severity) => {
    expect(ANOMALY_CATALOGUE[code].severity).toBe(severity);
  });

  it("keeps the official nl and en label of 00024-152", () => {
    expect(ANOMALY_CATALOGUE["00024-152"].message.nl).toBe(
      "Geen geldige werkrelatie gevonden voor de opgegeven periode of datum",
    );
    expect(ANOMALY_CATALOGUE["00024-152"].message.en).toBe(
      "No employment relationship found for the given period or date",
    );
  });

  describe.each(ANOMALY_CODES)("%s", (code) => {
    it.each(LANGUAGES)("has one plain sentence in %s", (language) => {
      const message = ANOMALY_CATALOGUE[code].message[language];
      expect(message.length).toBeGreaterThan(20);
      expect(message).not.toMatch(/\n|undefined|NaN|\[object/);
      expect(message).toBe(message.trim());
      // Written like the official label: no final full stop and no colon, so lists and the e-Box add their own punctuation.
      expect(message).not.toMatch(/[.!?]$/);
      expect(message).not.toContain(":");
    });

    it("is translated, not copied, between languages", () => {
      const messages = LANGUAGES.map((language) => ANOMALY_CATALOGUE[code].message[language]);
      expect(new Set(messages).size).toBe(LANGUAGES.length);
    });
  });

  it("gives every code its own message", () => {
    for (const language of LANGUAGES) {
      const messages = ANOMALY_CODES.map((code) => ANOMALY_CATALOGUE[code].message[language]);
      expect(new Set(messages).size).toBe(ANOMALY_CODES.length);
    }
  });
});

describe("anomalyMessage", () => {
  it("reads the catalogue in the reader's language", () => {
    expect(anomalyMessage("00011-146", "de")).toBe("Der Arbeitgeber verfügt nur über eine vorläufige LSS-Nummer");
    expect(anomalyMessage("00011-146", "fr")).toBe("L'employeur ne dispose que d'un numéro ONSS provisoire");
    expect(anomalyMessage("FAW-002", "en")).toBe(ANOMALY_CATALOGUE["FAW-002"].message.en);
  });
});

describe("isAnomalyCode", () => {
  it.each(ANOMALY_CODES)("accepts %s", (code) => {
    expect(isAnomalyCode(code)).toBe(true);
  });

  it.each(["", "00024-004", "faw-001", "FAW-003", " 00024-152"])("rejects %j", (text) => {
    expect(isAnomalyCode(text)).toBe(false);
  });
});
