/**
 * `npm run worker`: the controls worker alone (docs/operations.md#running-several-processes), for running controls in processes of
 * their own beside the API (started with CONTROLS_WORKER=false). Same settings as the API.
 */
import "reflect-metadata";
import { readConfig } from "./config";
import { startControlsWorker, type ControlsWorker } from "./controls/controls-worker";
import { Db } from "./db/db";
import { openDatabase, stopOnSignals, type OpenDatabase } from "./startup";

let database: OpenDatabase | undefined;

async function main(): Promise<void> {
  const config = readConfig();
  let controls: ControlsWorker | undefined;
  stopOnSignals(
    () => [
      async () => controls?.stop(),
      async () => database?.dataSource.isInitialized && database.dataSource.destroy(),
      // The embedded PostgreSQL stops only when no other process (an API, another worker) uses it.
      async () => database?.embedded?.stop(),
    ],
    { timeoutMs: config.shutdownTimeoutMs },
  );
  database = await openDatabase(
    { ...config, poolSize: Math.min(config.poolSize, config.controlsConcurrency + 4) },
    "flexi-worker",
  );
  controls = await startControlsWorker({
    connectionString: database.databaseUrl,
    db: new Db(database.dataSource),
    concurrency: config.controlsConcurrency,
    sweepIntervalMs: config.controlsSweepIntervalMs,
    staleAfterMs: config.controlsStaleAfterMs,
  });
  console.log(`Flexi at work controls worker running (pool ${controls.poolId})`);
}

main().catch(async (error: unknown) => {
  console.error("The controls worker could not start:", error instanceof Error ? error.message : error);
  await database?.embedded?.stop().catch(() => undefined);
  process.exit(1);
});
