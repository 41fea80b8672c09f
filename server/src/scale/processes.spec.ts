/**
 * Scale-out (docs/operations.md#running-several-processes): two API processes and one controls worker, each started from
 * the built code as an operator starts them (`node server/dist/main.js` with
 * CONTROLS_WORKER=false, `node server/dist/worker.js`), against one database. A token from one
 * API works on the other; declarations sent through API 1 are controlled by the worker and their
 * status events reach a subscriber on API 2; both APIs read the same results; SIGTERM stops each
 * process with exit code 0.
 */
import { sql } from "../db/sql";
import {
  apiClient,
  asRequestApi,
  ensureServerBuilt,
  startBuiltProcess,
  watchStatus,
  type ApiClient,
  type ProductProcess,
} from "../test/cluster";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "../test/database";
import { eventually } from "../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { Client } from "pg";
import { DEMO_USERS } from "../demo/demo-data";

/** One secret for every API process: a token signed by one is checked by the other. */
const SHARED_SECRET = "scale-out-test-secret-shared-by-every-api-process";

function apiEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: SHARED_SECRET,
    PORT: "0",
    HOST: "127.0.0.1",
    CONTROLS_WORKER: "false",
    FLEXI_DEMO_DATA: "false",
    DATABASE_POOL_SIZE: "5",
    ...extra,
  };
}

function workerEnv(databaseUrl: string): Record<string, string> {
  return { DATABASE_URL: databaseUrl, FLEXI_DEMO_DATA: "false", DATABASE_POOL_SIZE: "5" };
}

const SUBMIT_BULK = `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status reference } }`;
const PROGRESS = `query($id: ID!) { submission(id: $id) { id status progress { total processed accepted acceptedWithWarnings refused } } }`;
const DECLARATION = `query($id: ID!) { wageDeclaration(id: $id) { id status version inForce { number status } } }`;
const COUNT = `query($employerId: ID!) { wageDeclarations(filter: { employerId: { eq: $employerId } }, first: 1) { totalCount } }`;
const EBOX = `query { eboxMessages(first: 50) { totalCount nodes { type declaration { id } submission { id } } } }`;

describe("two API processes and a controls worker on one database", () => {
  let database: TestDatabase;
  let fx: Fixtures;
  let api1: ProductProcess;
  let api2: ProductProcess;
  let worker: ProductProcess;
  let one: ApiClient;
  let two: ApiClient;

  beforeAll(async () => {
    await ensureServerBuilt();
    database = await createTestDatabase();
    fx = await loadFixtures(database.db);
    await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.aQuarter.id);
    await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.both.id);
    [api1, api2, worker] = await Promise.all([
      startBuiltProcess("main.js", apiEnv(database.url), { name: "api1" }),
      startBuiltProcess("main.js", apiEnv(database.url), { name: "api2" }),
      startBuiltProcess("worker.js", workerEnv(database.url), { name: "worker" }),
    ]);
    one = apiClient(api1.ready);
    two = apiClient(api2.ready);
  }, 300_000);

  afterAll(async () => {
    await one?.close();
    await two?.close();
    // Only what a failed test left running; the last test stops them with SIGTERM.
    await Promise.all([api1, api2, worker].map((p) => p?.kill("SIGKILL")));
    await database?.drop();
  }, 60_000);

  it("a token signed by one API is accepted by the other, and only the worker process runs controls", async () => {
    expect(api1.ready).not.toBe(api2.ready);
    const declarant = await one.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    const agent = await two.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
    expect((await two.request<{ me: { login: string } }>(`{ me { login } }`, {}, declarant)).data?.me.login).toBe(
      fx.logins.declarantA,
    );
    expect((await one.request<{ me: { login: string } }>(`{ me { login } }`, {}, agent)).data?.me.login).toBe(
      fx.logins.backOffice,
    );

    const pools = await database.db.query<{ poolId: string }>(sql`SELECT pool_id AS "poolId" FROM worker_heartbeat`);
    expect(pools.map((p) => p.poolId)).toEqual([worker.ready]);
    for (const api of [api1, api2]) expect(api.output()).not.toMatch(/Controls worker running/i);
  }, 30_000);

  it("declarations sent through API 1 are controlled by the worker; their events reach a subscriber on API 2; both APIs read the same results", async () => {
    const token = await one.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    // From the start of the event log, so that subscribing and sending cannot race.
    const watch = watchStatus(two.wsClient(token), { employerId: fx.employerA, after: "0" });

    // The wizard, through API 1.
    const submissionId = await createSubmission(asRequestApi(one), token, fx.employerA);
    const wizardId = await addDeclaration(
      asRequestApi(one),
      token,
      submissionId,
      declarationInput(fx.workers.aQuarter.id),
    );
    await submit(asRequestApi(one), token, submissionId);
    await eventually(
      async () => (watch.events.filter((e) => e.declaration.id === wizardId).length >= 2 ? true : undefined),
      30_000,
      "the wizard declaration's events on API 2",
    );
    expect(watch.events.filter((e) => e.declaration.id === wizardId).map((e) => [e.from, e.to])).toEqual([
      ["DRAFT", "PENDING"],
      ["PENDING", "ACCEPTED"],
    ]);

    // A bulk submission through API 1, while the subscription on API 2 is live.
    const declarations = Array.from({ length: 200 }, (_, i) => {
      const worker = i % 2 === 0 ? fx.workers.aQuarter : fx.workers.both;
      const { workerId: _workerId, ...rest } = declarationInput(worker.id, { payslipReference: `SCALE-${i}` });
      return { ...rest, ssin: worker.ssin };
    });
    const sent = await one.request<{ submitDeclarations: { id: string; status: string } }>(
      SUBMIT_BULK,
      { input: { employerId: fx.employerA, idempotencyKey: "scale-out-bulk", declarations } },
      token,
    );
    expect(sent.errors).toBeUndefined();
    const bulkId = sent.data!.submitDeclarations.id;
    const bulkIds = new Set(
      (
        await database.db.query<{ id: string }>(sql`SELECT id FROM wage_declaration WHERE submission_id = ${bulkId}`)
      ).map((d) => d.id),
    );
    expect(bulkIds.size).toBe(200);
    await eventually(
      async () => (watch.events.filter((e) => bulkIds.has(e.declaration.id)).length >= 400 ? true : undefined),
      60_000,
      "400 bulk events on API 2",
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything sent twice to arrive
    const bulkEvents = watch.events.filter((e) => bulkIds.has(e.declaration.id));
    expect(bulkEvents.filter((e) => e.from === null && e.to === "PENDING")).toHaveLength(200);
    expect(bulkEvents.filter((e) => e.from === "PENDING" && e.to === "ACCEPTED")).toHaveLength(200);
    expect(new Set(bulkEvents.filter((e) => e.from === "PENDING").map((e) => e.declaration.id)).size).toBe(200);
    // In commit order, none twice.
    const cursors = watch.events.map((e) => Number(e.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(watch.errors).toEqual([]);

    // Both APIs read the same results.
    for (const client of [one, two]) {
      const progress = await client.request<{ submission: { progress: Record<string, number> } }>(
        PROGRESS,
        { id: bulkId },
        token,
      );
      expect(progress.data?.submission.progress).toMatchObject({
        total: 200,
        processed: 200,
        accepted: 200,
        refused: 0,
      });
      const wizard = await client.request<{ wageDeclaration: { status: string; inForce: { number: number } } }>(
        DECLARATION,
        { id: wizardId },
        token,
      );
      expect(wizard.data?.wageDeclaration).toMatchObject({ status: "ACCEPTED", inForce: { number: 1 } });
      const count = await client.request<{ wageDeclarations: { totalCount: number } }>(
        COUNT,
        { employerId: fx.employerA },
        token,
      );
      expect(count.data?.wageDeclarations.totalCount).toBe(201);
      const ebox = await client.request<{
        eboxMessages: {
          nodes: { type: string; declaration: { id: string } | null; submission: { id: string } | null }[];
        };
      }>(EBOX, {}, token);
      const nodes = ebox.data!.eboxMessages.nodes;
      expect(nodes.filter((m) => m.declaration?.id === wizardId)).toHaveLength(1);
      expect(nodes.filter((m) => m.submission?.id === bulkId)).toEqual([
        expect.objectContaining({ type: "SUBMISSION_SUMMARY" }),
      ]);
    }
    watch.stop();
  }, 120_000);

  it("SIGTERM stops each process with exit code 0, and the worker's heartbeat goes with it", async () => {
    await one.close();
    await two.close();
    const exits = await Promise.all([api1, api2, worker].map((p) => p.kill("SIGTERM")));
    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    expect(await database.db.query(sql`SELECT pool_id FROM worker_heartbeat`)).toEqual([]);
  }, 60_000);
});

/**
 * docker-compose.yml starts the API replicas and the worker at the same moment on an empty
 * database: each process applies the migrations at start-up and an API loads the demo data.
 * The race is a matter of timing, so it is run a few times, each on a new empty database.
 */
describe("two API processes and a worker started at once on an empty database", () => {
  const ROUNDS = 3;
  let started: ProductProcess[] = [];
  let database: { url: string; drop(): Promise<void> } | undefined;

  beforeAll(() => ensureServerBuilt(), 300_000);

  afterAll(async () => {
    await Promise.all(started.map((p) => p.kill("SIGKILL")));
    await database?.drop();
  }, 60_000);

  it(`all three come up; the migrations and the demo data are applied once (${ROUNDS} rounds)`, async () => {
    const demoAgent = DEMO_USERS.find((u) => u.role === "back office")!;
    for (let round = 1; round <= ROUNDS; round++) {
      database = await createEmptyDatabase();
      const results = await Promise.allSettled([
        startBuiltProcess("main.js", apiEnv(database.url, { FLEXI_DEMO_DATA: "true" }), {
          name: `round ${round}: api1`,
          timeoutMs: 120_000,
        }),
        startBuiltProcess("main.js", apiEnv(database.url, { FLEXI_DEMO_DATA: "true" }), {
          name: `round ${round}: api2`,
          timeoutMs: 120_000,
        }),
        startBuiltProcess("worker.js", workerEnv(database.url), { name: `round ${round}: worker`, timeoutMs: 120_000 }),
      ]);
      started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      const failures = results.flatMap((r) =>
        r.status === "rejected" ? [String((r.reason as Error).message).slice(0, 2000)] : [],
      );
      expect(failures).toEqual([]);

      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        const migrations = await client.query<{ name: string; n: number }>(
          `SELECT name, count(*)::int AS n FROM typeorm_migration GROUP BY name HAVING count(*) > 1`,
        );
        expect(migrations.rows).toEqual([]);
        const employers = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM employer`);
        expect(employers.rows[0]!.n).toBe(4); // the demo data's four employers, once
      } finally {
        await client.end();
      }
      expect(await apiClient(started[1]!.ready).signIn(demoAgent.login, demoAgent.password)).toEqual(
        expect.any(String),
      );
      const exits = await Promise.all(started.map((p) => p.kill("SIGTERM")));
      expect(exits.map((e) => e.code)).toEqual([0, 0, 0]);
      started = [];
      await database.drop();
      database = undefined;
    }
  }, 300_000);
});
