/**
 * One embedded PostgreSQL for the browser tests, with a template database holding the migrated
 * schema and the demo data (the sign-ins of the README); each test file clones it.
 */
import "reflect-metadata";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDataSource, migrate } from "../../../server/src/db/data-source";
import { Db } from "../../../server/src/db/db";
import { ensureDatabase, startEmbeddedPostgres } from "../../../server/src/db/embedded-postgres";
import { loadDemoData } from "../../../server/src/demo/demo-data";
import type { TestDatabaseServer } from "../../../server/src/test/database";

export const DEMO_TEMPLATE = "flexi_demo_template";

export default async function globalSetup(): Promise<void> {
  // One JSON line per request would drown the test output; the servers under test read this.
  process.env.LOG_LEVEL ||= "warn";
  const dist = path.join(__dirname, "..", "..", "dist", "index.html");
  if (!existsSync(dist))
    throw new Error("The console is not built: run `npm run build --workspace console` (npm run test:browser does).");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "flexi-browser-pg-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  await ensureDatabase(pg, DEMO_TEMPLATE);
  const ds = createDataSource({ url: pg.connectionString(DEMO_TEMPLATE), poolSize: 2 });
  await ds.initialize();
  await migrate(ds);
  await loadDemoData(new Db(ds));
  await ds.destroy();
  const server: TestDatabaseServer = { baseUrl: pg.connectionString("").replace(/\/$/, ""), dataDir };
  process.env.FLEXI_TEST_PG = JSON.stringify(server);
  (globalThis as { flexiTestPg?: { stop(): Promise<void>; dataDir: string } }).flexiTestPg = {
    stop: () => pg.stop(),
    dataDir,
  };
}
