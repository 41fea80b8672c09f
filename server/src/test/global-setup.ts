/**
 * Jest global set-up: one real PostgreSQL (the embedded one, in a fresh folder) for the whole
 * run, with a migrated template database; each test file clones its own database from it.
 */
import "reflect-metadata";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "../db/embedded-postgres";
import { createDataSource, migrate } from "../db/data-source";
import { TEMPLATE_DATABASE, type TestDatabaseServer } from "./database";

export default async function globalSetup(): Promise<void> {
  // The servers the tests start log every request at info: keep warnings and errors only, unless asked.
  process.env.LOG_LEVEL ||= "warn";
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "flexi-test-pg-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  await ensureDatabase(pg, TEMPLATE_DATABASE);
  const ds = createDataSource({ url: pg.connectionString(TEMPLATE_DATABASE), poolSize: 2 });
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  const server: TestDatabaseServer = { baseUrl: pg.connectionString("").replace(/\/$/, ""), dataDir };
  process.env.FLEXI_TEST_PG = JSON.stringify(server);
  (globalThis as { flexiTestPg?: { stop(): Promise<void>; dataDir: string } }).flexiTestPg = {
    stop: () => pg.stop(),
    dataDir,
  };
}
