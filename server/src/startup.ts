/**
 * What every process of the product does first: reach PostgreSQL (the embedded one in the data
 * directory when DATABASE_URL is unset, docs/operations.md#the-embedded-postgresql), apply migrations, and stop cleanly on
 * SIGTERM/SIGINT. Shared by the API (`main.ts`) and the controls worker (`worker.ts`).
 */
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createDataSource, migrate } from "./db/data-source";
import { defaultDataDir, ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres";
import { logger } from "./ops/logger";
import { runStops } from "./ops/shutdown";

const DATABASE_NAME = "flexi";

export interface OpenDatabase {
  dataSource: DataSource;
  databaseUrl: string;
  dataDir: string;
  /**
   * The embedded PostgreSQL, when this process uses one (started or found running): `stop()`
   * gives this process's lease back and stops it when no other process uses it.
   */
  embedded: EmbeddedPostgres | undefined;
}

export async function openDatabase(config: Config, applicationName: string): Promise<OpenDatabase> {
  let databaseUrl = config.databaseUrl;
  const dataDir = config.dataDir ?? defaultDataDir();
  let embedded: EmbeddedPostgres | undefined;
  if (!databaseUrl) {
    logger.info({ dataDir }, "starting the embedded PostgreSQL");
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPgPort,
      // Started again when it dies, by whichever process of the data directory sees it first.
      supervise: true,
      onSupervision: (event) => (event.kind === "restarted" ? logger.warn(event.message) : logger.error(event.message)),
    });
    await ensureDatabase(embedded, DATABASE_NAME);
    databaseUrl = embedded.connectionString(DATABASE_NAME);
    logger.info(
      { port: embedded.port, reused: embedded.reused },
      `embedded PostgreSQL ${embedded.reused ? "reused" : "started"}`,
    );
  }
  const dataSource = createDataSource({
    url: databaseUrl,
    poolSize: config.poolSize,
    applicationName,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await dataSource.initialize();
    const applied = await migrate(dataSource);
    if (applied.length) logger.info({ migrations: applied }, "migrations applied");
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  return { dataSource, databaseUrl, dataDir, embedded };
}

/**
 * Runs the given stops in order on SIGTERM or SIGINT, once, then exits: 0 when all ended well,
 * 1 when one failed or they took longer than `timeoutMs` (SHUTDOWN_TIMEOUT_MS). Each stop's
 * failure is logged and the next one still runs (ops/shutdown.ts).
 */
export function stopOnSignals(
  stops: () => (() => Promise<unknown>)[],
  options: { timeoutMs: number } = { timeoutMs: 10_000 },
): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutMs: options.timeoutMs }, "stopping");
    const code = await runStops(stops(), options);
    if (code === 0) logger.info("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
