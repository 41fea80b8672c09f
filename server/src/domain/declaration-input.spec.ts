import {
  checkDeclarationInput,
  type DeclarationInputData,
  type InputProblem,
  type PropertyInputData,
} from "./declaration-input";

/** Fixed "today": the rules never read the clock. */
const TODAY = "2025-03-10";
const VALID_SSIN = "85073003328";
const BAD_CHECK_DIGIT_SSIN = "85073003329";

function property(overrides: Partial<PropertyInputData> = {}): PropertyInputData {
  return { employerClass: "017", workerType: "050", grossWage: "100", premiums: null, ...overrides };
}

function input(overrides: Partial<DeclarationInputData> = {}): DeclarationInputData {
  return {
    ssin: VALID_SSIN,
    payslipReference: "PS-2025-01",
    calculationPeriod: { start: "2025-01-25", end: "2025-01-25" },
    calculationDate: "2025-01-27",
    properties: [property()],
    ...overrides,
  };
}

function check(data: DeclarationInputData, today = TODAY) {
  return checkDeclarationInput(data, { today });
}

/** The problems without messages, for exact comparison; also checks every message is plain text. */
function problemsOf(data: DeclarationInputData, today = TODAY): Omit<InputProblem, "message">[] {
  const { problems, content } = check(data, today);
  if (problems.length > 0) expect(content).toBeNull();
  for (const p of problems) expect(p.message).toMatch(/^[A-Z].*\.$/);
  return problems.map(({ path, code }) => ({ path, code }));
}

function expectValid(data: DeclarationInputData, today = TODAY) {
  const result = check(data, today);
  expect(result.problems).toEqual([]);
  expect(result.content).not.toBeNull();
  return result.content!;
}

describe("checkDeclarationInput: valid input", () => {
  it("normalises the RSZ worked example (docs/domain-rules.md#content-of-a-declaration): cents, defaulted validity, total", () => {
    const content = expectValid(
      input({ properties: [property({ grossWage: "100", premiums: [{ amount: "20", frequencyMonths: 0 }] })] }),
    );
    expect(content).toEqual({
      workerId: null,
      ssin: VALID_SSIN,
      payslipReference: "PS-2025-01",
      calculationPeriod: { start: "2025-01-25", end: "2025-01-25" },
      calculationDate: "2025-01-27",
      properties: [
        {
          employerClass: "017",
          workerCode: "050",
          validity: { start: "2025-01-25", end: "2025-01-25" },
          grossWageCents: 10000,
          premiums: [{ amountCents: 2000, frequencyMonths: 0 }],
        },
      ],
      totalCents: 12000,
    });
  });

  it("keeps given validities, several properties and premiums in order, and sums exactly in cents", () => {
    const content = expectValid(
      input({
        workerId: "9b2f6a3e-4c1d-4e8f-9a7b-1c2d3e4f5a6b",
        ssin: null,
        calculationPeriod: { start: "2025-02-01", end: "2025-02-28" },
        calculationDate: "2025-02-28",
        properties: [
          property({ validity: { start: "2025-02-01", end: "2025-02-14" }, grossWage: "0.1" }),
          property({
            employerClass: "317",
            workerType: "450",
            validity: { start: "2025-02-15", end: "2025-02-28" },
            grossWage: null,
            premiums: [
              { amount: "0.2", frequencyMonths: 1 },
              { amount: "1234.5", frequencyMonths: 12 },
            ],
          }),
        ],
      }),
    );
    expect(content.workerId).toBe("9b2f6a3e-4c1d-4e8f-9a7b-1c2d3e4f5a6b");
    expect(content.ssin).toBeNull();
    expect(content.properties).toEqual([
      {
        employerClass: "017",
        workerCode: "050",
        validity: { start: "2025-02-01", end: "2025-02-14" },
        grossWageCents: 10,
        premiums: [],
      },
      {
        employerClass: "317",
        workerCode: "450",
        validity: { start: "2025-02-15", end: "2025-02-28" },
        grossWageCents: null,
        premiums: [
          { amountCents: 20, frequencyMonths: 1 },
          { amountCents: 123450, frequencyMonths: 12 },
        ],
      },
    ]);
    // 0.1 + 0.2 is not 0.3 in floating point; in cents it is exact.
    expect(content.totalCents).toBe(10 + 20 + 123450);
  });

  it("turns an empty or absent payslip reference into null", () => {
    expect(expectValid(input({ payslipReference: "" })).payslipReference).toBeNull();
    expect(expectValid(input({ payslipReference: undefined })).payslipReference).toBeNull();
    expect(expectValid(input({ payslipReference: null })).payslipReference).toBeNull();
  });

  it("refuses nothing outside the closed list (calculation date before the period, a year-long period, a BIS number)", () => {
    expectValid(
      input({ calculationPeriod: { start: "2025-01-01", end: "2025-12-31" }, calculationDate: "2025-01-01" }),
      "2026-01-05",
    );
    expectValid(input({ calculationDate: "2025-01-01" }));
    expectValid(input({ ssin: "98472899765" }));
  });
});

describe("checkDeclarationInput: worker", () => {
  it("refuses neither workerId nor ssin with ONE_OF at the input itself", () => {
    expect(problemsOf(input({ ssin: null }))).toEqual([{ path: [], code: "ONE_OF" }]);
    expect(problemsOf(input({ ssin: undefined, workerId: undefined }))).toEqual([{ path: [], code: "ONE_OF" }]);
  });

  it("refuses both workerId and ssin with ONE_OF", () => {
    expect(problemsOf(input({ workerId: "9b2f6a3e-4c1d-4e8f-9a7b-1c2d3e4f5a6b" }))).toEqual([
      { path: [], code: "ONE_OF" },
    ]);
  });

  it("refuses an SSIN whose check digits do not match", () => {
    expect(problemsOf(input({ ssin: BAD_CHECK_DIGIT_SSIN }))).toEqual([
      { path: ["ssin"], code: "INVALID_CHECK_DIGIT" },
    ]);
  });
});

describe("checkDeclarationInput: payslip reference", () => {
  it("accepts 40 characters and refuses 41 with TOO_LONG", () => {
    expectValid(input({ payslipReference: "x".repeat(40) }));
    expect(problemsOf(input({ payslipReference: "x".repeat(41) }))).toEqual([
      { path: ["payslipReference"], code: "TOO_LONG" },
    ]);
  });

  it("counts characters, not UTF-16 units, like the varchar(40) column", () => {
    expectValid(input({ payslipReference: "€😀".repeat(20) }));
  });
});

describe("checkDeclarationInput: dates", () => {
  it.each([
    [
      "calculation period start",
      { calculationPeriod: { start: "2025-02-30", end: "2025-03-05" } },
      ["calculationPeriod", "start"],
    ],
    [
      "calculation period end",
      { calculationPeriod: { start: "2025-01-01", end: "2025-13-01" } },
      ["calculationPeriod", "end"],
    ],
    ["calculation date", { calculationDate: "2025-02-29" }, ["calculationDate"]],
    [
      "validity start",
      { properties: [property({ validity: { start: "2025-01-00", end: "2025-01-25" } })] },
      ["properties", 0, "validity", "start"],
    ],
    [
      "validity end",
      { properties: [property({ validity: { start: "2025-01-25", end: "2025-04-31" } })] },
      ["properties", 0, "validity", "end"],
    ],
  ] as const)("refuses an unreal %s with INVALID_DATE", (_name, overrides, path) => {
    expect(problemsOf(input(overrides as Partial<DeclarationInputData>))).toEqual([{ path, code: "INVALID_DATE" }]);
  });

  it("accepts 29 February of a leap year", () => {
    expectValid(
      input({ calculationPeriod: { start: "2028-02-29", end: "2028-02-29" }, calculationDate: "2028-02-29" }),
      "2028-03-01",
    );
  });

  it("refuses a calculation period ending before it starts with RANGE_ORDER at the end", () => {
    expect(problemsOf(input({ calculationPeriod: { start: "2025-01-26", end: "2025-01-25" } }))).toEqual([
      { path: ["calculationPeriod", "end"], code: "RANGE_ORDER" },
    ]);
  });

  it("refuses a validity ending before it starts with RANGE_ORDER at its end", () => {
    const data = input({
      calculationPeriod: { start: "2025-01-01", end: "2025-01-31" },
      properties: [property({ validity: { start: "2025-01-20", end: "2025-01-10" } })],
    });
    expect(problemsOf(data)).toEqual([{ path: ["properties", 0, "validity", "end"], code: "RANGE_ORDER" }]);
  });

  it("accepts a one-day range (start = end)", () => {
    expectValid(input({ properties: [property({ validity: { start: "2025-01-25", end: "2025-01-25" } })] }));
  });

  it("accepts a calculation period starting on 2025-01-01 and refuses 2024-12-31 with OUT_OF_RANGE", () => {
    expectValid(input({ calculationPeriod: { start: "2025-01-01", end: "2025-01-25" } }));
    expect(problemsOf(input({ calculationPeriod: { start: "2024-12-31", end: "2024-12-31" } }))).toEqual([
      { path: ["calculationPeriod", "start"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("refuses a calculation period crossing 31 December with NOT_ALLOWED at its end, saying to split it", () => {
    const data = input({
      calculationPeriod: { start: "2025-12-29", end: "2026-01-04" },
      calculationDate: "2026-01-05",
    });
    const { problems } = check(data, "2026-01-05");
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ["calculationPeriod", "end"], code: "NOT_ALLOWED" },
    ]);
    expect(problems[0]!.message).toMatch(/split/i);
  });

  it("refuses a validity outside the calculation period with OUT_OF_RANGE at the validity", () => {
    const period = { start: "2025-01-10", end: "2025-01-20" };
    expectValid(
      input({
        calculationPeriod: period,
        properties: [property({ validity: { start: "2025-01-10", end: "2025-01-20" } })],
      }),
    );
    for (const validity of [
      { start: "2025-01-09", end: "2025-01-20" },
      { start: "2025-01-10", end: "2025-01-21" },
      { start: "2025-01-01", end: "2025-01-31" },
    ]) {
      expect(problemsOf(input({ calculationPeriod: period, properties: [property({ validity })] }))).toEqual([
        { path: ["properties", 0, "validity"], code: "OUT_OF_RANGE" },
      ]);
    }
  });

  it("accepts a calculation date of today and refuses tomorrow with OUT_OF_RANGE", () => {
    expectValid(input({ calculationDate: TODAY }));
    expect(problemsOf(input({ calculationDate: "2025-03-11" }))).toEqual([
      { path: ["calculationDate"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("takes today from the caller (a new year in Brussels)", () => {
    const data = input({
      calculationPeriod: { start: "2025-12-31", end: "2025-12-31" },
      calculationDate: "2026-01-01",
    });
    expect(problemsOf(data, "2025-12-31")).toEqual([{ path: ["calculationDate"], code: "OUT_OF_RANGE" }]);
    expectValid(data, "2026-01-01");
  });

  it("does not also report a validity as outside a calculation period that is itself invalid", () => {
    const data = input({
      calculationPeriod: { start: "2025-01-31", end: "2025-01-01" },
      properties: [property({ validity: { start: "2025-06-01", end: "2025-06-02" } })],
    });
    expect(problemsOf(data)).toEqual([{ path: ["calculationPeriod", "end"], code: "RANGE_ORDER" }]);
  });

  it("throws when today itself is not a date (a programming error)", () => {
    expect(() => check(input(), "2025-02-30")).toThrow(RangeError);
  });
});

describe("checkDeclarationInput: properties and amounts", () => {
  it("refuses a declaration without properties with REQUIRED", () => {
    expect(problemsOf(input({ properties: [] }))).toEqual([{ path: ["properties"], code: "REQUIRED" }]);
  });

  it("refuses a property without any amount with REQUIRED at the property", () => {
    expect(problemsOf(input({ properties: [property(), property({ grossWage: null, premiums: [] })] }))).toEqual([
      { path: ["properties", 1], code: "REQUIRED" },
    ]);
    expect(problemsOf(input({ properties: [property({ grossWage: undefined, premiums: undefined })] }))).toEqual([
      { path: ["properties", 0], code: "REQUIRED" },
    ]);
  });

  it("accepts a property with only premiums or only a gross wage", () => {
    expectValid(
      input({ properties: [property({ grossWage: null, premiums: [{ amount: "5", frequencyMonths: 0 }] })] }),
    );
    expectValid(input({ properties: [property({ grossWage: "5", premiums: [] })] }));
  });

  it.each(["0", "0.00", "-0", "-5", "-0.01"])("refuses the amount %s with OUT_OF_RANGE (must be > 0)", (amount) => {
    expect(problemsOf(input({ properties: [property({ grossWage: amount })] }))).toEqual([
      { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("accepts 0.01 and refuses 0.001 with TOO_PRECISE; trailing zeros are not precision", () => {
    expect(expectValid(input({ properties: [property({ grossWage: "0.01" })] })).totalCents).toBe(1);
    expect(expectValid(input({ properties: [property({ grossWage: "1.230" })] })).totalCents).toBe(123);
    expect(problemsOf(input({ properties: [property({ grossWage: "0.001" })] }))).toEqual([
      { path: ["properties", 0, "grossWage"], code: "TOO_PRECISE" },
    ]);
  });

  it("accepts 99,999.99 and refuses 100,000.00 with OUT_OF_RANGE", () => {
    expect(expectValid(input({ properties: [property({ grossWage: "99999.99" })] })).totalCents).toBe(9_999_999);
    expect(problemsOf(input({ properties: [property({ grossWage: "100000.00" })] }))).toEqual([
      { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
    ]);
    expect(problemsOf(input({ properties: [property({ grossWage: "99999999999999999999" })] }))).toEqual([
      { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("applies the amount rules to premiums at their own path", () => {
    const data = input({
      properties: [
        property({
          premiums: [
            { amount: "10", frequencyMonths: 0 },
            { amount: "0", frequencyMonths: 1 },
            { amount: "1.005", frequencyMonths: 6 },
            { amount: "100000", frequencyMonths: 12 },
          ],
        }),
      ],
    });
    expect(problemsOf(data)).toEqual([
      { path: ["properties", 0, "premiums", 1, "amount"], code: "OUT_OF_RANGE" },
      { path: ["properties", 0, "premiums", 2, "amount"], code: "TOO_PRECISE" },
      { path: ["properties", 0, "premiums", 3, "amount"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("reports a malformed amount (not a Money scalar) as INVALID_FORMAT rather than crashing", () => {
    expect(problemsOf(input({ properties: [property({ grossWage: "12,50" })] }))).toEqual([
      { path: ["properties", 0, "grossWage"], code: "INVALID_FORMAT" },
    ]);
  });

  it("accepts a total of 999,999.99 and refuses 1,000,000.00 with OUT_OF_RANGE at the properties", () => {
    const tenFull = Array.from({ length: 10 }, () => property({ grossWage: "99999.99" })); // 999,999.90
    const atMost = expectValid(input({ properties: [...tenFull, property({ grossWage: "0.09" })] }));
    expect(atMost.totalCents).toBe(99_999_999);
    expect(problemsOf(input({ properties: [...tenFull, property({ grossWage: "0.10" })] }))).toEqual([
      { path: ["properties"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("counts only valid amounts in the total, so an oversized amount is reported once", () => {
    expect(problemsOf(input({ properties: [property({ grossWage: "5000000" })] }))).toEqual([
      { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
    ]);
  });

  it.each([0, 1, 6, 12])("accepts premium frequency %i", (frequencyMonths) => {
    expectValid(input({ properties: [property({ premiums: [{ amount: "1", frequencyMonths }] })] }));
  });

  it.each([13, -1, 99, 1.5])("refuses premium frequency %d with OUT_OF_RANGE", (frequencyMonths) => {
    expect(problemsOf(input({ properties: [property({ premiums: [{ amount: "1", frequencyMonths }] })] }))).toEqual([
      { path: ["properties", 0, "premiums", 0, "frequencyMonths"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("refuses a second premium with the same frequency with DUPLICATE at its frequency", () => {
    const data = input({
      properties: [
        property({
          premiums: [
            { amount: "1", frequencyMonths: 12 },
            { amount: "2", frequencyMonths: 0 },
            { amount: "3", frequencyMonths: 12 },
            { amount: "4", frequencyMonths: 12 },
          ],
        }),
      ],
    });
    expect(problemsOf(data)).toEqual([
      { path: ["properties", 0, "premiums", 2, "frequencyMonths"], code: "DUPLICATE" },
      { path: ["properties", 0, "premiums", 3, "frequencyMonths"], code: "DUPLICATE" },
    ]);
  });

  it("allows the same frequency on premiums of different properties", () => {
    expectValid(
      input({
        properties: [
          property({ premiums: [{ amount: "1", frequencyMonths: 1 }] }),
          property({ workerType: "450", premiums: [{ amount: "1", frequencyMonths: 1 }] }),
        ],
      }),
    );
  });

  it.each(["17", "0170", "a17", "", " 017"])("refuses employer class %j with INVALID_FORMAT", (employerClass) => {
    expect(problemsOf(input({ properties: [property({ employerClass })] }))).toEqual([
      { path: ["properties", 0, "employerClass"], code: "INVALID_FORMAT" },
    ]);
  });
});

describe("checkDeclarationInput: several errors", () => {
  it("reports every failing rule at once, each at its path", () => {
    const data: DeclarationInputData = {
      workerId: "9b2f6a3e-4c1d-4e8f-9a7b-1c2d3e4f5a6b",
      ssin: BAD_CHECK_DIGIT_SSIN,
      payslipReference: "r".repeat(41),
      calculationPeriod: { start: "2024-12-30", end: "2025-01-02" },
      calculationDate: "2025-03-11",
      properties: [
        property({ employerClass: "17", validity: { start: "2025-01-01", end: "2025-02-30" }, grossWage: "0" }),
        property({ grossWage: null, premiums: [] }),
        property({
          grossWage: "1.001",
          premiums: [
            { amount: "5", frequencyMonths: 13 },
            { amount: "5", frequencyMonths: 3 },
            { amount: "5", frequencyMonths: 3 },
          ],
        }),
      ],
    };
    expect(problemsOf(data)).toEqual([
      { path: [], code: "ONE_OF" },
      { path: ["ssin"], code: "INVALID_CHECK_DIGIT" },
      { path: ["payslipReference"], code: "TOO_LONG" },
      { path: ["calculationPeriod", "start"], code: "OUT_OF_RANGE" },
      { path: ["calculationPeriod", "end"], code: "NOT_ALLOWED" },
      { path: ["calculationDate"], code: "OUT_OF_RANGE" },
      { path: ["properties", 0, "employerClass"], code: "INVALID_FORMAT" },
      { path: ["properties", 0, "validity", "end"], code: "INVALID_DATE" },
      { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
      { path: ["properties", 1], code: "REQUIRED" },
      { path: ["properties", 2, "grossWage"], code: "TOO_PRECISE" },
      { path: ["properties", 2, "premiums", 0, "frequencyMonths"], code: "OUT_OF_RANGE" },
      { path: ["properties", 2, "premiums", 2, "frequencyMonths"], code: "DUPLICATE" },
    ]);
  });
});
