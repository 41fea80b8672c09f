/**
 * `npm run soak`: a few minutes of steady mixed load on the product as it runs in production:
 * two API processes and a controls worker from the built code (`node server/dist/main.js`
 * with CONTROLS_WORKER=false, `node server/dist/worker.js`) on a fresh embedded PostgreSQL in
 * a temporary folder, with the demo data.
 *
 * The load: reads (lists with nested data, single declarations, e-Box, flexi income, workers)
 * through both APIs; writes (the wizard: create, add two, update one, transmit; and bulk
 * submissions of 20); status and e-Box subscriptions on both APIs, some of which disconnect
 * and resume with `after` now and then. Every 15 s it prints the requests, errors, p50/p99
 * latency, and each process's heap used and RSS (after a full GC in that process, through
 * scripts/soak-probe.cjs). After a warm-up (the first 30 s) the memory at the end must be within
 * 10% of the start of the measured window, errors must stay 0, and every subscriber must have
 * received each event it may see exactly once; otherwise the exit code is 1.
 *
 * Settings: SOAK_SECONDS (default 180), SOAK_WARMUP_SECONDS (default 30).
 */
import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Client as WsClient } from "graphql-ws";
import { createDataSource } from "../server/src/db/data-source";
import { Db } from "../server/src/db/db";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "../server/src/db/embedded-postgres";
import { sql } from "../server/src/db/sql";
import { DEMO_USERS } from "../server/src/demo/demo-data";
import type { GraphQLAnswer } from "../server/src/test/api";
import {
  apiClient,
  ensureServerBuilt,
  REPO_ROOT,
  startBuiltProcess,
  type ApiClient,
  type ProductProcess,
} from "../server/src/test/cluster";
import { addFlexDimonaThisMonth, DECLARATION_FIELDS, recentPeriod } from "../server/src/test/declarations";

const SOAK_SECONDS = whole(process.env.SOAK_SECONDS, 180);
const WARMUP_SECONDS = whole(process.env.SOAK_WARMUP_SECONDS, 30);
const REPORT_SECONDS = 15;
const MAX_GROWTH = 0.1;
const READERS = 4;
const READER_PAUSE_MS = 100;
const WIZARD_PAUSE_MS = 300;
const BULK_EVERY_MS = 5000;
const BULK_SIZE = 20;
const STATUS_SUBSCRIBERS = 10;
const EBOX_SUBSCRIBERS = 4;
const RESUME_EVERY_MS = 5000;
const SECRET = "soak-secret-shared-by-every-api-process-0123456789";

function whole(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`not a whole number of seconds: ${text}`);
  return value;
}

// ---- measuring --------------------------------------------------------------------------------

interface Window {
  requests: number;
  errors: number;
  latencies: number[];
  events: number;
}
const newWindow = (): Window => ({ requests: 0, errors: 0, latencies: [], events: 0 });
let window = newWindow();
const totals = { requests: 0, errors: 0, events: 0, resumes: 0 };
const errorSamples: string[] = [];

function recordError(what: string): void {
  window.errors += 1;
  totals.errors += 1;
  if (errorSamples.length < 10) errorSamples.push(what.slice(0, 500));
}

/** One GraphQL request, timed and counted; an answer with errors (or without data) is an error. */
async function call<T>(
  api: ApiClient,
  name: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T | undefined> {
  const started = performance.now();
  let answer: GraphQLAnswer<T> | undefined;
  try {
    answer = await api.request<T>(query, variables, token);
  } catch (error) {
    recordError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  window.requests += 1;
  totals.requests += 1;
  window.latencies.push(performance.now() - started);
  if (!answer) return undefined;
  if (answer.errors?.length || !answer.data) {
    recordError(`${name}: ${JSON.stringify(answer.errors)}`);
    return undefined;
  }
  return answer.data;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Memory {
  heapUsed: number;
  rss: number;
}

/** Memory of each product process, read through scripts/soak-probe.cjs (a full GC first). */
class Probes {
  private waiting = new Map<string, (memory: Memory) => void>();

  onOutput(name: string): (chunk: string) => void {
    // Whole lines only: the reading may arrive split between chunks of a busy log.
    let partial = "";
    return (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        const match = /^soak-memory (\{.*\})$/.exec(line);
        if (match) this.waiting.get(name)?.(JSON.parse(match[1]!) as Memory);
      }
    };
  }

  async read(processes: ProductProcess[]): Promise<Record<string, Memory>> {
    const entries = await Promise.all(
      processes.map(
        (p) =>
          new Promise<[string, Memory]>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${p.name} gave no memory reading`)), 10_000);
            this.waiting.set(p.name, (memory) => {
              clearTimeout(timer);
              this.waiting.delete(p.name);
              resolve([p.name, memory]);
            });
            p.process.kill("SIGUSR2");
          }),
      ),
    );
    return Object.fromEntries(entries);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---- the load ---------------------------------------------------------------------------------

interface World {
  apis: ApiClient[];
  employerId: string;
  employerClass: string;
  workers: { id: string; ssin: string }[];
  declarant: string;
  agent: string;
  /** Recent declarations, for single reads. */
  recent: string[];
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let sequence = 0;

function declarationContent(
  world: World,
  worker: { id: string; ssin: string },
  bySsin: boolean,
): Record<string, unknown> {
  const period = recentPeriod();
  sequence += 1;
  return {
    ...(bySsin ? { ssin: worker.ssin } : { workerId: worker.id }),
    payslipReference: `SOAK-${sequence}`,
    calculationPeriod: { start: period.start, end: period.end },
    calculationDate: period.calculationDate,
    properties: [
      { employerClass: world.employerClass, workerType: "BLUE_COLLAR_050", grossWage: `${20 + (sequence % 40)}.50` },
    ],
  };
}

const READS: ((world: World) => [string, string, Record<string, unknown>, "declarant" | "agent"])[] = [
  (w) => [
    "list",
    `query($e: ID!) { wageDeclarations(filter: { employerId: { eq: $e } }, first: 20) { totalCount nodes {
    id status total payslipReference worker { ssin lastName } employer { name } properties { employerClass grossWage premiums { amount } } } } }`,
    { e: w.employerId },
    "declarant",
  ],
  (w) => [
    "single",
    `query($id: ID!) { wageDeclaration(id: $id) { ${DECLARATION_FIELDS} } }`,
    { id: pick(w.recent) },
    "declarant",
  ],
  () => [
    "ebox",
    `query { eboxMessages(first: 10) { unreadCount totalCount nodes { type subject receivedAt } } }`,
    {},
    "declarant",
  ],
  (w) => [
    "income",
    `query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { ceiling remaining pending exceeded } }`,
    { ssin: pick(w.workers).ssin, year: Number(recentPeriod().start.slice(0, 4)) },
    "declarant",
  ],
  () => [
    "review queue",
    `query { wageDeclarations(filter: { status: { in: [ACCEPTED_WITH_WARNINGS, REFUSED] } }, first: 20) { totalCount nodes {
    id status anomalies { code severity } worker { lastName } } } }`,
    {},
    "agent",
  ],
  () => ["workers", `query { workers(first: 20) { totalCount nodes { id ssin lastName } } }`, {}, "agent"],
];

async function reader(world: World, index: number, until: () => boolean): Promise<void> {
  for (let i = index; !until(); i++) {
    const [name, query, variables, who] = READS[i % READS.length]!(world);
    await call(
      world.apis[i % world.apis.length]!,
      name,
      query,
      variables,
      who === "agent" ? world.agent : world.declarant,
    );
    await sleep(READER_PAUSE_MS);
  }
}

/** The wizard of the guide: a submission, two declarations, one updated, transmitted. */
async function wizard(world: World, until: () => boolean): Promise<void> {
  for (let i = 0; !until(); i++) {
    const api = world.apis[i % world.apis.length]!;
    const period = recentPeriod();
    const created = await call<{ createSubmission: { id: string } }>(
      api,
      "createSubmission",
      `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
      { input: { employerId: world.employerId, from: period.start, to: period.end } },
      world.declarant,
    );
    if (!created) continue;
    const submissionId = created.createSubmission.id;
    const ids: string[] = [];
    for (let n = 0; n < 2; n++) {
      const added = await call<{ addDeclaration: { id: string } }>(
        api,
        "addDeclaration",
        `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
        { input: { submissionId, ...declarationContent(world, pick(world.workers), false) } },
        world.declarant,
      );
      if (added) ids.push(added.addDeclaration.id);
    }
    if (ids[0]) {
      await call(
        api,
        "updateDraftDeclaration",
        `mutation($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id total } }`,
        { id: ids[0], input: declarationContent(world, pick(world.workers), false) },
        world.declarant,
      );
    }
    await call(
      api,
      "submitSubmission",
      `mutation($id: ID!, $key: String!) { submitSubmission(id: $id, idempotencyKey: $key) { id status } }`,
      { id: submissionId, key: `soak-wizard-${submissionId}` },
      world.declarant,
    );
    for (const id of ids) remember(world, id);
    await sleep(WIZARD_PAUSE_MS);
  }
}

async function bulk(world: World, until: () => boolean): Promise<void> {
  for (let i = 0; !until(); i++) {
    const declarations = Array.from({ length: BULK_SIZE }, () => declarationContent(world, pick(world.workers), true));
    const sent = await call<{ submitDeclarations: { id: string } }>(
      world.apis[i % world.apis.length]!,
      "submitDeclarations",
      `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status } }`,
      { input: { employerId: world.employerId, idempotencyKey: `soak-bulk-${i}`, declarations } },
      world.declarant,
    );
    if (sent) {
      const first = await call<{ submission: { declarations: { nodes: { id: string }[] } } }>(
        world.apis[0]!,
        "submission",
        `query($id: ID!) { submission(id: $id) { id status declarations(first: 5) { nodes { id } } } }`,
        { id: sent.submitDeclarations.id },
        world.declarant,
      );
      for (const d of first?.submission.declarations.nodes ?? []) remember(world, d.id);
    }
    await sleep(BULK_EVERY_MS);
  }
}

function remember(world: World, id: string): void {
  world.recent.push(id);
  if (world.recent.length > 200) world.recent.shift();
}

// ---- subscribers ------------------------------------------------------------------------------

/** A status subscriber that checks what it receives: every cursor after the previous one. */
class StatusSubscriber {
  received = 0;
  lastCursor: number;
  private client: WsClient | undefined;
  private stop: (() => void) | undefined;

  constructor(
    readonly name: string,
    private api: ApiClient,
    private token: string,
    readonly employerId: string | null,
    startCursor: number,
  ) {
    this.lastCursor = startCursor;
  }

  start(): void {
    this.client = this.api.wsClient(this.token);
    this.stop = this.client.subscribe<{ declarationStatusChanged: { cursor: string } }>(
      {
        query: `subscription($employerId: ID, $after: String) { declarationStatusChanged(employerId: $employerId, after: $after) { cursor from to declaration { id status } } }`,
        variables: { employerId: this.employerId, after: String(this.lastCursor) },
      },
      {
        next: (result) => {
          if (result.errors?.length || !result.data)
            return recordError(`${this.name}: ${JSON.stringify(result.errors)}`);
          const cursor = Number(result.data.declarationStatusChanged.cursor);
          if (cursor <= this.lastCursor)
            recordError(`${this.name}: cursor ${cursor} after ${this.lastCursor} (twice or out of order)`);
          this.lastCursor = Math.max(this.lastCursor, cursor);
          this.received += 1;
          window.events += 1;
          totals.events += 1;
        },
        error: (error) =>
          recordError(`${this.name}: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
        complete: () => undefined,
      },
    );
  }

  /** Disconnects and resumes after the last event received, as a client after a network loss. */
  async resume(): Promise<void> {
    this.stop?.();
    await this.client?.dispose();
    totals.resumes += 1;
    this.start();
  }

  async close(): Promise<void> {
    this.stop?.();
    await this.client?.dispose();
  }
}

// ---- the run ----------------------------------------------------------------------------------

async function main(): Promise<number> {
  const hardStop = setTimeout(
    () => {
      console.error(`The soak did not finish within ${SOAK_SECONDS + 300} s.`);
      process.exit(1);
    },
    (SOAK_SECONDS + 300) * 1000,
  );
  hardStop.unref();

  console.log(
    `Soak: ${SOAK_SECONDS} s of mixed load (warm-up ${WARMUP_SECONDS} s), 2 API processes + 1 controls worker from server/dist, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  await ensureServerBuilt();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "flexi-soak-"));
  let pg: EmbeddedPostgres | undefined;
  const processes: ProductProcess[] = [];
  const subscribers: StatusSubscriber[] = [];
  const clients: ApiClient[] = [];
  let dataSource: ReturnType<typeof createDataSource> | undefined;
  const cleanUp = async () => {
    await Promise.all(subscribers.map((s) => s.close().catch(() => undefined)));
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    const exits = await Promise.all(processes.map((p) => p.kill("SIGTERM")));
    if (dataSource?.isInitialized) await dataSource.destroy();
    await pg?.stop();
    await rm(dataDir, { recursive: true, force: true });
    return exits;
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

  try {
    pg = await startEmbeddedPostgres({ dataDir });
    await ensureDatabase(pg, "soak");
    const url = pg.connectionString("soak");
    const probes = new Probes();
    const nodeArgs = ["--expose-gc", "-r", path.join(REPO_ROOT, "scripts", "soak-probe.cjs")];
    const env = (extra: Record<string, string>) => ({
      DATABASE_URL: url,
      JWT_SECRET: SECRET,
      PORT: "0",
      HOST: "127.0.0.1",
      CONTROLS_WORKER: "false",
      DATABASE_POOL_SIZE: "10",
      ...extra,
    });
    const start = async (entry: "main.js" | "worker.js", name: string, extra: Record<string, string>) => {
      const proc = await startBuiltProcess(entry, env(extra), {
        name,
        nodeArgs,
        onOutput: probes.onOutput(name),
        timeoutMs: 180_000,
      });
      processes.push(proc);
      return proc;
    };
    // The first API migrates and loads the demo data; then the second API and the worker.
    const api1 = await start("main.js", "api1", { FLEXI_DEMO_DATA: "true" });
    const [api2, worker] = await Promise.all([
      start("main.js", "api2", { FLEXI_DEMO_DATA: "false" }),
      start("worker.js", "worker", {}),
    ]);
    const apis = [apiClient(api1.ready), apiClient(api2.ready)];
    clients.push(...apis);

    dataSource = createDataSource({ url, poolSize: 2, applicationName: "flexi-soak" });
    await dataSource.initialize();
    const db = new Db(dataSource);
    const declarantUser = DEMO_USERS.find((u) => u.role === "declarant")!;
    const agentUser = DEMO_USERS.find((u) => u.role === "back office")!;
    const declarant = await apis[0]!.signIn(declarantUser.login, declarantUser.password);
    const agent = await apis[1]!.signIn(agentUser.login, agentUser.password);
    const me = await apis[1]!.request<{ me: { grants: { permission: string; employer: { id: string } }[] } }>(
      `{ me { grants { permission employer { id } } } }`,
      {},
      declarant,
    );
    const employerId = me.data!.me.grants.find((g) => g.permission === "FLEXI_AT_WORK")!.employer.id;
    const employer = await db.one<{ classes: string[] }>(
      sql`SELECT employer_classes AS classes FROM employer WHERE id = ${employerId}`,
    );
    // Flexi-jobbers of the employer, each with a FLX Dimona period this month so that declarations pass.
    const workers = await db.query<{ id: string; ssin: string }>(sql`
      SELECT w.id, w.ssin FROM worker w WHERE EXISTS (SELECT 1 FROM dimona_period d WHERE d.worker_id = w.id AND d.employer_id = ${employerId})
      ORDER BY w.ssin LIMIT 20`);
    for (const w of workers) await addFlexDimonaThisMonth(db, employerId, w.id);
    const seeded = await db.query<{ id: string }>(
      sql`SELECT id FROM wage_declaration WHERE employer_id = ${employerId} ORDER BY created_at DESC LIMIT 50`,
    );
    const world: World = {
      apis,
      employerId,
      employerClass: employer!.classes[0]!,
      workers,
      declarant,
      agent,
      recent: seeded.map((d) => d.id),
    };

    const startCursor = Number(
      (await db.one<{ seq: string | null }>(sql`SELECT max(seq)::text AS seq FROM status_event`))!.seq ?? 0,
    );
    for (let i = 0; i < STATUS_SUBSCRIBERS; i++) {
      const asAgent = i % 5 === 4;
      subscribers.push(
        new StatusSubscriber(
          `status subscriber ${i + 1}${asAgent ? " (back office)" : ""}`,
          apis[i % 2]!,
          asAgent ? agent : declarant,
          asAgent ? null : employerId,
          startCursor,
        ),
      );
    }
    subscribers.forEach((s) => s.start());
    let eboxReceived = 0;
    for (let i = 0; i < EBOX_SUBSCRIBERS; i++) {
      apis[i % 2]!.wsClient(declarant).subscribe<{ eboxMessageReceived: { id: string } }>(
        {
          query: `subscription($employerId: ID) { eboxMessageReceived(employerId: $employerId) { id type subject } }`,
          variables: { employerId },
        },
        {
          next: (result) => {
            if (result.errors?.length) recordError(`e-Box subscriber: ${JSON.stringify(result.errors)}`);
            else eboxReceived += 1;
          },
          error: (error) =>
            recordError(`e-Box subscriber: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
          complete: () => undefined,
        },
      );
    }

    console.log(
      `Ready: demo data, ${workers.length} flexi-jobbers with a Dimona period this month; ${READERS} readers, 1 wizard, 1 bulk sender (${BULK_SIZE} every ${BULK_EVERY_MS / 1000} s), ${STATUS_SUBSCRIBERS} status + ${EBOX_SUBSCRIBERS} e-Box subscribers (one resumes with \`after\` every ${RESUME_EVERY_MS / 1000} s)`,
    );
    console.log(
      "   time | requests | errors | p50 ms | p99 ms | events | api1 heap / rss      | api2 heap / rss      | worker heap / rss    | load",
    );

    const loadStartedAt = performance.now();
    const endsAt = loadStartedAt + SOAK_SECONDS * 1000;
    const over = () => performance.now() >= endsAt;
    window = newWindow();
    const loops = [
      ...Array.from({ length: READERS }, (_, i) => reader(world, i, over)),
      wizard(world, over),
      bulk(world, over),
      (async () => {
        while (!over()) {
          await sleep(RESUME_EVERY_MS);
          if (!over()) await pick(subscribers).resume();
        }
      })(),
    ];

    const product = [api1, api2, worker];
    let baseline: Record<string, Memory> | undefined;
    let last: Record<string, Memory> = {};
    for (let t = REPORT_SECONDS; t <= SOAK_SECONDS; t += REPORT_SECONDS) {
      await sleep(Math.max(0, loadStartedAt + t * 1000 - performance.now()));
      const done = window;
      window = newWindow();
      last = await probes.read(product);
      if (t === WARMUP_SECONDS || (baseline === undefined && t > WARMUP_SECONDS)) baseline = last;
      const sorted = done.latencies.sort((a, b) => a - b);
      const memory = product.map(
        (p) => `${mb(last[p.name]!.heapUsed).padStart(8)} / ${mb(last[p.name]!.rss).padStart(8)}`,
      );
      console.log(
        `${`${t} s`.padStart(7)} | ${String(done.requests).padStart(8)} | ${String(done.errors).padStart(6)} | ${percentile(sorted, 50).toFixed(0).padStart(6)} | ${percentile(sorted, 99).toFixed(0).padStart(6)} | ${String(done.events).padStart(6)} | ${memory.join(" | ")} | ${os.loadavg()[0]!.toFixed(2)}${t === WARMUP_SECONDS ? "  <- end of warm-up: memory baseline" : ""}`,
      );
    }
    await Promise.all(loops);

    // Let the controls and the events settle, then check that every subscriber got every event once.
    const settleDeadline = Date.now() + 60_000;
    while (
      (await db.one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM wage_declaration WHERE status = 'PENDING' AND payslip_reference LIKE 'SOAK-%'`,
      ))!.n > 0
    ) {
      if (Date.now() > settleDeadline) {
        recordError("declarations still PENDING 60 s after the load stopped");
        break;
      }
      await sleep(200);
    }
    await sleep(1000);
    const expected = await db.one<{ all: number; own: number }>(sql`
      SELECT count(*)::int AS all, count(*) FILTER (WHERE employer_id = ${employerId})::int AS own FROM status_event WHERE seq > ${startCursor}`);
    for (const s of subscribers) {
      const want = s.employerId ? expected!.own : expected!.all;
      if (s.received !== want) recordError(`${s.name}: received ${s.received} events, ${want} committed`);
    }
    const written = await db.one<{ declarations: number; messages: number }>(sql`
      SELECT (SELECT count(*) FROM wage_declaration WHERE submitted_at IS NOT NULL AND payslip_reference LIKE 'SOAK-%')::int AS declarations,
        (SELECT count(*) FROM ebox_message WHERE employer_id = ${employerId} AND received_at >= now() - ${SOAK_SECONDS + 120} * interval '1 second')::int AS messages`);

    // Verdict.
    const growth = product.map((p) => ({
      name: p.name,
      heap: last[p.name]!.heapUsed / baseline![p.name]!.heapUsed - 1,
      rss: last[p.name]!.rss / baseline![p.name]!.rss - 1,
    }));
    const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
    console.log(
      `\nTotals: ${totals.requests} requests, ${totals.errors} errors, ${totals.events} status events received (${totals.resumes} resumes), ${eboxReceived} e-Box messages received live; ${written!.declarations} declarations transmitted, all controlled; status events committed: ${expected!.all} (${expected!.own} of the subscribers' employer)`,
    );
    console.log(
      `Memory at ${SOAK_SECONDS} s against ${WARMUP_SECONDS} s (after a full GC in each process): ${growth.map((g) => `${g.name} heap ${pct(g.heap)}, rss ${pct(g.rss)}`).join("; ")}`,
    );
    const grown = growth.filter((g) => g.heap > MAX_GROWTH || g.rss > MAX_GROWTH);
    if (errorSamples.length) console.log(`First errors:\n  ${errorSamples.join("\n  ")}`);

    const exits = await cleanUp();
    processes.splice(0);
    const badExits = exits.filter((e) => e.code !== 0);
    if (badExits.length) console.log(`Processes that did not exit with 0 on SIGTERM: ${JSON.stringify(exits)}`);
    const ok = totals.errors === 0 && grown.length === 0 && badExits.length === 0;
    console.log(
      ok
        ? "Soak passed."
        : `Soak FAILED: ${[totals.errors ? `${totals.errors} errors` : "", grown.length ? `memory grew more than ${MAX_GROWTH * 100}% in ${grown.map((g) => g.name).join(", ")}` : "", badExits.length ? "unclean exits" : ""].filter(Boolean).join("; ")}`,
    );
    return ok ? 0 : 1;
  } catch (error) {
    console.error(error);
    await cleanUp().catch(() => undefined);
    return 1;
  }
}

void main().then((code) => process.exit(code));
