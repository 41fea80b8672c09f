/**
 * `npm run bench`: the benchmarks on the data set of `npm run bench:seed`, three runs
 * each, with the machine's load beside every figure:
 *   lists: (a) 50 declarations of one employer with their worker, (b) the same with the employer
 *       and the worker's Dimona periods, and every other root list of the API with one nested
 *       relation (bench/comparisons.ts), each through the API, the raw-SQL baseline and
 *       PostGraphile, 50 connections, interleaved (bench/side-by-side.ts);
 *   filters: the console's filtered lists with the filter as a variable and written inline;
 *   me: `{ me { login } }` beside `/healthz`;
 *   (c) submitDeclarations with 2,000 declarations and the time until all are controlled
 *       (bench/bulk-submission.ts, run as a child on its own fresh database);
 *   (d) 1,000 WebSocket subscribers, status events committed at 50 per second, commit-to-arrival latency.
 * The API runs as `npm start` runs it, in a child process (CONTROLS_WORKER=false: nothing to control
 * in the lists and (d)); the raw-SQL baseline in another (bench/baseline-server.ts), PostGraphile
 * in a third (bench/peer.ts, installed into .data/peer on first use).
 *
 * Options: `--only=` any of lists (all lists), a, b, workers, dimona, ebox, submissions, audit,
 * employers, filters, me, c, d (default: lists,filters,me,c,d); `--profile`
 * (`npm run bench:profile`, with any lists of `--only=` and c) explains instead where the time
 * of those lists and of (c) goes; `--against=<main.ts or main.js of another build>` measures the
 * lists and `me` of `--only=` through this build and that one, interleaved (an A/B of a change). Environment: BENCH_DURATION (seconds per run, default 10), BENCH_RUNS (default
 * 3), BENCH_LOAD_WAIT (seconds to wait for a load below 1.5 before each run, default 60), BENCH_API
 * (which API build to run: processes.ts apiEntry), BENCH_DATA_DIR, BENCH_PEER_DIR.
 */
import "reflect-metadata";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { createDataSource } from "../server/src/db/data-source";
import { buildFlexiSchema } from "../server/src/graphql/schema";
import { startServer } from "../server/src/server";
import { Services } from "../server/src/services";
import type { EmbeddedPostgres } from "../server/src/db/embedded-postgres";
import {
  BACK_OFFICE_LOGIN,
  benchDataDir,
  benchUuid,
  DATABASE,
  declarantLogin,
  machineLine,
  median,
  openBenchPostgres,
  REPO_ROOT,
  SEED_VERSION,
  signIn,
  SIZES,
} from "./common";
import { figures, LIST_BENCHES, type ListBench } from "./list-queries";
import { COMPARISONS, type Role } from "./comparisons";
import { PEER_NAME, startPeer } from "./peer";
import { benchSecret, startApi, startBaseline, type Child } from "./processes";
import { ensureSeedExtras } from "./seed-extras";
import {
  prepareGroups,
  runSideBySide,
  sideBySideSummary,
  wantsLists,
  wantsSideBySide,
  type Measured,
  type SummaryRow,
} from "./side-by-side";
import { cpuSnapshot } from "./cpu";
import { Profiler, summarizeProfile } from "./profile";
import { profileBulkSubmission } from "./profile-bulk";
import { disableStatementStats, enableStatementStats, resetStatementStats, topStatements } from "./statement-stats";
import { runSubscriptionBench, type SubscriptionRun } from "./subscriptions";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOAD_WAIT = Number(process.env.BENCH_LOAD_WAIT ?? 60);
const QUIET_LOAD = 1.5;
const CONNECTIONS = 50;
/** The employer whose lists the declarant reads (a, b and the employer-scoped lists). */
const EMPLOYER = 0;

interface Results {
  sideBySide?: Measured[];
  c?: { commitMs: number; controlledPerSecond: number }[];
  d?: SubscriptionRun[];
  statements?: Partial<Record<ListBench, number>>;
}

async function main(): Promise<void> {
  const onlyArg = process.argv.find((a) => a.startsWith("--only="));
  const only = new Set(
    (onlyArg ? onlyArg.slice("--only=".length) : "lists,filters,me,c,d").split(",").map((s) => s.trim()),
  );
  const profile = process.argv.includes("--profile");
  const started = performance.now();
  console.log(
    `Flexi at work benchmarks, ${new Date().toISOString()}; node ${process.version}; ${os.cpus()[0]?.model ?? "cpu"}`,
  );
  console.log(
    `Machine: ${machineLine()}. The machine may be shared: read every figure with the load printed beside it.`,
  );
  await requireDataSet();

  const opened = await openBenchPostgres();
  let pg = opened.pg;
  const url = opened.url;
  const results: Results = {};
  try {
    if (profile) {
      pg = await profileApi(pg, only);
      return;
    }
    if (wantsSideBySide(only)) {
      const extras = await ensureSeedExtras(url);
      if (extras.added)
        console.log(
          `Added to the data set (once): ${extras.eboxMessages.toLocaleString("en-US")} e-Box messages, ${extras.auditEntries.toLocaleString("en-US")} audit entries`,
        );
    }
    if (only.has("a") || only.has("b") || only.has("lists")) results.statements = await countStatements(url);
    if (wantsSideBySide(only) || only.has("d")) await runAgainstApi(url, only, results);
    if (only.has("c")) results.c = await runBulkSubmission();
    printSummary(results);
    console.log(`\nAll benchmarks took ${((performance.now() - started) / 1000).toFixed(0)} s; ${machineLine()}`);
  } finally {
    if (!pg.reused) await pg.stop();
  }
}

async function requireDataSet(): Promise<void> {
  try {
    const marker = JSON.parse(await readFile(path.join(benchDataDir(), "bench-seed.json"), "utf8")) as {
      version: number;
    };
    if (marker.version === SEED_VERSION) {
      console.log(
        `Data set: ${SIZES.employers} employers, ${SIZES.workers.toLocaleString("en-US")} workers, ${SIZES.dimonaPeriods.toLocaleString("en-US")} Dimona periods, ${SIZES.declarations.toLocaleString("en-US")} declarations in ${benchDataDir()}`,
      );
      return;
    }
  } catch {
    // no marker
  }
  throw new Error(`No bench data set in ${benchDataDir()}: run \`npm run bench:seed\` first.`);
}

/** The lists, filters and me (beside the baseline and PostGraphile) and (d), against one API child. */
async function runAgainstApi(url: string, only: Set<string>, results: Results): Promise<void> {
  const sideBySide = wantsSideBySide(only);
  // The baseline and PostGraphile only for the lists; filters and me measure the API alone;
  // with --against=, the lists and me are measured through two builds of the API instead.
  const againstEntry = process.argv.find((a) => a.startsWith("--against="))?.slice("--against=".length);
  const lists = wantsLists(only) && againstEntry === undefined;
  // Both builds of an A/B must accept the same tokens.
  const jwtSecret = benchSecret();
  const [api, baseline, peer, against] = await Promise.all([
    startApi({ databaseUrl: url, jwtSecret }),
    lists ? startBaseline(url) : undefined,
    lists ? startPeer(url) : undefined,
    againstEntry === undefined ? undefined : startApi({ databaseUrl: url, jwtSecret, entry: againstEntry }),
  ]);
  const others: Child[] = [baseline?.child, peer?.child, against?.child].filter((c): c is Child => c !== undefined);
  console.log(
    `API: ${api.entry}, pool 20, controls worker off${lists ? "; baseline: node:http + pg Pool (20); PostGraphile 5.1.5: Amber preset, node:http, pool 20, no row-level security" : ""}${against ? `; against: ${against.entry}, the same settings` : ""}`,
  );
  try {
    const tokens = await signInAll(api.url, only.has("d") ? SIZES.employers : EMPLOYER + 1);
    if (sideBySide) {
      const backOffice = await signIn(api.url, BACK_OFFICE_LOGIN);
      const language = await viewerLanguage(api.url, tokens[EMPLOYER]!);
      console.log(
        lists
          ? "\nSide by side: the API, the raw-SQL baseline and PostGraphile on the same data, in the same runs"
          : "\nThe API: filter variables and the fixed cost of a request",
      );
      const groups = await prepareGroups(
        {
          apiUrl: api.url,
          apiPid: api.child.process.pid,
          baseline: baseline && { url: baseline.url, pid: baseline.child.process.pid },
          peer: peer && { url: peer.url, pid: peer.child.process.pid },
          against: against && { url: against.url, pid: against.child.process.pid, label: against.entry },
          tokens: { declarant: tokens[EMPLOYER]!, backOffice },
          context: { employerId: benchUuid("employer", EMPLOYER), language },
        },
        only,
      );
      results.sideBySide = await runSideBySide(groups, {
        runs: RUNS,
        durationSeconds: DURATION,
        connections: CONNECTIONS,
        loadThreshold: QUIET_LOAD,
        loadWaitSeconds: LOAD_WAIT,
      });
    }
    await Promise.all(others.map((c) => c.stop()));
    if (only.has("d")) {
      console.log(
        `\n(d) 1,000 graphql-ws subscribers of declarationStatusChanged(employerId), 50 status events per second for ${DURATION} s per run`,
      );
      results.d = await runSubscriptionBench({
        databaseUrl: url,
        wsUrl: api.wsUrl,
        tokens,
        subscribers: 1000,
        eventsPerSecond: 50,
        durationSeconds: DURATION,
        runs: RUNS,
      });
    }
  } finally {
    await Promise.all([api.child.stop(), ...others.map((c) => c.stop())]);
  }
}

/** The language the API answers this user in (e-Box subjects), as the baseline's and PostGraphile's column suffix. */
async function viewerLanguage(apiUrl: string, token: string): Promise<"nl" | "fr" | "de" | "en"> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ me { language } }" }),
  });
  const answer = (await response.json()) as { data?: { me?: { language: string } } };
  const language = answer.data?.me?.language.toLowerCase();
  if (language !== "nl" && language !== "fr" && language !== "de" && language !== "en")
    throw new Error(`unexpected language of the declarant: ${JSON.stringify(answer)}`);
  return language;
}

/** Signs in the declarants of the first `count` employers through the API (argon2id: a few at a time). */
async function signInAll(apiUrl: string, count: number): Promise<string[]> {
  const t0 = performance.now();
  const tokens = new Array<string>(count);
  for (let i = 0; i < count; i += 4) {
    await Promise.all(
      Array.from({ length: Math.min(4, count - i) }, async (_, k) => {
        tokens[i + k] = await signIn(apiUrl, declarantLogin(i + k));
      }),
    );
  }
  console.log(
    `Signed in ${count} declarant${count > 1 ? "s" : ""} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return tokens;
}

/**
 * Statements per request of (a) and (b), from the server's own counter (docs/architecture.md#reading-lists): a server
 * started in this process with `exposeStatementCount`, for one request each.
 */
async function countStatements(url: string): Promise<Partial<Record<ListBench, number>>> {
  const dataSource = createDataSource({ url, poolSize: 4, applicationName: "bench-statement-count" });
  await dataSource.initialize();
  const services = new Services(dataSource, { secret: benchSecret(), ttlSeconds: 3600 });
  const server = await startServer({
    schema: await buildFlexiSchema(),
    services,
    port: 0,
    host: "127.0.0.1",
    exposeStatementCount: true,
  });
  try {
    const token = await signIn(server.url, declarantLogin(EMPLOYER));
    const counts: Partial<Record<ListBench, number>> = {};
    for (const bench of ["a", "b"] as const) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: LIST_BENCHES[bench].query,
          variables: { employerId: benchUuid("employer", EMPLOYER) },
        }),
      });
      const answer = (await response.json()) as { extensions?: { sqlStatements?: number } };
      counts[bench] = answer.extensions?.sqlStatements;
    }
    console.log(
      `SQL statements per request (server's counter, the viewer's read included): (a) ${counts.a}, (b) ${counts.b}; the baseline runs 1 and 2`,
    );
    return counts;
  } finally {
    await server.stop();
    await services.close();
    await dataSource.destroy();
  }
}

/** (c): bench/bulk-submission.ts as a child (its own fresh database and in-process controls worker). */
async function runBulkSubmission(): Promise<{ commitMs: number; controlledPerSecond: number }[]> {
  console.log(
    "\n(c) submitDeclarations with 2,000 declarations (bench/bulk-submission.ts, own fresh database, controls worker in its process)",
  );
  const child = spawn(process.execPath, ["-r", "@swc-node/register", path.join("bench", "bulk-submission.ts")], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const runs: { commitMs: number; controlledPerSecond: number }[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => {
    const match = /^run \d+: commit (\d+) ms; all controlled \d+ ms after commit \((\d+) declarations\/s\)/.exec(line);
    if (match) runs.push({ commitMs: Number(match[1]), controlledPerSecond: Number(match[2]) });
    console.log(`  ${line}${match ? ` | ${machineLine()}` : ""}`);
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) console.error(`  bench/bulk-submission.ts exited with code ${code}`);
  return runs;
}

/**
 * `--profile`: where the time goes, with pg_stat_statements loaded for the occasion (a restart
 * of the bench's PostgreSQL, undone at the end). Returns the PostgreSQL handle to stop.
 */
async function profileApi(initial: EmbeddedPostgres, only: Set<string>): Promise<EmbeddedPostgres> {
  let pg = await enableStatementStats(initial);
  try {
    if (COMPARISONS.some((c) => only.has(c.key)) || only.has("lists"))
      await profileListQueries(pg.connectionString(DATABASE), only);
    if (only.has("c")) await profileBulkSubmission(pg);
  } finally {
    pg = await disableStatementStats(pg);
  }
  return pg;
}

/**
 * The lists named by `--only=` (every list for `lists`), GraphQL only, under the bench's load,
 * through the API and then through PostGraphile: CPU ms per request of node and of PostgreSQL
 * (/proc), PostgreSQL's time per statement, and a CPU profile over the load window (through the
 * inspector), so that the two profiles of a list can be read side by side.
 */
async function profileListQueries(url: string, only: Set<string>): Promise<void> {
  const [api, peer] = await Promise.all([
    startApi({ databaseUrl: url, jwtSecret: benchSecret(), inspect: true }),
    startPeer(url, { inspect: true }),
  ]);
  const targets = [
    { label: "the API", child: api.child, url: api.url, profiler: await Profiler.connect(api.inspectorUrl!) },
    { label: PEER_NAME, child: peer.child, url: peer.url, profiler: await Profiler.connect(peer.inspectorUrl!) },
  ];
  try {
    const tokens: Record<Role, string> = {
      declarant: (await signInAll(api.url, EMPLOYER + 1))[EMPLOYER]!,
      backOffice: await signIn(api.url, BACK_OFFICE_LOGIN),
    };
    const context = {
      employerId: benchUuid("employer", EMPLOYER),
      language: await viewerLanguage(api.url, tokens.declarant),
    };
    const dir = path.join(benchDataDir(), "profiles");
    await mkdir(dir, { recursive: true });
    for (const comparison of COMPARISONS) {
      if (!only.has(comparison.key) && !only.has("lists")) continue;
      console.log(`\n(${comparison.key}) ${comparison.title}`);
      for (const target of targets) {
        const isApi = target.child === api.child;
        const query = isApi ? comparison.api : comparison.peer(context);
        const body = JSON.stringify({
          query,
          variables: query.includes("$employerId") ? { employerId: context.employerId } : undefined,
        });
        const options = {
          url: target.url,
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(isApi ? { authorization: `Bearer ${tokens[comparison.role]}` } : {}),
          },
          body,
          connections: CONNECTIONS,
        };
        await autocannon({ ...options, duration: 2 }); // warm-up
        await resetStatementStats(url);
        const before = cpuSnapshot(target.child.process.pid);
        await target.profiler.start();
        const result = await autocannon({ ...options, duration: DURATION });
        const cpu = await target.profiler.stop();
        const after = cpuSnapshot(target.child.process.pid);
        const requests = result.requests.total;
        const name = `${isApi ? "api" : "peer"}-${comparison.key}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
        const file = path.join(dir, `${name}.cpuprofile`);
        await writeFile(file, JSON.stringify(cpu));
        console.log(
          `  ${target.label} under the profiler: ${figures({
            reqPerSec: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            bad: result.errors + result.non2xx,
            serverCpu: (after.server - before.server) / requests,
            postgresCpu: (after.postgres - before.postgres) / requests,
          })} | ${machineLine()}`,
        );
        for (const line of await topStatements(url, requests)) console.log(`  ${line}`);
        for (const line of summarizeProfile(cpu, 15, (after.server - before.server) / requests))
          console.log(`  ${line}`);
        console.log(`  (profile saved: ${path.relative(REPO_ROOT, file)}; open it in Chrome DevTools > Performance)`);
      }
    }
  } finally {
    for (const target of targets) target.profiler.close();
    await Promise.all([api.child.stop(), peer.child.stop()]);
  }
}

function printSummary(results: Results): void {
  console.log("\nSummary (medians of the runs; ratios taken within each run)      goal      result");
  const row = ([label, goal, value, met]: SummaryRow) =>
    console.log(
      `  ${label.padEnd(62)} ${goal.padEnd(9)} ${value.padEnd(40)} ${met === undefined ? "" : met ? "met" : "MISSED"}`,
    );
  if (results.sideBySide?.length) for (const r of sideBySideSummary(results.sideBySide)) row(r);
  if (results.c?.length) {
    const commit = median(results.c.map((r) => r.commitMs));
    const rate = median(results.c.map((r) => r.controlledPerSecond));
    row(["(c) submitDeclarations(2,000): time to commit", "< 1000 ms", `${commit.toFixed(0)} ms`, commit < 1000]);
    row(["(c) declarations controlled per second", ">= 2000/s", `${rate.toFixed(0)}/s`, rate >= 2000]);
  }
  if (results.d?.length) {
    const p99 = median(results.d.map((r) => r.p99));
    const delivered = results.d.reduce((s, r) => s + r.deliveries, 0);
    const expected = results.d.reduce((s, r) => s + r.expectedDeliveries, 0);
    row([
      "(d) commit -> subscriber p99, 1,000 subscribers",
      "< 100 ms",
      `${p99.toFixed(1)} ms (p50 ${median(results.d.map((r) => r.p50)).toFixed(1)} ms)`,
      p99 < 100,
    ]);
    row(["(d) deliveries", "all", `${delivered}/${expected}`, delivered === expected]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
