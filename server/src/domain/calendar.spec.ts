import { brusselsYear, todayInBrussels } from "./calendar";

/** Brussels is UTC+1 in winter (CET) and UTC+2 in summer (CEST); DST 2025: 30 March to 26 October, at 01:00 UTC. */
describe("todayInBrussels", () => {
  it.each([
    // New Year: Brussels is an hour ahead of UTC.
    ["2025-12-31T22:59:59Z", "2025-12-31"],
    ["2025-12-31T23:00:00Z", "2026-01-01"],
    ["2025-12-31T23:30:00Z", "2026-01-01"],
    // Spring change, 30 March 2025 (02:00 CET → 03:00 CEST).
    ["2025-03-29T22:59:59Z", "2025-03-29"],
    ["2025-03-29T23:00:00Z", "2025-03-30"],
    ["2025-03-30T00:30:00Z", "2025-03-30"],
    ["2025-03-30T21:59:59Z", "2025-03-30"], // 23:59:59 CEST
    ["2025-03-30T22:00:00Z", "2025-03-31"],
    // Summer: two hours ahead.
    ["2025-06-30T21:59:59Z", "2025-06-30"],
    ["2025-06-30T22:00:00Z", "2025-07-01"],
    // Autumn change, 26 October 2025 (03:00 CEST → 02:00 CET).
    ["2025-10-25T21:59:59Z", "2025-10-25"],
    ["2025-10-25T22:00:00Z", "2025-10-26"],
    ["2025-10-26T00:30:00Z", "2025-10-26"],
    ["2025-10-26T22:59:59Z", "2025-10-26"], // 23:59:59 CET
    ["2025-10-26T23:00:00Z", "2025-10-27"],
    // A UTC midnight is already 02:00 in Brussels in May.
    ["2025-05-05T00:00:00Z", "2025-05-05"],
  ])("%s is %s in Brussels", (instant, date) => {
    expect(todayInBrussels(new Date(instant))).toBe(date);
  });

  it("defaults to the current instant", () => {
    expect(todayInBrussels()).toMatch(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
  });

  it("throws on an invalid Date", () => {
    expect(() => todayInBrussels(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("brusselsYear", () => {
  it("turns over at midnight in Brussels, not in UTC", () => {
    expect(brusselsYear(new Date("2025-12-31T22:59:59Z"))).toBe(2025);
    expect(brusselsYear(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
    expect(brusselsYear(new Date("2026-06-15T12:00:00+02:00"))).toBe(2026);
  });
});
