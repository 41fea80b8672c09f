import { auditText, fieldChanges } from "./field-changes";

describe("fieldChanges", () => {
  it("lists only the fields that changed, in the given order, as text", () => {
    expect(fieldChanges({ a: 1, b: "x", c: null }, { a: 2, b: "x", c: "now" }, ["c", "b", "a"])).toEqual([
      { field: "c", before: null, after: "now" },
      { field: "a", before: "1", after: "2" },
    ]);
  });
  it("records a creation and a removal", () => {
    expect(fieldChanges({}, { login: "anna", permission: "FLEXI_AT_WORK" })).toEqual([
      { field: "login", before: null, after: "anna" },
      { field: "permission", before: null, after: "FLEXI_AT_WORK" },
    ]);
    expect(fieldChanges({ permission: "FLEXI_AT_WORK" }, {})).toEqual([
      { field: "permission", before: "FLEXI_AT_WORK", after: null },
    ]);
  });
  it("treats equal lists and dates as unchanged and shows them as JSON and ISO text", () => {
    expect(fieldChanges({ classes: ["017"] }, { classes: ["017"] })).toEqual([]);
    expect(fieldChanges({ classes: ["017"] }, { classes: ["017", "058"] })).toEqual([
      { field: "classes", before: '["017"]', after: '["017","058"]' },
    ]);
    expect(auditText(new Date("2025-01-31T10:00:00Z"))).toBe("2025-01-31T10:00:00.000Z");
    expect(auditText(undefined)).toBeNull();
    expect(auditText(false)).toBe("false");
  });
});
