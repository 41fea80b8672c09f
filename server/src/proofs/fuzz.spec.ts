/**
 * Fuzzing the inputs (docs/domain-rules.md#input-rules, docs/architecture.md#tenancy-access-and-errors): more than 10,000 generated bad inputs, one per
 * request, to the mutations and queries that take input. Every answer must be JSON with an HTTP
 * status below 500 and carry only the closed set of caller errors (BAD_USER_INPUT, NOT_FOUND,
 * CONFLICT, INVALID_STATE; FORBIDDEN where a right is missing): never INTERNAL_SERVER_ERROR.
 * A bad input to a mutation must be refused and write nothing: the row count of every table
 * (and the content of the application's tables) is the same after each property.
 *
 * Mutation inputs start from a valid template and get one to three corruptions, each of which
 * makes the input invalid by itself (a rule of docs/domain-rules.md#input-rules or reference-data.ts broken, a required
 * field missing or null, an unknown field, a value of the wrong type or shape, random nesting,
 * a NUL character), so that acceptance is a bug and not bad luck of the generator. Queries get
 * random filters, orders, page sizes and forged cursors; any answer but an error outside the set
 * is fine for them.
 *
 * The seed is fixed and printed; FUZZ_SEED=<n> replays another one, FUZZ_SHRINK=1 shrinks a
 * failure to its smallest case (slower).
 */
import fc from "fast-check";
import { sql } from "../db/sql";
import { isIsoDate } from "../domain/dates";
import { isValidSsin, makeSsin } from "../domain/ssin";
import { startTestApi, type TestApi } from "../test/api";
import {
  addDeclaration,
  controlled,
  createSubmission,
  declarationInput,
  recentPeriod,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { allRowCounts, dataOf, pool } from "./proof-support";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const SHRINK = process.env.FUZZ_SHRINK === "1";
/** Properties run at once (each sends one case at a time). */
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);

const CALLER_ERRORS = ["BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "INVALID_STATE"] as const;
const WITH_RIGHTS = [...CALLER_ERRORS, "FORBIDDEN"] as const;

// ---------------------------------------------------------------------------------------------
// Values that are bad by themselves.
// ---------------------------------------------------------------------------------------------

const HOUR = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const MONEY_FORM = /^-?\d+(\.\d+)?$/;
const NSSO_SHAPE = /^([0-9]{1,9}|5[0-9]{9})$/;
const characters = (text: string) => Array.from(text).length;
const defineKey = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** Any text: code points of every plane (lone surrogates included), emoji, controls, and a few long ones. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "a\u0000b",
      "\uD800",
      "\uDFFF",
      "🙂",
      "👩‍👩‍👧‍👦",
      "\u202E",
      "NaN",
      "Infinity",
      "-Infinity",
      "null",
      "undefined",
      "-0",
      "1e308",
      "0x10",
      "%",
      "_",
      "\\",
      "'",
      "' OR 1=1 --",
      "%%\\",
      "\\%",
      "a\\",
      "$1",
      "{}",
      "[]",
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("x", "🙂", "é", "\u0000"), fc.integer({ min: 100, max: 10_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);
/** JSON that is not a string: wrong type for any text or scalar field holding a string. */
const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1, maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 3 }),
);
/** JSON that is not an input object: random nesting, scalars, lists (never empty: an empty list would read as {}). */
const notObject = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.jsonValue({ maxDepth: 6 }), { minLength: 1, maxLength: 4 }),
);
const withNul = fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`);
/** Blank once trimmed (the rules trim): spaces, tabs, line breaks, no-break and ideographic spaces, BOM. */
const blank = fc
  .array(fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028"), { maxLength: 8 })
  .map((a) => a.join(""));
/** Longer than `max` characters once trimmed. */
const tooLong = (max: number) =>
  fc.oneof(
    fc.string({ unit: "binary", minLength: max + 1, maxLength: max + 40 }).filter((s) => characters(s.trim()) > max),
    fc.tuple(fc.constantFrom("x", "🙂", "ß"), fc.integer({ min: max + 1, max: max * 20 })).map(([c, n]) => c.repeat(n)),
  );
/**
 * Mostly values that pass GraphQL's coercion and the scalars' lexical check, so that the rules of
 * the services are what refuses them; sometimes values of the wrong type or form.
 */
const hostile = <T>(valid: fc.Arbitrary<T>, junk: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: junk });
const requiredText = (max: number) => hostile(fc.oneof(blank, tooLong(max)), fc.oneof(withNul, notString));
/** Not a real date "YYYY-MM-DD" of 1900-9999 (isIsoDate): mostly of the Date scalar's form, else at random. */
const badDate = hostile(
  fc.oneof(
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/).filter((s) => !isIsoDate(s)),
    fc.constantFrom(
      "2025-02-29",
      "2026-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-01-00",
      "2025-01-32",
      "2025-04-31",
      "0000-01-01",
      "1899-12-31",
      "9999-99-99",
    ),
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
      .filter((s) => !isIsoDate(s)),
  ),
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 12 }).filter((s) => !isIsoDate(s)),
    fc.constantFrom(
      "10000-01-01",
      "2025-1-1",
      "2025/01/01",
      "01-01-2025",
      "２０２５-０１-０１",
      "2025-01-01T00:00:00Z",
      " 2025-01-01",
      "2025-01-01 ",
      "2025-01-01\n",
      "NaN",
      "-1",
      "",
      "null",
      "+2025-01-01",
      "-2025-01-01",
    ),
    notString,
  ),
);
/** An amount of a declaration that is not > 0, <= 99,999.99 with at most 2 decimals: mostly of the Money scalar's form. */
const badAmount = hostile(
  fc.oneof(
    fc.constantFrom(
      "0",
      "0.00",
      "-0",
      "-0.00",
      "-0.01",
      "100000",
      "100000.00",
      "99999.991",
      "0.001",
      "9".repeat(400),
      "1" + "0".repeat(30) + ".5",
      "-" + "9".repeat(40),
    ),
    fc.integer({ min: -1_000_000_000, max: 0 }).map(String),
    fc.bigInt({ min: 100_000n, max: 10n ** 40n }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 99_998 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }))
      .map(([e, mid, last]) => `${e}.${String(mid).padStart(2, "0")}${last}`),
  ),
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 12 }).filter((s) => !MONEY_FORM.test(s)),
    fc.constantFrom("", "1,50", "1.5e3", "NaN", "Infinity", "+5", " 5", "5 ", "1..2", ".5", "5.", "€5", "٥"),
    notString,
  ),
);
/** 11 digits whose check digits do not match (mostly), or no 11 digits at all once separators go. */
const badSsin = hostile(
  fc.oneof(
    fc.stringMatching(/^\d{11}$/).filter((s) => !isValidSsin(s)),
    fc.stringMatching(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/).filter((s) => !isValidSsin(s.replace(/[.-]/g, ""))),
    fc.constantFrom("85073003329", "85.07.30-033.27", "00000000000", "99999999999"),
  ),
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 14 }).filter((s) => !/^\d{11}$/.test(s.replace(/[.\-\s]/g, ""))),
    fc.constantFrom("", "8507300332", "850730033288"),
    notString,
  ),
);
/** An id of nothing the caller may touch: random UUIDs and strings that are no UUID (both pass ID), else numbers, lists, booleans. */
const badId = hostile(
  fc.oneof(
    fc.uuid(),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(
      "",
      "null",
      "00000000-0000-0000-0000-000000000000",
      "' OR 1=1 --",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "1".repeat(36),
    ),
  ),
  fc.oneof(fc.integer(), fc.array(fc.uuid(), { minLength: 1, maxLength: 2 }), fc.boolean()),
);
const badEnum = (values: readonly string[]) =>
  fc.oneof(
    fc.string({ maxLength: 20 }).filter((s) => !values.includes(s)),
    fc.constantFrom(...values.map((v) => v.toLowerCase())),
    fc.integer(),
    fc.boolean(),
  );
const notInt = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e300, -1e300),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.array(fc.integer(), { minLength: 1, maxLength: 2 }),
);
/** An Int outside min..max (mostly a 32-bit one, as GraphQL's Int), else no Int at all. */
const badInt = (min: number, max: number) =>
  hostile(
    fc.oneof(fc.integer({ min: -(2 ** 31), max: min - 1 }), fc.integer({ min: max + 1, max: 2 ** 31 - 1 })),
    notInt,
  );

// ---------------------------------------------------------------------------------------------
// Valid templates with the shape of their input, and the corruptions each part allows.
// ---------------------------------------------------------------------------------------------

type Spec =
  | { kind: "object"; fields: Record<string, { spec: Spec; required: boolean }> }
  /** `bad`: values of the whole list that are bad (an empty list where one is needed, ...). */
  | { kind: "list"; of: Spec; bad: fc.Arbitrary<unknown>[] }
  | { kind: "leaf"; bad: fc.Arbitrary<unknown> };

const leaf = (bad: fc.Arbitrary<unknown>): Spec => ({ kind: "leaf", bad });
const req = (spec: Spec) => ({ spec, required: true });
const opt = (spec: Spec) => ({ spec, required: false });
const object = (fields: Record<string, { spec: Spec; required: boolean }>): Spec => ({ kind: "object", fields });

type Path = (string | number)[];
type Corruption =
  | { path: Path; op: "set"; value: unknown }
  | { path: Path; op: "delete" }
  | { path: Path; op: "addKey"; key: string; value: unknown };

/**
 * Every place of a template that can be made bad, each with the corruptions it allows. A value
 * made bad weighs more than a change of shape (an unknown field, a field left out or null, no
 * object at all), which GraphQL refuses before the services see it.
 */
function corruptions(spec: Spec, value: unknown, path: Path, top: boolean): fc.WeightedArbitrary<Corruption>[] {
  const out: fc.WeightedArbitrary<Corruption>[] = [];
  const shape = (arbitrary: fc.Arbitrary<Corruption>) => out.push({ weight: 1, arbitrary });
  const content = (arbitrary: fc.Arbitrary<Corruption>) => out.push({ weight: 6, arbitrary });
  if (spec.kind === "leaf") {
    content(spec.bad.map((v) => ({ path, op: "set" as const, value: v })));
  } else if (spec.kind === "list") {
    content(fc.oneof(...spec.bad).map((v) => ({ path, op: "set" as const, value: v })));
    if (Array.isArray(value) && value.length > 0) out.push(...corruptions(spec.of, value[0], [...path, 0], false));
  } else {
    if (!top) {
      // Unknown fields (also those an object prototype has), and shapes that are no object.
      const known = Object.keys(spec.fields);
      const key = fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.includes(k)),
        fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__typename", "$where"),
      );
      shape(
        fc
          .tuple(key, fc.jsonValue({ maxDepth: 4 }))
          .map(([k, v]) => ({ path, op: "addKey" as const, key: k, value: v })),
      );
      shape(notObject.map((v) => ({ path, op: "set" as const, value: v })));
    }
    for (const [name, field] of Object.entries(spec.fields)) {
      const inner = (value as Record<string, unknown> | undefined)?.[name];
      if (field.required) {
        shape(fc.constant({ path: [...path, name], op: "delete" as const }));
        shape(fc.constant({ path: [...path, name], op: "set" as const, value: null }));
      }
      if (inner !== undefined || field.spec.kind === "leaf")
        out.push(...corruptions(field.spec, inner, [...path, name], false));
    }
  }
  return out;
}

/** Applies corruptions in order; one whose place no longer exists (an earlier one replaced it) is skipped. */
function apply(template: Record<string, unknown>, list: Corruption[]): Record<string, unknown> {
  const root = structuredClone(template);
  for (const c of list) {
    let parent: unknown = root;
    const steps = c.op === "addKey" ? c.path : c.path.slice(0, -1);
    for (const step of steps)
      parent =
        parent !== null && typeof parent === "object" ? (parent as Record<string | number, unknown>)[step] : undefined;
    if (parent === null || typeof parent !== "object") continue;
    const target = parent as Record<string | number, unknown>;
    if (c.op === "addKey") defineKey(target as Record<string, unknown>, c.key, c.value);
    else if (c.op === "delete") delete target[c.path[c.path.length - 1]!];
    else target[c.path[c.path.length - 1]!] = c.value;
  }
  return root;
}

/** A bad input: the template with one to three corruptions, each bad by itself. */
function badInput(template: Record<string, unknown>, spec: Spec): fc.Arbitrary<Record<string, unknown>> {
  const all = corruptions(spec, template, [], true);
  return fc.array(fc.oneof(...all), { minLength: 1, maxLength: 3 }).map((list) => apply(template, list));
}

// ---------------------------------------------------------------------------------------------
// The world the inputs refer to, and the way cases are sent and judged.
// ---------------------------------------------------------------------------------------------

let api: TestApi;
let fx: Fixtures;
const tokens = {} as Record<"declarantA" | "backOffice" | "adminA", string>;
const world = {
  draftSubmission: "",
  draftDeclaration: "",
  submittedSubmission: "",
  accepted: { id: "", version: 0 },
  forBackOffice: { id: "", version: 0 },
  logins: [] as string[],
  ssins: [] as string[],
  bDeclaration: "",
  bSubmission: "",
  /** Real cursors by "list|order" ("" for the default order). */
  cursors: {} as Record<string, string[]>,
};
let countsBefore: Record<string, number>;
let digestBefore: Record<string, string>;

interface Target {
  name: string;
  query: string;
  caller: keyof typeof tokens;
  numRuns: number;
  /** Mutations: the input is bad, so the answer must be a refusal. */
  mustFail: boolean;
  allowed: readonly string[];
  cases: () => fc.Arbitrary<Record<string, unknown>>;
}

/** One case: POST as a browser would, then judge status, body and error codes; a failure names the case. */
async function send(target: Target, variables: Record<string, unknown>): Promise<void> {
  try {
    await sendOne(target, variables);
  } catch (error) {
    // fast-check prints objects through their own toString, which a case may have replaced: the JSON sent is what replays it.
    const sent = JSON.stringify(variables);
    throw new Error(
      `${target.name}: ${(error as Error).message}\n  variables: ${sent.length > 3000 ? `${sent.slice(0, 3000)}... (${sent.length} characters)` : sent}`,
      { cause: error },
    );
  }
}

async function sendOne(target: Target, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(api.server.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      authorization: `Bearer ${tokens[target.caller]}`,
    },
    body: JSON.stringify({ query: target.query, variables }),
  });
  const text = await response.text();
  if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${text.slice(0, 800)}`);
  let body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 800)}`);
  }
  const errors = body.errors ?? [];
  const codes = errors.map((e) => String(e.extensions?.code));
  const outside = codes.filter((c) => !target.allowed.includes(c));
  if (outside.length)
    throw new Error(`answered ${outside.join(", ")} (HTTP ${response.status}): ${text.slice(0, 800)}`);
  if (errors.some((e) => "stacktrace" in (e.extensions ?? {}) || /\n\s+at /.test(e.message)))
    throw new Error(`a stack trace in the answer: ${text.slice(0, 800)}`);
  if (target.mustFail) {
    const accepted = body.data && Object.values(body.data).some((v) => v !== null);
    if (errors.length === 0 || accepted)
      throw new Error(`a bad input was accepted (HTTP ${response.status}): ${text.slice(0, 800)}`);
  } else if (errors.length === 0 && !body.data) {
    throw new Error(`neither data nor errors (HTTP ${response.status}): ${text.slice(0, 800)}`);
  }
}

/** The content of the application's tables (sessions and sign-in bookkeeping aside). */
async function digest(): Promise<Record<string, string>> {
  const tables = await api.database.db.query<{ name: string }>(sql`
    SELECT relname AS name FROM pg_stat_user_tables WHERE schemaname = 'public'
      AND relname NOT IN ('user_session', 'sign_in_attempt', 'typeorm_migration', 'worker_heartbeat') ORDER BY 1`);
  const parts = tables.map(
    (t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t.name}" x) AS "${t.name}"`,
  );
  return (await api.database.db.one<Record<string, string>>(sql.raw(`SELECT ${parts.join(", ")}`)))!;
}

/** Row counts, without the sign-in bookkeeping (pruned by the rate limiter on its own schedule). */
async function counts(): Promise<Record<string, number>> {
  const { "public.sign_in_attempt": _ignored, ...rest } = await allRowCounts(api.database.db);
  return rest;
}

// ---------------------------------------------------------------------------------------------
// The targets.
// ---------------------------------------------------------------------------------------------

const TODAY = recentPeriod().calculationDate;
const MONTH_START = recentPeriod().start;
const TOMORROW = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const NEXT_YEAR = String(Number(TODAY.slice(0, 4)) + 1);

function premiumSpec(): Spec {
  return object({ amount: req(leaf(badAmount)), frequencyMonths: req(leaf(badInt(0, 12))) });
}

function propertySpec(): Spec {
  return object({
    employerClass: req(
      leaf(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 6 }).filter((s) => !/^[0-9]{3}$/.test(s.trim())),
          fc.constantFrom("17", "0170", "", "٠١٧", "0 7", "1e2"),
          withNul,
          notString,
        ),
      ),
    ),
    workerType: req(leaf(badEnum(["BLUE_COLLAR_050", "WHITE_COLLAR_450"]))),
    grossWage: opt(leaf(badAmount)),
    premiums: opt({
      kind: "list",
      of: premiumSpec(),
      bad: [
        // Two premiums of one property with the same frequency must be summed.
        fc.integer({ min: 0, max: 12 }).map((f) => [
          { amount: "10.00", frequencyMonths: f },
          { amount: "20.00", frequencyMonths: f },
        ]),
        fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean()),
      ],
    }),
    validity: opt(
      object({
        // Inside the calculation period (template: this month up to today).
        start: req(
          leaf(
            fc.oneof(badDate, fc.constantFrom("2024-12-31", "2025-01-01", `${Number(TODAY.slice(0, 4)) - 1}-12-31`)),
          ),
        ),
        end: req(leaf(fc.oneof(badDate, fc.constantFrom(TOMORROW, `${NEXT_YEAR}-01-01`, "9999-12-31")))),
      }),
    ),
  });
}

/** DeclarationInput: the template has workerId, so a second worker reference (ssin) is bad too. */
function declarationSpec(options: { backOffice: boolean }): Spec {
  const otherWorkers = fc.constantFrom(fx.workers.bOnly.id, fx.workers.aDay.id);
  return object({
    workerId: opt(
      leaf(options.backOffice ? fc.oneof(badId, otherWorkers) : fc.oneof(badId, fc.constant(fx.workers.bOnly.id))),
    ),
    ssin: opt(leaf(fc.oneof(badSsin, fc.constantFrom(...world.ssins)))),
    payslipReference: opt(leaf(fc.oneof(tooLong(40), withNul, notString))),
    calculationPeriod: req(
      object({
        start: req(
          leaf(fc.oneof(badDate, fc.constantFrom("2024-12-31", "2024-01-01", "1900-01-01", TOMORROW, "9999-12-31"))),
        ),
        end: req(
          leaf(
            fc.oneof(
              badDate,
              fc.constantFrom("2024-12-31", `${NEXT_YEAR}-01-15`, `${Number(TODAY.slice(0, 4)) - 1}-12-31`),
            ),
          ),
        ),
      }),
    ),
    calculationDate: req(leaf(fc.oneof(badDate, fc.constantFrom(TOMORROW, `${NEXT_YEAR}-06-01`, "9999-12-31")))),
    properties: req({
      kind: "list",
      of: propertySpec(),
      bad: [
        fc.constant([]),
        // A property without any amount.
        fc.constant([{ employerClass: "017", workerType: "BLUE_COLLAR_050" }]),
        fc.constant([{ employerClass: "017", workerType: "BLUE_COLLAR_050", premiums: [] }]),
        // Eleven properties of 99,999.99: a total above 999,999.99.
        fc.constant(
          Array.from({ length: 11 }, () => ({
            employerClass: "017",
            workerType: "BLUE_COLLAR_050",
            grossWage: "99999.99",
          })),
        ),
        fc.oneof(
          fc.string({ maxLength: 5 }),
          fc.integer(),
          fc.boolean(),
          fc.array(fc.array(fc.jsonValue(), { minLength: 1 }), { minLength: 1, maxLength: 2 }),
        ),
      ],
    }),
  });
}

function declarationTemplate(): Record<string, unknown> {
  return {
    ...declarationInput(fx.workers.aQuarter.id, {
      properties: [
        {
          employerClass: "017",
          workerType: "BLUE_COLLAR_050",
          grossWage: "250.00",
          premiums: [{ amount: "10.00", frequencyMonths: 1 }],
          validity: { start: MONTH_START, end: TODAY },
        },
      ],
    }),
    payslipReference: "FUZZ-1",
  };
}

/** A reason of a reference-data correction: not blank, at most 1,000 characters (reference-data.ts). */
const REASON = fc.oneof(blank, tooLong(1000), withNul, notString);
/** A reason of a declaration's correction: not blank (back-office.service.ts sets no length). */
const DECLARATION_REASON = fc.oneof(blank, withNul, notString);

function targets(): Target[] {
  const declaration = declarationTemplate();
  const declarationOf = (backOffice: boolean) => declarationSpec({ backOffice });
  const anyId = (valid: string[]) => fc.oneof(badId, fc.constantFrom(...valid));
  return [
    {
      name: "addDeclaration",
      caller: "declarantA",
      numRuns: 1100,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
      cases: () => {
        const spec = declarationOf(false) as Extract<Spec, { kind: "object" }>;
        const input = object({
          ...spec.fields,
          submissionId: req(leaf(anyId([world.submittedSubmission, world.bSubmission]))),
        });
        return badInput(
          { input: { ...declaration, submissionId: world.draftSubmission } },
          object({ input: req(input) }),
        );
      },
    },
    {
      name: "updateDraftDeclaration",
      caller: "declarantA",
      numRuns: 600,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id } }`,
      cases: () =>
        badInput(
          { id: world.draftDeclaration, input: declaration },
          object({ id: req(leaf(anyId([world.accepted.id, world.bDeclaration]))), input: req(declarationOf(false)) }),
        ),
    },
    {
      name: "modifyDeclaration",
      caller: "declarantA",
      numRuns: 700,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
      cases: () =>
        badInput(
          { id: world.accepted.id, v: world.accepted.version, input: declaration },
          object({
            id: req(leaf(anyId([world.draftDeclaration, world.bDeclaration]))),
            v: req(
              leaf(
                fc.oneof(
                  fc.integer().filter((n) => n !== world.accepted.version),
                  notInt,
                ),
              ),
            ),
            input: req(declarationOf(false)),
          }),
        ),
    },
    {
      name: "correctDeclaration (back office)",
      caller: "backOffice",
      numRuns: 600,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($id: ID!, $v: Int!, $input: DeclarationInput!, $reason: String!) {
        correctDeclaration(id: $id, expectedVersion: $v, input: $input, reason: $reason) { id } }`,
      cases: () =>
        badInput(
          { id: world.forBackOffice.id, v: world.forBackOffice.version, input: declaration, reason: "Wrong wage" },
          object({
            id: req(leaf(anyId([world.draftDeclaration]))),
            v: req(
              leaf(
                fc.oneof(
                  fc.integer().filter((n) => n !== world.forBackOffice.version),
                  notInt,
                ),
              ),
            ),
            input: req(declarationOf(true)),
            reason: req(leaf(DECLARATION_REASON)),
          }),
        ),
    },
    {
      name: "submitDeclarations",
      caller: "declarantA",
      numRuns: 600,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id } }`,
      cases: () =>
        fc.uuid().chain((key) =>
          badInput(
            {
              input: {
                employerId: fx.employerA,
                idempotencyKey: `fuzz-${key}`,
                declarations: [declaration, { ...declaration, payslipReference: "FUZZ-2" }],
              },
            },
            object({
              input: req(
                object({
                  employerId: req(leaf(anyId([fx.employerB]))),
                  idempotencyKey: req(leaf(fc.oneof(withNul, notString))),
                  declarations: req({
                    kind: "list",
                    of: declarationOf(false),
                    bad: [fc.constant([]), fc.oneof(fc.string({ maxLength: 5 }), fc.integer())],
                  }),
                }),
              ),
            }),
          ),
        ),
    },
    {
      name: "createSubmission",
      caller: "declarantA",
      numRuns: 500,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
      cases: () =>
        badInput(
          { input: { employerId: fx.employerA, from: MONTH_START, to: TODAY } },
          object({
            input: req(
              object({
                employerId: req(leaf(anyId([fx.employerB]))),
                from: req(leaf(fc.oneof(badDate, fc.constantFrom(TOMORROW, "9999-12-31")))),
                to: req(leaf(fc.oneof(badDate, fc.constantFrom("1900-01-01", "2024-12-31")))),
              }),
            ),
          }),
        ),
    },
    {
      name: "registerWorker",
      caller: "backOffice",
      numRuns: 600,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`,
      cases: () =>
        badInput(
          {
            input: {
              ssin: makeSsin("1977-07-07", 500),
              firstName: "Fuzz",
              lastName: "Tester",
              pensionerFrom: "2030-01-01",
            },
          },
          object({
            input: req(
              object({
                ssin: req(leaf(fc.oneof(badSsin, fc.constantFrom(...world.ssins)))),
                firstName: req(leaf(requiredText(100))),
                lastName: req(leaf(requiredText(100))),
                pensionerFrom: opt(leaf(badDate)),
              }),
            ),
          }),
        ),
    },
    {
      name: "correctWorker",
      caller: "backOffice",
      numRuns: 500,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($id: ID!, $input: CorrectWorkerInput!, $reason: String!) { correctWorker(id: $id, input: $input, reason: $reason) { id } }`,
      cases: () =>
        badInput(
          {
            id: fx.workers.aQuarter.id,
            input: { firstName: "Johannes", lastName: "Aerts-Fuzz" },
            reason: "Name as on the ID card",
          },
          object({
            id: req(leaf(badId)),
            input: req(
              object({
                firstName: opt(leaf(requiredText(100))),
                lastName: opt(leaf(requiredText(100))),
                pensionerFrom: opt(leaf(badDate)),
              }),
            ),
            reason: req(leaf(REASON)),
          }),
        ),
    },
    {
      name: "registerDimonaPeriod",
      caller: "backOffice",
      numRuns: 600,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($input: RegisterDimonaPeriodInput!) { registerDimonaPeriod(input: $input) { id } }`,
      cases: () =>
        badInput(
          {
            input: {
              employerId: fx.employerA,
              workerId: fx.workers.aQuarter.id,
              workerType: "FLX",
              jointCommittee: "302",
              startDate: MONTH_START,
              endDate: TODAY,
              startHour: "08:00",
              endHour: "17:00",
              plannedHours: 8,
            },
          },
          object({
            input: req(
              object({
                employerId: req(leaf(badId)),
                workerId: req(leaf(badId)),
                workerType: req(leaf(badEnum(["FLX", "STU", "OTH", "EXT"]))),
                jointCommittee: req(leaf(requiredText(10))),
                // The template's end is today: a start after it, or an end before the start, is out of order.
                startDate: req(leaf(fc.oneof(badDate, fc.constantFrom(TOMORROW, "9999-12-31")))),
                endDate: opt(leaf(fc.oneof(badDate, fc.constantFrom("1900-01-01", "2024-12-31")))),
                startHour: opt(
                  leaf(
                    fc.oneof(
                      fc.string({ maxLength: 6 }).filter((s) => !HOUR.test(s)),
                      fc.constantFrom("24:00", "23:60", "8:00", "0800", "-1:00"),
                      notString,
                    ),
                  ),
                ),
                endHour: opt(
                  leaf(
                    fc.oneof(
                      fc.string({ maxLength: 6 }).filter((s) => !HOUR.test(s)),
                      fc.constantFrom("24:00", "12:61", "7:5"),
                      notString,
                    ),
                  ),
                ),
                plannedHours: opt(
                  leaf(
                    fc.oneof(
                      fc.double({ min: -1e308, max: -0.001, noNaN: true }),
                      fc.double({ min: 999.001, max: 1e308, noNaN: true }),
                      fc
                        .tuple(fc.integer({ min: 0, max: 998 }), fc.integer({ min: 1, max: 9 }))
                        .map(([i, d]) => i + d / 1000),
                      fc.constantFrom("8", "NaN", "Infinity"),
                      fc.boolean(),
                    ),
                  ),
                ),
              }),
            ),
          }),
        ),
    },
    {
      name: "correctEmployer",
      caller: "backOffice",
      numRuns: 500,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($id: ID!, $input: CorrectEmployerInput!, $reason: String!) { correctEmployer(id: $id, input: $input, reason: $reason) { id } }`,
      cases: () =>
        badInput(
          {
            id: fx.employerA,
            input: { name: "Brasserie A-Fuzz", employerClasses: ["017", "064"], language: "FR" },
            reason: "KBO extract",
          },
          object({
            id: req(leaf(badId)),
            input: req(
              object({
                name: opt(leaf(requiredText(200))),
                employerClasses: opt({
                  kind: "list",
                  of: leaf(
                    fc.oneof(
                      fc.string({ maxLength: 5 }).filter((s) => !/^[0-9]{3}$/.test(s)),
                      withNul,
                      notString,
                    ),
                  ),
                  bad: [
                    fc.constant(null),
                    fc.constantFrom(["017", "017"], ["058", "064", "058"]),
                    fc.string({ maxLength: 5 }).filter((s) => !/^[0-9]{3}$/.test(s)),
                  ],
                }),
                nssoNumber: opt(
                  leaf(
                    fc.oneof(
                      fc
                        .string({ unit: "binary", maxLength: 14 })
                        .filter((s) => !NSSO_SHAPE.test(s.replace(/[.\-\s]/g, ""))),
                      fc.constantFrom("168676597", "12345678901", "412345678", "abc", ""),
                      notString,
                    ),
                  ),
                ),
                language: opt(leaf(fc.oneof(fc.constantFrom("EN", null), badEnum(["NL", "FR", "DE", "EN"])))),
              }),
            ),
            reason: req(leaf(REASON)),
          }),
        ),
    },
    {
      name: "setFlexiCeiling",
      caller: "backOffice",
      numRuns: 500,
      mustFail: true,
      allowed: CALLER_ERRORS,
      query: `mutation($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {
        setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) { id } }`,
      cases: () =>
        badInput(
          { year: 2030, amount: "21000.00", provisional: true, source: "Fuzz circular" },
          object({
            year: req(leaf(badInt(2024, 2100))),
            amount: req(
              leaf(
                fc.oneof(
                  fc.string({ unit: "binary", maxLength: 12 }).filter((s) => !MONEY_FORM.test(s)),
                  fc.constantFrom("0", "0.00", "-0", "-1", "0.001", "18000.005", "9".repeat(30)),
                  fc.integer({ min: -1e9, max: 0 }).map(String),
                  notString,
                ),
              ),
            ),
            provisional: req(
              leaf(
                fc.oneof(
                  fc.string({ maxLength: 5 }),
                  fc.integer(),
                  fc.array(fc.boolean(), { minLength: 1, maxLength: 2 }),
                ),
              ),
            ),
            source: opt(leaf(fc.oneof(tooLong(500), withNul, notString))),
          }),
        ),
    },
    {
      name: "grantAccess (access administrator of A)",
      caller: "adminA",
      numRuns: 500,
      mustFail: true,
      allowed: WITH_RIGHTS,
      query: `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { permission } }`,
      cases: () =>
        badInput(
          { input: { employerId: fx.employerA, login: fx.logins.noRights, permission: "FLEXI_AT_WORK" } },
          object({
            input: req(
              object({
                employerId: req(leaf(anyId([fx.employerB]))),
                login: req(
                  leaf(
                    fc.oneof(
                      anyText.filter((s) => typeof s !== "string" || !world.logins.includes(s.trim().toLowerCase())),
                      withNul,
                      notString,
                    ),
                  ),
                ),
                permission: req(
                  leaf(
                    fc.oneof(
                      badEnum(["ACCESS_ADMIN", "DIMONA_CONSULTATION", "FLEXI_AT_WORK"]),
                      fc.constant("ACCESS_ADMIN"),
                    ),
                  ),
                ),
              }),
            ),
          }),
        ),
    },
    {
      name: "flexiIncome",
      caller: "declarantA",
      numRuns: 500,
      mustFail: false,
      allowed: CALLER_ERRORS,
      query: `query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { total pending byEmployer { total } } }`,
      cases: () =>
        fc.record({
          ssin: fc.oneof(
            badSsin,
            fc.constantFrom(...world.ssins),
            fc.integer({ min: 1, max: 998 }).map((n) => makeSsin("1990-01-01", n)),
            anyText,
          ),
          year: fc.oneof(
            fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
            fc.integer({ min: 1800, max: 2200 }),
            notInt,
          ),
        }),
    },
    ...LISTS.map((list): Target => ({
      name: list.filter ? `${list.field} (filters, orders, pages)` : `${list.field} (pages)`,
      caller: "declarantA",
      numRuns: list.numRuns,
      mustFail: false,
      allowed: CALLER_ERRORS,
      query: `query($first: Int, $after: String, $last: Int, $before: String, $offset: Int${list.orderType ? `, $orderBy: [${list.orderType}!]` : ""}${list.filter ? `, $filter: ${list.filter[0]}` : ""}) {
        ${list.field}(first: $first, after: $after, last: $last, before: $before, offset: $offset${list.orderType ? ", orderBy: $orderBy" : ""}${list.filter ? ", filter: $filter" : ""}${list.args}) {
          totalCount nodes { __typename } pageInfo { endCursor } } }`,
      cases: () => {
        const paging = pagingCases(list.field, list.orders);
        if (!list.filter) return paging;
        return fc
          .tuple(paging, fc.option(maybeJunk(list.filter[1]()), { nil: undefined, freq: 3 }))
          .map(([page, filter]) => (filter === undefined ? page : { ...page, filter }));
      },
    })),
  ];
}

/** The lists, paged at random (with filters where given): the field, fixed arguments, its order type and orders, its filter type and filters. */
interface List {
  field: string;
  args: string;
  orderType?: string;
  orders: string[];
  filter?: [string, () => fc.Arbitrary<unknown>];
  numRuns: number;
}
const LISTS: List[] = [
  {
    field: "wageDeclarations",
    args: "",
    orderType: "WageDeclarationOrder",
    numRuns: 900,
    filter: ["WageDeclarationFilter", () => declarationFilter()],
    orders: [
      "CALCULATION_DATE_ASC",
      "CALCULATION_DATE_DESC",
      "SUBMITTED_AT_ASC",
      "SUBMITTED_AT_DESC",
      "UPDATED_AT_DESC",
    ],
  },
  {
    field: "workers",
    args: "",
    orderType: "WorkerOrder",
    orders: ["LAST_NAME_ASC", "LAST_NAME_DESC", "SSIN_ASC"],
    numRuns: 600,
    filter: ["WorkerFilter", () => workerFilter()],
  },
  {
    field: "dimonaPeriods",
    args: "",
    orderType: "DimonaPeriodOrder",
    orders: ["START_DATE_ASC", "START_DATE_DESC"],
    numRuns: 100,
  },
  {
    field: "eboxMessages",
    args: "",
    orderType: "EboxMessageOrder",
    orders: ["RECEIVED_AT_ASC", "RECEIVED_AT_DESC"],
    numRuns: 100,
  },
  { field: "employers", args: "", orderType: "EmployerOrder", orders: ["NAME_ASC", "NAME_DESC"], numRuns: 100 },
  { field: "submissions", args: "", orders: [], numRuns: 100 },
  { field: "auditEntries", args: "", orders: [], numRuns: 100 },
  { field: "ceilingAlerts", args: "", orders: [], numRuns: 100 },
  { field: "declaredWorkers", args: `, employerId: "EMPLOYER_A"`, orders: [], numRuns: 100 },
];

// Filters of the lists: every field, nested and/or/not; mostly values that pass the scalars but are hostile
// further on (not UUIDs for IDs, impossible dates, any 11 digits), sometimes values of the wrong type.
const someIds = () =>
  hostile(
    fc.oneof(
      fc.uuid(),
      fc.constantFrom(fx.employerA, fx.employerB, fx.workers.aQuarter.id, world.accepted.id, world.draftSubmission),
      fc.string({ maxLength: 40 }),
      fc.constantFrom("", "not-a-uuid", "00000000-0000-0000-0000-00000000000g"),
    ),
    badId,
  );
const idFilter = () => fc.record({ eq: someIds(), in: fc.array(someIds(), { maxLength: 4 }) }, { requiredKeys: [] });
const ssinValue = () =>
  hostile(
    fc.oneof(
      fc.stringMatching(/^\d{11}$/),
      fc.constantFrom(...world.ssins),
      fc.stringMatching(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/),
    ),
    badSsin,
  );
const ssinFilter = () =>
  fc.record({ eq: ssinValue(), in: fc.array(ssinValue(), { maxLength: 3 }) }, { requiredKeys: [] });
const stringFilter = () =>
  fc.record({ contains: anyText, eq: anyText, in: fc.array(anyText, { maxLength: 3 }) }, { requiredKeys: [] });
/** "YYYY-MM-DD" with any digits: the Date scalar lets it through, the rules must refuse what is no date. */
const lexicalDate = fc.oneof(
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.constantFrom("2025-02-30", "0000-01-01", "9999-12-31", "1900-01-01", "2025-01-01", TODAY),
);
const anyDate = () => hostile(lexicalDate, badDate);
/** Instants the DateTime scalar accepts (JavaScript rolls 2025-02-30 over to March) and ones it does not. */
const lexicalInstant = fc.oneof(
  fc.constantFrom(
    "2025-02-30T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    "2025-01-01T24:00:00Z",
    "1900-01-01T00:00:00+14:00",
    "2025-06-01T12:00:00.5-12:00",
  ),
  fc
    .date({ min: new Date(-62_000_000_000_000), max: new Date(253_000_000_000_000), noInvalidDate: true })
    .map((d) => d.toISOString()),
);
const badInstant = hostile(
  lexicalInstant,
  fc.oneof(
    anyText,
    fc.constantFrom("2025-01-01T00:00:00+25:00", "2025-01-01T00:00Z", "275760-09-13T00:00:00Z", "2025-01-01"),
  ),
);
const dateTimeFilter = () => fc.record({ gte: badInstant, lte: badInstant }, { requiredKeys: [] });
const dateRange = () => fc.record({ start: anyDate(), end: anyDate() }, { requiredKeys: [] });
const statuses = ["DRAFT", "PENDING", "ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED", "CANCELLED"];
const statusValue = hostile(fc.constantFrom(...statuses), badEnum(statuses));

/** A filter with `and`, `or` and `not` nested up to three levels (the leaves are the filter's own fields). */
function nested(fields: Record<string, fc.Arbitrary<unknown>>, id: string): fc.Arbitrary<unknown> {
  return fc.letrec<{ filter: unknown }>((tie) => ({
    filter: fc.oneof(
      { maxDepth: 3, depthIdentifier: id },
      fc.record(fields, { requiredKeys: [] }),
      fc.record(
        {
          ...fields,
          and: fc.array(tie("filter"), { maxLength: 2 }),
          or: fc.array(tie("filter"), { maxLength: 2 }),
          not: tie("filter"),
        },
        { requiredKeys: [] },
      ),
    ),
  })).filter;
}

function workerFilter(): fc.Arbitrary<unknown> {
  return nested({ employerId: idFilter(), lastName: stringFilter(), search: anyText, ssin: ssinFilter() }, "worker");
}

function declarationFilter(): fc.Arbitrary<unknown> {
  const employerFilter = fc.record({ enterpriseNumber: stringFilter(), search: anyText }, { requiredKeys: [] });
  return nested(
    {
      anomalyCode: stringFilter(),
      calculationPeriodOverlaps: dateRange(),
      employer: employerFilter,
      employerId: idFilter(),
      search: anyText,
      ssin: ssinFilter(),
      status: fc.record({ eq: statusValue, in: fc.array(statusValue, { maxLength: 3 }) }, { requiredKeys: [] }),
      submissionId: idFilter(),
      submittedAt: dateTimeFilter(),
      worker: workerFilter(),
      workerId: idFilter(),
    },
    "declaration",
  );
}

/** Mostly well-formed, sometimes of the wrong shape or with an unknown field. */
function maybeJunk(arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary },
    { weight: 1, arbitrary: notObject },
    {
      weight: 1,
      arbitrary: fc
        .tuple(arbitrary, fc.string({ minLength: 1, maxLength: 8 }))
        .map(([f, k]) =>
          f && typeof f === "object" ? defineKey({ ...(f as object) } as Record<string, unknown>, `x${k}`, 1) : f,
        ),
    },
  );
}

/** Values of a cursor key that pass its shape check (cursor regexes) but may not reach SQL as they are. */
const cursorValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "2025-02-30T00:00:00Z",
      "0000-01-01T00:00:00Z",
      "2025-01-01T24:00:00Z",
      "9999-12-31T23:59:59.999999999Z",
      "1900-01-01T00:00:00Z",
      "2025-02-30",
      "0000-01-01",
      "9999-12-31",
      "\u0000",
      "a\u0000",
      "\uD800",
      "x".repeat(1000),
      "999999999999999999",
      "-999999999999999999",
      "00000000-0000-0000-0000-000000000000",
      "",
    ),
  },
  { weight: 2, arbitrary: anyText },
  fc.uuid(),
  fc.integer(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * Page arguments of one list in one of its orders: forwards, backwards or by offset as a client
 * pages (so that the cursor reaches SQL), sometimes all mixed up; cursors mostly real ones of
 * that order with one value replaced, else bent, forged or any text.
 */
function pagingCases(field: string, orders: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom("", ...orders).chain((order) => {
    const real = world.cursors[`${field}|${order}`] ?? [];
    const forged = fc
      .array(cursorValue, { minLength: 1, maxLength: 4 })
      .map((v) => Buffer.from(JSON.stringify(v)).toString("base64url"));
    const cursor =
      real.length === 0
        ? fc.oneof(forged, anyText)
        : fc.oneof(
            {
              weight: 6,
              arbitrary: fc.tuple(fc.constantFrom(...real), fc.nat(), cursorValue).map(([c, at, value]) => {
                const values = JSON.parse(Buffer.from(c, "base64url").toString("utf8")) as unknown[];
                return Buffer.from(
                  JSON.stringify(values.map((v, i) => (i === at % values.length ? value : v))),
                ).toString("base64url");
              }),
            },
            { weight: 1, arbitrary: fc.constantFrom(...real) },
            {
              weight: 1,
              arbitrary: fc
                .tuple(fc.constantFrom(...real), fc.nat(), fc.string({ minLength: 1, maxLength: 3 }))
                .map(([c, at, text]) => c.slice(0, at % (c.length + 1)) + text + c.slice((at % (c.length + 1)) + 1)),
            },
            { weight: 1, arbitrary: forged },
            { weight: 1, arbitrary: anyText },
          );
    const junkSize = fc.oneof(
      fc.integer({ min: -5, max: 600 }),
      fc.constantFrom(0, 500, 501, 2 ** 31 - 1, -(2 ** 31)),
      notInt,
      fc.constant(null),
    );
    const size = hostile(fc.integer({ min: 0, max: 500 }), junkSize);
    const page = fc.oneof(
      { weight: 3, arbitrary: fc.record({ first: size, after: cursor }, { requiredKeys: ["after"] }) },
      { weight: 3, arbitrary: fc.record({ last: size, before: cursor }, { requiredKeys: ["before"] }) },
      {
        weight: 1,
        arbitrary: fc.record(
          { first: size, offset: hostile(fc.integer({ min: 0, max: 2 ** 31 - 1 }), junkSize) },
          { requiredKeys: [] },
        ),
      },
      {
        weight: 1,
        arbitrary: fc.record(
          { first: junkSize, last: junkSize, offset: junkSize, after: cursor, before: cursor },
          { requiredKeys: [] },
        ),
      },
    );
    const orderBy =
      order === ""
        ? fc.constant(undefined)
        : hostile(
            fc.constant([order]),
            fc.oneof(fc.array(fc.oneof(fc.constantFrom(...orders), badEnum(orders)), { maxLength: 4 }), notString),
          );
    return fc.tuple(page, orderBy).map(([p, o]) => (o === undefined ? p : { ...p, orderBy: o }));
  });
}

// ---------------------------------------------------------------------------------------------

/** Each property's outcome, started together at a bounded concurrency and awaited by its own test. */
const outcomes = new Map<string, Promise<{ error?: unknown; ms: number }>>();
let all: Target[] = [];

beforeAll(async () => {
  console.log(`fuzz seed: ${SEED} (FUZZ_SEED=${SEED} replays it)`);
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  for (const role of ["declarantA", "backOffice", "adminA"] as const)
    tokens[role] = await api.signIn(fx.logins[role], FIXTURE_PASSWORD);
  const tokenB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);

  // What the templates point at: A's draft, an accepted declaration for A and one for the back office, a transmitted submission; B's records.
  const period = recentPeriod();
  await api.database.db
    .query(sql`INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date)
    VALUES ('888000000001', ${fx.employerA}, ${fx.workers.aQuarter.id}, 'FLX', '302', ${period.start}, ${period.end})`);
  const transmitted = await createSubmission(api, tokens.declarantA, fx.employerA);
  const accepted = await addDeclaration(api, tokens.declarantA, transmitted, declarationInput(fx.workers.aQuarter.id));
  const forBackOffice = await addDeclaration(
    api,
    tokens.declarantA,
    transmitted,
    declarationInput(fx.workers.aQuarter.id, { payslipReference: "BO" }),
  );
  await submit(api, tokens.declarantA, transmitted);
  world.accepted = await controlled(api, tokens.declarantA, accepted);
  world.forBackOffice = await controlled(api, tokens.declarantA, forBackOffice);
  world.submittedSubmission = transmitted;
  world.draftSubmission = await createSubmission(api, tokens.declarantA, fx.employerA);
  world.draftDeclaration = await addDeclaration(
    api,
    tokens.declarantA,
    world.draftSubmission,
    declarationInput(fx.workers.aQuarter.id),
  );
  world.bSubmission = await createSubmission(api, tokenB, fx.employerB);
  world.bDeclaration = await addDeclaration(
    api,
    tokenB,
    world.bSubmission,
    declarationInput(fx.workers.bOnly.id, {
      properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "99" }],
    }),
  );
  world.logins = Object.values(fx.logins).map((l) => l.toLowerCase());
  world.ssins = Object.values(fx.workers).map((w) => w.ssin);
  // An audit entry of A's (a back-office correction), so that A's audit list has rows and cursors.
  await api.request(
    `mutation($id: ID!) { correctEmployer(id: $id, input: { name: "Brasserie A." }, reason: "KBO extract") { id } }`,
    { id: fx.employerA },
    tokens.backOffice,
  );
  // Real cursors of every list and order, to be replayed and bent.
  for (const list of LISTS) {
    for (const order of ["", ...list.orders]) {
      const query = `query { ${list.field}(first: 3${order ? `, orderBy: [${order}]` : ""}${list.args.replace("EMPLOYER_A", fx.employerA)}) { edges { cursor } } }`;
      const answer = dataOf(
        await api.request<Record<string, { edges: { cursor: string }[] }>>(query, {}, tokens.declarantA),
        query,
      );
      world.cursors[`${list.field}|${order}`] = answer[list.field]!.edges.map((e) => e.cursor);
    }
  }
  // Every list but the ceiling alerts (none for an employer) has rows to page through.
  expect(
    LISTS.filter((l) => l.field !== "ceilingAlerts" && !world.cursors[`${l.field}|`]?.length).map((l) => l.field),
  ).toEqual([]);
  await eventuallySettled();

  countsBefore = await counts();
  digestBefore = await digest();
  all = targets().map((t) => ({ ...t, query: t.query.replace("EMPLOYER_A", fx.employerA) }));
  // FUZZ_ONLY=<part of a name> runs only the matching properties (to replay one).
  if (process.env.FUZZ_ONLY) all = all.filter((t) => t.name.includes(process.env.FUZZ_ONLY!));
  const started = Date.now();
  const settle = new Map<string, (outcome: { error?: unknown; ms: number }) => void>();
  for (const target of all) outcomes.set(target.name, new Promise((resolve) => settle.set(target.name, resolve)));
  void pool(all, CONCURRENCY, async (target, index) => {
    const t0 = Date.now();
    try {
      await fc.assert(
        fc.asyncProperty(target.cases(), (variables) => send(target, variables)),
        {
          seed: SEED + index,
          numRuns: target.numRuns,
          endOnFailure: !SHRINK,
        },
      );
      // Nothing written: every row count, and the content of the application's tables, as before.
      expect(await counts()).toEqual(countsBefore);
      expect(await digest()).toEqual(digestBefore);
      settle.get(target.name)!({ ms: Date.now() - t0 });
    } catch (error) {
      settle.get(target.name)!({ error, ms: Date.now() - t0 });
    }
  }).then(() =>
    console.log(
      `fuzz: ${all.reduce((n, t) => n + t.numRuns, 0)} cases in ${Date.now() - started} ms (seed ${SEED}): ` +
        all.map((t) => `${t.name} ${t.numRuns}`).join(", "),
    ),
  );
}, 60_000);
afterAll(() => api.close());

async function eventuallySettled(): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const row = await api.database.db.one<{ n: number }>(
      sql`SELECT (SELECT count(*) FROM graphile_worker.jobs)::int AS n`,
    );
    if (row!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the controls did not settle");
}

it("sends at least 10,000 generated cases over the properties", () => {
  if (process.env.FUZZ_ONLY) return;
  expect(all.reduce((n, t) => n + t.numRuns, 0)).toBeGreaterThanOrEqual(10_000);
});

describe.each([
  "addDeclaration",
  "updateDraftDeclaration",
  "modifyDeclaration",
  "correctDeclaration (back office)",
  "submitDeclarations",
  "createSubmission",
  "registerWorker",
  "correctWorker",
  "registerDimonaPeriod",
  "correctEmployer",
  "setFlexiCeiling",
  "grantAccess (access administrator of A)",
  "flexiIncome",
  ...LISTS.map((l) => (l.filter ? `${l.field} (filters, orders, pages)` : `${l.field} (pages)`)),
])("%s", (name) => {
  it("answers bad input only with caller errors, as JSON, and writes nothing", async () => {
    if (process.env.FUZZ_ONLY && !name.includes(process.env.FUZZ_ONLY)) return;
    const outcome = await outcomes.get(name);
    expect(outcome).toBeDefined();
    if (outcome!.error) throw outcome!.error;
  }, 120_000);
});
