/**
 * A database outage under load, as server/src/scale/outage-embedded.spec.ts and outage-external.spec.ts run it:
 * an API and a controls worker (the built main.js and worker.js), 100 subscribers of the status
 * log, a bulk submission whose controls run, and a second one in flight, when PostgreSQL's
 * postmaster is killed with SIGKILL. What must hold afterwards:
 * - the acknowledged submissions are complete, an unacknowledged one is whole or absent, and
 *   a retry with its idempotency key gives exactly one;
 * - every declaration is controlled exactly once (one event out of PENDING each);
 * - every subscriber received every event of the employer once, in order, without an error;
 * - meanwhile the API answered SERVICE_UNAVAILABLE (HTTP 503 with Retry-After), never
 *   INTERNAL_SERVER_ERROR, and /readyz 503; /readyz is 200 again within 10 s after PostgreSQL is back.
 */
import { performance } from "node:perf_hooks";
import { createDataSource } from "../db/data-source";
import { Db } from "../db/db";
import { sql } from "../db/sql";
import { eventually } from "./api";
import { apiClient, startBuiltProcess, watchStatus, type ProductProcess, type StatusWatch } from "./cluster";
import { addFlexDimonaThisMonth, declarationInput } from "./declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "./fixtures";

/** Declarations per submission: one controls job (500 a job) each, and 2 x 100 x 2 events for each of the 100 subscribers. */
const BULK = 100;
/** The outage lasts until the API has been seen answering SERVICE_UNAVAILABLE, at most this long. */
const MAX_DOWNTIME_MS = 60_000;
const SUBSCRIBERS = 100;
const SUBMIT_BULK = `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status } }`;
const COUNT = `query($employerId: ID!) { wageDeclarations(filter: { employerId: { eq: $employerId } }, first: 1) { totalCount } }`;

export interface OutageSetup {
  /** Environment of the API and the worker (how they reach PostgreSQL). */
  env: Record<string, string>;
  /** The database's URL for the test's own checks, once the API has started (and migrated) it. */
  databaseUrl(): Promise<string>;
  /** Kills the postmaster with SIGKILL and keeps PostgreSQL down until `restore()`. */
  kill(): Promise<void>;
  /** Lets PostgreSQL come back (the processes restart it, or the test does). */
  restore(): Promise<void>;
  /** Resolves when PostgreSQL accepts connections again. */
  back(): Promise<void>;
}

interface Probe {
  status: number;
  retryAfter: string | null;
  codes: string[];
}

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

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<Probe & { data: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    codes: (body.errors ?? []).map((e) => String(e.extensions?.code)),
    data: body.data,
  };
}

async function readyz(url: string): Promise<number> {
  try {
    return (await fetch(url.replace(/graphql$/, "readyz"), { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return 0;
  }
}

export interface OutageOutcome {
  summary: string;
  /** What the processes said of the embedded PostgreSQL's supervision ("... started again ..."). */
  supervision: string[];
}

export async function runOutage(setup: OutageSetup, running: ProductProcess[]): Promise<OutageOutcome> {
  // Kept as they come: a process keeps only the tail of its output.
  const supervision: string[] = [];
  const onOutput = (chunk: string) => {
    for (const line of chunk.split("\n"))
      if (/embedded PostgreSQL (is not running|started again|is running again)/.test(line)) supervision.push(line);
  };
  const api = await startBuiltProcess("main.js", { ...setup.env, CONTROLS_WORKER: "false" }, { name: "api", onOutput });
  running.push(api);
  const worker = await startBuiltProcess(
    "worker.js",
    { ...setup.env, CONTROLS_CONCURRENCY: "1" },
    { name: "worker", onOutput },
  );
  running.push(worker);

  const dataSource = createDataSource({ url: await setup.databaseUrl(), poolSize: 3 });
  await dataSource.initialize();
  const db = new Db(dataSource);
  const watches: StatusWatch[] = [];
  const client = apiClient(api.ready);
  try {
    const fx = await loadFixtures(db);
    await addFlexDimonaThisMonth(db, fx.employerA, fx.workers.aQuarter.id);
    await addFlexDimonaThisMonth(db, fx.employerA, fx.workers.both.id);
    const token = await client.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    // From the start of the log, so that subscribing and sending cannot race.
    for (let i = 0; i < SUBSCRIBERS; i++)
      watches.push(watchStatus(client.wsClient(token), { employerId: fx.employerA, after: "0" }));
    // All of them subscribed before anything happens (a busy machine takes a while for 100).
    await eventually(
      async () => {
        const text = await (await fetch(api.ready.replace(/graphql$/, "metrics"))).text();
        const line = text.split("\n").find((l) => l.startsWith('flexi_subscribers{stream="status"}'));
        return Number(line?.split(" ")[1]) >= SUBSCRIBERS ? true : undefined;
      },
      60_000,
      "100 subscriptions open",
    );
    expect(watches.flatMap((w) => w.errors)).toEqual([]);

    const first = await client.request<{ submitDeclarations: { id: string } }>(
      SUBMIT_BULK,
      { input: { employerId: fx.employerA, idempotencyKey: "outage-1", declarations: payroll(fx, "O1") } },
      token,
    );
    expect(first.errors).toBeUndefined();

    // The kill: while the first submission's controls run (queued with it, they start within
    // milliseconds), and a second submission is in flight.
    const second = post(
      api.ready,
      SUBMIT_BULK,
      { input: { employerId: fx.employerA, idempotencyKey: "outage-2", declarations: payroll(fx, "O2") } },
      token,
    ).catch((error: unknown) => ({
      status: 0,
      retryAfter: null,
      codes: [`no answer (${String((error as { cause?: unknown }).cause ?? error)})`],
      data: undefined,
    }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await setup.kill();
    const killedAt = performance.now();

    // Meanwhile: what the API answers, until it is ready again.
    const probes: Probe[] = [];
    const readiness: number[] = [];
    let probing = true;
    const probeLoop = (async () => {
      while (probing) {
        // A connection the server closed as idle just when a request was sent on it is reset: tried once more on a new one.
        const probe = () => post(api.ready, COUNT, { employerId: fx.employerA }, token);
        probes.push(
          await probe()
            .catch(probe)
            .catch((error: unknown) => ({
              status: 0,
              retryAfter: null,
              codes: [`no answer: ${String(error)} ${String((error as { cause?: unknown }).cause)}`],
              data: undefined,
            })),
        );
        readiness.push(await readyz(api.ready));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    // Down until the API was seen telling so (a busy API answers late, not wrongly).
    const downUntil = Date.now() + MAX_DOWNTIME_MS;
    while (
      Date.now() < downUntil &&
      !(probes.some((p) => p.codes.includes("SERVICE_UNAVAILABLE")) && readiness.includes(503))
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    await setup.restore();
    await setup.back();
    const backAt = performance.now();
    await eventually(async () => ((await readyz(api.ready)) === 200 ? true : undefined), 30_000, "/readyz 200");
    const readyMs = Math.round(performance.now() - backAt);
    probing = false;
    await probeLoop;

    expect(probes.filter((p) => p.codes.some((c) => c !== "SERVICE_UNAVAILABLE"))).toEqual([]);
    const unavailable = probes.filter((p) => p.codes.includes("SERVICE_UNAVAILABLE"));
    expect(unavailable.length).toBeGreaterThan(0);
    for (const p of unavailable) expect(p).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    expect(readiness).toContain(503);
    expect(readyMs).toBeLessThan(10_000);

    // The second submission: acknowledged means complete; refused as unavailable means whole or
    // absent, and the retry with its key gives exactly one.
    const secondAnswer = await second;
    const before = await db.one<{ declarations: number }>(sql`
      SELECT count(*)::int AS declarations FROM wage_declaration d JOIN submission s ON s.id = d.submission_id
      WHERE s.idempotency_key = 'outage-2'`);
    if (secondAnswer.codes.length === 0) expect(before!.declarations).toBe(BULK);
    else {
      // Told SERVICE_UNAVAILABLE, or no answer at all (the connection cut, as a client may see it
      // anyway): never another error; in both cases the client cannot know, and retries.
      expect(secondAnswer.codes).toEqual([expect.stringMatching(/^(SERVICE_UNAVAILABLE$|no answer)/)]);
      expect([0, BULK]).toContain(before!.declarations);
      const retry = await client.request(
        SUBMIT_BULK,
        { input: { employerId: fx.employerA, idempotencyKey: "outage-2", declarations: payroll(fx, "O2") } },
        token,
      );
      expect(retry.errors).toBeUndefined();
    }

    // Every declaration controlled exactly once.
    await eventually(
      async () => {
        const row = await db.one<{ pending: number }>(
          sql`SELECT count(*)::int AS pending FROM wage_declaration WHERE employer_id = ${fx.employerA} AND status = 'PENDING'`,
        );
        return row!.pending === 0 ? true : undefined;
      },
      90_000,
      "every declaration controlled",
    );
    const submissions = await db.query<{ key: string; declarations: number }>(sql`
      SELECT s.idempotency_key AS key, count(d.id)::int AS declarations FROM submission s
      JOIN wage_declaration d ON d.submission_id = s.id
      WHERE s.idempotency_key IN ('outage-1', 'outage-2') GROUP BY s.idempotency_key ORDER BY 1`);
    expect(submissions).toEqual([
      { key: "outage-1", declarations: BULK },
      { key: "outage-2", declarations: BULK },
    ]);
    const events = await db.query<{ declarationId: string; fromPending: number; toPending: number }>(sql`
      SELECT declaration_id AS "declarationId", count(*) FILTER (WHERE from_status = 'PENDING')::int AS "fromPending",
        count(*) FILTER (WHERE to_status = 'PENDING')::int AS "toPending"
      FROM status_event WHERE employer_id = ${fx.employerA} GROUP BY declaration_id`);
    expect(events).toHaveLength(2 * BULK);
    expect(events.filter((e) => e.fromPending !== 1 || e.toPending !== 1)).toEqual([]);

    // Every subscriber: every event of the employer, once, in order.
    const seqs = (
      await db.query<{ seq: string }>(
        sql`SELECT seq FROM status_event WHERE employer_id = ${fx.employerA} ORDER BY seq`,
      )
    ).map((e) => Number(e.seq));
    await eventually(
      async () => (watches.every((w) => w.events.length >= seqs.length) ? true : undefined),
      90_000,
      "every event at every subscriber",
    ).catch((error: unknown) => {
      const counts = watches.map((w) => w.events.length);
      const missing = seqs.filter((seq) => !watches[0]!.events.some((e) => Number(e.cursor) === seq));
      throw new Error(
        `${String(error)}: ${seqs.length} events expected; subscribers have ${Math.min(...counts)} to ${Math.max(...counts)}; ` +
          `the first lacks ${missing.length} (${missing.slice(0, 10).join(", ")}…); errors: ${JSON.stringify(watches.flatMap((w) => w.errors).slice(0, 3))}`,
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything sent twice to arrive
    for (const watch of watches) {
      expect(watch.errors).toEqual([]);
      expect(watch.events.map((e) => Number(e.cursor))).toEqual(seqs);
    }

    const downMs = Math.round(backAt - killedAt);
    const summary = `PostgreSQL back ${downMs} ms after the kill; /readyz 200 ${readyMs} ms after that; ${unavailable.length} of ${probes.length} probes answered SERVICE_UNAVAILABLE; the submission in flight: ${secondAnswer.codes.length === 0 ? "acknowledged" : secondAnswer.codes.join(", ")}`;
    return { summary, supervision };
  } catch (error) {
    // What the processes said is the first thing to read when this fails.
    const tail = (proc: ProductProcess) =>
      `--- ${proc.name} (exit ${proc.process.exitCode}, ${proc.process.signalCode}) ---\n${proc
        .output()
        .split("\n")
        .filter((line) => line.includes('"msg":"internal error"'))
        .slice(0, 3)
        .join("\n")}\n${proc.output().slice(-6000)}`;
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail(api)}\n${tail(worker)}`, {
      cause: error,
    });
  } finally {
    for (const watch of watches) watch.stop();
    await client.close();
    await dataSource.destroy().catch(() => undefined);
  }
}
