/**
 * Mistakes of a client are the client's errors (docs/operations.md#limits): an operation that
 * cannot be picked, a subscription over HTTP, a persisted query that does not match, variables
 * nested thousands of levels deep, impossible instants, declarations with too many properties
 * or premiums. Each is answered over HTTP (4xx, or 200 for a client that accepts only JSON) and
 * over WebSocket with BAD_USER_INPUT, never with HTTP 5xx or INTERNAL_SERVER_ERROR. With
 * introspection off, no error suggests names of the schema ("Did you mean ...").
 */
import { createHash } from "node:crypto";
import WebSocket from "ws";
import { errorCodes, startTestApi, wsRequest, type GraphQLAnswer, type TestApi } from "../test/api";
import { createSubmission, declarationInput } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

type Answer = GraphQLAnswer<Record<string, unknown>>;
interface HttpAnswer {
  status: number;
  body: Answer;
}

const TWO_OPERATIONS = `query A { __typename } query B { __typename }`;
const SUBSCRIPTION = `subscription { declarationStatusChanged { declarationId } }`;
const FILTERED = `query($f: WageDeclarationFilter) { wageDeclarations(filter: $f, first: 1) { totalCount } }`;
const ADD = `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`;

/** `{ not: { not: ... } }` `levels` deep: a filter graphql-js coerces by recursion. */
function deepFilter(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) filter = { not: filter };
  return filter;
}

/** The JSON text of {@link deepFilter}. */
function deepFilterText(levels: number): string {
  return '{"not": '.repeat(levels) + "{}" + "}".repeat(levels);
}

/** `[[[...]]]` `levels` deep. */
function deepList(levels: number): unknown {
  let list: unknown = [];
  for (let i = 0; i < levels; i++) list = [list];
  return list;
}

/** The JSON text of {@link deepList}, which JSON.stringify cannot write beyond some thousands of levels. */
function deepListText(levels: number): string {
  return "[".repeat(levels) + "]".repeat(levels);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

let api: TestApi;
let fx: Fixtures;
let token: string;

async function post(body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const response = await fetch(api.server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Answer };
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 500)}`);
  }
}

async function get(params: Record<string, string>): Promise<HttpAnswer> {
  const response = await fetch(`${api.server.url}?${new URLSearchParams(params).toString()}`, {
    headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Answer };
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 500)}`);
  }
}

/** A client error: HTTP 200 or 4xx, and every error BAD_USER_INPUT. */
function expectClientError(answer: HttpAnswer): void {
  expect({ status: answer.status < 500 ? "below 500" : answer.status, codes: errorCodes(answer.body) }).toEqual({
    status: "below 500",
    codes: ["BAD_USER_INPUT"],
  });
}

/** Over graphql-ws: one BAD_USER_INPUT. */
async function expectWsClientError(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const client = api.wsClient(token);
  const answer = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>(
    (resolve, reject) => {
      let result: { errors?: readonly { extensions?: Record<string, unknown> }[] } | undefined;
      client.subscribe(
        { query, variables, operationName },
        {
          next: (value) => {
            result = value;
          },
          error: (error) =>
            Array.isArray(error)
              ? resolve({ errors: error as { extensions?: Record<string, unknown> }[] })
              : reject(error),
          complete: () => (result ? resolve(result) : reject(new Error("no result"))),
        },
      );
    },
  );
  expect((answer.errors ?? []).map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
}

/**
 * One subscribe message of graphql-transport-ws whose payload is the JSON text given (which a
 * client library could not write, nested this deep); the server's first answer to it.
 */
function rawWsSubscribe(payload: string): Promise<{ type: string; payload?: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(api.server.wsUrl, "graphql-transport-ws");
    socket.on("error", reject);
    socket.on("open", () =>
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on("close", (code) => reject(new Error(`closed with ${code}`)));
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      if (message.type === "connection_ack") socket.send(`{"type": "subscribe", "id": "1", "payload": ${payload}}`);
      else if (message.type === "next" || message.type === "error") {
        socket.removeAllListeners("close");
        socket.close();
        resolve(message);
      }
    });
  });
}

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
});
afterAll(() => api.close());

describe("an operation that cannot be picked", () => {
  it("several operations without operationName: BAD_USER_INPUT over HTTP and WebSocket", async () => {
    expectClientError(await post({ query: TWO_OPERATIONS }));
    expectClientError(await post({ query: TWO_OPERATIONS }, { accept: "application/graphql-response+json" }));
    await expectWsClientError(TWO_OPERATIONS);
  });

  it("an unknown operationName: BAD_USER_INPUT over HTTP and WebSocket", async () => {
    expectClientError(await post({ query: TWO_OPERATIONS, operationName: "C" }));
    expectClientError(await post({ query: `{ __typename }`, operationName: "C" }));
    await expectWsClientError(TWO_OPERATIONS, undefined, "C");
    // The right name still runs.
    expect((await post({ query: TWO_OPERATIONS, operationName: "B" })).body.data).toEqual({ __typename: "Query" });
  });

  it("a subscription over HTTP, POST or GET: BAD_USER_INPUT", async () => {
    expectClientError(await post({ query: SUBSCRIPTION }));
    expectClientError(await get({ query: SUBSCRIPTION }));
    // Beside a query that is picked, too.
    expectClientError(await post({ query: `query Q { __typename } ${SUBSCRIPTION}`, operationName: "Q" }));
  });

  it("a subscription whose root field a variable skips (graphql-js's validation throws): BAD_USER_INPUT", async () => {
    const skipped = `subscription($v: Boolean!) { declarationStatusChanged @include(if: $v) { declarationId } }`;
    expectClientError(await post({ query: skipped, variables: { v: true } }));
    await expectWsClientError(skipped, { v: true });
  });
});

describe("automatic persisted queries", () => {
  const query = `{ __typename }`;

  it("a hash that does not match the query, an unsupported version, an unknown hash: BAD_USER_INPUT", async () => {
    expectClientError(
      await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256("something else") } } }),
    );
    expectClientError(await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } }));
    expectClientError(await post({ query, extensions: { persistedQuery: { version: "1", sha256Hash: 42 } } }));
    expectClientError(await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256("unknown") } } }));
    // A matching one is run.
    expect(
      (await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } })).body.data,
    ).toEqual({ __typename: "Query" });
  });
});

describe("variables nested thousands of levels deep", () => {
  it("a declared filter 10,000 levels deep: BAD_USER_INPUT over HTTP and WebSocket, before coercion", async () => {
    const answer = await post(`{"query": ${JSON.stringify(FILTERED)}, "variables": {"f": ${deepFilterText(10_000)}}}`);
    expectClientError(answer);
    expect(answer.body.errors![0]!.message).toMatch(/nested/);
    const overWs = await rawWsSubscribe(
      `{"query": ${JSON.stringify(FILTERED)}, "variables": {"f": ${deepFilterText(10_000)}}}`,
    );
    expect(overWs).toMatchObject({ type: "error", payload: [{ extensions: { code: "BAD_USER_INPUT" } }] });
  });

  it("an undeclared variable, an extension or a GET's variables nested deep: BAD_USER_INPUT", async () => {
    expectClientError(await post(`{"query": "{ __typename }", "variables": {"junk": ${deepListText(100_000)}}}`));
    expectClientError(await post(`{"query": "{ __typename }", "extensions": {"junk": ${deepListText(100_000)}}}`));
    expectClientError(await get({ query: `{ __typename }`, variables: JSON.stringify({ junk: deepList(1_500) }) }));
    const overWs = await rawWsSubscribe(`{"query": "{ __typename }", "variables": {"junk": ${deepListText(100_000)}}}`);
    expect(overWs).toMatchObject({ type: "error", payload: [{ extensions: { code: "BAD_USER_INPUT" } }] });
  });

  it("a body nested deep outside of what GraphQL reads is no server failure", async () => {
    const answer = await post(`{"query": "{ __typename }", "junk": ${deepListText(100_000)}}`);
    expect(answer.status).toBeLessThan(500);
    expect(errorCodes(answer.body).filter((c) => c !== "BAD_USER_INPUT")).toEqual([]);
  });

  it("a filter nested a few levels still runs", async () => {
    // As deep as the filter limit allows (MAX_FILTER_DEPTH, default 6): the nesting check of
    // variables must not refuse what the filters accept.
    const answer = await post({ query: FILTERED, variables: { f: deepFilter(5) } });
    expect(answer.body.errors).toBeUndefined();
  });
});

describe("DateTime refuses impossible instants", () => {
  const AUDIT = `query($at: DateTimeFilter) { auditEntries(filter: { at: $at }, first: 1) { totalCount } }`;
  it.each([
    "2025-02-30T00:00:00Z",
    "2025-02-29T10:00:00+01:00",
    "2025-04-31T00:00:00Z",
    "2025-13-01T00:00:00Z",
    "2025-01-01T24:00:00Z",
    "2025-01-01T23:60:00Z",
    "2025-01-01T23:59:60Z",
    "2025-01-01T10:00:00+24:00",
  ])("%s: BAD_USER_INPUT as a variable and as a literal, over HTTP and WebSocket", async (instant) => {
    const backOffice = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
    const overHttp = await api.request(AUDIT, { at: { gte: instant } }, backOffice);
    expect(errorCodes(overHttp)).toEqual(["BAD_USER_INPUT"]);
    const literal = await api.request(
      `{ auditEntries(filter: { at: { gte: ${JSON.stringify(instant)} } }, first: 1) { totalCount } }`,
      {},
      backOffice,
    );
    expect(errorCodes(literal)).toEqual(["BAD_USER_INPUT"]);
    const overWs = await wsRequest(api.wsClient(backOffice), AUDIT, { at: { gte: instant } });
    expect(overWs.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("real instants still pass: a leap day, offsets, fractions", async () => {
    const backOffice = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
    for (const instant of ["2024-02-29T23:59:59.999Z", "2025-01-31T11:00+01:00", "2025-12-31T23:59:59-12:00"]) {
      const answer = await api.request(AUDIT, { at: { gte: instant } }, backOffice);
      expect(answer.errors).toBeUndefined();
    }
  });
});

describe("Date refuses impossible days wherever it is taken", () => {
  it("as a declaration's date, a submission's period, a Dimona search: BAD_USER_INPUT with INVALID_DATE", async () => {
    const submissionId = await createSubmission(api, token, fx.employerA);
    const declaration = await api.request(
      ADD,
      { input: { submissionId, ...declarationInput(fx.workers.aQuarter.id, { calculationDate: "2025-02-30" }) } },
      token,
    );
    expect(declaration.errors?.[0]?.extensions?.fieldErrors?.map((e) => [e.path, e.code])).toEqual([
      [["calculationDate"], "INVALID_DATE"],
    ]);
    const submission = await api.request(
      `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
      { input: { employerId: fx.employerA, from: "2025-02-30", to: "2025-03-31" } },
      token,
    );
    expect(submission.errors?.[0]?.extensions?.fieldErrors?.map((e) => [e.path, e.code])).toEqual([
      [["from"], "INVALID_DATE"],
    ]);
  });
});

describe("the number of properties and premiums of a declaration", () => {
  const property = (premiums: number) => ({
    employerClass: "017",
    workerType: "BLUE_COLLAR_050",
    grossWage: "1.00",
    premiums: Array.from({ length: premiums }, (_, i) => ({ amount: "1.00", frequencyMonths: i % 13 })),
  });

  it("10,000 properties: OUT_OF_RANGE at properties, over HTTP and WebSocket", async () => {
    const submissionId = await createSubmission(api, token, fx.employerA);
    const input = {
      submissionId,
      ...declarationInput(fx.workers.aQuarter.id, { properties: Array.from({ length: 10_000 }, () => property(0)) }),
    };
    const overHttp = await api.request(ADD, { input }, token);
    expect(errorCodes(overHttp)).toEqual(["BAD_USER_INPUT"]);
    expect(overHttp.errors![0]!.extensions!.fieldErrors!.map((e) => [e.path, e.code])).toEqual([
      [["properties"], "OUT_OF_RANGE"],
    ]);
    const overWs = await wsRequest(api.wsClient(token), ADD, { input });
    expect(overWs.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("100 properties are accepted, 101 are not", async () => {
    const submissionId = await createSubmission(api, token, fx.employerA);
    const input = (n: number) => ({
      submissionId,
      ...declarationInput(fx.workers.aQuarter.id, { properties: Array.from({ length: n }, () => property(0)) }),
    });
    expect((await api.request(ADD, { input: input(100) }, token)).errors).toBeUndefined();
    const refused = await api.request(ADD, { input: input(101) }, token);
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.map((e) => [e.path, e.code])).toEqual([
      [["properties"], "OUT_OF_RANGE"],
    ]);
  });

  it("more than 13 premiums on a property: OUT_OF_RANGE at its premiums, over HTTP and WebSocket", async () => {
    const submissionId = await createSubmission(api, token, fx.employerA);
    const input = {
      submissionId,
      ...declarationInput(fx.workers.aQuarter.id, { properties: [property(1), property(10_000)] }),
    };
    const overHttp = await api.request(ADD, { input }, token);
    expect(overHttp.errors?.[0]?.extensions?.fieldErrors?.map((e) => [e.path, e.code])).toEqual([
      [["properties", 1, "premiums"], "OUT_OF_RANGE"],
    ]);
    const overWs = await wsRequest(api.wsClient(token), ADD, { input });
    expect(overWs.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("with introspection off", () => {
  let closed: TestApi;
  let closedToken: string;
  beforeAll(async () => {
    closed = await startTestApi({ controls: false, security: { introspection: false } });
    const closedFx = await loadFixtures(closed.database.db);
    closedToken = await closed.signIn(closedFx.logins.declarantA, FIXTURE_PASSWORD);
  });
  afterAll(() => closed.close());

  /** A misspelt field, argument, type, input field and enum value: graphql-js would suggest the right names. */
  const MISTAKES: [string, string, Record<string, unknown>][] = [
    ["a misspelt field", `{ wageDeclaration(first: 1) { totalCount } }`, {}],
    ["a misspelt argument", `{ wageDeclarations(frist: 1) { totalCount } }`, {}],
    ["a misspelt type", `query($f: WageDeclarationFiltr) { wageDeclarations(filter: $f) { totalCount } }`, {}],
    ["a misspelt input field", FILTERED, { f: { statuss: { in: ["DRAFT"] } } }],
    ["an enum value in lower case", FILTERED, { f: { status: { in: ["draft"] } } }],
    ["a misspelt literal enum value", `{ wageDeclarations(filter: { status: { in: [DRAF] } }) { totalCount } }`, {}],
  ];

  it.each(MISTAKES)("%s: no suggestion over HTTP or WebSocket", async (_name, query, variables) => {
    const overHttp = await closed.request(query, variables, closedToken);
    expect(new Set(errorCodes(overHttp))).toEqual(new Set(["BAD_USER_INPUT"]));
    expect(JSON.stringify(overHttp)).not.toMatch(/did you mean/i);
    const overWs = await wsRequest(closed.wsClient(closedToken), query, variables);
    expect(overWs.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(overWs)).not.toMatch(/did you mean/i);
  });

  it("with introspection on, suggestions stay (a help while developing)", async () => {
    const answer = await api.request(MISTAKES[0]![1], {}, token);
    expect(JSON.stringify(answer)).toMatch(/Did you mean/);
  });
});
