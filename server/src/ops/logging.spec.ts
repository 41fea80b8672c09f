/**
 * Structured logs, read from the logger's own output: one JSON line per HTTP request
 * with its request id; SSINs masked in variables and in error messages; no password, token or
 * stack trace to the client, and no password or token in the log.
 */
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import { buildFlexiSchema } from "../graphql/schema";
import { startServer, type RunningServer } from "../server";
import { Services } from "../services";
import { eventually, TEST_SECRET } from "../test/api";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { createLogger } from "./logger";
import { MASKED_SSIN, REDACTED } from "./mask";
import { loggableVariables } from "./request-log";

type Line = Record<string, any>;

let raw = "";
const lines: Line[] = [];
const logger = createLogger({
  level: "debug",
  destination: {
    write(text: string) {
      raw += text;
      for (const line of text.split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Line);
    },
  },
});

/** A schema whose sign-in fails inside, with an SSIN in the internal message. */
const failingSchema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { me: { type: GraphQLString } } }),
  mutation: new GraphQLObjectType({
    name: "Mutation",
    fields: {
      signIn: {
        type: GraphQLString,
        args: {
          login: { type: new GraphQLNonNull(GraphQLString) },
          password: { type: new GraphQLNonNull(GraphQLString) },
        },
        resolve: () => {
          throw new Error("no worker row for SSIN 85073003328 (relation worker_x does not exist)");
        },
      },
    },
  }),
});

let database: TestDatabase;
let services: Services;
let fx: Fixtures;
let api: RunningServer;
let failing: RunningServer;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await loadFixtures(database.db);
  services = new Services(database.dataSource, { secret: TEST_SECRET, ttlSeconds: 3600 });
  api = await startServer({ schema: await buildFlexiSchema(), services, port: 0, host: "127.0.0.1", logger });
  failing = await startServer({ schema: failingSchema, services, port: 0, host: "127.0.0.1", logger });
});
afterAll(async () => {
  await api.stop();
  await failing.stop();
  await services.close();
  await database.drop();
});

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get("x-request-id")!,
    text,
    body: JSON.parse(text) as { data?: any; errors?: any[] },
  };
}

/**
 * The one log line of a request, once its answer has ended. Waited for up to 15 s: on a loaded CI
 * machine one line came later than 5 s once (a line that never comes still fails the test).
 */
async function requestLine(requestId: string): Promise<Line> {
  const found = await eventually(
    async () => {
      const matching = lines.filter((l) => l.reqId === requestId && l.msg === "request");
      return matching.length ? matching : undefined;
    },
    15_000,
    `the log line of ${requestId}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(lines.filter((l) => l.reqId === requestId && l.msg === "request")).toHaveLength(1);
  return found[0]!;
}

async function signIn(login: string): Promise<string> {
  const answer = await post(
    api.url,
    `mutation SignIn($login: String!, $password: String!) { signIn(login: $login, password: $password) { token user { id } } }`,
    { login, password: FIXTURE_PASSWORD },
  );
  return answer.body.data.signIn.token as string;
}

it("logs each request once, with the caller's request id when it is a plain token, else a new one", async () => {
  const token = await signIn(fx.logins.declarantA);
  const traced = await post(
    api.url,
    `query Me { me { id } }`,
    {},
    { authorization: `Bearer ${token}`, "x-request-id": "trace-42.a_b:c" },
  );
  expect(traced.requestId).toBe("trace-42.a_b:c");
  const line = await requestLine("trace-42.a_b:c");
  expect(line).toMatchObject({
    level: "info",
    method: "POST",
    path: "/graphql",
    status: 200,
    operationName: "Me",
    operationType: "query",
    userId: traced.body.data.me.id,
    durationMs: expect.any(Number),
  });
  expect(line.errorCodes).toBeUndefined();
  expect(typeof line.time).toBe("string");

  const unsafe = await post(api.url, `query Me { me { id } }`, {}, { "x-request-id": "<script>alert(1)</script>" });
  expect(unsafe.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(await requestLine(unsafe.requestId)).toMatchObject({
    status: 200,
    operationName: "Me",
    errorCodes: ["UNAUTHENTICATED"],
  });

  const health = await fetch(api.url.replace(/graphql$/, "healthz"));
  const healthId = health.headers.get("x-request-id")!;
  expect(await requestLine(healthId)).toMatchObject({ level: "debug", method: "GET", path: "/healthz", status: 200 });
  expect((await requestLine(healthId)).operationType).toBeUndefined();
});

it("masks an SSIN sent in the variables and one quoted in an error message", async () => {
  const token = await signIn(fx.logins.declarantA);
  const ssin = fx.workers.aQuarter.ssin;
  const income = await post(
    api.url,
    `query Income($ssin: Ssin!) { flexiIncome(ssin: $ssin, year: 2025) { ssin } }`,
    { ssin },
    { authorization: `Bearer ${token}` },
  );
  expect(income.body.data.flexiIncome.ssin).toBe(ssin); // the client gets it; the log does not
  expect(await requestLine(income.requestId)).toMatchObject({
    operationName: "Income",
    variables: { ssin: MASKED_SSIN },
  });

  const wrong = await post(
    api.url,
    `query Income($ssin: Ssin!) { flexiIncome(ssin: $ssin, year: 2025) { ssin } }`,
    { ssin: `${ssin}x` },
    { authorization: `Bearer ${token}` },
  );
  expect(wrong.body.errors?.[0]?.message).toContain(ssin);
  const line = await requestLine(wrong.requestId);
  expect(line.errorCodes).toEqual(["BAD_USER_INPUT"]);
  expect(line.errors[0].message).toContain(`"${MASKED_SSIN}x"`);
  expect(line.variables).toEqual({ ssin: `${MASKED_SSIN}x` });
  expect(raw).not.toContain(ssin);
});

it("an internal error: a plain message to the client; its stack in the log under the request id, SSIN masked, password redacted", async () => {
  const answer = await post(
    failing.url,
    `mutation SignIn($login: String!, $password: String!) { signIn(login: $login, password: $password) }`,
    { login: "anna", password: "hunter2-secret" },
    { "x-request-id": "internal-1" },
  );
  expect(answer.body.errors).toEqual([
    { message: "Internal server error.", path: ["signIn"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
  ]);
  expect(answer.text).not.toMatch(/stack|worker_x|85073003328|at \//);

  const logged = await eventually(
    async () => lines.find((l) => l.reqId === "internal-1" && l.msg === "internal error"),
    5000,
    "the internal error",
  );
  expect(logged.level).toBe("error");
  expect(logged.err.message).toContain(`no worker row for SSIN ${MASKED_SSIN}`);
  expect(logged.err.stack).toMatch(/logging\.spec\.ts/);
  expect(await requestLine("internal-1")).toMatchObject({
    operationName: "SignIn",
    errorCodes: ["INTERNAL_SERVER_ERROR"],
    variables: { login: "anna", password: REDACTED },
  });
  expect(raw).not.toContain("hunter2-secret");
  expect(raw).not.toContain("85073003328");
});

it("never logs the authorization token, a password or a new password, whatever the variables are called", async () => {
  const token = await signIn(fx.logins.declarantB);
  const change = await post(
    api.url,
    `mutation Change($a: String!, $b: String!) { changePassword(current: $a, next: $b) }`,
    { a: "not-my-password", b: "brand-new-password-1" },
    { authorization: `Bearer ${token}` },
  );
  expect(change.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(await requestLine(change.requestId)).toMatchObject({
    operationName: "Change",
    variables: { a: REDACTED, b: REDACTED },
  });
  expect(raw).not.toContain(token);
  expect(raw).not.toContain(token.split(".")[2]!);
  for (const secret of [FIXTURE_PASSWORD, "not-my-password", "brand-new-password-1"]) expect(raw).not.toContain(secret);
});

it("loggableVariables redacts variables passed to secret arguments and cuts long lists", () => {
  const document = parse(
    `mutation($p: String!, $i: SomeInput!, $list: [Int!]!) { signIn(login: "x", password: $p) { token } other(input: { token: $i }, list: $list) }`,
  );
  const out = loggableVariables(document, { p: "pw", i: { a: 1 }, list: [1, 2, 3, 4, 5, 6, 7] });
  expect(out).toEqual({ p: REDACTED, i: REDACTED, list: [1, 2, 3, 4, 5, "… 2 more"] });
  // A text cut inside an SSIN loses the digits the mask could no longer recognise.
  expect(loggableVariables(parse(`query($t: String) { a(text: $t) }`), { t: "x".repeat(195) + "85073003328" }).t).toBe(
    "x".repeat(195) + "…",
  );
});
