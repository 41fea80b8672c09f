import { controlsApplyTo, controlsOutcome, resultMessageType } from "./controls";

describe("controlsOutcome", () => {
  it.each([
    ["ORIGINAL", [], "ACCEPTED"],
    ["ORIGINAL", ["INFO"], "ACCEPTED"],
    ["ORIGINAL", ["WARNING"], "ACCEPTED_WITH_WARNINGS"],
    ["ORIGINAL", ["WARNING", "BLOCKING"], "REFUSED"],
    ["MODIFICATION", ["WARNING", "WARNING"], "ACCEPTED_WITH_WARNINGS"],
    ["MODIFICATION", ["BLOCKING"], "REFUSED"],
    ["CANCELLATION", [], "CANCELLED"],
    ["CANCELLATION", ["WARNING"], "CANCELLED"],
    ["CANCELLATION", ["BLOCKING"], "REFUSED"],
  ] as const)("%s with %j ends %s", (kind, severities, outcome) => {
    expect(controlsOutcome(kind, severities)).toBe(outcome);
  });
});

describe("controlsApplyTo", () => {
  it("checks a cancellation only against the provisional NSSO number", () => {
    expect(controlsApplyTo("CANCELLATION", "00011-146")).toBe(true);
    for (const code of ["00024-152", "00036-022", "FAW-001", "FAW-002"] as const) {
      expect(controlsApplyTo("CANCELLATION", code)).toBe(false);
      expect(controlsApplyTo("ORIGINAL", code)).toBe(true);
      expect(controlsApplyTo("MODIFICATION", code)).toBe(true);
    }
  });
});

describe("resultMessageType", () => {
  it.each([
    ["ORIGINAL", "ACCEPTED", "DECLARATION_ACCEPTED"],
    ["ORIGINAL", "ACCEPTED_WITH_WARNINGS", "DECLARATION_ACCEPTED_WITH_WARNINGS"],
    ["ORIGINAL", "REFUSED", "DECLARATION_REFUSED"],
    ["MODIFICATION", "ACCEPTED", "MODIFICATION_PROCESSED"],
    ["MODIFICATION", "ACCEPTED_WITH_WARNINGS", "MODIFICATION_PROCESSED"],
    ["MODIFICATION", "REFUSED", "DECLARATION_REFUSED"],
    ["CANCELLATION", "CANCELLED", "DELETION_PROCESSED"],
    ["CANCELLATION", "REFUSED", "DECLARATION_REFUSED"],
  ] as const)("%s ending %s is reported as %s", (kind, outcome, type) => {
    expect(resultMessageType(kind, outcome)).toBe(type);
  });
});
