/**
 * What the benchmarks share: where the generated data set lives, its size, its sign-ins, its
 * deterministic ids, the embedded PostgreSQL that holds it, and small statistics helpers.
 */
import { Client } from "pg";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "../server/src/db/embedded-postgres";

export const REPO_ROOT = path.resolve(__dirname, "..");

/** The data directory of the bench's PostgreSQL: BENCH_DATA_DIR, else `.data/bench` (git-ignored). */
export function benchDataDir(): string {
  const configured = process.env.BENCH_DATA_DIR;
  return configured && configured.trim() !== "" ? path.resolve(configured) : path.join(REPO_ROOT, ".data", "bench");
}

export const DATABASE = "bench";

/** Size of the generated data set. */
export const SIZES = {
  employers: 200,
  workers: 20_000,
  dimonaPeriods: 100_000,
  declarations: 200_000,
} as const;

/** Bumped when the generated data changes shape: an older data set is then rebuilt. */
export const SEED_VERSION = 1;

/** Password of every bench sign-in. */
export const BENCH_PASSWORD = "bench-password";
export const BACK_OFFICE_LOGIN = "bench.backoffice";

/** The declarant (FLEXI_AT_WORK + DIMONA_CONSULTATION) of the employer with this index (0-199). */
export function declarantLogin(employerIndex: number): string {
  return `bench.declarant.${String(employerIndex + 1).padStart(3, "0")}`;
}

/**
 * A v4-shaped UUID from a kind and an index: md5 of `bench:<kind>:<index>` with the version and
 * variant nibbles set. {@link uuidSql} computes the same in SQL, so the seed can join on ids
 * set-based and the benches can name any record.
 */
export function benchUuid(kind: string, index: number): string {
  const hex = createHash("md5").update(`bench:${kind}:${index}`).digest("hex");
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${v4.slice(0, 8)}-${v4.slice(8, 12)}-${v4.slice(12, 16)}-${v4.slice(16, 20)}-${v4.slice(20)}`;
}

/** SQL text of {@link benchUuid}; `kind` is a constant of the bench, `index` an SQL expression. */
export function uuidSql(kind: string, index: string): string {
  if (!/^[a-z_]+$/.test(kind)) throw new Error(`bad uuid kind ${kind}`);
  return `overlay(overlay(md5('bench:${kind}:' || (${index})::text) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** The bench's PostgreSQL (started, or reused when already running) with the bench database. */
export async function openBenchPostgres(): Promise<{ pg: EmbeddedPostgres; url: string }> {
  let pg = await startEmbeddedPostgres({ dataDir: benchDataDir() });
  await ensureDatabase(pg, DATABASE);
  pg = await withEnoughConnections(pg);
  return { pg, url: pg.connectionString(DATABASE) };
}

/**
 * Connections the bench's PostgreSQL accepts: the API, the raw-SQL baseline and PostGraphile run
 * side by side with pools of 20 each, beside the bench's own and any script's; PostgreSQL's
 * default of 100 was reached on a busy machine ("sorry, too many clients already").
 */
const BENCH_MAX_CONNECTIONS = 300;

async function withEnoughConnections(pg: EmbeddedPostgres): Promise<EmbeddedPostgres> {
  const client = new Client({ connectionString: pg.connectionString(DATABASE), application_name: "bench-setup" });
  await client.connect();
  try {
    const current = Number(
      (await client.query<{ max_connections: string }>("SHOW max_connections")).rows[0]!.max_connections,
    );
    if (current >= BENCH_MAX_CONNECTIONS) return pg;
    await client.query(`ALTER SYSTEM SET max_connections = ${BENCH_MAX_CONNECTIONS}`);
  } finally {
    await client.end();
  }
  if (pg.reused) {
    console.log(
      `The bench's PostgreSQL (started by another process) takes ${BENCH_MAX_CONNECTIONS} connections from its next start.`,
    );
    return pg;
  }
  const port = pg.port;
  await pg.stop();
  return startEmbeddedPostgres({ dataDir: benchDataDir(), port });
}

/** Signs a bench user in through the API (password BENCH_PASSWORD) and returns the bearer token. */
export async function signIn(apiUrl: string, login: string): Promise<string> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }",
      variables: { l: login, p: BENCH_PASSWORD },
    }),
  });
  const answer = (await response.json()) as { data?: { signIn?: { token: string } }; errors?: unknown };
  if (!answer.data?.signIn) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.signIn.token;
}

/** "2 cores, load 1.52 1.10 0.80 (1, 5, 15 min)". */
export function machineLine(): string {
  return `${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (1, 5, 15 min)`;
}

/** The p-th percentile (0-100) of ascending values, nearest rank; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
