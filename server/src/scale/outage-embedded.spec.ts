/**
 * The embedded PostgreSQL killed under load (docs/operations.md#when-the-database-goes-away): the
 * processes that use it start it again by themselves (one of them, on the same data directory and
 * port), and everything reconnects. The scenario and what must hold: server/src/test/outage.ts.
 */
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureServerBuilt, type ProductProcess } from "../test/cluster";
import { eventually } from "../test/api";
import { lockDataDir } from "../db/embedded-postgres";
import { runOutage } from "../test/outage";

let dataDir: string;
const running: ProductProcess[] = [];

beforeAll(async () => {
  await ensureServerBuilt();
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), "flexi-outage-"));
}, 300_000);

afterAll(async () => {
  await Promise.all(running.map((p) => p.kill("SIGTERM")));
  const pid = await postmaster();
  if (pid !== undefined && alive(pid.pid)) process.kill(pid.pid, "SIGQUIT");
  await fsp.rm(dataDir, { recursive: true, force: true });
}, 60_000);

async function postmaster(): Promise<{ pid: number; port: number; status: string } | undefined> {
  const text = await fsp.readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const lines = text.split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it("the postmaster killed while a bulk submission, controls and 100 subscribers run: restarted by the processes, nothing lost or doubled", async () => {
  let killed: number | undefined;
  let release: (() => Promise<void>) | undefined;
  const { summary, supervision } = await runOutage(
    {
      env: {
        FLEXI_DATA_DIR: dataDir,
        DATABASE_URL: "",
        JWT_SECRET: "outage-test-secret-shared-by-the-processes",
        PORT: "0",
        HOST: "127.0.0.1",
        FLEXI_DEMO_DATA: "false",
        DATABASE_POOL_SIZE: "5",
      },
      async databaseUrl() {
        const password = (await fsp.readFile(path.join(dataDir, "superuser-password"), "utf8")).trim();
        const pg = await postmaster();
        return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pg!.port}/flexi`;
      },
      async kill() {
        const pg = await postmaster();
        killed = pg!.pid;
        // The data directory's lock, held until restore(): the processes' supervisors wait for it.
        release = await lockDataDir(dataDir);
        process.kill(pg!.pid, "SIGKILL");
      },
      restore: () => release!(),
      async back() {
        await eventually(
          async () => {
            const pg = await postmaster();
            return pg && pg.pid !== killed && alive(pg.pid) && pg.status === "ready" ? true : undefined;
          },
          60_000,
          "PostgreSQL started again by the processes",
        );
      },
    },
    running,
  );
  console.log(`embedded PostgreSQL killed: ${summary}`);
  const [api, worker] = running;
  // One of the two started it again; the other found it running.
  expect(supervision.filter((line) => /started again/.test(line))).toHaveLength(1);
  expect(await api!.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  expect(await worker!.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  // The last one out stopped it.
  expect(await postmaster()).toBeUndefined();
}, 240_000);
