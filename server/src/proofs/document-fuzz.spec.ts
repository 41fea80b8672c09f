/**
 * Fuzzing the documents (docs/operations.md#limits), beside the fuzzing of inputs (fuzz.spec.ts):
 * at least 10,000 generated and mutated GraphQL documents with variable sets, sent to one real
 * server, most over HTTP and a share over WebSocket. Documents are built from the schema:
 * random selections of fields (known and unknown, aliased, nested into lists and objects),
 * arguments of the right type or not, fragments (named, inline, missing, cyclic), directives,
 * variables declared or not, one to three operations of any kind with or without names, an
 * operationName that may match none; some get their text cut, doubled or spiked with tokens,
 * some a persisted-query extension. Variables are random JSON, now and then nested deeper
 * than allowed.
 *
 * Every answer must be JSON with an HTTP status below 500 and carry only codes of the closed
 * set a client may cause: never INTERNAL_SERVER_ERROR.
 *
 * The seed is fixed and printed; DOCUMENT_FUZZ_SEED=<n> replays another one,
 * DOCUMENT_FUZZ_RUNS=<n> changes the number of cases, FUZZ_SHRINK=1 shrinks a failure.
 */
import type { Client } from "graphql-ws";
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { createHash } from "node:crypto";
import { buildFlexiSchema } from "../graphql/schema";
import { startTestApi, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures } from "../test/fixtures";
import { pool } from "./proof-support";

const SEED = Number(process.env.DOCUMENT_FUZZ_SEED ?? 20_261_201);
const RUNS = Number(process.env.DOCUMENT_FUZZ_RUNS ?? 10_000);
const SHRINK = process.env.FUZZ_SHRINK === "1";
/** Properties run at once, each sending one case at a time. */
const SHARDS = 4;
/** One case in this many goes over WebSocket. */
const WS_SHARE = 8;

/** The codes a client may cause (server/src/errors.ts): everything but INTERNAL_SERVER_ERROR. */
const CLIENT_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INVALID_STATE",
  "RATE_LIMITED",
];
/** Mutations that would end the caller's session or rights, and with them the rest of the run. */
const LEFT_OUT = new Set(["signIn", "signOut", "changePassword", "revokeAccess"]);
const OPERATION_NAMES = ["A", "B", "C"];
const VARIABLE_NAMES = ["v1", "v2", "v3"];
const FRAGMENT_NAMES = ["F1", "F2"];
const VARIABLE_TYPES = [
  "String",
  "String!",
  "Int",
  "ID!",
  "[ID!]",
  "Boolean",
  "Date",
  "DateTime",
  "Money",
  "WageDeclarationFilter",
  "DeclarationInput",
  "Unknown",
  "[[Int]]",
];

interface Case {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Documents from the schema.
// ---------------------------------------------------------------------------------------------

const name = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,8}$/);
const stringLiteral = fc
  .oneof(fc.string({ maxLength: 12 }), fc.constantFrom("2025-02-30", "2025-01-31", "85073003328", "-1", "1.005"))
  .map((s) => JSON.stringify(s));
const anyLiteral: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("null", "true", "false", "0", "-1", "2147483648", "1.5", "1e999", "FOO", "$v1", "$v9"),
    stringLiteral,
    fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc
      .array(fc.tuple(name, tie("value")), { maxLength: 3 })
      .map((fields) => `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(", ")} }`),
  ),
})).value;

class DocumentArbitraries {
  private readonly selections = new Map<string, fc.Arbitrary<string>>();
  private readonly values = new Map<string, fc.Arbitrary<string>>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** A literal of an input type: mostly of the right form, else anything. */
  value(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
    const key = `${type.toString()}|${depth}`;
    let arbitrary = this.values.get(key);
    if (!arbitrary) {
      arbitrary = fc.oneof(
        { weight: 4, arbitrary: this.typedValue(type, depth) },
        { weight: 1, arbitrary: anyLiteral },
      );
      this.values.set(key, arbitrary);
    }
    return arbitrary;
  }

  private typedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type))
      return fc.array(this.value(type.ofType, depth), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`);
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name), "UNKNOWN_VALUE");
    if (isInputObjectType(type)) {
      if (depth <= 0) return fc.constant("{}");
      const fields = Object.values(type.getFields());
      return fc
        .subarray(fields, { maxLength: Math.min(4, fields.length) })
        .chain((chosen) => fc.tuple(...chosen.map((f) => this.value(f.type, depth - 1).map((v) => `${f.name}: ${v}`))))
        .map((parts) => `{ ${parts.join(", ")} }`);
    }
    switch (isScalarType(type) ? type.name : "") {
      case "Int":
        return fc.oneof(fc.integer({ min: -5, max: 30 }).map(String), fc.constantFrom("501", "2147483648", "-0"));
      case "Float":
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map(String);
      case "Boolean":
        return fc.constantFrom("true", "false");
      default:
        return fc.oneof(stringLiteral, fc.constantFrom("$v1", "$v2"));
    }
  }

  private args(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
    const extra = { name: "bogus", type: this.schema.getType("String") } as unknown as GraphQLArgument;
    return fc
      .subarray([...field.args, extra], { maxLength: Math.min(4, field.args.length + 1) })
      .chain((chosen) =>
        chosen.length === 0
          ? fc.constant([] as string[])
          : fc.tuple(...chosen.map((a) => this.value(a.type, 3).map((v) => `${a.name}: ${v}`))),
      )
      .map((parts) => (parts.length ? `(${parts.join(", ")})` : ""));
  }

  private directive(): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant("") },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          " @include(if: true)",
          " @skip(if: false)",
          " @include(if: $v1)",
          " @skip(if: $v3)",
          " @include",
          " @deprecated",
          " @unknown(x: 1)",
          " @skip(if: true) @skip(if: false)",
        ),
      },
    );
  }

  /** A selection set of a named output type, `depth` more levels at most. */
  selectionSet(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
    const key = `${type.name}|${depth}`;
    let arbitrary = this.selections.get(key);
    if (!arbitrary) {
      arbitrary = fc
        .array(this.selection(type, depth), { minLength: 1, maxLength: 4 })
        .map((items) => `{ ${items.join(" ")} }`);
      this.selections.set(key, arbitrary);
    }
    return arbitrary;
  }

  private selection(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
    const fields =
      isObjectType(type) || isInterfaceType(type)
        ? Object.values(type.getFields()).filter((f) => !LEFT_OUT.has(f.name))
        : [];
    const members = isUnionType(type)
      ? type.getTypes()
      : isInterfaceType(type)
        ? this.schema.getPossibleTypes(type)
        : [type];
    const choices: fc.WeightedArbitrary<string>[] = [
      { weight: 1, arbitrary: fc.constantFrom("__typename", "unknownField", "__schema { queryType { name } }") },
      { weight: 1, arbitrary: fc.constantFrom(...FRAGMENT_NAMES, "Missing").map((f) => `...${f}`) },
    ];
    if (fields.length > 0) {
      choices.push({
        weight: 8,
        arbitrary: fc.constantFrom(...fields).chain((field) => this.field(field, depth)),
      });
    }
    if (depth > 0) {
      choices.push({
        weight: 1,
        arbitrary: fc
          .constantFrom(...members)
          .chain((member) =>
            fc
              .tuple(fc.boolean(), this.directive(), this.selectionSet(member, depth - 1))
              .map(([typed, directive, set]) => `... ${typed ? `on ${member.name}` : ""}${directive} ${set}`),
          ),
      });
    }
    return fc.oneof(...choices);
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
    const named = getNamedType(field.type);
    const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
    const alias = fc.oneof(
      { weight: 5, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: name.map((a) => `${a}: `) },
    );
    const inner =
      composite && depth > 0
        ? fc.oneof(
            { weight: 9, arbitrary: this.selectionSet(named, depth - 1) },
            { weight: 1, arbitrary: fc.constant("") },
          )
        : composite
          ? fc.constant("")
          : fc.oneof({ weight: 9, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("{ id }") });
    return fc
      .tuple(alias, this.args(field), this.directive(), inner)
      .map(([a, args, directive, set]) => `${a}${field.name}${args}${directive} ${set}`.trim());
  }

  /** One operation: its kind, maybe a name, variable definitions, directives and a selection set. */
  operation(): fc.Arbitrary<string> {
    const root = (kind: "query" | "mutation" | "subscription") => {
      const type =
        kind === "query"
          ? this.schema.getQueryType()
          : kind === "mutation"
            ? this.schema.getMutationType()
            : this.schema.getSubscriptionType();
      return type!;
    };
    const variables = fc
      .subarray(VARIABLE_NAMES, { maxLength: 3 })
      .chain((names) =>
        names.length === 0
          ? fc.constant("")
          : fc
              .tuple(...names.map((n) => fc.constantFrom(...VARIABLE_TYPES).map((t) => `$${n}: ${t}`)))
              .map((defs) => `(${defs.join(", ")})`),
      );
    return fc
      .tuple(
        fc.constantFrom<"query" | "mutation" | "subscription">("query", "query", "query", "mutation", "subscription"),
        fc.option(fc.constantFrom(...OPERATION_NAMES), { nil: undefined }),
        variables,
        fc.boolean(),
      )
      .chain(([kind, opName, defs, shorthand]) =>
        this.selectionSet(root(kind), 3).map((set) =>
          kind === "query" && shorthand && !opName && !defs ? set : `${kind} ${opName ?? ""}${defs} ${set}`,
        ),
      );
  }

  fragment(): fc.Arbitrary<string> {
    const types = Object.values(this.schema.getTypeMap()).filter(
      (t) => (isObjectType(t) || isInterfaceType(t) || isUnionType(t)) && !t.name.startsWith("__"),
    );
    return fc
      .tuple(fc.constantFrom(...FRAGMENT_NAMES), fc.constantFrom(...types))
      .chain(([fragmentName, type]) =>
        this.selectionSet(type, 2).map((set) => `fragment ${fragmentName} on ${type.name} ${set}`),
      );
  }

  document(): fc.Arbitrary<string> {
    return fc
      .tuple(fc.array(this.operation(), { minLength: 1, maxLength: 3 }), fc.array(this.fragment(), { maxLength: 2 }))
      .map(([operations, fragments]) => [...operations, ...fragments].join("\n"));
  }
}

/** Cuts, doubles or spikes a document's text. */
const TOKENS = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  "...",
  "@",
  "$",
  ":",
  "!",
  "=",
  "|",
  "&",
  '"',
  '"""',
  "#",
  "\u0000",
  "on",
];
function mutateText(text: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: text.length });
  const edit = fc.oneof(
    fc.tuple(at, at).map(
      ([a, b]) =>
        (t: string) =>
          t.slice(0, Math.min(a, b)) + t.slice(Math.max(a, b)),
    ),
    fc.tuple(at, at).map(
      ([a, b]) =>
        (t: string) =>
          t + t.slice(Math.min(a, b), Math.max(a, b)),
    ),
    fc.tuple(at, fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 }))).map(
      ([a, token]) =>
        (t: string) =>
          t.slice(0, a) + token + t.slice(a),
    ),
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce((t, e) => e(t), text));
}

/** Random JSON, and now and then a list nested deeper than allowed. */
const variableValue = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { not: { not: { status: { in: ["DRAFT"] } } } },
      { and: [{ status: { in: ["draft"] } }], or: [] },
      "2025-02-30T00:00:00Z",
      "2025-02-30",
      "\u0000",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 30, max: 2_000 }).map((levels) => {
      let value: unknown = [];
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    }),
  },
);

function cases(documents: DocumentArbitraries): fc.Arbitrary<Case> {
  const query = documents
    .document()
    .chain((text) => fc.oneof({ weight: 4, arbitrary: fc.constant(text) }, { weight: 1, arbitrary: mutateText(text) }));
  return fc
    .tuple(
      query,
      fc.option(fc.constantFrom(...OPERATION_NAMES, "Z", ""), { nil: undefined, freq: 2 }),
      fc.option(fc.dictionary(fc.constantFrom(...VARIABLE_NAMES, "other"), variableValue, { maxKeys: 3 }), {
        nil: undefined,
      }),
      fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 2, "1") }),
    )
    .map(([text, operationName, variables, persisted]) => {
      const sent: Case = { query: text, operationName, variables };
      if (persisted !== false) {
        // A persisted query: of its own text, another's, or no text at all.
        const hash = createHash("sha256")
          .update(persisted === 1 ? text : `${text} `)
          .digest("hex");
        sent.extensions = { persistedQuery: { version: persisted, sha256Hash: hash } };
        if (persisted === 0) delete (sent as { query?: string }).query;
      }
      return sent;
    });
}

// ---------------------------------------------------------------------------------------------
// Sending and judging.
// ---------------------------------------------------------------------------------------------

let api: TestApi;
let token: string;
let schema: GraphQLSchema;
const wsClients: Client[] = [];

interface Judged {
  codes: string[];
  status?: number;
}

async function overHttp(sent: Case): Promise<Judged> {
  const response = await fetch(api.server.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(sent),
  });
  const text = await response.text();
  if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${text.slice(0, 800)}`);
  let body: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 800)}`);
  }
  return { status: response.status, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)) };
}

/** Over graphql-ws: the errors of the first result (or of the refusal); a live subscription is ended after its start. */
function overWs(client: Client, sent: Case): Promise<Judged> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const codes: string[] = [];
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      resolve({ codes });
    };
    const stop = client.subscribe(
      { query: sent.query ?? "", operationName: sent.operationName, variables: sent.variables },
      {
        next: (result) => {
          codes.push(...(result.errors ?? []).map((e) => String(e.extensions?.code)));
          finish();
        },
        error: (error) => {
          if (Array.isArray(error)) {
            codes.push(...(error as { extensions?: { code?: unknown } }[]).map((e) => String(e.extensions?.code)));
            finish();
          } else {
            settled = true;
            clearTimeout(timer);
            reject(new Error(`the socket failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`));
          }
        },
        complete: finish,
      },
    );
    const timer = setTimeout(finish, 150);
  });
}

function judge(sent: Case, judged: Judged): void {
  const outside = judged.codes.filter((c) => !CLIENT_CODES.includes(c));
  if (outside.length)
    throw new Error(`answered ${outside.join(", ")}${judged.status ? ` (HTTP ${judged.status})` : ""}`);
  void sent;
}

beforeAll(async () => {
  schema = await buildFlexiSchema();
  api = await startTestApi({ controls: false });
  const fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  for (let i = 0; i < SHARDS; i++) wsClients.push(api.wsClient(token));
}, 60_000);
afterAll(() => api.close());

it(`answers ${RUNS} generated and mutated documents with client errors only, over HTTP and WebSocket`, async () => {
  const documents = new DocumentArbitraries(schema);
  const perShard = Math.ceil(RUNS / SHARDS);
  const started = Date.now();
  let overSocket = 0;
  console.log(`document fuzz: seed ${SEED} (DOCUMENT_FUZZ_SEED=${SEED} replays it), ${perShard * SHARDS} cases`);
  await pool(
    Array.from({ length: SHARDS }, (_, i) => i),
    SHARDS,
    async (shard) => {
      let index = 0;
      await fc.assert(
        fc.asyncProperty(cases(documents), async (sent) => {
          const ws = index++ % WS_SHARE === WS_SHARE - 1 && sent.query !== undefined;
          if (ws) overSocket++;
          try {
            judge(sent, ws ? await overWs(wsClients[shard]!, sent) : await overHttp(sent));
          } catch (error) {
            const text = JSON.stringify(sent);
            throw new Error(
              `${ws ? "WebSocket" : "HTTP"}: ${(error as Error).message}\n  sent: ${text.length > 3000 ? `${text.slice(0, 3000)}...` : text}`,
              { cause: error },
            );
          }
        }),
        { seed: SEED + shard, numRuns: perShard, endOnFailure: !SHRINK },
      );
    },
  );
  console.log(
    `document fuzz: ${perShard * SHARDS} cases (${overSocket} over WebSocket) in ${Date.now() - started} ms, seed ${SEED}`,
  );
  expect(perShard * SHARDS).toBeGreaterThanOrEqual(Math.min(RUNS, 10_000));
}, 1_200_000);
