/**
 * One embedded PostgreSQL shared by several processes (docs/operations.md#sharing-one-data-directory):
 * two APIs and a controls worker (the built main.js and worker.js) on one data directory,
 * stopped in every order, and with one of them killed by SIGKILL. The processes still running
 * keep answering from their database throughout; PostgreSQL stops with the last one.
 */
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { ensureServerBuilt, startBuiltProcess, type ProductProcess } from "../test/cluster";

let dataDir: string;
const running = new Set<ProductProcess>();

beforeAll(async () => {
  await ensureServerBuilt();
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), "flexi-shared-"));
}, 300_000);

afterAll(async () => {
  await Promise.all([...running].map((p) => p.kill("SIGKILL")));
  const pid = await postmasterPid();
  if (pid !== undefined && alive(pid)) process.kill(pid, "SIGQUIT");
  await fsp.rm(dataDir, { recursive: true, force: true });
}, 60_000);

function env(): Record<string, string> {
  return {
    FLEXI_DATA_DIR: dataDir,
    DATABASE_URL: "",
    JWT_SECRET: "",
    PORT: "0",
    HOST: "127.0.0.1",
    FLEXI_DEMO_DATA: "false",
    CONTROLS_WORKER: "false",
    DATABASE_POOL_SIZE: "3",
    // The worker's heartbeat, written at each sweep, shows that it reaches its database.
    CONTROLS_SWEEP_INTERVAL_MS: "300",
    LOG_LEVEL: "info",
  };
}

type Kind = "api 1" | "api 2" | "worker";

async function start(kind: Kind): Promise<ProductProcess> {
  const proc = await startBuiltProcess(kind === "worker" ? "worker.js" : "main.js", env(), { name: kind });
  running.add(proc);
  return proc;
}

async function postmasterPid(): Promise<number | undefined> {
  const text = await fsp.readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8").catch(() => undefined);
  return text === undefined ? undefined : Number.parseInt(text.split("\n")[0] ?? "", 10);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postgresRunning(): Promise<boolean> {
  const pid = await postmasterPid();
  return pid !== undefined && alive(pid);
}

/** Whether an API answers from its database: /readyz runs its queries. */
async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(url.replace(/graphql$/, "readyz"), { signal: AbortSignal.timeout(3000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Whether the worker wrote its heartbeat in the last few seconds (it reaches its database). */
async function workerBeats(poolId: string): Promise<boolean> {
  const password = (await fsp.readFile(path.join(dataDir, "superuser-password"), "utf8")).trim();
  const text = await fsp.readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8");
  const port = Number(text.split("\n")[3]);
  const client = new Client({ host: "127.0.0.1", port, user: "postgres", password, database: "flexi" });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ fresh: boolean }>(
      `SELECT beat_at > now() - interval '3 seconds' AS fresh FROM worker_heartbeat WHERE pool_id = $1`,
      [poolId],
    );
    return rows[0]?.fresh === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Polls every API that should be up, all the time: a failed answer of one that is not being
 * stopped is recorded. `up` is changed by the test before it stops a process.
 */
function watchAnswers(up: Set<string>): { failures: string[]; stop(): Promise<void> } {
  const failures: string[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      for (const url of [...up]) {
        if (!(await ready(url)) && up.has(url)) failures.push(`${url} did not answer`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    failures,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

const ORDERS: Kind[][] = [
  ["api 1", "api 2", "worker"],
  ["api 1", "worker", "api 2"],
  ["api 2", "api 1", "worker"],
  ["api 2", "worker", "api 1"],
  ["worker", "api 1", "api 2"],
  ["worker", "api 2", "api 1"],
];

it("two APIs and a worker on one data directory, stopped in every order: the others answer throughout; PostgreSQL stops with the last", async () => {
  for (const order of ORDERS) {
    // The first to start starts PostgreSQL; the others reuse it.
    const first = await start("api 1");
    const [second, worker] = await Promise.all([start("api 2"), start("worker")]);
    const procs: Record<Kind, ProductProcess> = { "api 1": first, "api 2": second, worker };
    expect(second.output()).toMatch(/embedded PostgreSQL reused/);
    const up = new Set([first.ready, second.ready]);
    const watch = watchAnswers(up);
    try {
      for (const [index, kind] of order.entries()) {
        const proc = procs[kind];
        if (kind !== "worker") up.delete(proc.ready);
        expect(await proc.kill("SIGTERM")).toEqual({ code: 0, signal: null });
        running.delete(proc);
        const left = order.slice(index + 1);
        if (left.length === 0) {
          expect(await postgresRunning()).toBe(false);
          continue;
        }
        expect(await postgresRunning()).toBe(true);
        for (const other of left) {
          if (other === "worker") expect(await workerBeats(worker.ready)).toBe(true);
          else expect(await ready(procs[other].ready)).toBe(true);
        }
      }
    } finally {
      await watch.stop();
    }
    expect({ order: order.join(" > "), failures: watch.failures }).toEqual({ order: order.join(" > "), failures: [] });
  }
}, 300_000);

it("one of them killed with SIGKILL: the others keep their database; it stops with the last one still running", async () => {
  for (const killed of ["api 1", "worker"] as Kind[]) {
    const first = await start("api 1");
    const [second, worker] = await Promise.all([start("api 2"), start("worker")]);
    const procs: Record<Kind, ProductProcess> = { "api 1": first, "api 2": second, worker };
    const up = new Set([first.ready, second.ready]);
    const watch = watchAnswers(up);
    try {
      if (killed !== "worker") up.delete(procs[killed].ready);
      await procs[killed].kill("SIGKILL");
      running.delete(procs[killed]);
      const rest = (["api 1", "api 2", "worker"] as Kind[]).filter((k) => k !== killed);
      // Its lease is left behind, but counts for nothing: the others stop in turn, and the last one stops PostgreSQL.
      for (const [index, kind] of rest.entries()) {
        expect(await postgresRunning()).toBe(true);
        const proc = procs[kind];
        if (kind !== "worker") up.delete(proc.ready);
        expect(await proc.kill("SIGTERM")).toEqual({ code: 0, signal: null });
        running.delete(proc);
        const other = rest[index + 1];
        if (other === "worker") expect(await workerBeats(worker.ready)).toBe(true);
        else if (other !== undefined) expect(await ready(procs[other].ready)).toBe(true);
      }
      expect(await postgresRunning()).toBe(false);
    } finally {
      await watch.stop();
    }
    expect(watch.failures).toEqual([]);
  }
}, 300_000);
