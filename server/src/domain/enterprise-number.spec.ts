import {
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  makeEnterpriseNumber,
  normalizeEnterpriseNumber,
} from "./enterprise-number";

describe("normalizeEnterpriseNumber", () => {
  it("removes dots, spaces, dashes and the BE prefix", () => {
    expect(normalizeEnterpriseNumber("0403.019.261")).toBe("0403019261");
    expect(normalizeEnterpriseNumber("BE 0403.019.261")).toBe("0403019261");
    expect(normalizeEnterpriseNumber("BE0403019261")).toBe("0403019261");
    expect(normalizeEnterpriseNumber("be 0428 759 497")).toBe("0428759497");
    expect(normalizeEnterpriseNumber("0884-303-369")).toBe("0884303369");
  });

  it("gives an old 9-digit number its leading 0", () => {
    expect(normalizeEnterpriseNumber("403019261")).toBe("0403019261");
    expect(normalizeEnterpriseNumber("403.019.261")).toBe("0403019261");
  });

  it("returns null for other lengths or characters", () => {
    expect(normalizeEnterpriseNumber("40301926")).toBeNull();
    expect(normalizeEnterpriseNumber("04030192610")).toBeNull();
    expect(normalizeEnterpriseNumber("0403O19261")).toBeNull();
    expect(normalizeEnterpriseNumber("0403BE019261")).toBeNull();
    expect(normalizeEnterpriseNumber("")).toBeNull();
  });
});

describe("isValidEnterpriseNumber (docs/domain-rules.md#enterprise-number)", () => {
  it.each(["0403019261", "0428759497", "0884303369"])("accepts %s", (digits) => {
    expect(isValidEnterpriseNumber(digits)).toBe(true);
  });

  it("rejects a wrong check", () => {
    expect(isValidEnterpriseNumber("0884303370")).toBe(false);
    expect(isValidEnterpriseNumber("0403019262")).toBe(false);
  });

  it("rejects a first digit other than 0 or 1 (2-8 are establishment units)", () => {
    // 20000000 mod 97 = 55 → check 42: the check is right, the first digit is not.
    expect(isValidEnterpriseNumber("2000000042")).toBe(false);
    // 10000000 mod 97 = 76 → check 21
    expect(isValidEnterpriseNumber("1000000021")).toBe(true);
  });

  it("takes only 10 bare digits", () => {
    expect(isValidEnterpriseNumber("403019261")).toBe(false);
    expect(isValidEnterpriseNumber("0403.019.261")).toBe(false);
  });
});

describe("formatEnterpriseNumber", () => {
  it("prints 0000.000.000", () => {
    expect(formatEnterpriseNumber("0403019261")).toBe("0403.019.261");
    expect(formatEnterpriseNumber("BE 403019261")).toBe("0403.019.261");
  });

  it("throws on what is not an enterprise number", () => {
    expect(() => formatEnterpriseNumber("12")).toThrow(RangeError);
  });
});

describe("makeEnterpriseNumber", () => {
  it("adds the check to the 8-digit base", () => {
    expect(makeEnterpriseNumber(4030192)).toBe("0403019261");
    expect(makeEnterpriseNumber(4287594)).toBe("0428759497");
    expect(makeEnterpriseNumber(0)).toBe("0000000097");
  });

  it("always makes a valid number", () => {
    const invalid: string[] = [];
    for (let seq = 0; seq <= 19_999_999; seq += 9_973) {
      const digits = makeEnterpriseNumber(seq);
      if (!isValidEnterpriseNumber(digits)) invalid.push(digits);
    }
    expect(invalid).toEqual([]);
    expect(isValidEnterpriseNumber(makeEnterpriseNumber(19_999_999))).toBe(true);
  });

  it("refuses a base that does not fit", () => {
    expect(() => makeEnterpriseNumber(20_000_000)).toThrow(RangeError);
    expect(() => makeEnterpriseNumber(-1)).toThrow(RangeError);
    expect(() => makeEnterpriseNumber(1.5)).toThrow(RangeError);
  });
});
