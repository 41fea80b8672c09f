/**
 * Tenant isolation sweep (docs/architecture.md#tenancy-access-and-errors): generated from the schema, every Query, Mutation
 * and Subscription root field is called as a user of employer A (declarantA) and as a user
 * without rights (noRights), with arguments taken from employer B's world: ids of B's
 * declarations, submissions, Dimona periods, e-Box messages, audit entries and ceiling alerts,
 * employer B itself, B's workers' ids and SSINs, B's idempotency keys and login. The answers
 * must contain nothing of B's (ids, SSINs, names, payslip references, amounts, reasons) other
 * than what the caller sent itself, and B's rows must be exactly as they were.
 *
 * The arguments are derived from the argument and input type names (a small table of name
 * rules below); each reference field is varied one at a time over B's values, so that e.g.
 * `DeclarationInput` is tried with each of B's worker ids and each of B's SSINs. A root field
 * the generator cannot fill fails the coverage test. As a control that the generated
 * operations do reach B's data, the same queries sent as declarantB must reveal it.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import type { Client } from "graphql-ws";
import { sql } from "../db/sql";
import { makeSsin } from "../domain/ssin";
import { buildFlexiSchema } from "../graphql/schema";
import { eventually, startTestApi, type GraphQLAnswer, type TestApi } from "../test/api";
import { controlled, declarationInput, recentPeriod } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { allRowCounts, dataOf, pool, sleep, watch, type Watch } from "./proof-support";

type RootType = "Query" | "Mutation" | "Subscription";
type Caller = "declarantA" | "noRights";
type IdKind =
  | "employer"
  | "declaration"
  | "submission"
  | "worker"
  | "dimonaPeriod"
  | "eboxMessage"
  | "auditEntry"
  | "ceilingAlert"
  | "user";

/** Everything of employer B's the generator draws arguments from. */
interface BWorld {
  ids: Record<IdKind, string[]>;
  ssins: string[];
  /** Current concurrency token of each of B's declarations, so that `expectedVersion` is never the reason for a refusal. */
  versions: Map<string, number>;
  logins: string[];
  idempotencyKeys: string[];
  lastNames: string[];
  payslipReferences: string[];
  anomalyCodes: string[];
  enterpriseNumbers: string[];
  nssoNumbers: string[];
}

/** One generated call. */
interface Operation {
  root: RootType;
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Raised when a root field needs a value the generator has no rule for: that field is then not covered. */
class Uncoverable extends Error {}

// ---------------------------------------------------------------------------------------------
// The generator: argument values by type and name, one reference varied at a time.
// ---------------------------------------------------------------------------------------------

/** Names that say nothing by themselves: the rule is taken from the enclosing field (`employerId: { eq }`). */
const GENERIC_NAMES = new Set(["eq", "in", "contains", "gte", "lte", "and", "or", "not"]);
const ID_KIND_BY_NAME: Record<string, IdKind | "auditable"> = {
  employerId: "employer",
  submissionId: "submission",
  declarationId: "declaration",
  workerId: "worker",
  actorId: "user",
  entityId: "auditable",
};
const ID_KIND_BY_TYPE: Record<string, IdKind> = {
  WageDeclaration: "declaration",
  Submission: "submission",
  Employer: "employer",
  Worker: "worker",
  DimonaPeriod: "dimonaPeriod",
  EboxMessage: "eboxMessage",
  AuditEntry: "auditEntry",
  CeilingAlert: "ceilingAlert",
  User: "user",
};
/** How deep input objects are filled (filters nest: filter -> worker -> employerId -> eq). */
const MAX_INPUT_DEPTH = 4;
/** Object levels selected below the root field (connections' nodes and edges do not count). */
const SELECTION_DEPTH = 2;
const TODAY = recentPeriod().calculationDate;
const MONTH_START = recentPeriod().start;

class Generator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly world: BWorld,
    private readonly ownLogins: string[],
  ) {}

  /** The operations of one root field: every argument variant, with a generic selection. */
  operations(root: RootType, field: GraphQLField<unknown, unknown>): Operation[] {
    const returnKind = ID_KIND_BY_TYPE[getNamedType(field.type).name];
    const context: Context = { root, field: field.name, returnKind };
    const variants = this.objectVariants(
      field.args.map((a) => ({ name: a.name, type: a.type })),
      [field.name],
      0,
      context,
    );
    const selection = this.selection(field.type, SELECTION_DEPTH, context);
    if (selection === null) throw new Uncoverable(`${root}.${field.name}: nothing to select`);
    return variants.map((variables) => {
      const values = this.withExpectedVersion(variables);
      const used = field.args.filter((a) => a.name in values);
      const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
      const args = used.map((a) => `${a.name}: $${a.name}`).join(", ");
      const query = `${root.toLowerCase()} Sweep${definitions ? `(${definitions})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection ? ` { ${selection} }` : ""} }`;
      return { root, field: field.name, query, variables: values };
    });
  }

  /** `expectedVersion` follows the declaration chosen as `id`. */
  private withExpectedVersion(variables: Record<string, unknown>): Record<string, unknown> {
    if (!("expectedVersion" in variables)) return variables;
    return { ...variables, expectedVersion: this.world.versions.get(String(variables.id)) ?? 1 };
  }

  /** The base (required fields only) first, then each field set to each of its values, one at a time. */
  private objectVariants(
    fields: { name: string; type: GraphQLInputType }[],
    names: string[],
    depth: number,
    context: Context,
    self?: string,
  ): Record<string, unknown>[] {
    const base: Record<string, unknown> = {};
    const candidates = fields.map((f) => {
      const values = this.values(f.type, [...names, f.name], depth + 1, context);
      // A filter nested in itself (and, or, not): a few of its variants show that the nesting is filtered too.
      return { ...f, values: getNamedType(f.type).name === self ? spread(values, 3) : values };
    });
    for (const f of candidates) {
      if (!isNonNullType(f.type)) continue;
      if (f.values.length === 0) throw new Uncoverable(`no value for required ${[...names, f.name].join(".")}`);
      base[f.name] = f.values[0];
    }
    const variants = [base];
    if (depth >= MAX_INPUT_DEPTH) return variants;
    for (const f of candidates) {
      for (const value of f.values.slice(isNonNullType(f.type) ? 1 : 0)) variants.push({ ...base, [f.name]: value });
    }
    return variants;
  }

  /** Candidate values of an input type at a path of names; the first is the one used in the base. */
  private values(type: GraphQLInputType, names: string[], depth: number, context: Context): unknown[] {
    if (isNonNullType(type)) return this.values(type.ofType, names, depth, context);
    if (isListType(type)) {
      const inner = getNamedType(type);
      // A list of enum values: all of them at once (groupBy: every grouping, workerType: every type).
      if (isEnumType(inner)) return [inner.getValues().map((v) => v.name)];
      if (isLeafType(inner)) {
        const values = this.values(type.ofType as GraphQLInputType, names, depth, context);
        return values.length ? [values] : [];
      }
      if (depth > MAX_INPUT_DEPTH) return [];
      return this.values(type.ofType as GraphQLInputType, names, depth, context).map((v) => [v]);
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      // Every permission in turn (grantAccess of ACCESS_ADMIN is not FLEXI_AT_WORK); otherwise one value is enough.
      return meaningfulName(names) === "permission" ? values : values.slice(0, 1);
    }
    if (isScalarType(type)) return this.scalarValues(type.name, names, context);
    if (isInputObjectType(type)) {
      if (depth > MAX_INPUT_DEPTH) return [];
      const fields = Object.values(type.getFields()).map((f) => ({ name: f.name, type: f.type }));
      const variants = this.objectVariants(fields, names, depth, context, type.name);
      // An empty filter says nothing that the field left out does not say already.
      return variants.length > 1 && Object.keys(variants[0]!).length === 0 ? variants.slice(1) : variants;
    }
    throw new Uncoverable(`unknown input type ${String(type)} at ${names.join(".")}`);
  }

  private scalarValues(scalar: string, names: string[], context: Context): unknown[] {
    const name = meaningfulName(names);
    const w = this.world;
    switch (scalar) {
      case "ID": {
        const kind = name === "id" ? (context.returnKind ?? "all") : (ID_KIND_BY_NAME[name] ?? "all");
        if (kind === "all") return unique(Object.values(w.ids).flat());
        if (kind === "auditable")
          return unique([
            ...w.ids.declaration,
            ...w.ids.employer,
            ...w.ids.worker,
            ...w.ids.dimonaPeriod,
            ...w.ids.submission,
          ]);
        return w.ids[kind];
      }
      case "Ssin":
        return w.ssins;
      case "Date":
        if (/^(to|end|endDate|calculationDate|lte)$/.test(name)) return [TODAY];
        if (name === "pensionerFrom") return ["2026-01-01"];
        return [MONTH_START];
      case "DateTime":
        return ["2025-01-01T00:00:00Z"];
      case "Money":
        return ["123.45"];
      case "Int":
        if (name === "year") return [Number(TODAY.slice(0, 4))];
        if (name === "frequencyMonths") return [1];
        if (name === "offset") return [0];
        return [50]; // first, last, expectedVersion (replaced by the declaration's own)
      case "Float":
        return [8];
      case "Boolean":
        return [name === "provisional"];
      case "String":
        return this.stringValues(name, names, context);
      default:
        throw new Uncoverable(`no rule for scalar ${scalar} at ${names.join(".")}`);
    }
  }

  private stringValues(name: string, names: string[], context: Context): string[] {
    const w = this.world;
    switch (name) {
      case "login":
        return [...w.logins, ...this.ownLogins];
      case "password":
      case "current":
        return ["not the password"];
      case "next":
        return ["a brand new password 2026"];
      case "deviceToken":
        return ["not a device token"];
      case "idempotencyKey":
        return w.idempotencyKeys;
      case "search":
        return [...w.lastNames, ...w.ssins.map((s) => s.slice(0, 6))];
      case "lastName":
        return names.length > 2 ? w.lastNames : ["Sweep"]; // a filter's lastName, or a worker's new name
      case "firstName":
      case "name":
        return ["Sweep"];
      case "payslipReference":
        return w.payslipReferences.slice(0, 1);
      case "anomalyCode":
        return w.anomalyCodes;
      case "enterpriseNumber":
        return w.enterpriseNumbers;
      case "nssoNumber":
        return w.nssoNumbers;
      case "employerClass":
      case "employerClasses":
        return ["058"];
      case "jointCommittee":
        return ["302"];
      case "startHour":
        return ["08:00"];
      case "endHour":
        return ["17:00"];
      case "reason":
      case "source":
        return ["tenant sweep"];
      // Subscriptions replay from the start of the log; connections' cursors are opaque and of no one.
      case "after":
        return context.root === "Subscription" ? ["0"] : [];
      case "before":
        return [];
      default:
        throw new Uncoverable(`no rule for String ${names.join(".")} in ${context.root}.${context.field}`);
    }
  }

  /** Scalar fields and object fields down to `depth` levels; nested fields get B's ids for their optional ID arguments. */
  private selection(type: GraphQLOutputType, depth: number, context: Context): string | null {
    const named = getNamedType(type);
    if (isLeafType(named)) return "";
    if (!isObjectType(named)) return null;
    const parts: string[] = [];
    for (const field of Object.values((named as GraphQLObjectType).getFields())) {
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      const inner = getNamedType(field.type);
      if (isLeafType(inner)) {
        parts.push(field.name);
        continue;
      }
      if (field.name === "edges") {
        parts.push("edges { cursor }");
        continue;
      }
      const transparent = field.name === "nodes" || field.name === "pageInfo";
      if (!transparent && depth === 0) continue;
      const sub = this.selection(field.type, transparent ? depth : depth - 1, context);
      if (!sub) continue;
      // Nested lists: a small page (the cost limit multiplies pages), and B's id for an ID argument (Worker.latestDeclaration(employerId)).
      const args = field.args.flatMap((a) => {
        if (a.name === "first") return ["first: 5"];
        if (getNamedType(a.type).name !== "ID") return [];
        return [
          `${a.name}: ${JSON.stringify(this.scalarValues("ID", [a.name], { ...context, returnKind: undefined })[0])}`,
        ];
      });
      parts.push(`${field.name}${args.length ? `(${args.join(", ")})` : ""} { ${sub} }`);
    }
    return parts.length ? parts.join(" ") : null;
  }

  /** Every root field with its operations, or why it cannot be covered. */
  all(): { covered: Map<string, Operation[]>; uncovered: Map<string, string> } {
    const covered = new Map<string, Operation[]>();
    const uncovered = new Map<string, string>();
    for (const root of ["Query", "Mutation", "Subscription"] as const) {
      const type =
        root === "Query"
          ? this.schema.getQueryType()
          : root === "Mutation"
            ? this.schema.getMutationType()
            : this.schema.getSubscriptionType();
      for (const field of Object.values(type?.getFields() ?? {})) {
        try {
          const operations = this.operations(root, field);
          if (operations.length === 0) throw new Uncoverable("no operation");
          covered.set(`${root}.${field.name}`, operations);
        } catch (error) {
          if (!(error instanceof Uncoverable)) throw error;
          uncovered.set(`${root}.${field.name}`, error.message);
        }
      }
    }
    return { covered, uncovered };
  }
}

interface Context {
  root: RootType;
  field: string;
  /** The kind of record the root field returns: what its `id` argument names. */
  returnKind: IdKind | undefined;
}

function meaningfulName(names: string[]): string {
  for (let i = names.length - 1; i >= 0; i--) if (!GENERIC_NAMES.has(names[i]!)) return names[i]!;
  return names[names.length - 1]!;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** At most `count` of the values, evenly spread. */
function spread<T>(values: T[], count: number): T[] {
  if (values.length <= count) return values;
  return Array.from({ length: count }, (_, i) => values[Math.floor((i * values.length) / count)]!);
}

function rootFieldsOf(schema: GraphQLSchema): string[] {
  return (["Query", "Mutation", "Subscription"] as const).flatMap((root) => {
    const type =
      root === "Query"
        ? schema.getQueryType()
        : root === "Mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    return Object.keys(type?.getFields() ?? {}).map((f) => `${root}.${f}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Employer B's world, made through the API, and what of it must never reach A.
// ---------------------------------------------------------------------------------------------

/** Amounts only B declares: seeing one means seeing B's pay. */
const B_AMOUNTS = ["4321.87", "1357.91", "2468.13", "20111.11", "3141.59", "2718.28", "1618.03", "2233.44"];
const B_REASONS = ["B-reason: employer corrected", "B-reason: declaration corrected", "B-reason: accepted by hand"];
const B_KEYS = ["B-key-wizard-7f3a", "B-key-bulk-9c1d"];

let api: TestApi;
let fx: Fixtures;
let schema: GraphQLSchema;
const tokens = {} as Record<"declarantA" | "noRights" | "declarantB" | "backOffice", string>;
let world: BWorld;
/** B's trigger submission: a draft transmitted during the subscription sweep so that live events flow. */
let triggerSubmission: string;
let generated: ReturnType<Generator["all"]>;

const SUBMIT_BULK = `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id declarations { nodes { id } } } }`;

async function ok<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  what = query.slice(0, 60),
): Promise<T> {
  return dataOf(await api.request<T>(query, variables, token), what);
}

async function declarationVersion(id: string): Promise<number> {
  return (
    await ok<{ wageDeclaration: { version: number } }>(
      `query($id: ID!) { wageDeclaration(id: $id) { version } }`,
      { id },
      tokens.backOffice,
    )
  ).wageDeclaration.version;
}

/** A wizard submission of B with one declaration per input; returns the submission and declaration ids. */
async function wizard(
  inputs: Record<string, unknown>[],
  submitKey?: string,
): Promise<{ submissionId: string; ids: string[] }> {
  const period = recentPeriod();
  const submissionId = (
    await ok<{ createSubmission: { id: string } }>(
      `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
      { input: { employerId: fx.employerB, from: period.start, to: period.end } },
      tokens.declarantB,
    )
  ).createSubmission.id;
  const ids: string[] = [];
  for (const input of inputs) {
    ids.push(
      (
        await ok<{ addDeclaration: { id: string } }>(
          `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
          { input: { submissionId, ...input } },
          tokens.declarantB,
        )
      ).addDeclaration.id,
    );
  }
  if (submitKey)
    await ok(
      `mutation($id: ID!, $key: String!) { submitSubmission(id: $id, idempotencyKey: $key) { id } }`,
      { id: submissionId, key: submitKey },
      tokens.declarantB,
    );
  return { submissionId, ids };
}

const bakery = (grossWage: string, employerClass = "058") => ({
  properties: [{ employerClass, workerType: "BLUE_COLLAR_050", grossWage }],
});

async function settled(): Promise<void> {
  await eventually(
    async () => {
      const row = await api.database.db.one<{ pending: number; jobs: number }>(sql`
      SELECT (SELECT count(*) FROM wage_declaration WHERE status = 'PENDING')::int AS pending, (SELECT count(*) FROM graphile_worker.jobs)::int AS jobs`);
      return row!.pending === 0 && row!.jobs === 0 ? true : undefined;
    },
    20_000,
    "the controls to settle",
  );
}

/** Builds B's world through the API: workers and Dimona periods (back office), declarations in every state, a bulk submission, drafts, corrections, audit entries, a ceiling alert, e-Box messages read and unread. */
async function makeWorldOfB(): Promise<void> {
  const period = recentPeriod();
  // Reference data by the back office: a worker known only to B, FLX periods for this month, B's own corrections and grants.
  const quentin = (
    await ok<{ registerWorker: { id: string } }>(
      `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`,
      { input: { ssin: makeSsin("1983-04-05", 321), firstName: "Quentin", lastName: "Vanderbakker" } },
      tokens.backOffice,
    )
  ).registerWorker.id;
  for (const workerId of [quentin, fx.workers.bOnly.id, fx.workers.both.id]) {
    await ok(
      `mutation($input: RegisterDimonaPeriodInput!) { registerDimonaPeriod(input: $input) { id } }`,
      {
        input: {
          employerId: fx.employerB,
          workerId,
          workerType: "FLX",
          jointCommittee: "302",
          startDate: `${period.start.slice(0, 4)}-01-01`,
          endDate: `${period.start.slice(0, 4)}-12-31`,
        },
      },
      tokens.backOffice,
    );
  }
  await ok(
    `mutation($id: ID!, $input: CorrectEmployerInput!, $reason: String!) { correctEmployer(id: $id, input: $input, reason: $reason) { id } }`,
    { id: fx.employerB, input: { name: "Bakkerij Bernadette" }, reason: B_REASONS[0] },
    tokens.backOffice,
  );
  await ok(
    `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { permission } }`,
    { input: { employerId: fx.employerB, login: fx.logins.declarantB, permission: "ACCESS_ADMIN" } },
    tokens.backOffice,
  );

  // Declarations by B: accepted, refused (class 017 is not B's), over the ceiling (an alert), for the shared worker by SSIN.
  const first = await wizard(
    [
      { ...declarationInput(fx.workers.bOnly.id, bakery(B_AMOUNTS[0]!)), payslipReference: "PSB-SECRET-0001" },
      {
        ...declarationInput(fx.workers.both.id, bakery(B_AMOUNTS[1]!)),
        workerId: undefined,
        ssin: fx.workers.both.ssin,
        payslipReference: "PSB-SECRET-0002",
      },
      { ...declarationInput(quentin, bakery(B_AMOUNTS[2]!, "017")), payslipReference: "PSB-SECRET-0003" },
      { ...declarationInput(quentin, bakery(B_AMOUNTS[3]!)), payslipReference: "PSB-SECRET-0004" },
      // Accepted pay of the shared worker: A has none, so A's flexiIncome of that worker is 0.00 unless B's share leaks into it.
      { ...declarationInput(fx.workers.both.id, bakery(B_AMOUNTS[7]!)), payslipReference: "PSB-SECRET-0008" },
    ],
    B_KEYS[0],
  );
  for (const id of first.ids) await controlled(api, tokens.declarantB, id);
  const [accepted, forBoth, refused] = first.ids as [string, string, string, string];
  // A modification and a deletion by B.
  await ok(
    `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
    {
      id: accepted,
      v: await declarationVersion(accepted),
      input: { ...declarationInput(fx.workers.bOnly.id, bakery(B_AMOUNTS[4]!)), payslipReference: "PSB-SECRET-0005" },
    },
    tokens.declarantB,
  );
  await ok(
    `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { id } }`,
    { id: forBoth, v: await declarationVersion(forBoth) },
    tokens.declarantB,
  );
  // Payroll software: a bulk submission.
  const bulk = (
    await ok<{ submitDeclarations: { declarations: { nodes: { id: string }[] } } }>(
      SUBMIT_BULK,
      {
        input: {
          employerId: fx.employerB,
          idempotencyKey: B_KEYS[1],
          declarations: [
            { ...declarationInput(fx.workers.bOnly.id, bakery(B_AMOUNTS[5]!)), payslipReference: "PSB-SECRET-0006" },
          ],
        },
      },
      tokens.declarantB,
    )
  ).submitDeclarations.declarations.nodes.map((n) => n.id);
  await settled();
  // The back office corrects one and accepts the refused one by hand, with reasons.
  await ok(
    `mutation($id: ID!, $v: Int!, $input: DeclarationInput!, $reason: String!) { correctDeclaration(id: $id, expectedVersion: $v, input: $input, reason: $reason) { id } }`,
    {
      id: bulk[0],
      v: await declarationVersion(bulk[0]!),
      input: { ...declarationInput(fx.workers.bOnly.id, bakery(B_AMOUNTS[6]!)), payslipReference: "PSB-SECRET-0007" },
      reason: B_REASONS[1],
    },
    tokens.backOffice,
  );
  await ok(
    `mutation($id: ID!, $v: Int!, $reason: String!) { acceptDeclaration(id: $id, expectedVersion: $v, reason: $reason) { id } }`,
    { id: refused, v: await declarationVersion(refused), reason: B_REASONS[2] },
    tokens.backOffice,
  );
  await settled();
  // Drafts that stay drafts, and one transmitted later, during the subscription sweep.
  await wizard([{ ...declarationInput(fx.workers.bOnly.id, bakery("1212.12")), payslipReference: "PSB-SECRET-DRAFT" }]);
  triggerSubmission = (
    await wizard([{ ...declarationInput(quentin, bakery("1313.13")), payslipReference: "PSB-SECRET-TRIGGER" }])
  ).submissionId;
  // One of B's messages read.
  const messages = (
    await ok<{ eboxMessages: { nodes: { id: string }[] } }>(
      `query { eboxMessages(first: 500) { nodes { id } } }`,
      {},
      tokens.declarantB,
    )
  ).eboxMessages.nodes;
  await ok(`mutation($id: ID!) { markEboxMessageRead(id: $id) { id } }`, { id: messages[0]!.id }, tokens.declarantB);
}

/** B's workers: the one known only to B (registered above), bOnly, and `both` (also A's: A may see that worker, not B's records about them). */
async function bWorkerIds(): Promise<{ own: string[]; shared: string[] }> {
  const quentin = (await api.database.db.one<{ id: string }>(
    sql`SELECT id FROM worker WHERE last_name = 'Vanderbakker'`,
  ))!.id;
  return { own: [quentin, fx.workers.bOnly.id], shared: [fx.workers.both.id] };
}

async function loadWorld(): Promise<BWorld> {
  const db = api.database.db;
  const B = fx.employerB;
  const workers = await bWorkerIds();
  const col = async (query: ReturnType<typeof sql>) =>
    (await db.query<{ v: string }>(query)).map((r) => r.v).filter((v) => v !== null);
  const declarations = await col(
    sql`SELECT id AS v FROM wage_declaration WHERE employer_id = ${B} ORDER BY created_at`,
  );
  const versions = new Map(
    (
      await db.query<{ id: string; version: number }>(
        sql`SELECT id, version FROM wage_declaration WHERE employer_id = ${B}`,
      )
    ).map((r) => [r.id, r.version]),
  );
  const ids: Record<IdKind, string[]> = {
    employer: [B],
    declaration: declarations,
    submission: await col(sql`SELECT id AS v FROM submission WHERE employer_id = ${B} ORDER BY created_at`),
    worker: [...workers.own, ...workers.shared],
    dimonaPeriod: await col(sql`SELECT id AS v FROM dimona_period WHERE employer_id = ${B} ORDER BY period_id`),
    eboxMessage: await col(sql`SELECT id AS v FROM ebox_message WHERE employer_id = ${B} ORDER BY received_at`),
    auditEntry: await col(
      sql`SELECT id AS v FROM audit_entry WHERE employer_id = ${B} OR entity_id = ANY(${[B, ...declarations, ...workers.own]}::uuid[]) ORDER BY at`,
    ),
    ceilingAlert: await col(sql`SELECT id AS v FROM ceiling_alert WHERE worker_id = ANY(${workers.own}::uuid[])`),
    user: await col(sql`SELECT u.id AS v FROM app_user u WHERE u.login = ${fx.logins.declarantB}`),
  };
  const ssins = await col(sql`SELECT ssin AS v FROM worker WHERE id = ANY(${ids.worker}::uuid[]) ORDER BY ssin`);
  return {
    ids,
    ssins,
    versions,
    logins: [fx.logins.declarantB],
    idempotencyKeys: B_KEYS,
    lastNames: await col(sql`SELECT last_name AS v FROM worker WHERE id = ANY(${workers.own}::uuid[])`),
    payslipReferences: await col(
      sql`SELECT DISTINCT v.payslip_reference AS v FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id WHERE d.employer_id = ${B} ORDER BY 1`,
    ),
    anomalyCodes: await col(
      sql`SELECT DISTINCT a.code AS v FROM anomaly a JOIN declaration_version v ON v.id = a.version_id JOIN wage_declaration d ON d.id = v.declaration_id WHERE d.employer_id = ${B}`,
    ),
    enterpriseNumbers: await col(sql`SELECT enterprise_number AS v FROM employer WHERE id = ${B}`),
    nssoNumbers: await col(sql`SELECT nsso_number AS v FROM employer WHERE id = ${B}`),
  };
}

/**
 * What of B's must not reach a caller: every id of B's records, its workers' SSINs and names, its
 * name and numbers, payslip references, amounts, reasons, submission references and its login.
 * The shared worker is A's to see too, so it is a secret only for the user without rights.
 */
async function secretsFor(caller: Caller | "declarantB"): Promise<string[]> {
  const db = api.database.db;
  const B = fx.employerB;
  const current = await loadWorld();
  const workers = await bWorkerIds();
  const col = async (query: ReturnType<typeof sql>) =>
    (await db.query<{ v: string | null }>(query)).map((r) => r.v).filter((v): v is string => !!v);
  const secretWorkers = caller === "declarantA" ? workers.own : [...workers.own, ...workers.shared];
  const secrets = [
    ...Object.entries(current.ids)
      .filter(([kind]) => kind !== "worker")
      .flatMap(([, ids]) => ids),
    ...secretWorkers,
    ...(await col(sql`SELECT ssin AS v FROM worker WHERE id = ANY(${secretWorkers}::uuid[])`)),
    ...(await col(sql`SELECT last_name AS v FROM worker WHERE id = ANY(${secretWorkers}::uuid[])`)),
    ...(await col(
      sql`SELECT first_name AS v FROM worker WHERE id = ANY(${secretWorkers}::uuid[]) AND length(first_name) >= 5`,
    )),
    ...(await col(sql`SELECT period_id AS v FROM dimona_period WHERE employer_id = ${B}`)),
    ...(await col(sql`SELECT reference AS v FROM submission WHERE employer_id = ${B}`)),
    ...(await col(sql`SELECT name AS v FROM employer WHERE id = ${B}`)),
    "Bakkerij B",
    ...current.enterpriseNumbers,
    ...current.nssoNumbers,
    ...current.payslipReferences,
    ...B_AMOUNTS,
    ...B_REASONS,
    ...B_KEYS,
    fx.logins.declarantB,
  ];
  return unique(secrets.filter((s) => s.length >= 6));
}

/** A digest of every row of B's world (and the global reference tables), table by table. */
async function digestOfB(): Promise<Record<string, string>> {
  const B = fx.employerB;
  const workers = await bWorkerIds();
  const allWorkers = [...workers.own, ...workers.shared];
  const users = (
    await api.database.db.query<{ id: string }>(sql`SELECT user_id AS id FROM access_grant WHERE employer_id = ${B}`)
  ).map((r) => r.id);
  const versions = sql`SELECT v.id FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id WHERE d.employer_id = ${B}`;
  const digest = (from: ReturnType<typeof sql>) =>
    sql`(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) || ':' || count(*) FROM ${from})`;
  const row = await api.database.db.one<Record<string, string>>(sql`SELECT
    ${digest(sql`employer t WHERE t.id = ${B}`)} AS employer,
    ${digest(sql`submission t WHERE t.employer_id = ${B}`)} AS submission,
    ${digest(sql`wage_declaration t WHERE t.employer_id = ${B}`)} AS wage_declaration,
    ${digest(sql`declaration_version t WHERE t.id IN (${versions})`)} AS declaration_version,
    ${digest(sql`wage_property t WHERE t.version_id IN (${versions})`)} AS wage_property,
    ${digest(sql`financial_element t WHERE t.property_id IN (SELECT p.id FROM wage_property p WHERE p.version_id IN (${versions}))`)} AS financial_element,
    ${digest(sql`anomaly t WHERE t.version_id IN (${versions})`)} AS anomaly,
    ${digest(sql`status_event t WHERE t.employer_id = ${B}`)} AS status_event,
    ${digest(sql`ebox_message t WHERE t.employer_id = ${B}`)} AS ebox_message,
    ${digest(sql`dimona_period t WHERE t.employer_id = ${B}`)} AS dimona_period,
    ${digest(sql`access_grant t WHERE t.employer_id = ${B}`)} AS access_grant,
    ${digest(sql`app_user t WHERE t.id = ANY(${users}::uuid[])`)} AS app_user,
    ${digest(sql`user_session t WHERE t.user_id = ANY(${users}::uuid[])`)} AS user_session,
    ${digest(sql`worker t WHERE t.id = ANY(${allWorkers}::uuid[])`)} AS worker,
    ${digest(sql`audit_entry t WHERE t.employer_id = ${B} OR t.entity_id = ANY(${[B, ...allWorkers]}::uuid[]) OR t.entity_id IN (SELECT id FROM wage_declaration WHERE employer_id = ${B})`)} AS audit_entry,
    ${digest(sql`ceiling_alert t WHERE t.worker_id = ANY(${allWorkers}::uuid[])`)} AS ceiling_alert,
    ${digest(sql`flexi_ceiling t`)} AS flexi_ceiling,
    ${digest(sql`event_counter t`)} AS event_counter`);
  return row!;
}

// ---------------------------------------------------------------------------------------------
// Running the operations and judging the answers.
// ---------------------------------------------------------------------------------------------

interface Finding {
  caller: string;
  operation: string;
  variables: string;
  problem: string;
}
const leaks: Finding[] = [];
const changes: Finding[] = [];
const internalErrors: Finding[] = [];
const malformed: Finding[] = [];
/** Operations sent, per root field and caller, so that nothing is silently skipped. */
const sent = new Map<string, number>();

function nameOf(operation: Operation): string {
  return `${operation.root}.${operation.field}`;
}

/** The secrets an answer contains that the caller did not send itself. */
function leaked(answer: unknown, operation: Operation, secrets: string[]): string[] {
  const text = JSON.stringify(answer);
  const sentText = operation.query + JSON.stringify(operation.variables);
  return secrets.filter((s) => text.includes(s) && !sentText.includes(s));
}

function judge(
  caller: string,
  operation: Operation,
  answer: GraphQLAnswer | { errors?: unknown[]; payloads?: unknown },
  secrets: string[],
): void {
  sent.set(`${nameOf(operation)} ${caller}`, (sent.get(`${nameOf(operation)} ${caller}`) ?? 0) + 1);
  const found = leaked(answer, operation, secrets);
  const variables = JSON.stringify(operation.variables);
  if (found.length)
    leaks.push({
      caller,
      operation: nameOf(operation),
      variables,
      problem: `answer contains ${found.join(", ")}: ${JSON.stringify(answer).slice(0, 600)}`,
    });
  const codes = ((answer as GraphQLAnswer).errors ?? []).map(
    (e) => (e as { extensions?: { code?: string } }).extensions?.code,
  );
  if (codes.includes("INTERNAL_SERVER_ERROR"))
    internalErrors.push({
      caller,
      operation: nameOf(operation),
      variables,
      problem: JSON.stringify(answer).slice(0, 400),
    });
  if (refusedWhole(answer))
    malformed.push({ caller, operation: nameOf(operation), variables, problem: JSON.stringify(answer).slice(0, 400) });
}

/**
 * An operation refused as a whole as bad input (it does not parse or validate, its variables do
 * not coerce, or it is over the depth or cost limit): then it probed nothing, a generator fault.
 */
function refusedWhole(answer: unknown): boolean {
  const errors = (answer as GraphQLAnswer).errors ?? [];
  return errors.some(
    (e) =>
      e.extensions?.code === "BAD_USER_INPUT" &&
      !e.path &&
      (e.extensions.fieldErrors ?? []).every((f) => f.path.length === 0 || /^Variable /.test(f.message)),
  );
}

const callers: Caller[] = ["declarantA", "noRights"];

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  schema = await buildFlexiSchema();
  for (const role of ["declarantA", "noRights", "declarantB", "backOffice"] as const)
    tokens[role] = await api.signIn(fx.logins[role], FIXTURE_PASSWORD);
  // A has a declaration of its own (not for the shared worker), so that A's answers are not empty by default.
  const period = recentPeriod();
  await api.database.db
    .query(sql`INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date)
    VALUES ('777000000001', ${fx.employerA}, ${fx.workers.aQuarter.id}, 'FLX', '302', ${period.start}, ${period.end})`);
  const submissionA = (
    await ok<{ createSubmission: { id: string } }>(
      `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
      { input: { employerId: fx.employerA, from: period.start, to: period.end } },
      tokens.declarantA,
    )
  ).createSubmission.id;
  const ownA = (
    await ok<{ addDeclaration: { id: string } }>(
      `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
      { input: { submissionId: submissionA, ...declarationInput(fx.workers.aQuarter.id) } },
      tokens.declarantA,
    )
  ).addDeclaration.id;
  await ok(
    `mutation($id: ID!) { submitSubmission(id: $id, idempotencyKey: "A-own") { id } }`,
    { id: submissionA },
    tokens.declarantA,
  );
  await controlled(api, tokens.declarantA, ownA);
  // And a draft for the shared worker: A's own record of that worker (a draft counts in no income, so
  // A's flexiIncome of that worker stays 0.00 unless B's share leaks into it).
  const draftsA = (
    await ok<{ createSubmission: { id: string } }>(
      `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
      { input: { employerId: fx.employerA, from: period.start, to: period.end } },
      tokens.declarantA,
    )
  ).createSubmission.id;
  await ok(
    `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
    { input: { submissionId: draftsA, ...declarationInput(fx.workers.both.id) } },
    tokens.declarantA,
  );

  await makeWorldOfB();
  await settled();
  world = await loadWorld();
  generated = new Generator(schema, world, [fx.logins.declarantA, fx.logins.noRights]).all();
}, 60_000);
afterAll(() => api.close());

it("the generator covers every Query, Mutation and Subscription field of the schema", () => {
  expect(Object.fromEntries(generated.uncovered)).toEqual({});
  expect([...generated.covered.keys()].sort()).toEqual(rootFieldsOf(schema).sort());
  // B's world has something of every kind the generator draws from.
  expect(
    Object.entries(world.ids)
      .filter(([, ids]) => ids.length === 0)
      .map(([kind]) => kind),
  ).toEqual([]);
  const total = [...generated.covered.values()].reduce((n, ops) => n + ops.length, 0);
  console.log(`tenant sweep: ${generated.covered.size} root fields, ${total} operations per caller`);
});

it("queries as a user of A and as a user without rights return nothing of B's", async () => {
  const before = await digestOfB();
  const counts = await allRowCounts(api.database.db);
  for (const caller of callers) {
    const secrets = await secretsFor(caller);
    const operations = [...generated.covered.values()].flat().filter((o) => o.root === "Query");
    await pool(operations, 4, async (operation) =>
      judge(caller, operation, await api.request(operation.query, operation.variables, tokens[caller]), secrets),
    );
  }
  expect(leaks).toEqual([]);
  expect(internalErrors).toEqual([]);
  expect(malformed).toEqual([]);
  expect(await digestOfB()).toEqual(before);
  expect(await allRowCounts(api.database.db)).toEqual(counts);
  for (const field of rootFieldsOf(schema).filter((f) => f.startsWith("Query."))) {
    for (const caller of callers)
      expect({ field, caller, sent: (sent.get(`${field} ${caller}`) ?? 0) > 0 }).toEqual({ field, caller, sent: true });
  }
});

it("control: the same queries sent as declarantB do reveal B's data, so the sweep could see a leak", async () => {
  const secrets = await secretsFor("declarantB");
  const revealing = new Set<string>();
  const operations = [...generated.covered.values()].flat().filter((o) => o.root === "Query");
  await pool(operations, 4, async (operation) => {
    const answer = await api.request(operation.query, operation.variables, tokens.declarantB);
    if (leaked(answer, operation, secrets).length) revealing.add(operation.field);
    if (refusedWhole(answer))
      malformed.push({
        caller: "declarantB",
        operation: nameOf(operation),
        variables: JSON.stringify(operation.variables),
        problem: JSON.stringify(answer).slice(0, 400),
      });
  });
  // The queries that read B's records for B (ceilingAlerts: the back office and the worker only; classes and ceilings are nobody's).
  const expected = [
    "auditEntries",
    "declaredWorkers",
    "dimonaPeriods",
    "eboxMessages",
    "employer",
    "employers",
    "flexiIncome",
    "flexiJobbers",
    "me",
    "submission",
    "submissions",
    "wageDeclaration",
    "wageDeclarationTotals",
    "wageDeclarations",
    "worker",
    "workers",
  ];
  expect(expected.filter((field) => !revealing.has(field))).toEqual([]);
  expect(malformed).toEqual([]);
});

it("mutations as a user of A and as a user without rights change nothing of B's and answer nothing of B's", async () => {
  const counts = await allRowCounts(api.database.db);
  for (const caller of callers) {
    const secrets = await secretsFor(caller);
    let before = await digestOfB();
    for (const operation of [...generated.covered.values()].flat().filter((o) => o.root === "Mutation")) {
      // signOut revokes the token it is sent with: a session of its own.
      const token =
        operation.field === "signOut" ? await api.signIn(fx.logins[caller], FIXTURE_PASSWORD) : tokens[caller];
      judge(caller, operation, await api.request(operation.query, operation.variables, token), secrets);
      const after = await digestOfB();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length)
        changes.push({
          caller,
          operation: nameOf(operation),
          variables: JSON.stringify(operation.variables),
          problem: `changed B's ${changed.join(", ")}`,
        });
      before = after;
    }
  }
  expect(leaks).toEqual([]);
  expect(changes).toEqual([]);
  expect(internalErrors).toEqual([]);
  const after = await allRowCounts(api.database.db);
  // The only rows the sweep may add: the sessions of the signOut calls (one per caller) with the
  // device each of their sign-ins remembers, and the failed sign-ins the rate limiter counts
  // (signIn is tried with B's login and a wrong password).
  const ignoring = (c: Record<string, number>) => ({
    ...c,
    "public.user_session": 0,
    "public.sign_in_device": 0,
    "public.sign_in_attempt": 0,
  });
  expect(ignoring(after)).toEqual(ignoring(counts));
  expect(after["public.user_session"]).toBe(counts["public.user_session"]! + callers.length);
  expect(after["public.sign_in_device"]).toBe(counts["public.sign_in_device"]! + callers.length);
  for (const field of rootFieldsOf(schema).filter((f) => f.startsWith("Mutation."))) {
    for (const caller of callers)
      expect({ field, caller, sent: (sent.get(`${field} ${caller}`) ?? 0) > 0 }).toEqual({ field, caller, sent: true });
  }
  // The control: the digest does see a change of B's, here B reading one of its own unread messages.
  const unread = (await api.database.db.one<{ id: string }>(
    sql`SELECT id FROM ebox_message WHERE employer_id = ${fx.employerB} AND read_at IS NULL LIMIT 1`,
  ))!.id;
  const before = await digestOfB();
  await ok(`mutation($id: ID!) { markEboxMessageRead(id: $id) { id } }`, { id: unread }, tokens.declarantB);
  const after2 = await digestOfB();
  expect(Object.keys(after2).filter((table) => after2[table] !== before[table])).toEqual(["ebox_message"]);
}, 60_000);

it("B's ids answer as ids that do not exist: the same errors and the same data, so they leak nothing (docs/architecture.md#tenancy-access-and-errors)", async () => {
  const NOBODY = "00000000-0000-4000-8000-000000000000";
  const differences: Finding[] = [];
  const counts = await allRowCounts(api.database.db);
  const before = await digestOfB();
  const codes = (answer: GraphQLAnswer) =>
    (answer.errors ?? [])
      .map((e) => e.extensions?.code)
      .sort()
      .join("+") || "OK";
  for (const caller of callers) {
    const ids = (await secretsFor(caller)).filter((s) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s),
    );
    const unknown = (text: string) => ids.reduce((t, id) => t.split(id).join(NOBODY), text);
    const operations = [...generated.covered.values()]
      .flat()
      .filter(
        (o) =>
          o.root !== "Subscription" &&
          o.field !== "signOut" &&
          ids.some((id) => JSON.stringify(o.variables).includes(id)),
      );
    await pool(operations, 4, async (operation) => {
      const asSent = await api.request(operation.query, operation.variables, tokens[caller]);
      const withUnknownIds = await api.request(
        operation.query,
        JSON.parse(unknown(JSON.stringify(operation.variables))) as Record<string, unknown>,
        tokens[caller],
      );
      const a = { codes: codes(asSent), data: unknown(JSON.stringify(asSent.data ?? null)) };
      const b = { codes: codes(withUnknownIds), data: JSON.stringify(withUnknownIds.data ?? null) };
      if (a.codes !== b.codes || a.data !== b.data) {
        differences.push({
          caller,
          operation: nameOf(operation),
          variables: JSON.stringify(operation.variables),
          problem: `B's ids: ${JSON.stringify(a)}; unknown ids: ${JSON.stringify(b)}`,
        });
      }
    });
  }
  expect(differences).toEqual([]);
  expect(await digestOfB()).toEqual(before);
  const ignoring = (c: Record<string, number>) => ({ ...c, "public.sign_in_attempt": 0 });
  expect(ignoring(await allRowCounts(api.database.db))).toEqual(ignoring(counts));
}, 60_000);

it("subscriptions as a user of A and as a user without rights deliver nothing of B's, also while B's events flow", async () => {
  const operations = [...generated.covered.values()].flat().filter((o) => o.root === "Subscription");
  const clients: Record<Caller | "declarantB", Client> = {
    declarantA: api.wsClient(tokens.declarantA),
    noRights: api.wsClient(tokens.noRights),
    declarantB: api.wsClient(tokens.declarantB),
  };
  const watches: { caller: Caller | "declarantB"; operation: Operation; w: Watch }[] = [];
  for (const caller of [...callers, "declarantB"] as const) {
    for (const operation of operations)
      watches.push({ caller, operation, w: watch(clients[caller], operation.query, operation.variables) });
  }
  await sleep(700); // the live subscriptions reach the server
  // B transmits its trigger submission: status events, e-Box messages and progress of B's flow now.
  const triggered = (
    await ok<{ submitSubmission: { declarations: { nodes: { id: string }[] } } }>(
      `mutation($id: ID!) { submitSubmission(id: $id, idempotencyKey: "B-key-trigger") { declarations { nodes { id } } } }`,
      { id: triggerSubmission },
      tokens.declarantB,
    )
  ).submitSubmission.declarations.nodes.map((n) => n.id);
  await settled();
  const ofB = (field: string, test: (w: Watch) => boolean) =>
    watches.filter((x) => x.caller === "declarantB" && x.operation.field === field).some((x) => test(x.w));
  await eventually(
    async () =>
      ofB(
        "declarationStatusChanged",
        (w) => JSON.stringify(w.items).includes(triggered[0]!) && JSON.stringify(w.items).includes('"ACCEPTED"'),
      ) &&
      ofB("eboxMessageReceived", (w) => JSON.stringify(w.items).includes(triggered[0]!)) &&
      ofB("submissionProgress", (w) => w.completed && JSON.stringify(w.items).includes(triggerSubmission))
        ? true
        : undefined,
    15_000,
    "B's own subscriptions to see B's new events",
  );
  await sleep(500); // time for anything wrongly sent to arrive

  for (const caller of callers) {
    const secrets = await secretsFor(caller);
    for (const { operation, w } of watches.filter((x) => x.caller === caller))
      judge(caller, operation, { payloads: w.payloads, errors: w.errors }, secrets);
  }
  watches.forEach((x) => x.w.stop());
  expect(leaks).toEqual([]);
  expect(internalErrors).toEqual([]);
  expect(malformed).toEqual([]);
  for (const field of rootFieldsOf(schema).filter((f) => f.startsWith("Subscription."))) {
    for (const caller of callers)
      expect({ field, caller, sent: (sent.get(`${field} ${caller}`) ?? 0) > 0 }).toEqual({ field, caller, sent: true });
  }
  // The control: B's replay from the start saw B's earlier events too.
  const replay = (caller: Caller | "declarantB") =>
    watches.find(
      (x) =>
        x.caller === caller &&
        x.operation.field === "declarationStatusChanged" &&
        x.operation.variables.after === "0" &&
        Object.keys(x.operation.variables).length === 1,
    )!.w;
  expect(replay("declarantB").items.length).toBeGreaterThan(10);
  // And A's own replay works: A's own declaration, DRAFT -> PENDING -> ACCEPTED, and nothing else.
  expect(replay("declarantA").items.length).toBe(2);
  expect(replay("declarantA").errors).toEqual([]);
}, 60_000);
