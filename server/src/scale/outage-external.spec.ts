/**
 * A PostgreSQL given by DATABASE_URL (here the embedded binaries, started by the test as an
 * "external" server) killed and restarted under load (docs/operations.md#when-the-database-goes-away):
 * the processes wait, retry and reconnect. The scenario and what must hold: server/src/test/outage.ts.
 */
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { ensureServerBuilt, type ProductProcess } from "../test/cluster";
import { runOutage } from "../test/outage";

let dataDir: string;
const handles: EmbeddedPostgres[] = [];
const running: ProductProcess[] = [];

beforeAll(async () => {
  await ensureServerBuilt();
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), "flexi-external-"));
  handles.push(await startEmbeddedPostgres({ dataDir }));
  await ensureDatabase(handles[0]!, "flexi");
}, 300_000);

afterAll(async () => {
  await Promise.all(running.map((p) => p.kill("SIGTERM")));
  for (const handle of handles) await handle.stop().catch(() => undefined);
  await fsp.rm(dataDir, { recursive: true, force: true });
}, 60_000);

it("an external PostgreSQL killed and restarted while a bulk submission, controls and 100 subscribers run: nothing lost or doubled", async () => {
  const pg = handles[0]!;
  let restarted: Promise<void> | undefined;
  const { summary, supervision } = await runOutage(
    {
      env: {
        DATABASE_URL: pg.connectionString("flexi"),
        JWT_SECRET: "outage-test-secret-shared-by-the-processes",
        PORT: "0",
        HOST: "127.0.0.1",
        FLEXI_DEMO_DATA: "false",
        DATABASE_POOL_SIZE: "5",
      },
      databaseUrl: async () => pg.connectionString("flexi"),
      async kill() {
        const text = await fsp.readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8");
        process.kill(Number(text.split("\n")[0]), "SIGKILL");
      },
      async restore() {
        restarted = (async () => {
          handles.push(await startEmbeddedPostgres({ dataDir, port: pg.port }));
        })();
      },
      back: () => restarted!,
    },
    running,
  );
  console.log(`external PostgreSQL restarted: ${summary}`);
  expect(supervision).toEqual([]); // an external server is not the processes' to start
  for (const proc of running) expect(await proc.kill("SIGTERM")).toEqual({ code: 0, signal: null });
}, 240_000);
