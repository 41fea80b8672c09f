import { isValidNssoNumber, makeNssoNumber, parseNssoNumber } from "./nsso-number";

describe("parseNssoNumber: definitive numbers (docs/domain-rules.md#nsso-number)", () => {
  it.each([
    ["100006", "000100006"],
    ["000100006", "000100006"],
    ["187995796", "187995796"],
    ["168676597", "168676597"],
    ["1879957-96", "187995796"],
    ["187.995.796", "187995796"],
  ])("accepts %s as %s", (input, digits) => {
    expect(parseNssoNumber(input)).toEqual({ digits, provisional: false });
  });

  it("uses 97 when 96 − (N × 100 mod 97) is 0", () => {
    // N = 1002: 100200 mod 97 = 96
    expect(parseNssoNumber("100297")).toEqual({ digits: "000100297", provisional: false });
    expect(parseNssoNumber("100200")).toBeNull();
  });

  it("rejects a wrong check", () => {
    expect(parseNssoNumber("187995797")).toBeNull();
    expect(parseNssoNumber("168676598")).toBeNull();
    expect(parseNssoNumber("100007")).toBeNull();
  });

  it("rejects numbers outside the glossary domain [100006; 199999934] even with a right check", () => {
    expect(parseNssoNumber("99923")).toBeNull(); // N = 999
    expect(parseNssoNumber("200000031")).toBeNull(); // N = 2000000
    expect(parseNssoNumber("212345609")).toBeNull(); // a [BELGIF] test number
    expect(parseNssoNumber("199999934")).toEqual({ digits: "199999934", provisional: false });
  });

  it("rejects malformed input", () => {
    expect(parseNssoNumber("")).toBeNull();
    expect(parseNssoNumber("18799579A")).toBeNull();
    expect(parseNssoNumber("0187995796")).toBeNull(); // 10 digits must start with 5
    expect(parseNssoNumber("01879957960")).toBeNull();
  });
});

describe("parseNssoNumber: provisional numbers", () => {
  it.each(["5000000120", "5999999989", "5123456773"])("accepts %s", (input) => {
    expect(parseNssoNumber(input)).toEqual({ digits: input, provisional: true });
  });

  it("rejects a wrong check or a number outside [5000000120; 5999999989]", () => {
    expect(parseNssoNumber("5000000121")).toBeNull();
    expect(parseNssoNumber("5000000023")).toBeNull(); // N = 50000000, check right, below the domain
    expect(parseNssoNumber("4999999926")).toBeNull(); // does not start with 5
  });
});

describe("isValidNssoNumber", () => {
  it("agrees with parseNssoNumber", () => {
    expect(isValidNssoNumber("100006")).toBe(true);
    expect(isValidNssoNumber("5999999989")).toBe(true);
    expect(isValidNssoNumber("187995797")).toBe(false);
  });
});

describe("makeNssoNumber", () => {
  it("reproduces the public vectors", () => {
    expect(makeNssoNumber(1000)).toBe("000100006");
    expect(makeNssoNumber(1879957)).toBe("187995796");
    expect(makeNssoNumber(1686765)).toBe("168676597");
    expect(makeNssoNumber(1999999)).toBe("199999934");
    expect(makeNssoNumber(50000001, true)).toBe("5000000120");
    expect(makeNssoNumber(59999999, true)).toBe("5999999989");
  });

  it("always makes a number that parses back to itself", () => {
    const failures: string[] = [];
    for (let n = 1000; n <= 1_999_999; n += 997) {
      const digits = makeNssoNumber(n);
      const parsed = parseNssoNumber(digits);
      if (parsed?.digits !== digits || parsed.provisional) failures.push(digits);
    }
    for (let n = 50_000_001; n <= 59_999_999; n += 99_991) {
      const digits = makeNssoNumber(n, true);
      const parsed = parseNssoNumber(digits);
      if (parsed?.digits !== digits || !parsed.provisional) failures.push(digits);
    }
    expect(failures).toEqual([]);
  });

  it("refuses a base outside its kind's range", () => {
    expect(() => makeNssoNumber(999)).toThrow(RangeError);
    expect(() => makeNssoNumber(2_000_000)).toThrow(RangeError);
    expect(() => makeNssoNumber(50_000_000, true)).toThrow(RangeError);
    expect(() => makeNssoNumber(60_000_000, true)).toThrow(RangeError);
    expect(() => makeNssoNumber(1879957, true)).toThrow(RangeError);
    expect(() => makeNssoNumber(1000.5)).toThrow(RangeError);
  });
});
