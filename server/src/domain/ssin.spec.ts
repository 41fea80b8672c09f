import { addDays } from "./dates";
import { formatSsin, isValidSsin, makeSsin, normalizeSsin, parseSsin } from "./ssin";

describe("normalizeSsin", () => {
  it("removes dots, dashes and spaces", () => {
    expect(normalizeSsin("85.07.30-033.28")).toBe("85073003328");
    expect(normalizeSsin("85 07 30 033 28")).toBe("85073003328");
    expect(normalizeSsin(" 98.47.28-997.65 ")).toBe("98472899765");
    expect(normalizeSsin("85073003328")).toBe("85073003328");
  });

  it("returns null unless exactly 11 digits remain", () => {
    expect(normalizeSsin("8507300332")).toBeNull();
    expect(normalizeSsin("850730033281")).toBeNull();
    expect(normalizeSsin("85O73003328")).toBeNull();
    expect(normalizeSsin("85/07/30-033.28")).toBeNull();
    expect(normalizeSsin("")).toBeNull();
  });

  it("does not check the check digits", () => {
    expect(normalizeSsin("85073003329")).toBe("85073003329");
  });
});

describe("isValidSsin and parseSsin with public test vectors (docs/domain-rules.md#ssin)", () => {
  it.each([
    // [STDNUM] nn.py
    ["85073003328", { kind: "INSZ", birthDate: "1985-07-30", century: 1900, sex: "M" }],
    ["17073003384", { kind: "INSZ", birthDate: "2017-07-30", century: 2000, sex: "M" }],
    // [STDNUM] bis.py
    ["98472899765", { kind: "BIS", birthDate: "1998-07-28", century: 1900, sex: "M" }],
    ["01490700185", { kind: "BIS", birthDate: "2001-09-07", century: 2000, sex: "M" }],
    // [BELGIF] SsinValidatorTest
    ["23292805780", { kind: "BIS", birthDate: "1923-09-28", century: 1900, sex: null }],
    ["92200006963", { kind: "BIS", birthDate: null, century: 1900, sex: null }],
    ["92400006909", { kind: "BIS", birthDate: null, century: 1900, sex: "M" }],
    ["19282416134", { kind: "BIS", birthDate: "2019-08-24", century: 2000, sex: null }],
  ])("%s is valid and decodes", (digits, expected) => {
    expect(isValidSsin(digits)).toBe(true);
    expect(parseSsin(digits)).toEqual(expected);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidSsin("85073003329")).toBe(false);
    expect(isValidSsin("17073003328")).toBe(false); // 19xx check on a 20xx number
    expect(parseSsin("85073003329")).toBeNull();
  });

  it("rejects all zeros: check 00 is impossible (97 − x mod 97 is 1-97) and counter 000 is not issued", () => {
    expect(isValidSsin("00000000000")).toBe(false);
  });

  it("rejects anything but 11 digits", () => {
    expect(isValidSsin("8507300332")).toBe(false);
    expect(isValidSsin("850730033280")).toBe(false);
    expect(isValidSsin("85.07.30-033.28")).toBe(false);
    expect(isValidSsin("")).toBe(false);
  });

  it("reads the sex from the counter's parity", () => {
    const female = makeSsin("1985-07-30", 34);
    expect(female).toBe("85073003427");
    expect(parseSsin(female)?.sex).toBe("F");
  });
});

describe("isValidSsin structure checks (numbers with a correct check digit)", () => {
  it.each([
    ["85133003370", "month 13"],
    ["85333003316", "BIS month 33"],
    ["85533003359", "BIS month 53"],
    ["85073203365", "day 32"],
    ["85023003390", "30 February"],
    ["85022903323", "29 February 1985"],
    ["85043103374", "31 April"],
    ["00022900116", "29 February 1900 (not a leap year)"],
    ["85073000061", "national-register counter 000"],
    ["85073099932", "national-register counter 999"],
  ])("%s is refused (%s)", (digits) => {
    expect(isValidSsin(digits)).toBe(false);
  });

  it.each([
    ["84022903302", "1984-02-29"],
    ["00022900145", "2000-02-29"],
  ])("%s is a leap day (%s)", (digits, birthDate) => {
    expect(parseSsin(digits)?.birthDate).toBe(birthDate);
  });

  it("keeps counter 999 for BIS numbers", () => {
    expect(parseSsin("85473099921")).toEqual({ kind: "BIS", birthDate: "1985-07-30", century: 1900, sex: "M" });
  });

  it("accepts unknown month or day without a birth date", () => {
    expect(parseSsin("85070003355")).toEqual({ kind: "INSZ", birthDate: null, century: 1900, sex: "M" });
    // Month 00 with a day: counters of the day ran out ([STDNUM] nn.py).
    expect(parseSsin("85001503341")).toEqual({ kind: "INSZ", birthDate: null, century: 1900, sex: "M" });
    expect(parseSsin("85273000007")).toEqual({ kind: "BIS", birthDate: "1985-07-30", century: 1900, sex: null });
  });
});

describe("formatSsin", () => {
  it("prints YY.MM.DD-SSS.CC", () => {
    expect(formatSsin("85073003328")).toBe("85.07.30-033.28");
    expect(formatSsin("98472899765")).toBe("98.47.28-997.65");
    expect(formatSsin("85 07 30 033 28")).toBe("85.07.30-033.28");
  });

  it("throws on anything but 11 digits", () => {
    expect(() => formatSsin("123")).toThrow(RangeError);
  });
});

describe("makeSsin", () => {
  it("reproduces the public vectors", () => {
    expect(makeSsin("1985-07-30", 33)).toBe("85073003328");
    expect(makeSsin("2017-07-30", 33)).toBe("17073003384");
    expect(makeSsin("1998-07-28", 997, { bis: "knownSex" })).toBe("98472899765");
    expect(makeSsin("2001-09-07", 1, { bis: "knownSex" })).toBe("01490700185");
    expect(makeSsin("1923-09-28", 57, { bis: "unknownSex" })).toBe("23292805780");
    expect(makeSsin("2019-08-24", 161, { bis: "unknownSex" })).toBe("19282416134");
  });

  it("writes check digits below 10 with a leading zero", () => {
    // 850730052 mod 97 = 88 → check 09
    expect(makeSsin("1985-07-30", 52)).toBe("85073005209");
  });

  it("refuses what an SSIN cannot hold", () => {
    expect(() => makeSsin("2025-02-30", 1)).toThrow(RangeError);
    expect(() => makeSsin("2100-01-01", 1)).toThrow(RangeError);
    expect(() => makeSsin("1985-07-30", 0)).toThrow(RangeError);
    expect(() => makeSsin("1985-07-30", 999)).toThrow(RangeError);
    expect(() => makeSsin("1985-07-30", 1.5)).toThrow(RangeError);
  });

  it("always validates and decodes back to its input, every day of 1940-2008", () => {
    // Mismatches are collected and compared once: 75,000 separate expect() calls take seconds.
    const mismatches: unknown[] = [];
    let checked = 0;
    for (let date = "1940-01-01", i = 0; date <= "2008-12-31"; date = addDays(date, 1), i++) {
      const serial = 1 + ((i * 37) % 998);
      const sex = serial % 2 === 1 ? "M" : "F";
      const century = date < "2000" ? 1900 : 2000;
      const cases = [
        { ssin: makeSsin(date, serial), expected: { kind: "INSZ", birthDate: date, century, sex } },
        { ssin: makeSsin(date, serial, { bis: "knownSex" }), expected: { kind: "BIS", birthDate: date, century, sex } },
        {
          ssin: makeSsin(date, serial, { bis: "unknownSex" }),
          expected: { kind: "BIS", birthDate: date, century, sex: null },
        },
      ];
      for (const { ssin, expected } of cases) {
        const parsed = parseSsin(ssin);
        if (!isValidSsin(ssin) || JSON.stringify(parsed) !== JSON.stringify(expected)) {
          mismatches.push({ date, serial, ssin, parsed, expected });
        }
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(3 * 25203);
  });
});
