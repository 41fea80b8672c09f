/**
 * The server's defences against bad or hostile requests (docs/operations.md#limits): query depth and
 * cost limits over HTTP and WebSocket, the body limit, CSRF prevention, security headers,
 * introspection and the landing page.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getIntrospectionQuery } from "graphql";
import WebSocket from "ws";
import { buildFlexiSchema } from "../graphql/schema";
import { startServer, type RunningServer } from "../server";
import { errorCodes, startTestApi, TEST_SECRET, wsRequest, type GraphQLAnswer, type TestApi } from "../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { Services } from "../services";
import { readSecuritySettings } from "./settings";

/** `worker -> dimonaPeriods -> worker -> ...`: 2 levels per turn. */
function deepQuery(turns: number): string {
  let inner = "id";
  for (let i = 0; i < turns; i++) inner = `dimonaPeriods { worker { ${inner} } }`;
  return `query($id: ID!) { worker(id: $id) { ${inner} } }`;
}
const EXPENSIVE = `{ submissions(first: 500) { nodes { declarations(first: 500) { nodes { id total worker { id ssin } } } } } }`;
/** The benchmark's screen (b): declarations with their employer and the worker's Dimona periods, here 100 of them. */
const DECLARATIONS_WITH_PERIODS = `query($employerId: ID!) {
  wageDeclarations(filter: { employerId: { eq: $employerId } }, first: 100) {
    totalCount
    nodes {
      id status total calculationDate
      employer { name }
      worker { ssin firstName lastName dimonaPeriods(employerId: $employerId) { periodId startDate endDate } }
    }
  }
}`;

type Answer = GraphQLAnswer<Record<string, unknown>>;

describe("query depth and cost limits", () => {
  let api: TestApi;
  let fx: Fixtures;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi();
    fx = await loadFixtures(api.database.db);
    token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  });
  afterAll(() => api.close());

  it("refuses a query deeper than MAX_QUERY_DEPTH (12) with BAD_USER_INPUT, over HTTP (status 200) and WebSocket", async () => {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: deepQuery(6), variables: { id: fx.workers.aQuarter.id } }),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.data).toBeUndefined();
    const message = "The query is too deep: it nests 14 levels of fields, at most 12 are allowed.";
    expect(answer.errors).toEqual([
      { message, extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path: [], code: "OUT_OF_RANGE", message }] } },
    ]);

    const overWs = await wsRequest(api.wsClient(token), deepQuery(6), { id: fx.workers.aQuarter.id });
    expect(overWs.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);

    // One turn less (12 levels) is allowed.
    expect((await api.request(deepQuery(5), { id: fx.workers.aQuarter.id }, token)).errors).toBeUndefined();
  });

  it("refuses an expensive query before it runs, over HTTP and WebSocket", async () => {
    const answer = await api.request(EXPENSIVE, {}, token);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.message).toMatch(
      /^The query is too expensive: it may read up to [\d,]+ fields, at most 100,000 are allowed/,
    );
    expect(answer.errors![0]!.extensions!.fieldErrors).toEqual([
      { path: [], code: "OUT_OF_RANGE", message: answer.errors![0]!.message },
    ]);
    // Refused before execution: not a single statement ran for the operation.
    expect(answer.extensions?.sqlStatements ?? 0).toBeLessThanOrEqual(1);

    const overWs = await wsRequest(api.wsClient(token), EXPENSIVE);
    expect(overWs.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("counts page sizes given in variables", async () => {
    const query = `query($n: Int) { submissions(first: $n) { nodes { declarations(first: $n) { nodes { id total worker { id ssin } } } } } }`;
    expect(errorCodes(await api.request(query, { n: 500 }, token))).toEqual(["BAD_USER_INPUT"]);
    expect((await api.request(query, { n: 20 }, token)).errors).toBeUndefined();
  });

  it("lets a console screen through: 100 declarations with their worker's Dimona periods", async () => {
    for (const worker of [fx.workers.aQuarter, fx.workers.aDay])
      await addFlexDimonaThisMonth(api.database.db, fx.employerA, worker.id);
    const submissionId = await createSubmission(api, token, fx.employerA);
    for (const worker of [fx.workers.aQuarter, fx.workers.aDay]) {
      await addDeclaration(api, token, submissionId, declarationInput(worker.id));
    }
    await submit(api, token, submissionId);
    const answer = await api.request<{
      wageDeclarations: { totalCount: number; nodes: { worker: { dimonaPeriods: unknown[] } }[] };
    }>(DECLARATIONS_WITH_PERIODS, { employerId: fx.employerA }, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.wageDeclarations.totalCount).toBe(2);
    expect(answer.data!.wageDeclarations.nodes.every((n) => n.worker.dimonaPeriods.length > 0)).toBe(true);
  });

  it("leaves introspection free", async () => {
    const answer = await api.request<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.__schema.queryType.name).toBe("Query");
  });
});

describe("request body limit", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ controls: false, security: { maxBodyBytes: 10_000 } });
  });
  afterAll(() => api.close());

  const post = (body: string) =>
    fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("answers a body above MAX_BODY_BYTES with 413 and a JSON BAD_USER_INPUT, without a stack trace", async () => {
    const response = await post(
      JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(10_000) } }),
    );
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: "The request body is too large.", extensions: { code: "BAD_USER_INPUT", fieldErrors: [] } }],
    });
    expect(text).not.toMatch(/ at |node_modules|Error:/);
  });

  it("reads a body just under the limit", async () => {
    const response = await post(JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(9_000) } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" }, extensions: { sqlStatements: 0 } });
  });

  it("closes a WebSocket whose message is above the limit (1009, message too big)", async () => {
    const socket = new WebSocket(api.server.wsUrl, "graphql-transport-ws");
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    socket.send(JSON.stringify({ type: "connection_init", payload: { padding: "x".repeat(10_000) } }));
    expect(await closed).toBe(1009);
  });

  it("is 5 MiB unless set", () => {
    expect(readSecuritySettings({}).http.maxBodyBytes).toBe(5 * 1024 * 1024);
    expect(readSecuritySettings({ MAX_BODY_BYTES: "1048576" }).http.maxBodyBytes).toBe(1048576);
    expect(() => readSecuritySettings({ MAX_BODY_BYTES: "5mb" })).toThrow("MAX_BODY_BYTES must be a whole number");
  });
});

describe("CSRF prevention, headers, introspection, landing page", () => {
  let api: TestApi;
  let consoleDir: string;
  let withConsole: RunningServer;
  let consoleServices: Services;
  beforeAll(async () => {
    api = await startTestApi({ controls: false });
    consoleDir = await mkdtemp(path.join(os.tmpdir(), "flexi-console-"));
    await writeFile(path.join(consoleDir, "index.html"), "<!doctype html><title>console</title>");
    consoleServices = new Services(api.database.dataSource, { secret: TEST_SECRET, ttlSeconds: 60 });
    withConsole = await startServer({
      schema: await buildFlexiSchema(),
      services: consoleServices,
      port: 0,
      host: "127.0.0.1",
      consoleDir,
    });
  });
  afterAll(async () => {
    await withConsole.stop();
    await consoleServices.close();
    await api.close();
    await rm(consoleDir, { recursive: true, force: true });
  });

  it("refuses requests a browser could send cross-site without a preflight (simple GET, form or text POST)", async () => {
    const refused = [
      await fetch(`${api.server.url}?query=${encodeURIComponent("{ __typename }")}`),
      await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: "{ __typename }" }),
      }),
      await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "query=%7B__typename%7D",
      }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).toMatch(/Cross-Site Request Forgery/);
      expect(text).not.toMatch(/ at |node_modules/);
    }
  });

  it("answers the console's requests: JSON POST, and a GET that says it is not a simple request", async () => {
    const post = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "de" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(post.status).toBe(200);
    expect(((await post.json()) as Answer).data).toEqual({ __typename: "Query" });
    const get = await fetch(`${api.server.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as Answer).data).toEqual({ __typename: "Query" });
  });

  it("sends security headers on the API and the console, without X-Powered-By or HSTS over plain HTTP", async () => {
    for (const url of [
      api.server.url.replace(/graphql$/, "healthz"),
      withConsole.url.replace(/graphql$/, ""),
      withConsole.url.replace(/graphql$/, "declarations/1"),
    ]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const host = new URL(url).host;
      expect(response.headers.get("content-security-policy")).toBe(
        [
          "default-src 'self'",
          "base-uri 'self'",
          "script-src 'self'",
          "script-src-attr 'none'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          `connect-src 'self' ws://${host} wss://${host}`,
          "object-src 'none'",
          "frame-ancestors 'none'",
          "form-action 'self'",
        ].join(";"),
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-powered-by")).toBeNull();
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    const graphql = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(graphql.headers.get("x-powered-by")).toBeNull();
    expect(graphql.headers.get("content-security-policy")).toMatch(/^default-src 'self'/);
  });

  it("keeps the landing page disabled: a browser opening /graphql gets no HTML page", async () => {
    const response = await fetch(api.server.url, { headers: { accept: "text/html" } });
    expect(response.headers.get("content-type") ?? "").not.toMatch(/html/);
    expect(await response.text()).not.toMatch(/<html|<script/i);
  });

  it("reads introspection from GRAPHQL_INTROSPECTION, off by default in production", () => {
    expect(readSecuritySettings({}).http.introspection).toBe(true);
    expect(readSecuritySettings({ NODE_ENV: "production" }).http.introspection).toBe(false);
    expect(readSecuritySettings({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).http.introspection).toBe(
      true,
    );
    expect(readSecuritySettings({ GRAPHQL_INTROSPECTION: "false" }).http.introspection).toBe(false);
    expect(() => readSecuritySettings({ GRAPHQL_INTROSPECTION: "no" })).toThrow(
      "GRAPHQL_INTROSPECTION must be true or false",
    );
  });
});

describe("with introspection off, HSTS and a trusted proxy", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      controls: false,
      security: { introspection: false, hstsMaxAgeSeconds: 31_536_000, trustProxyHops: 1 },
    });
  });
  afterAll(() => api.close());

  it("refuses introspection over HTTP and WebSocket as bad input, and still answers __typename", async () => {
    const answer = await api.request(getIntrospectionQuery());
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.message).toMatch(/introspection/i);
    const overWs = await wsRequest(api.wsClient(), `{ __schema { queryType { name } } }`);
    expect(overWs.data).toBeUndefined();
    expect(new Set(overWs.errors?.map((e) => e.extensions?.code))).toEqual(new Set(["BAD_USER_INPUT"]));
    expect((await api.request(`{ __typename }`)).data).toEqual({ __typename: "Query" });
  });

  it("sends Strict-Transport-Security only for requests that came over HTTPS (X-Forwarded-Proto from the trusted proxy)", async () => {
    const healthz = api.server.url.replace(/graphql$/, "healthz");
    const overHttps = await fetch(healthz, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const overHttp = await fetch(healthz);
    expect(overHttp.headers.get("strict-transport-security")).toBeNull();
  });
});
