/**
 * Graceful shutdown (docs/operations.md#shutdown), on `main.ts` as its own process: on SIGTERM it stops
 * accepting, lets the request in flight (a 2,000-declaration submission) answer, closes the
 * subscription with graphql-ws's close code 1001 "Going away", lets the controls worker finish
 * its running jobs, and exits 0 within SHUTDOWN_TIMEOUT_MS.
 */
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { sql } from "../db/sql";
import { eventually, TEST_SECRET } from "../test/api";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { addFlexDimonaThisMonth, declarationInput } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { startServerProcess, type StartedProcess } from "../test/process";

const SHUTDOWN_TIMEOUT_MS = 20_000;

let database: TestDatabase;
let fx: Fixtures;
let child: StartedProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await loadFixtures(database.db);
  await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(async () => {
  if (child && child.process.exitCode === null) await child.stop("SIGKILL");
  await database.drop();
});

async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T };
}

async function metric(url: string, key: string): Promise<number> {
  const text = await (await fetch(url.replace(/graphql$/, "metrics"))).text();
  const line = text.split("\n").find((l) => l.startsWith(`${key} `));
  return line ? Number(line.slice(key.length + 1)) : 0;
}

it("on SIGTERM: the request in flight answers, the subscription is closed with 1001, jobs finish, exit 0", async () => {
  child = await startServerProcess(
    "main.ts",
    {
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_SECRET,
      PORT: "0",
      HOST: "127.0.0.1",
      FLEXI_DEMO_DATA: "false",
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    },
    /Flexi at work API: (http\S+)/,
  );
  const url = child.ready;
  const signIn = await gql<{ signIn: { token: string } }>(
    url,
    `mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }`,
    { l: fx.logins.declarantA, p: FIXTURE_PASSWORD },
  );
  const token = signIn.data!.signIn.token;

  // A live subscription.
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    const client = createClient({
      url: url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: {
        closed: (event) =>
          resolve({ code: (event as WebSocket.CloseEvent).code, reason: (event as WebSocket.CloseEvent).reason }),
      },
    });
    client.subscribe(
      { query: `subscription { declarationStatusChanged(employerId: "${fx.employerA}") { cursor } }` },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
  });
  await eventually(
    async () => ((await metric(url, 'flexi_subscribers{stream="status"}')) === 1 ? true : undefined),
    10_000,
    "the subscription",
  );

  // A slow request in flight: 2,000 declarations in one call.
  const declarations = Array.from({ length: 2000 }, (_, i) => {
    const { workerId: _w, ...rest } = declarationInput(fx.workers.aQuarter.id, { payslipReference: `SHUTDOWN-${i}` });
    return { ...rest, ssin: fx.workers.aQuarter.ssin };
  });
  const submission = gql<{ submitDeclarations: { id: string; status: string } }>(
    url,
    `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status } }`,
    { input: { employerId: fx.employerA, idempotencyKey: "shutdown-1", declarations } },
    token,
  );
  // In flight: the submission and this scrape itself.
  await eventually(
    async () => ((await metric(url, "flexi_http_requests_in_flight")) >= 2 ? true : undefined),
    10_000,
    "the submission in flight",
  );

  const signalled = Date.now();
  child.process.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 50));
  // No longer accepting: a new request is refused while the submission still runs.
  const stillRunning = child.process.exitCode === null;
  await expect(fetch(url.replace(/graphql$/, "healthz"), { headers: { connection: "close" } })).rejects.toThrow();
  expect(stillRunning).toBe(true);

  const answer = await submission;
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.submitDeclarations.status).toBe("SUBMITTED");
  expect(await closed).toEqual({ code: 1001, reason: "Going away" });
  const code = await child.stop();
  const elapsed = Date.now() - signalled;
  expect(code).toBe(0);
  expect(elapsed).toBeLessThan(SHUTDOWN_TIMEOUT_MS);

  const output = child.output();
  expect(output).toContain('"msg":"stopping"');
  expect(output).toContain('"msg":"stopped"');
  // The submission's log line (the last mutation) was written after the process began to stop.
  expect(output.lastIndexOf('"operationType":"mutation"')).toBeGreaterThan(output.indexOf('"msg":"stopping"'));
  expect(output).not.toContain("not finished in time");

  // Everything the answer acknowledged is there; no job is left locked, the heartbeat is gone.
  const written = await database.db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM wage_declaration WHERE submission_id = ${answer.data!.submitDeclarations.id}`,
  );
  expect(written!.n).toBe(2000);
  const locked = await database.db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`,
  );
  expect(locked!.n).toBe(0);
  const heartbeats = await database.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM worker_heartbeat`);
  expect(heartbeats!.n).toBe(0);
}, 90_000);
