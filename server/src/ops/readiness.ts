/**
 * `/readyz` (docs/operations.md#health-readiness-and-metrics): the process may take traffic when its database answers and no
 * migration this code knows of is missing from it. `/healthz` only says the process is up.
 */
import type { Db } from "../db/db";
import { MIGRATIONS } from "../db/migrations";
import { sql } from "../db/sql";
import { logger } from "./logger";

export type Readiness = { ready: true } | { ready: false; reason: string };

/** A probe that waits longer than this is answered "not ready" (a full pool, a hung server). */
const READINESS_TIMEOUT_MS = 2000;

/** The names TypeORM records in typeorm_migration, in order. */
const EXPECTED_MIGRATIONS: string[] = MIGRATIONS.map((migration) => {
  const instance = new (migration as new () => { name?: string })();
  return instance.name ?? migration.name;
});

/**
 * Asks the database which migrations it has. Pending: one of MIGRATIONS is not applied, or the
 * job queue's schema is missing. A database ahead of this code (a newer release migrated it)
 * is ready: migrations only add.
 */
export async function checkReadiness(db: Db, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const answer = inspect(db).catch((error: unknown): Readiness => {
    logger.warn({ err: error }, "readiness: the database does not answer");
    return { ready: false, reason: "the database does not answer" };
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function inspect(db: Db): Promise<Readiness> {
  const tables = await db.one<{ migrations: boolean; jobs: boolean }>(sql`
    SELECT to_regclass('typeorm_migration') IS NOT NULL AS migrations,
           to_regclass('graphile_worker._private_jobs') IS NOT NULL AS jobs`);
  if (!tables?.migrations) return { ready: false, reason: `migrations pending: ${EXPECTED_MIGRATIONS.join(", ")}` };
  const applied = new Set(
    (await db.query<{ name: string }>(sql`SELECT name FROM typeorm_migration`)).map((row) => row.name),
  );
  const pending = EXPECTED_MIGRATIONS.filter((name) => !applied.has(name));
  if (pending.length > 0) return { ready: false, reason: `migrations pending: ${pending.join(", ")}` };
  if (!tables.jobs) return { ready: false, reason: "migrations pending: the job queue's schema (graphile_worker)" };
  return { ready: true };
}
