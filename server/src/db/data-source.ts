import { runMigrations as runJobQueueMigrations, Logger as JobQueueLogger } from "graphile-worker";
import { DataSource, type Logger, type QueryRunner } from "typeorm";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { countStatement } from "./statement-counter";

/**
 * TypeORM's hook for every statement: counts it for the request that runs it (see
 * statement-counter.ts) and reports failures; everything else is quiet.
 */
class CountingLogger implements Logger {
  logQuery(): void {
    countStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.FLEXI_LOG_SQL_ERRORS) console.error("SQL error", error, query);
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
    extra: { max: options.poolSize ?? 20 },
  });
}

/**
 * Applies pending migrations, the project's and then the job queue's (graphile-worker keeps its
 * own schema, which must exist before any transaction adds a job); returns the names applied.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: "each" });
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error("migrate needs a data source with a url");
  await runJobQueueMigrations({ connectionString: url, logger: QUIET_JOB_QUEUE_LOGGER });
  return applied.map((m) => m.name);
}

/** graphile-worker logs through this: warnings and errors only. */
export const QUIET_JOB_QUEUE_LOGGER = new JobQueueLogger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${level}: ${message}`);
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
