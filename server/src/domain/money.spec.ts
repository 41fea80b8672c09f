import { formatMoney, isMoneyLexical, parseMoney, sumCents } from "./money";

describe("isMoneyLexical (the Money scalar's input form)", () => {
  it.each(["1234.5", "-5", "1.234", "0", "0.00", "007.50", "99999.99"])("accepts %s", (text) => {
    expect(isMoneyLexical(text)).toBe(true);
  });

  it.each(["", "-", "+5", "1,50", "1.", ".5", "1e3", " 1", "1 ", "1.2.3", "€1", "١٢"])("rejects %j", (text) => {
    expect(isMoneyLexical(text)).toBe(false);
  });
});

describe("parseMoney", () => {
  it.each([
    ["1234.5", 123450],
    ["1234.50", 123450],
    ["-5", -500],
    ["0.01", 1],
    ["-0.05", -5],
    ["99999.99", 9999999],
    ["999999.99", 99999999],
    ["007.50", 750],
    ["1.230", 123], // trailing zeros add no precision
    ["12.5000", 1250],
    ["0.1", 10],
    ["0.29", 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ["1.005", null],
  ])("%s", (text, cents) => {
    expect(parseMoney(text)).toEqual(cents === null ? { error: "PRECISION" } : { cents });
  });

  it("reads zero without a sign", () => {
    expect(parseMoney("-0")).toEqual({ cents: 0 });
    expect(Object.is((parseMoney("-0.00") as { cents: number }).cents, 0)).toBe(true);
  });

  it("reports more than 2 significant decimals as PRECISION", () => {
    expect(parseMoney("1.234")).toEqual({ error: "PRECISION" });
    expect(parseMoney("-0.001")).toEqual({ error: "PRECISION" });
  });

  it("reports a non-lexical form as FORMAT", () => {
    expect(parseMoney("1,50")).toEqual({ error: "FORMAT" });
    expect(parseMoney("+5")).toEqual({ error: "FORMAT" });
    expect(parseMoney("")).toEqual({ error: "FORMAT" });
    expect(parseMoney("1e3")).toEqual({ error: "FORMAT" });
  });

  it("reports an amount too large to hold exactly as RANGE", () => {
    expect(parseMoney("90071992547409.91")).toEqual({ cents: Number.MAX_SAFE_INTEGER });
    expect(parseMoney("90071992547409.92")).toEqual({ error: "RANGE" });
    expect(parseMoney("9".repeat(400))).toEqual({ error: "RANGE" });
  });

  it("round-trips with formatMoney for every cent value up to 1000.00", () => {
    const mismatches: string[] = [];
    for (let cents = -100_000; cents <= 100_000; cents++) {
      const text = formatMoney(cents);
      const parsed = parseMoney(text);
      if (!("cents" in parsed) || parsed.cents !== cents) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("formatMoney", () => {
  it.each([
    [123450, "1234.50"],
    [-500, "-5.00"],
    [0, "0.00"],
    [-0, "0.00"],
    [1, "0.01"],
    [-5, "-0.05"],
    [10, "0.10"],
    [99999999, "999999.99"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("%d → %s", (cents, text) => {
    expect(formatMoney(cents)).toBe(text);
  });

  it("refuses fractions of a cent and unsafe integers", () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});

describe("sumCents", () => {
  it("adds exactly", () => {
    expect(sumCents([])).toBe(0);
    expect(sumCents([10, 20])).toBe(30); // 0.10 + 0.20 is 0.30000000000000004 in euro floats
    expect(sumCents([123450, -500, 1])).toBe(122951);
    expect(sumCents(Array.from({ length: 10_000 }, () => 99_999_999))).toBe(999_999_990_000);
  });

  it("refuses non-integers and a sum that is no longer exact", () => {
    expect(() => sumCents([1, 0.5])).toThrow(RangeError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
