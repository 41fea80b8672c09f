/**
 * What every process of the product does first: reach PostgreSQL (the embedded one in the data
 * directory when DATABASE_URL is unset, design §2), apply migrations, and stop cleanly on
 * SIGTERM/SIGINT. Shared by the API (`main.ts`) and the controls worker (`worker.ts`).
 */
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createDataSource, migrate } from "./db/data-source";
import { defaultDataDir, ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres";

const DATABASE_NAME = "flexi";

export interface OpenDatabase {
  dataSource: DataSource;
  databaseUrl: string;
  dataDir: string;
  /** The embedded PostgreSQL, when this process runs one: it outlives the process unless stopped. */
  embedded: EmbeddedPostgres | undefined;
}

export async function openDatabase(config: Config, applicationName: string): Promise<OpenDatabase> {
  let databaseUrl = config.databaseUrl;
  const dataDir = config.dataDir ?? defaultDataDir();
  let embedded: EmbeddedPostgres | undefined;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL in ${dataDir} ...`);
    embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPgPort });
    await ensureDatabase(embedded, DATABASE_NAME);
    databaseUrl = embedded.connectionString(DATABASE_NAME);
    console.log(`PostgreSQL ${embedded.reused ? "reused" : "started"} on port ${embedded.port}`);
  }
  const dataSource = createDataSource({ url: databaseUrl, poolSize: config.poolSize, applicationName });
  try {
    await dataSource.initialize();
    const applied = await migrate(dataSource);
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  return { dataSource, databaseUrl, dataDir, embedded };
}

/**
 * Runs the given stops in order on SIGTERM or SIGINT, once, then exits. Each stop's failure is
 * logged and the next one still runs.
 */
export function stopOnSignals(stops: () => (() => Promise<unknown>)[]): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ...`);
    for (const stop of stops()) await stop().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
