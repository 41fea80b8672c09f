/**
 * `npm run bench:profile -- --only=c`: why benchmark (c) takes what it takes. The same
 * submission as bench/bulk-submission.ts (2,000 declarations of the fixtures' worker, the same
 * input, controls worker concurrency 2), in this process, on a fresh database of the bench's
 * PostgreSQL where pg_stat_statements is loaded: after one warm-up submission, one measured
 * submission with the CPU time of this process (server + controls worker) and of PostgreSQL,
 * PostgreSQL's time per statement, and a CPU profile of this process over the window.
 */
import { readFile, stat } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { Client } from "pg";
import { createDataSource, migrate } from "../server/src/db/data-source";
import { Db } from "../server/src/db/db";
import type { EmbeddedPostgres } from "../server/src/db/embedded-postgres";
import { sql } from "../server/src/db/sql";
import { startBulkHarness } from "./bulk-harness";
import { benchDataDir, machineLine } from "./common";
import { postgresCpuMs } from "./cpu";
import { summarizeProfile, type CpuProfile } from "./profile";
import { resetStatementStats, topStatements } from "./statement-stats";

const DATABASE = "bench_bulk";
const COUNT = 2000;
const LOG_FILE = () => path.join(benchDataDir(), "postgres.log");

async function recreate(adminUrl: string, drop: boolean): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    if (!drop) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
}

/** Plans of this database's statements slower than 100 ms go to the bench's postgres.log, with their actual times. */
async function withAutoExplain(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${DATABASE}" SET session_preload_libraries = 'auto_explain'`);
    await client.query(`ALTER DATABASE "${DATABASE}" SET auto_explain.log_min_duration = '100ms'`);
    await client.query(`ALTER DATABASE "${DATABASE}" SET auto_explain.log_analyze = on`);
  } finally {
    await client.end();
  }
}

/**
 * The slowest plan auto_explain logged after `offset` of postgres.log, cut to the nodes that take
 * at least a tenth of its time (actual time x loops) and their filters.
 */
async function slowestPlan(offset: number): Promise<string[]> {
  const log = (await readFile(LOG_FILE(), "utf8")).slice(offset);
  const plans = [...log.matchAll(/duration: ([\d.]+) ms {2}plan:\n([\s\S]*?)(?=\n\d{4}-\d\d-\d\d |$)/g)].map((m) => ({
    ms: Number(m[1]),
    text: m[2]!,
  }));
  const slowest = plans.sort((a, b) => b.ms - a.ms)[0];
  if (!slowest) return ["no statement took 100 ms or more"];
  const lines = slowest.text.split("\n").map((l) => l.replace(/^\t/, ""));
  const out = [
    `The slowest statement (${slowest.ms.toFixed(0)} ms, auto_explain), its nodes taking 10% of that or more (actual time x loops):`,
  ];
  lines.forEach((line, i) => {
    const m = /actual time=[\d.]+\.\.([\d.]+) rows=[\d.]+ loops=(\d+)/.exec(line);
    if (!m || Number(m[1]) * Number(m[2]) < slowest.ms / 10) return;
    out.push(`  ${line.replace(/\(cost=[^)]*\) /, "")}`);
    const next = lines[i + 1] ?? "";
    if (/^\s*(Filter|Index Cond|Recheck Cond):/.test(next)) out.push(`  ${next.slice(0, 200)}`);
  });
  return out;
}

/** Needs pg_stat_statements loaded (statement-stats.ts enableStatementStats). */
export async function profileBulkSubmission(pg: EmbeddedPostgres): Promise<void> {
  console.log(
    `\n(c) submitDeclarations with ${COUNT} declarations, then the controls (in this process, concurrency 2), profiled`,
  );
  await recreate(pg.connectionString("postgres"), false);
  const url = pg.connectionString(DATABASE);
  await withAutoExplain(pg.connectionString("postgres"));
  const dataSource = createDataSource({ url, poolSize: 20, applicationName: "bench-profile-bulk" });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    await new Db(dataSource).query(sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    const harness = await startBulkHarness(dataSource, url, COUNT);
    const session = new Session();
    session.connect();
    try {
      await harness.submit("warm-up");
      await resetStatementStats(url);
      const logOffset = (await stat(LOG_FILE())).size;
      await session.post("Profiler.enable");
      await session.post("Profiler.setSamplingInterval", { interval: 500 });
      const cpu0 = process.cpuUsage();
      const pg0 = postgresCpuMs();
      await session.post("Profiler.start");
      const { commitMs, controlMs } = await harness.submit("profiled");
      const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
      const cpu = process.cpuUsage(cpu0);
      const pgMs = postgresCpuMs() - pg0;
      console.log(
        `  commit ${commitMs.toFixed(0)} ms; all controlled ${controlMs.toFixed(0)} ms after commit (${Math.round(COUNT / (controlMs / 1000))} declarations/s) | ${machineLine()}`,
      );
      console.log(
        `  CPU over the window: node (API + controls worker) ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, PostgreSQL ${pgMs.toFixed(0)} ms, for ${(commitMs + controlMs).toFixed(0)} ms of wall time on 2 shared cores`,
      );
      for (const line of await topStatements(url, 1, 12, "the submission and its controls")) console.log(`  ${line}`);
      for (const line of await slowestPlan(logOffset)) console.log(`  ${line}`);
      for (const line of summarizeProfile(profile)) console.log(`  ${line}`);
    } finally {
      session.disconnect();
      await harness.close();
    }
  } finally {
    await dataSource.destroy();
    await recreate(pg.connectionString("postgres"), true);
  }
}
