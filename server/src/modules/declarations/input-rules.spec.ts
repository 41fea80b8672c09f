/**
 * The synchronous input rules of a declaration (docs/domain-rules.md#input-rules) as an employer user meets them through
 * the GraphQL API: every failing rule is one entry of `fieldErrors` in a single BAD_USER_INPUT,
 * with its path relative to the input, and a refused mutation writes nothing (docs/architecture.md#tenancy-access-and-errors).
 */
import { todayInBrussels } from "../../domain/calendar";
import { addDays } from "../../domain/dates";
import { makeSsin } from "../../domain/ssin";
import { sql } from "../../db/sql";
import { errorCodes, eventually, startTestApi, type GraphQLAnswer, type TestApi } from "../../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  readDeclaration,
  recentPeriod,
  rowCounts,
  submit,
} from "../../test/declarations";

type Input = Record<string, unknown>;
type Path = (string | number)[];
interface Expected {
  path: Path;
  code: string;
}

const ADD = `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id total } }`;
const UPDATE = `mutation($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id version } }`;
const MODIFY = `mutation($id: ID!, $version: Int!, $input: DeclarationInput!) {
  modifyDeclaration(id: $id, expectedVersion: $version, input: $input) { id version status } }`;

/** A valid UUID that no row has. */
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
/** The fixture worker aQuarter's SSIN (85073003328) with its last check digit changed. */
const WRONG_CHECK_DIGIT = "85073003329";

/** One property of employer A's class with a gross wage; `overrides` replace or add fields. */
function property(overrides: Input = {}): Input {
  return { employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "250.00", ...overrides };
}

/** A valid input over March 2025, for the rules about validities inside the calculation period. */
function march2025(workerId: string, overrides: Input = {}): Input {
  return declarationInput(workerId, {
    calculationPeriod: { start: "2025-03-01", end: "2025-03-31" },
    calculationDate: "2025-03-31",
    ...overrides,
  });
}

/** Tomorrow in Brussels, computed when the test runs (never a hard-coded day). */
const tomorrow = () => addDays(todayInBrussels(), 1);

/** `fieldErrors` without their messages, sorted, for comparing whole lists. */
function sortedProblems(list: Expected[]): Expected[] {
  return list
    .map(({ path, code }) => ({ path, code }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * Every synchronous rule of docs/domain-rules.md#input-rules, each with an otherwise valid input where exactly that rule
 * fails, and the one field error the API must report.
 */
const RULES: { rule: string; input: (fx: Fixtures) => Input; error: Expected }[] = [
  // Worker
  {
    rule: "SSIN with a wrong check digit",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { workerId: null, ssin: WRONG_CHECK_DIGIT }),
    error: { path: ["ssin"], code: "INVALID_CHECK_DIGIT" },
  },
  {
    rule: "neither workerId nor ssin",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { workerId: null }),
    error: { path: [], code: "ONE_OF" },
  },
  {
    rule: "both workerId and ssin",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { ssin: fx.workers.aQuarter.ssin }),
    error: { path: [], code: "ONE_OF" },
  },
  {
    rule: "unknown worker id",
    input: () => declarationInput(UNKNOWN_ID),
    error: { path: ["workerId"], code: "NOT_FOUND" },
  },
  {
    rule: "worker id that is not a UUID",
    input: () => declarationInput("1 OR 1=1"),
    error: { path: ["workerId"], code: "NOT_FOUND" },
  },
  {
    rule: "unknown SSIN with a valid check digit (19xx rule)",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { workerId: null, ssin: makeSsin("1970-01-01", 997) }),
    error: { path: ["ssin"], code: "NOT_FOUND" },
  },
  {
    rule: "unknown SSIN with a valid check digit (20xx rule)",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { workerId: null, ssin: makeSsin("2005-05-05", 12) }),
    error: { path: ["ssin"], code: "NOT_FOUND" },
  },
  {
    rule: "unknown BIS number with a valid check digit",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        workerId: null,
        ssin: makeSsin("1983-06-09", 431, { bis: "knownSex" }),
      }),
    error: { path: ["ssin"], code: "NOT_FOUND" },
  },
  {
    rule: "worker without a Dimona period with the employer (by id)",
    input: (fx) => declarationInput(fx.workers.bOnly.id),
    error: { path: ["workerId"], code: "NOT_FOUND" },
  },
  {
    rule: "worker without a Dimona period with the employer (by SSIN)",
    input: (fx) => declarationInput(fx.workers.bOnly.id, { workerId: null, ssin: fx.workers.bOnly.ssin }),
    error: { path: ["ssin"], code: "NOT_FOUND" },
  },

  // Dates
  {
    rule: "calculationPeriod.start not a real date",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2025-02-30", end: "2025-03-31" } }),
    error: { path: ["calculationPeriod", "start"], code: "INVALID_DATE" },
  },
  {
    rule: "calculationPeriod.end not a real date",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2025-02-01", end: "2025-02-30" } }),
    error: { path: ["calculationPeriod", "end"], code: "INVALID_DATE" },
  },
  {
    rule: "calculationDate not a real date",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { calculationDate: "2025-02-30" }),
    error: { path: ["calculationDate"], code: "INVALID_DATE" },
  },
  {
    rule: "validity.start not a real date",
    input: (fx) =>
      march2025(fx.workers.aQuarter.id, {
        properties: [property({ validity: { start: "2025-02-30", end: "2025-03-10" } })],
      }),
    error: { path: ["properties", 0, "validity", "start"], code: "INVALID_DATE" },
  },
  {
    rule: "validity.end not a real date",
    input: (fx) =>
      march2025(fx.workers.aQuarter.id, {
        properties: [property({ validity: { start: "2025-03-10", end: "2025-03-32" } })],
      }),
    error: { path: ["properties", 0, "validity", "end"], code: "INVALID_DATE" },
  },
  {
    rule: "calculation period starts after it ends",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2025-03-31", end: "2025-03-01" } }),
    error: { path: ["calculationPeriod", "end"], code: "RANGE_ORDER" },
  },
  {
    rule: "validity starts after it ends",
    input: (fx) =>
      march2025(fx.workers.aQuarter.id, {
        properties: [property({ validity: { start: "2025-03-20", end: "2025-03-10" } })],
      }),
    error: { path: ["properties", 0, "validity", "end"], code: "RANGE_ORDER" },
  },
  {
    rule: "calculation period starts before 2025-01-01",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2024-12-01", end: "2024-12-31" } }),
    error: { path: ["calculationPeriod", "start"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "calculation period crosses 31 December",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2025-12-20", end: "2026-01-10" } }),
    error: { path: ["calculationPeriod", "end"], code: "NOT_ALLOWED" },
  },
  {
    rule: "validity starts before the calculation period",
    input: (fx) =>
      march2025(fx.workers.aQuarter.id, {
        properties: [property({ validity: { start: "2025-02-25", end: "2025-03-10" } })],
      }),
    error: { path: ["properties", 0, "validity"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "validity ends after the calculation period",
    input: (fx) =>
      march2025(fx.workers.aQuarter.id, {
        properties: [property({ validity: { start: "2025-03-10", end: "2025-04-01" } })],
      }),
    error: { path: ["properties", 0, "validity"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "calculation date after today (tomorrow in Brussels)",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { calculationDate: tomorrow() }),
    error: { path: ["calculationDate"], code: "OUT_OF_RANGE" },
  },

  // Properties and amounts
  {
    rule: "no property",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [] }),
    error: { path: ["properties"], code: "REQUIRED" },
  },
  {
    rule: "a property with neither gross wage nor premium",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { properties: [property(), property({ grossWage: null })] }),
    error: { path: ["properties", 1], code: "REQUIRED" },
  },
  {
    rule: "a property with no gross wage and an empty list of premiums",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: null, premiums: [] })] }),
    error: { path: ["properties", 0], code: "REQUIRED" },
  },
  {
    rule: "gross wage 0",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: "0.00" })] }),
    error: { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "premium amount 0",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [property({ premiums: [{ amount: "0", frequencyMonths: 1 }] })],
      }),
    error: { path: ["properties", 0, "premiums", 0, "amount"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "negative gross wage",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: "-5.00" })] }),
    error: { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "negative premium amount",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [property({ premiums: [{ amount: "-0.01", frequencyMonths: 0 }] })],
      }),
    error: { path: ["properties", 0, "premiums", 0, "amount"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "gross wage with 3 decimals",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: "12.345" })] }),
    error: { path: ["properties", 0, "grossWage"], code: "TOO_PRECISE" },
  },
  {
    rule: "premium amount with 3 decimals",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [property({ premiums: [{ amount: "1.001", frequencyMonths: 6 }] })],
      }),
    error: { path: ["properties", 0, "premiums", 0, "amount"], code: "TOO_PRECISE" },
  },
  {
    rule: "gross wage above 99,999.99",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: "100000.00" })] }),
    error: { path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "premium amount above 99,999.99",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [property({ premiums: [{ amount: "100000", frequencyMonths: 12 }] })],
      }),
    error: { path: ["properties", 0, "premiums", 0, "amount"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "total above 999,999.99 (11 properties of 99,999.99)",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: Array.from({ length: 11 }, () => property({ grossWage: "99999.99" })),
      }),
    error: { path: ["properties"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "premium frequency 13",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [property({ premiums: [{ amount: "10.00", frequencyMonths: 13 }] })],
      }),
    error: { path: ["properties", 0, "premiums", 0, "frequencyMonths"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "premium frequency -1",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [property({ premiums: [{ amount: "10.00", frequencyMonths: -1 }] })],
      }),
    error: { path: ["properties", 0, "premiums", 0, "frequencyMonths"], code: "OUT_OF_RANGE" },
  },
  {
    rule: "two premiums of one property with the same frequency",
    input: (fx) =>
      declarationInput(fx.workers.aQuarter.id, {
        properties: [
          property({ premiums: [{ amount: "5.00", frequencyMonths: 1 }] }),
          property({
            premiums: [
              { amount: "10.00", frequencyMonths: 0 },
              { amount: "20.00", frequencyMonths: 6 },
              { amount: "30.00", frequencyMonths: 6 },
            ],
          }),
        ],
      }),
    error: { path: ["properties", 1, "premiums", 2, "frequencyMonths"], code: "DUPLICATE" },
  },
  {
    rule: 'employer class "17" (2 digits)',
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ employerClass: "17" })] }),
    error: { path: ["properties", 0, "employerClass"], code: "INVALID_FORMAT" },
  },
  {
    rule: 'employer class "0170" (4 digits)',
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ employerClass: "0170" })] }),
    error: { path: ["properties", 0, "employerClass"], code: "INVALID_FORMAT" },
  },
  {
    rule: 'employer class "ab1" (not digits)',
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { properties: [property({ employerClass: "ab1" })] }),
    error: { path: ["properties", 0, "employerClass"], code: "INVALID_FORMAT" },
  },
  {
    rule: "payslip reference of 41 characters",
    input: (fx) => declarationInput(fx.workers.aQuarter.id, { payslipReference: "R".repeat(41) }),
    error: { path: ["payslipReference"], code: "TOO_LONG" },
  },
];

describe("declaration input rules through the API (docs/domain-rules.md#input-rules, docs/architecture.md#tenancy-access-and-errors)", () => {
  let api: TestApi;
  let fx: Fixtures;
  let tokenA: string;
  let tokenB: string;
  /** A draft submission of employer A that every addDeclaration of this file targets. */
  let submissionId: string;
  /** A valid draft in that submission. */
  let draftId: string;

  beforeAll(async () => {
    api = await startTestApi();
    fx = await loadFixtures(api.database.db);
    tokenA = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    tokenB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    submissionId = await createSubmission(api, tokenA, fx.employerA);
    draftId = await addDeclaration(api, tokenA, submissionId, declarationInput(fx.workers.aQuarter.id));
  });
  afterAll(() => api.close());

  const add = (input: Input, token: string | undefined = tokenA) =>
    api.request<{ addDeclaration: { id: string; total: string } }>(ADD, { input: { submissionId, ...input } }, token);

  /** Runs a request and checks that no row a declaration mutation may touch has changed. */
  async function writesNothing<T>(run: () => Promise<GraphQLAnswer<T>>): Promise<GraphQLAnswer<T>> {
    const before = await rowCounts(api.database.db);
    const answer = await run();
    expect(await rowCounts(api.database.db)).toEqual(before);
    return answer;
  }

  /** Exactly one BAD_USER_INPUT carrying exactly these field errors (in any order), no data, nothing else. */
  function expectRefused(answer: GraphQLAnswer<unknown>, expected: Expected[]): void {
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    const error = answer.errors![0]!;
    expect(Object.keys(error.extensions!).sort()).toEqual(["code", "fieldErrors"]); // no stack trace or internals
    const fieldErrors = error.extensions!.fieldErrors!;
    for (const e of fieldErrors) expect(e.message).toEqual(expect.any(String));
    expect(sortedProblems(fieldErrors)).toEqual(sortedProblems(expected));
    expect(answer.data ?? null).toBeNull();
  }

  describe("the inputs the rule tests start from are valid", () => {
    it("declarationInput(...) and the March 2025 variant are accepted (and the row counts see the writes)", async () => {
      const before = await rowCounts(api.database.db);
      const recent = await add(declarationInput(fx.workers.aQuarter.id));
      expect(recent.errors).toBeUndefined();
      // A write shows in the counts that the refusals below compare.
      expect(await rowCounts(api.database.db)).toEqual({
        ...before,
        declarations: before.declarations! + 1,
        versions: before.versions! + 1,
        properties: before.properties! + 1,
        elements: before.elements! + 1,
        versionTokens: before.versionTokens! + 1,
      });
      const march = await add(
        march2025(fx.workers.aQuarter.id, {
          properties: [property({ validity: { start: "2025-03-01", end: "2025-03-31" } })],
        }),
      );
      expect(march.errors).toBeUndefined();
    });

    it("accepts the edges of every rule: 2025-01-01, a one-day validity, frequencies 0 and 12, 99,999.99, a total of 999,999.99, 40 characters, SSIN of the 20xx rule, today", async () => {
      const properties = Array.from({ length: 10 }, () => property({ grossWage: "99999.99" }));
      properties[9] = property({
        grossWage: "99999.99",
        validity: { start: "2025-01-31", end: "2025-01-31" },
        premiums: [
          { amount: "0.04", frequencyMonths: 0 },
          { amount: "0.05", frequencyMonths: 12 },
        ],
      });
      const answer = await add({
        ssin: fx.workers.aStudent.ssin, // born 2004: the 20xx check-digit rule; a STU period with A counts as a Dimona period
        payslipReference: "R".repeat(40),
        calculationPeriod: { start: "2025-01-01", end: "2025-01-31" },
        calculationDate: todayInBrussels(),
        properties,
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.addDeclaration.total).toBe("999999.99");
    });

    it("accepts a worker known by a BIS number", async () => {
      const bis = makeSsin("1983-06-09", 433, { bis: "knownSex" });
      const worker = await api.database.db.one<{ id: string }>(sql`
        INSERT INTO worker (ssin, first_name, last_name) VALUES (${bis}, 'Ana', 'Bis') RETURNING id`);
      await api.database.db.query(sql`
        INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date)
        VALUES ('300000000001', ${fx.employerA}, ${worker!.id}, 'FLX', '302', '2025-03-01', '2025-03-31')`);
      const answer = await add(declarationInput(worker!.id, { workerId: null, ssin: bis }));
      expect(answer.errors).toBeUndefined();
    });
  });

  describe("addDeclaration: one rule fails, one field error, nothing written", () => {
    it.each(RULES)("$rule", async ({ input, error }) => {
      const answer = await writesNothing(() => add(input(fx)));
      expectRefused(answer, [error]);
    });
  });

  describe("addDeclaration: text the database cannot store", () => {
    // No bad input ever causes an INTERNAL_SERVER_ERROR (docs/decisions/0016-closed-error-codes.md). PostgreSQL text cannot hold
    // U+0000, so the payslip reference, the only free text of the input, must not reach it as is.
    it("a NUL character in the payslip reference is BAD_USER_INPUT at [payslipReference], not INTERNAL_SERVER_ERROR", async () => {
      const answer = await writesNothing(() =>
        add(declarationInput(fx.workers.aQuarter.id, { payslipReference: "PAY\u0000123" })),
      );
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => e.path)).toEqual([["payslipReference"]]);
    });
  });

  describe("addDeclaration: several rules fail at once", () => {
    it("reports every failing rule of the input, the database's (unknown worker) with the pure ones, and writes nothing", async () => {
      const answer = await writesNothing(() =>
        add({
          workerId: UNKNOWN_ID,
          payslipReference: "R".repeat(41),
          calculationPeriod: { start: "2025-03-01", end: "2025-03-31" },
          calculationDate: tomorrow(),
          properties: [
            property({ employerClass: "17" }),
            property({ grossWage: "1.234", premiums: [{ amount: "5.00", frequencyMonths: 13 }] }),
            property({ validity: { start: "2025-02-25", end: "2025-03-10" } }),
            property({
              grossWage: null,
              premiums: [
                { amount: "10.00", frequencyMonths: 1 },
                { amount: "-1.00", frequencyMonths: 1 },
              ],
            }),
            property({ grossWage: null }),
          ],
        }),
      );
      expectRefused(answer, [
        { path: ["workerId"], code: "NOT_FOUND" },
        { path: ["payslipReference"], code: "TOO_LONG" },
        { path: ["calculationDate"], code: "OUT_OF_RANGE" },
        { path: ["properties", 0, "employerClass"], code: "INVALID_FORMAT" },
        { path: ["properties", 1, "grossWage"], code: "TOO_PRECISE" },
        { path: ["properties", 1, "premiums", 0, "frequencyMonths"], code: "OUT_OF_RANGE" },
        { path: ["properties", 2, "validity"], code: "OUT_OF_RANGE" },
        { path: ["properties", 3, "premiums", 1, "amount"], code: "OUT_OF_RANGE" },
        { path: ["properties", 3, "premiums", 1, "frequencyMonths"], code: "DUPLICATE" },
        { path: ["properties", 4], code: "REQUIRED" },
      ]);
    });
  });

  describe("scalars' lexical errors (GraphQL variable coercion)", () => {
    it.each([
      {
        scalar: "Money",
        value: "12,50",
        input: (fx: Fixtures) =>
          declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: "12,50" })] }),
        path: ["properties", 0, "grossWage"],
      },
      {
        scalar: "Money",
        value: "1e3",
        input: (fx: Fixtures) =>
          declarationInput(fx.workers.aQuarter.id, {
            properties: [property({ premiums: [{ amount: "1e3", frequencyMonths: 0 }] })],
          }),
        path: ["properties", 0, "premiums", 0, "amount"],
      },
      {
        scalar: "Date",
        value: "31/01/2025",
        input: (fx: Fixtures) => declarationInput(fx.workers.aQuarter.id, { calculationDate: "31/01/2025" }),
        path: ["calculationDate"],
      },
      {
        scalar: "Date",
        value: "2025-3-1",
        input: (fx: Fixtures) =>
          declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2025-3-1", end: "2025-03-31" } }),
        path: ["calculationPeriod", "start"],
      },
      {
        scalar: "Ssin",
        value: "abc",
        input: (fx: Fixtures) => declarationInput(fx.workers.aQuarter.id, { workerId: null, ssin: "abc" }),
        path: ["ssin"],
      },
    ])("$scalar $value is BAD_USER_INPUT with an INVALID_FORMAT field error at its path", async ({ input, path }) => {
      const answer = await writesNothing(() => add(input(fx)));
      expectRefused(answer, [{ path, code: "INVALID_FORMAT" }]);
    });
  });

  describe("updateDraftDeclaration applies the same rules", () => {
    it.each([
      {
        rule: "validity outside the calculation period",
        input: (fx: Fixtures) =>
          march2025(fx.workers.aQuarter.id, {
            properties: [property({ validity: { start: "2025-02-25", end: "2025-03-10" } })],
          }),
        errors: [{ path: ["properties", 0, "validity"], code: "OUT_OF_RANGE" }],
      },
      {
        rule: "worker without a Dimona period with the employer",
        input: (fx: Fixtures) => declarationInput(fx.workers.bOnly.id),
        errors: [{ path: ["workerId"], code: "NOT_FOUND" }],
      },
      {
        rule: "3 decimals and a duplicate frequency",
        input: (fx: Fixtures) =>
          declarationInput(fx.workers.aQuarter.id, {
            properties: [
              property({
                grossWage: "1.999",
                premiums: [
                  { amount: "1.00", frequencyMonths: 12 },
                  { amount: "2.00", frequencyMonths: 12 },
                ],
              }),
            ],
          }),
        errors: [
          { path: ["properties", 0, "grossWage"], code: "TOO_PRECISE" },
          { path: ["properties", 0, "premiums", 1, "frequencyMonths"], code: "DUPLICATE" },
        ],
      },
    ])("$rule: BAD_USER_INPUT, the draft unchanged", async ({ input, errors }) => {
      const before = await readDeclaration(api, tokenA, draftId);
      const answer = await writesNothing(() => api.request(UPDATE, { id: draftId, input: input(fx) }, tokenA));
      expectRefused(answer, errors);
      expect(await readDeclaration(api, tokenA, draftId)).toEqual(before);
    });
  });

  describe("who may add", () => {
    it("a user of employer B adding to A's submission gets NOT_FOUND, with a valid or an invalid input", async () => {
      const valid = await writesNothing(() => add(declarationInput(fx.workers.both.id), tokenB));
      expect(errorCodes(valid)).toEqual(["NOT_FOUND"]);
      const invalid = await writesNothing(() => add(declarationInput(fx.workers.both.id, { properties: [] }), tokenB));
      expect(errorCodes(invalid)).toEqual(["NOT_FOUND"]);
    });

    it("a user of employer B updating A's draft gets NOT_FOUND", async () => {
      const answer = await writesNothing(() =>
        api.request(UPDATE, { id: draftId, input: declarationInput(fx.workers.both.id) }, tokenB),
      );
      expect(errorCodes(answer)).toEqual(["NOT_FOUND"]);
    });

    it("without signing in: UNAUTHENTICATED", async () => {
      const answer = await writesNothing(() =>
        api.request(ADD, { input: { submissionId, ...declarationInput(fx.workers.aQuarter.id) } }),
      );
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("modifyDeclaration applies the same rules, and checks the input before the version", () => {
    let declarationId: string;
    let version: number;

    beforeAll(async () => {
      await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
      const submitted = await createSubmission(api, tokenA, fx.employerA);
      declarationId = await addDeclaration(api, tokenA, submitted, declarationInput(fx.workers.aQuarter.id));
      await submit(api, tokenA, submitted);
      const view = await controlled(api, tokenA, declarationId);
      expect(view.status).toBe("ACCEPTED");
      version = view.version;
      // The controls worker finishes its job after the status is visible: wait until it is gone,
      // so that the row counts below change only through the requests under test.
      await eventually(
        async () => ((await rowCounts(api.database.db)).jobs === 0 ? true : undefined),
        10_000,
        "controls jobs to finish",
      );
    });

    it("another worker by id: BAD_USER_INPUT NOT_ALLOWED at [workerId], nothing written", async () => {
      const answer = await writesNothing(() =>
        api.request(MODIFY, { id: declarationId, version, input: declarationInput(fx.workers.aDay.id) }, tokenA),
      );
      expectRefused(answer, [{ path: ["workerId"], code: "NOT_ALLOWED" }]);
    });

    it("another worker by SSIN: BAD_USER_INPUT NOT_ALLOWED at [ssin], nothing written", async () => {
      const input = declarationInput(fx.workers.aDay.id, { workerId: null, ssin: fx.workers.both.ssin });
      const answer = await writesNothing(() => api.request(MODIFY, { id: declarationId, version, input }, tokenA));
      expectRefused(answer, [{ path: ["ssin"], code: "NOT_ALLOWED" }]);
    });

    it.each(
      RULES.filter((r) =>
        [
          "calculation period crosses 31 December",
          "gross wage with 3 decimals",
          "premium frequency 13",
          "SSIN with a wrong check digit",
        ].includes(r.rule),
      ),
    )("$rule: BAD_USER_INPUT, nothing written", async ({ input, error }) => {
      const answer = await writesNothing(() =>
        api.request(MODIFY, { id: declarationId, version, input: input(fx) }, tokenA),
      );
      expectRefused(answer, [error]);
    });

    it("a bad input with a stale expectedVersion is BAD_USER_INPUT, not CONFLICT", async () => {
      const input = declarationInput(fx.workers.aQuarter.id, { properties: [property({ grossWage: "-1.00" })] });
      const answer = await writesNothing(() =>
        api.request(MODIFY, { id: declarationId, version: version - 1, input }, tokenA),
      );
      expectRefused(answer, [{ path: ["properties", 0, "grossWage"], code: "OUT_OF_RANGE" }]);
    });

    it("a valid input with a stale expectedVersion is CONFLICT (so the test above discriminates)", async () => {
      const answer = await writesNothing(() =>
        api.request(
          MODIFY,
          { id: declarationId, version: version - 1, input: declarationInput(fx.workers.aQuarter.id) },
          tokenA,
        ),
      );
      expect(errorCodes(answer)).toEqual(["CONFLICT"]);
    });

    it("the same worker named by SSIN instead of id is not a change of worker", async () => {
      const input = declarationInput(fx.workers.aQuarter.id, {
        workerId: null,
        ssin: fx.workers.aQuarter.ssin,
        calculationDate: recentPeriod().calculationDate,
      });
      const answer = await api.request<{ modifyDeclaration: { version: number; status: string } }>(
        MODIFY,
        { id: declarationId, version, input },
        tokenA,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.modifyDeclaration.version).toBe(version + 1);
    });
  });
});
