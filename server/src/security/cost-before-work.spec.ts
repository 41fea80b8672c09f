/**
 * No request makes the process do much work before it is refused (docs/operations.md#limits),
 * through the real server, over HTTP and WebSocket: documents bounded before they are parsed and
 * validated, a list never free, introspection counted, filters bounded, and every SQL statement
 * under STATEMENT_TIMEOUT_MS.
 */
import { Client as PgClient } from "pg";
import { startTestApi, wsRequest, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

/** The hostile document of the issue: 3 MB of 60,000 aliases. */
const ALIASES = `{ ${Array.from({ length: 60_000 }, (_, i) => `a${i}: wageDeclarations(first: 1) { totalCount }`).join(" ")} }`;

/** An introspection selection that grows with the schema. */
const DEEP_SCHEMA = `__schema { types { name kind fields { name args { name type { name } } type { name kind ofType { name kind ofType { name } } } } } }`;

/** `or` of `count` branches, each a filter of its own. */
function orFilter(count: number): Record<string, unknown> {
  return { or: Array.from({ length: count }, (_, i) => ({ search: `nobody ${i}` })) };
}

/** `not` nested `levels` deep. */
function nestedFilter(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { search: "x" };
  for (let i = 1; i < levels; i++) filter = { not: filter };
  return filter;
}

const FILTERED = `query($filter: WageDeclarationFilter) { wageDeclarations(filter: $filter) { totalCount } }`;

/** An answer over HTTP or WebSocket, as far as these tests read it. */
interface AnyAnswer {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** The code, the first field error's code and the message of the first error. */
function refusal(answer: AnyAnswer): [unknown, unknown, string | undefined] {
  const error = answer.errors?.[0];
  const fieldErrors = error?.extensions?.fieldErrors as { code: string }[] | undefined;
  return [error?.extensions?.code, fieldErrors?.[0]?.code, error?.message];
}

describe("cost before work", () => {
  let api: TestApi;
  let fx: Fixtures;
  let token: string;
  let noRights: string;
  beforeAll(async () => {
    api = await startTestApi({ controls: false, security: { maxQueryCost: 10_000 } });
    fx = await loadFixtures(api.database.db);
    token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    noRights = await api.signIn(fx.logins.noRights, FIXTURE_PASSWORD);
  });
  afterAll(() => api.close());

  describe("a document is bounded before it is parsed and validated", () => {
    it("refuses 3 MB of 60,000 aliases without a token in milliseconds, while /healthz stays fast", async () => {
      expect(ALIASES.length).toBeGreaterThan(2_500_000);
      const healthz = api.server.url.replace(/graphql$/, "healthz");
      const started = performance.now();
      const hostile = api.request(ALIASES).then((answer) => ({ answer, ms: performance.now() - started }));
      // /healthz asked while the hostile document is being read and refused.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const healthStarted = performance.now();
      expect((await fetch(healthz)).status).toBe(200);
      const healthMs = performance.now() - healthStarted;
      const { answer, ms } = await hostile;
      expect(refusal(answer)).toEqual(["BAD_USER_INPUT", "OUT_OF_RANGE", expect.stringMatching(/too large/)]);
      expect(answer.data).toBeUndefined();
      // Before the limits: 4.4 s of parsing and validating, /healthz waiting all along.
      expect(ms).toBeLessThan(1_500);
      expect(healthMs).toBeLessThan(500);

      const overWs = await wsRequest(api.wsClient(), ALIASES);
      expect(refusal(overWs)).toEqual(["BAD_USER_INPUT", "OUT_OF_RANGE", expect.stringMatching(/too large/)]);
      // Its first 99 kB: under the size limit, over the token limit.
      const tokens = await wsRequest(api.wsClient(token), ALIASES.slice(0, 99_000));
      expect(refusal(tokens)).toEqual([
        "BAD_USER_INPUT",
        "OUT_OF_RANGE",
        expect.stringMatching(/more than 5,000 tokens/),
      ]);
    });

    it("refuses a document over MAX_QUERY_TOKENS (5,000) for anonymous and signed-in callers, over HTTP and WebSocket", async () => {
      // 8,000 tokens in 35 kB: under the size limit.
      const query = `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
      expect(query.length).toBeLessThan(100_000);
      for (const caller of [undefined, token]) {
        expect(refusal(await api.request(query, undefined, caller))).toEqual([
          "BAD_USER_INPUT",
          "OUT_OF_RANGE",
          "The document is too long: it has more than 5,000 tokens, the most allowed. Send values as variables.",
        ]);
        expect(refusal(await wsRequest(api.wsClient(caller), query))[0]).toBe("BAD_USER_INPUT");
      }
    });

    it("refuses a document selecting more than MAX_QUERY_FIELDS (300), fragments counted out, over HTTP and WebSocket", async () => {
      const aliases = `{ ${Array.from({ length: 301 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
      // 4 x 80 fields through one fragment of 80.
      const spread = `{ a: me { ...F } b: me { ...F } c: me { ...F } d: me { ...F } }
        fragment F on User { ${Array.from({ length: 80 }, (_, i) => `f${i}: id`).join(" ")} }`;
      for (const query of [aliases, spread]) {
        for (const answer of [await api.request(query, undefined, token), await wsRequest(api.wsClient(token), query)])
          expect(refusal(answer)).toEqual([
            "BAD_USER_INPUT",
            "OUT_OF_RANGE",
            "The document selects too many fields: more than 300 (each alias and each field of a spread fragment counts), the most allowed.",
          ]);
      }
      // 300 are fine.
      const allowed = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
      expect((await api.request(allowed, undefined, token)).errors).toBeUndefined();
    });

    it("refuses a document over MAX_QUERY_BYTES (100,000) before reading it", async () => {
      const query = `{ __typename }\n${"# padding\n".repeat(10_001)}`;
      for (const answer of [await api.request(query), await wsRequest(api.wsClient(), query)])
        expect(refusal(answer)).toEqual([
          "BAD_USER_INPUT",
          "OUT_OF_RANGE",
          expect.stringMatching(/^The document is too large/),
        ]);
    });
  });

  describe("the cost of a list never falls to zero; introspection counts", () => {
    it("counts `first: 0` as one row of what it selects, over HTTP and WebSocket", async () => {
      // Each alias: 1 + 1 x (1 + 1 + 500 x (Dimona periods of the worker's Dimona periods ...)).
      const periods = `dimonaPeriods { worker { dimonaPeriods { worker { dimonaPeriods { id } } } } }`;
      const query = `{ ${["a", "b"].map((alias) => `${alias}: submissions(first: 0) { nodes { declarations(first: 500) { nodes { worker { ${periods} } } } } }`).join(" ")} }`;
      for (const answer of [await api.request(query, undefined, token), await wsRequest(api.wsClient(token), query)])
        expect(refusal(answer)).toEqual([
          "BAD_USER_INPUT",
          "OUT_OF_RANGE",
          expect.stringMatching(/^The query is too expensive: it may read up to 188,006 fields, at most 10,000/),
        ]);
    });

    it("counts introspection towards the cost: aliased deep __schema selections are refused, over HTTP and WebSocket", async () => {
      const query = `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: ${DEEP_SCHEMA}`).join(" ")} }`;
      for (const answer of [await api.request(query), await wsRequest(api.wsClient(), query)])
        expect(refusal(answer)).toEqual([
          "BAD_USER_INPUT",
          "OUT_OF_RANGE",
          expect.stringMatching(/^The query is too expensive/),
        ]);
      // One of them is within 10,000.
      expect((await api.request(`{ ${DEEP_SCHEMA} }`)).errors).toBeUndefined();
    });
  });

  describe("filters are bounded in breadth and depth", () => {
    it("refuses an `or` of 5,000 branches, for a user with no data too, over HTTP and WebSocket", async () => {
      for (const caller of [noRights, token]) {
        const started = performance.now();
        const overHttp = await api.request(FILTERED, { filter: orFilter(5_000) }, caller);
        expect(performance.now() - started).toBeLessThan(1_000);
        const overWs = await wsRequest(api.wsClient(caller), FILTERED, { filter: orFilter(5_000) });
        for (const answer of [overHttp, overWs])
          expect(refusal(answer)).toEqual([
            "BAD_USER_INPUT",
            "OUT_OF_RANGE",
            "The filters combine more than 100 conditions (each filter in and/or/not counts), the most allowed in one operation.",
          ]);
      }
      // Written in the document, and in a relation's filter, it counts the same.
      const literal = `{ wageDeclarations(filter: { worker: { or: [${Array.from({ length: 101 }, () => `{ search: "x" }`).join(", ")}] } }) { totalCount } }`;
      expect(refusal(await api.request(literal, undefined, token))[0]).toBe("BAD_USER_INPUT");
      // 99 branches and their root are fine.
      expect((await api.request(FILTERED, { filter: orFilter(99) }, token)).errors).toBeUndefined();
    });

    it("refuses filters nested deeper than MAX_FILTER_DEPTH (6), over HTTP and WebSocket", async () => {
      for (const answer of [
        await api.request(FILTERED, { filter: nestedFilter(7) }, token),
        await wsRequest(api.wsClient(token), FILTERED, { filter: nestedFilter(7) }),
      ])
        expect(refusal(answer)).toEqual([
          "BAD_USER_INPUT",
          "OUT_OF_RANGE",
          "The filter nests and/or/not more than 6 levels deep, the most allowed.",
        ]);
      expect((await api.request(FILTERED, { filter: nestedFilter(6) }, token)).errors).toBeUndefined();
    });
  });
});

describe("the statement timeout", () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi({ controls: false, statementTimeoutMs: 300 });
    const fx = await loadFixtures(api.database.db);
    token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  });
  afterAll(() => api.close());

  it("stops a statement that runs longer than STATEMENT_TIMEOUT_MS with BAD_USER_INPUT, never INTERNAL_SERVER_ERROR, over HTTP and WebSocket", async () => {
    // Another session holds the table: the request's statement waits on it until the timeout stops it.
    const holder = new PgClient({ connectionString: api.database.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE wage_declaration IN ACCESS EXCLUSIVE MODE");
      const query = `{ wageDeclarations { totalCount } }`;
      const started = performance.now();
      const overHttp = await api.request(query, undefined, token);
      expect(performance.now() - started).toBeLessThan(5_000);
      const overWs = await wsRequest(api.wsClient(token), query);
      for (const answer of [overHttp, overWs]) {
        expect(answer.errors).toHaveLength(1);
        expect(refusal(answer)).toEqual([
          "BAD_USER_INPUT",
          "OUT_OF_RANGE",
          "The request took too long in the database and was stopped. Ask for fewer rows, fewer nested lists or a narrower filter.",
        ]);
      }
    } finally {
      await holder.query("ROLLBACK").catch(() => undefined);
      await holder.end();
    }
    expect((await api.request(`{ wageDeclarations { totalCount } }`, undefined, token)).errors).toBeUndefined();
  });
});
