/**
 * Crash safety (docs/architecture.md#the-controls-job), against a PostgreSQL owned by the test (the jest global
 * one), never the embedded one of a process that gets killed:
 * - the API process (built main.js) killed with SIGKILL in the middle of a 2,000-declaration
 *   submitDeclarations: the submission is then fully there or absent, never partial; retrying
 *   with the same idempotency key after a restart gives exactly one submission of 2,000;
 * - a controls worker killed with SIGKILL while controls run: a new worker (short sweep
 *   interval, so short stale and dead thresholds) controls every declaration exactly once (one
 *   PENDING -> result event each, one e-Box message per wizard declaration, one summary for the
 *   bulk submission) within a minute.
 */
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { sql } from "../db/sql";
import type { Db } from "../db/db";
import { eventually } from "../test/api";
import {
  apiClient,
  asRequestApi,
  ensureServerBuilt,
  startBuiltProcess,
  watchStatus,
  type ProductProcess,
} from "../test/cluster";
import { createTestDatabase, type TestDatabase } from "../test/database";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

const SECRET = "crash-safety-test-secret-shared-by-every-api-process";
const BULK = 2000;
const SUBMIT_BULK = `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status } }`;

function apiEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: SECRET,
    PORT: "0",
    HOST: "127.0.0.1",
    CONTROLS_WORKER: "false",
    FLEXI_DEMO_DATA: "false",
    DATABASE_POOL_SIZE: "5",
  };
}

/** 2,000 valid declarations for employer A (two workers with a Dimona period this month). */
function payroll(fx: Fixtures, tag: string): Record<string, unknown>[] {
  return Array.from({ length: BULK }, (_, i) => {
    const worker = i % 2 === 0 ? fx.workers.aQuarter : fx.workers.both;
    const { workerId: _workerId, ...rest } = declarationInput(worker.id, {
      payslipReference: `${tag}-${i}`,
      properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: `${100 + (i % 50)}.25` }],
    });
    return { ...rest, ssin: worker.ssin };
  });
}

/** What a submission left in the database, found by its idempotency key. */
async function traces(db: Db, key: string) {
  const row = await db.one<{
    submissions: number;
    declarations: number;
    versions: number;
    events: number;
    queued: number;
  }>(sql`
    WITH s AS (SELECT id FROM submission WHERE idempotency_key = ${key}),
      d AS (SELECT id FROM wage_declaration WHERE submission_id IN (SELECT id FROM s)),
      v AS (SELECT id FROM declaration_version WHERE declaration_id IN (SELECT id FROM d))
    SELECT (SELECT count(*) FROM s)::int AS submissions, (SELECT count(*) FROM d)::int AS declarations,
      (SELECT count(*) FROM v)::int AS versions,
      (SELECT count(*) FROM status_event WHERE declaration_id IN (SELECT id FROM d))::int AS events,
      -- versions named by a queued controls job (graphile-worker 0.17's own table: the public view hides payloads)
      (SELECT count(DISTINCT x.id) FROM graphile_worker._private_jobs j,
        json_array_elements_text(j.payload -> 'versionIds') AS x(id) WHERE x.id::uuid IN (SELECT id FROM v))::int AS queued`);
  return row!;
}
const ABSENT = { submissions: 0, declarations: 0, versions: 0, events: 0, queued: 0 };
const COMPLETE = { submissions: 1, declarations: BULK, versions: BULK, events: BULK, queued: BULK };

/** Waits until the killed process's database sessions are gone, so that nothing of it is still committing. */
async function sessionsGone(admin: Client, database: string, applicationName: string): Promise<void> {
  await eventually(
    async () => {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
        [database, applicationName],
      );
      return rows[0]!.n === 0 ? true : undefined;
    },
    20_000,
    `the sessions of ${applicationName} to end`,
  );
}

describe("the API process killed in the middle of a 2,000-declaration submitDeclarations", () => {
  let database: TestDatabase;
  let fx: Fixtures;
  let admin: Client;
  const running: ProductProcess[] = [];

  beforeAll(async () => {
    await ensureServerBuilt();
    database = await createTestDatabase();
    fx = await loadFixtures(database.db);
    await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.aQuarter.id);
    await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.both.id);
    admin = new Client({ connectionString: database.url, application_name: "crash-test-observer" });
    await admin.connect();
  }, 300_000);

  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill("SIGKILL")));
    await admin?.end();
    await database?.drop();
  }, 60_000);

  async function startApi(): Promise<ProductProcess> {
    const api = await startBuiltProcess("main.js", apiEnv(database.url), { name: "api" });
    running.push(api);
    return api;
  }

  it("leaves the submission whole or absent, and a retry with the same key after a restart gives exactly one of 2,000", async () => {
    const databaseName = new URL(database.url).pathname.slice(1);
    // A first, undisturbed submission gives the time a 2,000-declaration call takes on this machine.
    let api = await startApi();
    let client = apiClient(api.ready);
    let token = await client.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    const started = performance.now();
    const reference = await client.request<{ submitDeclarations: { id: string } }>(
      SUBMIT_BULK,
      { input: { employerId: fx.employerA, idempotencyKey: "crash-reference", declarations: payroll(fx, "REF") } },
      token,
    );
    const callMs = performance.now() - started;
    expect(reference.errors).toBeUndefined();
    expect(await traces(database.db, "crash-reference")).toEqual(COMPLETE);

    // When to kill: when the submission's transaction has written its first row, when it runs
    // its last statements (status events, jobs), as soon as it has committed (seen from
    // PostgreSQL), and after fixed delays.
    type When = "at its first write" | "at its last statements" | "at its commit" | number;
    const timings: { key: string; when: When }[] = [
      { key: "crash-first-write", when: "at its first write" },
      { key: "crash-last-statements", when: "at its last statements" },
      { key: "crash-commit", when: "at its commit" },
      { key: "crash-100ms", when: 100 },
      { key: "crash-half", when: Math.round(callMs / 2) },
    ];
    // The API's sessions (application_name flexi-api) with a transaction id have written inside a transaction.
    const writing = async (statement: string) =>
      (
        await admin.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND application_name = 'flexi-api' AND backend_xid IS NOT NULL AND query ~* $2`,
          [databaseName, statement],
        )
      ).rows.length > 0;
    const outcomes: { key: string; when: When; killedAfterMs: number; answered: boolean; outcome: string }[] = [];
    for (const { key, when } of timings) {
      const sentAt = performance.now();
      let answered = false;
      const call = client
        .request(
          SUBMIT_BULK,
          { input: { employerId: fx.employerA, idempotencyKey: key, declarations: payroll(fx, key) } },
          token,
        )
        .then(
          () => {
            answered = true;
          },
          () => undefined,
        );
      const deadline = Date.now() + 30_000;
      const until = async (hit: () => Promise<boolean>) => {
        while (!answered && Date.now() < deadline && !(await hit()))
          await new Promise((resolve) => setImmediate(resolve));
      };
      if (when === "at its first write") await until(() => writing("."));
      else if (when === "at its last statements") await until(() => writing("status_event|add_job"));
      else if (when === "at its commit")
        await until(
          async () => (await admin.query(`SELECT 1 FROM submission WHERE idempotency_key = $1`, [key])).rows.length > 0,
        );
      else await new Promise((resolve) => setTimeout(resolve, when));
      const killedAfterMs = Math.round(performance.now() - sentAt);
      await api.kill("SIGKILL");
      await call;
      await client.close();
      await sessionsGone(admin, databaseName, "flexi-api");
      const left = await traces(database.db, key);
      const outcome =
        JSON.stringify(left) === JSON.stringify(ABSENT)
          ? "absent"
          : JSON.stringify(left) === JSON.stringify(COMPLETE)
            ? "complete"
            : `PARTIAL ${JSON.stringify(left)}`;
      outcomes.push({ key, when, killedAfterMs, answered, outcome });
      // A restarted API for the next attempt (and the retries below).
      api = await startApi();
      client = apiClient(api.ready);
      token = await client.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    }
    console.log(
      `2,000-declaration call undisturbed: ${Math.round(callMs)} ms; kills:\n${outcomes.map((o) => `  ${typeof o.when === "number" ? `${o.when} ms` : o.when}: killed ${o.killedAfterMs} ms after sending, ${o.answered ? "answered before the kill" : "no answer"}, submission ${o.outcome}`).join("\n")}`,
    );
    for (const o of outcomes) expect(`${o.key}: ${o.outcome}`).toMatch(/: (absent|complete)$/);
    // The kills inside the transaction hit a call in flight, and rolled it back.
    expect(outcomes[0]).toMatchObject({ answered: false, outcome: "absent" });

    // The same keys again, on the restarted API: exactly one submission of 2,000 each.
    for (const { key } of timings) {
      const before = await database.db.one<{ id: string }>(
        sql`SELECT id FROM submission WHERE idempotency_key = ${key}`,
      );
      const retry = await client.request<{ submitDeclarations: { id: string } }>(
        SUBMIT_BULK,
        { input: { employerId: fx.employerA, idempotencyKey: key, declarations: payroll(fx, key) } },
        token,
      );
      expect(retry.errors).toBeUndefined();
      if (before) expect(retry.data?.submitDeclarations.id).toBe(before.id);
      expect(await traces(database.db, key)).toEqual(COMPLETE);
      const again = await client.request<{ submitDeclarations: { id: string } }>(
        SUBMIT_BULK,
        { input: { employerId: fx.employerA, idempotencyKey: key, declarations: payroll(fx, key) } },
        token,
      );
      expect(again.data?.submitDeclarations.id).toBe(retry.data?.submitDeclarations.id);
      expect(await traces(database.db, key)).toEqual(COMPLETE);
    }
    await client.close();
    expect(await api.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  }, 150_000);
});

describe("a controls worker killed while controls run", () => {
  let database: TestDatabase;
  let fx: Fixtures;
  const running: ProductProcess[] = [];

  beforeAll(async () => {
    await ensureServerBuilt();
    database = await createTestDatabase();
    fx = await loadFixtures(database.db);
    await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.aQuarter.id);
    await addFlexDimonaThisMonth(database.db, fx.employerA, fx.workers.both.id);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill("SIGKILL")));
    await database?.drop();
  }, 60_000);

  async function start(
    entry: "main.js" | "worker.js",
    env: Record<string, string>,
    name: string,
  ): Promise<ProductProcess> {
    const proc = await startBuiltProcess(entry, env, { name });
    running.push(proc);
    return proc;
  }

  const progress = (submissionId: string) =>
    database.db.one<{ controlled: number; lockedJobs: number }>(sql`
    SELECT (SELECT count(*) FROM wage_declaration WHERE submission_id = ${submissionId} AND status <> 'PENDING')::int AS controlled,
      (SELECT count(*) FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL)::int AS "lockedJobs"`);

  it("a new worker controls every declaration exactly once within a minute: one result event and no double e-Box message", async () => {
    const api = await start("main.js", apiEnv(database.url), "api");
    // One job (500 declarations) at a time, so that the kill finds some controlled and one job running.
    const first = await start(
      "worker.js",
      { DATABASE_URL: database.url, CONTROLS_CONCURRENCY: "1", DATABASE_POOL_SIZE: "5" },
      "worker 1",
    );
    const client = apiClient(api.ready);
    const token = await client.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    const watch = watchStatus(client.wsClient(token), { employerId: fx.employerA, after: "0" });

    const sent = await client.request<{ submitDeclarations: { id: string } }>(
      SUBMIT_BULK,
      { input: { employerId: fx.employerA, idempotencyKey: "worker-crash", declarations: payroll(fx, "WC") } },
      token,
    );
    expect(sent.errors).toBeUndefined();
    const bulkId = sent.data!.submitDeclarations.id;
    const atKill = await eventually(
      async () => {
        const now = await progress(bulkId);
        return now!.controlled > 0 && now!.controlled < BULK && now!.lockedJobs > 0 ? now : undefined;
      },
      60_000,
      "some declarations controlled and a job running",
    );
    expect(await first.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
    const afterKill = await progress(bulkId);
    expect(afterKill!.controlled).toBeLessThan(BULK);

    // Declarations sent while no worker runs: through the wizard, each with its own e-Box message.
    const submissionId = await createSubmission(asRequestApi(client), token, fx.employerA);
    const wizardIds = [
      await addDeclaration(
        asRequestApi(client),
        token,
        submissionId,
        declarationInput(fx.workers.aQuarter.id, { payslipReference: "WIZ-1" }),
      ),
      await addDeclaration(
        asRequestApi(client),
        token,
        submissionId,
        declarationInput(fx.workers.both.id, { payslipReference: "WIZ-2" }),
      ),
    ];
    await submit(asRequestApi(client), token, submissionId);

    // The new worker: sweeps every second, re-queues after 5 s, finds a pool dead after 3 s
    // without a heartbeat (controls-worker.ts: deadAfterMs = 3 sweep intervals).
    const restartedAt = performance.now();
    const second = await start(
      "worker.js",
      {
        DATABASE_URL: database.url,
        CONTROLS_SWEEP_INTERVAL_MS: "1000",
        CONTROLS_STALE_AFTER_MS: "5000",
        DATABASE_POOL_SIZE: "5",
      },
      "worker 2",
    );
    await eventually(
      async () => {
        const row = await database.db.one<{ pending: number }>(
          sql`SELECT count(*)::int AS pending FROM wage_declaration WHERE status = 'PENDING'`,
        );
        return row!.pending === 0 ? true : undefined;
      },
      60_000,
      "every declaration controlled",
    );
    const recoveryMs = Math.round(performance.now() - restartedAt);
    console.log(
      `worker killed with ${atKill.controlled} of ${BULK} controlled and ${atKill.lockedJobs} job(s) running (${afterKill!.controlled} committed at the kill); the new worker finished the rest ${recoveryMs} ms after it was started`,
    );
    expect(recoveryMs).toBeLessThan(60_000);

    const all = await database.db.query<{ id: string; status: string; submissionId: string }>(sql`
      SELECT id, status, submission_id AS "submissionId" FROM wage_declaration WHERE employer_id = ${fx.employerA}`);
    expect(all).toHaveLength(BULK + wizardIds.length);
    expect(all.filter((d) => d.status === "PENDING")).toEqual([]);

    // One PENDING -> result event per declaration, and one event into PENDING.
    const events = await database.db.query<{ declarationId: string; fromPending: number; toPending: number }>(sql`
      SELECT declaration_id AS "declarationId", count(*) FILTER (WHERE from_status = 'PENDING')::int AS "fromPending",
        count(*) FILTER (WHERE to_status = 'PENDING')::int AS "toPending"
      FROM status_event WHERE employer_id = ${fx.employerA} GROUP BY declaration_id`);
    expect(events).toHaveLength(all.length);
    expect(events.filter((e) => e.fromPending !== 1 || e.toPending !== 1)).toEqual([]);

    // e-Box: one summary for the bulk submission and nothing per bulk declaration; one message per wizard declaration.
    const messages = await database.db.query<{
      type: string;
      declarationId: string | null;
      submissionId: string | null;
      dedupKey: string;
    }>(sql`
      SELECT type, declaration_id AS "declarationId", submission_id AS "submissionId", dedup_key AS "dedupKey" FROM ebox_message WHERE employer_id = ${fx.employerA}`);
    expect(messages.filter((m) => m.submissionId === bulkId).map((m) => [m.type, m.declarationId])).toEqual([
      ["SUBMISSION_SUMMARY", null],
    ]);
    const perWizardDeclaration = wizardIds.map((id) => messages.filter((m) => m.declarationId === id).length);
    expect(perWizardDeclaration).toEqual([1, 1]);
    expect(messages).toHaveLength(1 + wizardIds.length);
    expect(new Set(messages.map((m) => m.dedupKey)).size).toBe(messages.length);

    // The subscriber on the API saw each result once, in order.
    await eventually(
      async () => (watch.events.filter((e) => e.from === "PENDING").length >= all.length ? true : undefined),
      30_000,
      "every result event at the subscriber",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const results = watch.events.filter((e) => e.from === "PENDING");
    expect(results).toHaveLength(all.length);
    expect(new Set(results.map((e) => e.declaration.id)).size).toBe(all.length);
    const cursors = watch.events.map((e) => Number(e.cursor));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));

    // Nothing is left locked by the dead pool, its heartbeat is gone, and no job is left behind
    // (a job the live worker re-ran, finding nothing left to do, may still be finishing: wait for it).
    const jobsLeft = () =>
      database.db.query<{ lockedBy: string | null; attempts: number }>(
        sql`SELECT locked_by AS "lockedBy", attempts FROM graphile_worker._private_jobs`,
      );
    await eventually(
      async () => ((await jobsLeft()).length === 0 ? true : undefined),
      15_000,
      "the queue to empty",
    ).catch(() => undefined);
    expect(await jobsLeft()).toEqual([]);
    const pools = await database.db.query<{ poolId: string }>(sql`SELECT pool_id AS "poolId" FROM worker_heartbeat`);
    expect(pools.map((p) => p.poolId)).toEqual([second.ready]);

    watch.stop();
    await client.close();
    expect(await second.kill("SIGTERM")).toEqual({ code: 0, signal: null });
    expect(await api.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  }, 150_000);
});
