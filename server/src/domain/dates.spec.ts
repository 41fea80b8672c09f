import {
  addDays,
  compareDates,
  crossesYearEnd,
  daysBetween,
  daysInMonth,
  isIsoDate,
  quarterOf,
  rangeIsOrdered,
  rangesOverlap,
  rangeWithin,
  yearOf,
} from "./dates";

describe("isIsoDate", () => {
  it.each(["2025-01-31", "2024-02-29", "2000-02-29", "1900-01-01", "9999-12-31", "2025-04-30"])(
    "accepts %s",
    (text) => {
      expect(isIsoDate(text)).toBe(true);
    },
  );

  it.each([
    "2025-02-30",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "2025-04-31",
    "2025-02-29",
    "1900-02-29", // 1900 is not a leap year
    "1899-12-31",
    "10000-01-01",
    "2025-1-01",
    "2025/01/01",
    "2025-01-01T00:00:00Z",
    " 2025-01-01",
    "",
  ])("rejects %j", (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("follows the Gregorian leap rule", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(() => daysInMonth(2025, 13)).toThrow(RangeError);
  });
});

describe("compareDates", () => {
  it("orders dates", () => {
    expect(compareDates("2025-01-31", "2025-02-01")).toBeLessThan(0);
    expect(compareDates("2025-02-01", "2025-01-31")).toBeGreaterThan(0);
    expect(compareDates("2025-02-01", "2025-02-01")).toBe(0);
  });

  it("throws on a malformed date rather than comparing text", () => {
    expect(() => compareDates("2025-2-1", "2025-01-31")).toThrow(RangeError);
  });
});

describe("ranges", () => {
  const jan = { start: "2025-01-01", end: "2025-01-31" };

  it("rangeIsOrdered: start <= end", () => {
    expect(rangeIsOrdered(jan)).toBe(true);
    expect(rangeIsOrdered({ start: "2025-01-05", end: "2025-01-05" })).toBe(true);
    expect(rangeIsOrdered({ start: "2025-01-06", end: "2025-01-05" })).toBe(false);
  });

  it("rangesOverlap: inclusive ends", () => {
    expect(rangesOverlap(jan, { start: "2025-01-31", end: "2025-02-15" })).toBe(true);
    expect(rangesOverlap(jan, { start: "2024-12-01", end: "2025-01-01" })).toBe(true);
    expect(rangesOverlap(jan, { start: "2025-01-10", end: "2025-01-12" })).toBe(true);
    expect(rangesOverlap({ start: "2025-01-10", end: "2025-01-12" }, jan)).toBe(true);
    expect(rangesOverlap(jan, { start: "2025-02-01", end: "2025-02-15" })).toBe(false);
    expect(rangesOverlap(jan, { start: "2024-12-01", end: "2024-12-31" })).toBe(false);
  });

  it("rangeWithin: ends included", () => {
    expect(rangeWithin(jan, jan)).toBe(true);
    expect(rangeWithin({ start: "2025-01-10", end: "2025-01-31" }, jan)).toBe(true);
    expect(rangeWithin({ start: "2025-01-10", end: "2025-02-01" }, jan)).toBe(false);
    expect(rangeWithin({ start: "2024-12-31", end: "2025-01-10" }, jan)).toBe(false);
    expect(rangeWithin(jan, { start: "2025-01-10", end: "2025-01-12" })).toBe(false);
  });

  it("crossesYearEnd", () => {
    expect(crossesYearEnd({ start: "2025-12-29", end: "2026-01-04" })).toBe(true);
    expect(crossesYearEnd({ start: "2025-12-01", end: "2025-12-31" })).toBe(false);
    expect(crossesYearEnd({ start: "2026-01-01", end: "2026-01-01" })).toBe(false);
  });
});

describe("yearOf", () => {
  it("reads the year", () => {
    expect(yearOf("2025-12-31")).toBe(2025);
    expect(yearOf("1900-01-01")).toBe(1900);
    expect(() => yearOf("2025-02-30")).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2025-01-31", 1, "2025-02-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2026-01-01", -1, "2025-12-31"],
    ["2025-03-29", 2, "2025-03-31"], // across the spring DST change: no hour is lost
    ["2025-10-25", 2, "2025-10-27"],
    ["2025-02-28", 5, "2025-03-05"], // the FLXWAGE deadline example (docs/domain-rules.md#the-deadline)
    ["2000-01-01", 366, "2001-01-01"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2025-05-14", 0, "2025-05-14"],
  ])("%s + %d = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("refuses a fraction, an invalid date or a result before 1900", () => {
    expect(() => addDays("2025-01-01", 0.5)).toThrow(RangeError);
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("1900-01-01", -1)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });

  it("agrees with the UTC calendar of Date for every day of 1900-2100", () => {
    const mismatches: string[] = [];
    let date = "1900-01-01";
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += 86_400_000) {
      const expected = new Date(ms).toISOString().slice(0, 10);
      if (date !== expected) mismatches.push(`${date} ≠ ${expected}`);
      date = addDays(date, 1);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe("daysBetween", () => {
  it("counts signed days from a to b", () => {
    expect(daysBetween("2025-03-01", "2025-03-06")).toBe(5);
    expect(daysBetween("2025-03-06", "2025-03-01")).toBe(-5);
    expect(daysBetween("2025-01-01", "2025-01-01")).toBe(0);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("1900-01-01", "2000-01-01")).toBe(36524);
  });
});

describe("quarterOf", () => {
  it.each([
    ["2025-01-01", { year: 2025, quarter: 1, start: "2025-01-01", end: "2025-03-31" }],
    ["2025-03-31", { year: 2025, quarter: 1, start: "2025-01-01", end: "2025-03-31" }],
    ["2025-05-14", { year: 2025, quarter: 2, start: "2025-04-01", end: "2025-06-30" }],
    ["2025-09-30", { year: 2025, quarter: 3, start: "2025-07-01", end: "2025-09-30" }],
    ["2024-12-31", { year: 2024, quarter: 4, start: "2024-10-01", end: "2024-12-31" }],
  ])("%s", (date, expected) => {
    expect(quarterOf(date)).toEqual(expected);
  });
});
