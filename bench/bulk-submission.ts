/**
 * Benchmark (c), first cut: `submitDeclarations` with 2,000 declarations through the
 * real API, on a fresh embedded PostgreSQL, with the controls worker in the process. Prints the
 * time to commit (the mutation's answer) and the time until all 2,000 are controlled, for three
 * runs, with the machine's load. Run: `npm run bench:bulk`.
 */
import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDataSource, migrate } from "../server/src/db/data-source";
import { ensureDatabase, startEmbeddedPostgres } from "../server/src/db/embedded-postgres";
import { startBulkHarness } from "./bulk-harness";

const RUNS = 3;
const COUNT = 2000;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "flexi-bench-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(pg, "bench");
    const url = pg.connectionString("bench");
    const dataSource = createDataSource({ url, poolSize: 20 });
    await dataSource.initialize();
    await migrate(dataSource);
    const harness = await startBulkHarness(dataSource, url, COUNT);
    console.log(
      `submitDeclarations, ${COUNT} declarations, controls worker concurrency 2, ${os.cpus().length} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    for (let run = 1; run <= RUNS; run++) {
      const { commitMs, controlMs } = await harness.submit(String(run));
      console.log(
        `run ${run}: commit ${commitMs.toFixed(0)} ms; all controlled ${controlMs.toFixed(0)} ms after commit (${Math.round(COUNT / (controlMs / 1000))} declarations/s); total ${(commitMs + controlMs).toFixed(0)} ms`,
      );
    }
    await harness.close();
    await dataSource.destroy();
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
