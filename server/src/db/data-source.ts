import { runMigrations as runJobQueueMigrations, Logger as JobQueueLogger } from "graphile-worker";
import { DataSource, MigrationExecutor, type Logger, type QueryRunner } from "typeorm";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { countStatement } from "./statement-counter";
import { logger } from "../ops/logger";

/**
 * TypeORM's hook for every statement: counts it for the request that runs it (see
 * statement-counter.ts) and reports failures; everything else is quiet.
 */
class CountingLogger implements Logger {
  logQuery(): void {
    countStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.FLEXI_LOG_SQL_ERRORS) logger.error({ err: error, query }, "SQL error");
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  /** Pool size of this process. */
  poolSize?: number;
  applicationName?: string;
  /**
   * Every statement on the pool's connections is stopped after this long (PostgreSQL's
   * `statement_timeout`, sent when each connection opens; STATEMENT_TIMEOUT_MS); 0 or unset: no limit.
   * Migrations run without it (migrate below).
   */
  statementTimeoutMs?: number;
}

/** The one TypeORM data source of a process; migrations run explicitly, `synchronize` never. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "typeorm_migration",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: "pgcrypto",
    logging: true,
    logger: new CountingLogger(),
    applicationName: options.applicationName ?? "flexi-at-work",
    extra: {
      max: options.poolSize ?? 20,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

/**
 * Applies pending migrations, the project's and then the job queue's (graphile-worker keeps its
 * own schema, which must exist before any transaction adds a job); returns the names applied.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error("migrate needs a data source with a url");
  // Several processes starting together (N APIs, M workers) migrate one at a time: the others
  // wait on this lock, then find nothing left to apply.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    // A migration may rewrite a large table: no statement timeout on its connection (RESET below restores the pool's).
    await lock.query("SET statement_timeout = 0");
    const executor = new MigrationExecutor(dataSource, lock);
    executor.transaction = "each";
    const applied = await executor.executePendingMigrations();
    await runJobQueueMigrations({ connectionString: url, logger: QUIET_JOB_QUEUE_LOGGER });
    return applied.map((m) => m.name);
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.query("RESET statement_timeout").catch(() => undefined);
    await lock.release();
  }
}

/** The advisory lock that serializes migrations across processes. */
const MIGRATION_LOCK_KEY = 7_202_502;

/** graphile-worker logs through this: warnings and errors only. */
export const QUIET_JOB_QUEUE_LOGGER = new JobQueueLogger(() => (level, message) => {
  if (level === "error") logger.error(`jobs: ${message}`);
  else if (level === "warning") logger.warn(`jobs: ${message}`);
});

/** The SQL TypeORM would run to make the database match the entities; empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query),
  };
}

export type { QueryRunner };
