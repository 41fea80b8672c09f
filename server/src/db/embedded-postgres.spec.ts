import { spawn } from "node:child_process";
import { promises as fsp } from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "pg";
import { EmbeddedPostgres, ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";

const repoRoot = path.resolve(__dirname, "..", "..", "..");
const helperSource = path.join(__dirname, "embedded-postgres.ts");

const folders: string[] = [];
const handles: EmbeddedPostgres[] = [];

async function freshDataDir(): Promise<string> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), "flexi-ep-"));
  folders.push(dir);
  return dir;
}

async function start(dataDir: string, port?: number): Promise<EmbeddedPostgres> {
  const pg = await startEmbeddedPostgres({ dataDir, port });
  handles.push(pg);
  return pg;
}

async function query<T extends object>(pg: EmbeddedPostgres, database: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: pg.connectionString(database) });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
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

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Never leave a server behind, even when a test fails half-way. */
afterEach(async () => {
  for (const pg of handles.splice(0)) await pg.stop().catch(() => undefined);
  for (const dir of folders.splice(0)) {
    const pid = await postmasterPid(dir);
    if (pid !== undefined && alive(pid)) {
      const cmdline = await fsp.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      if (cmdline.includes(dir)) process.kill(pid, "SIGQUIT");
    }
    await fsp.rm(dir, { recursive: true, force: true });
  }
});

describe("embedded PostgreSQL", () => {
  it("creates a cluster on an empty folder and keeps its data across a stop and a start", async () => {
    const dataDir = await freshDataDir();
    const first = await start(dataDir);
    expect(first.user).toBe("postgres");
    expect(first.reused).toBe(false);
    expect(first.connectionString("flexi")).toBe(
      `postgres://postgres:${encodeURIComponent(first.password)}@127.0.0.1:${first.port}/flexi`,
    );
    expect(await query(first, "postgres", "select 1 as one")).toEqual([{ one: 1 }]);

    await ensureDatabase(first, "flexi");
    await ensureDatabase(first, "flexi"); // idempotent
    await query(first, "flexi", "create table kept (value text); insert into kept values ('survives a restart')");
    await first.stop();
    await first.stop(); // idempotent
    expect(await postmasterPid(dataDir)).toBeUndefined();

    const password = (await fsp.readFile(path.join(dataDir, "superuser-password"), "utf8")).trim();
    expect(password).toBe(first.password);
    expect((await fsp.stat(path.join(dataDir, "superuser-password"))).mode & 0o777).toBe(0o600);

    const second = await start(dataDir);
    expect(second.password).toBe(first.password);
    expect(await query(second, "flexi", "select value from kept")).toEqual([{ value: "survives a restart" }]);
    await second.stop();
  });

  it("reuses or restarts a server left running by a process killed with SIGKILL, and recovers from a killed server", async () => {
    const dataDir = await freshDataDir();
    const script = `
      const { startEmbeddedPostgres } = require(${JSON.stringify(helperSource)});
      const { Client } = require("pg");
      startEmbeddedPostgres({ dataDir: process.env.EP_DATA_DIR }).then(async (pg) => {
        const client = new Client({ connectionString: pg.connectionString("postgres") });
        await client.connect();
        await client.query("create table left_behind (value text); insert into left_behind values ('from the killed process')");
        await client.end();
        console.log(JSON.stringify({ port: pg.port }));
        setInterval(() => undefined, 1000);
      }, (error) => { console.error(error); process.exit(2); });`;
    const child = spawn(process.execPath, ["-r", "@swc-node/register", "-e", script], {
      cwd: repoRoot,
      env: { ...process.env, EP_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      await waitUntil(() => stdout.includes("\n") || child.exitCode !== null, 20_000);
    } finally {
      child.kill("SIGKILL");
      await exited;
    }
    expect(stderr).toBe("");
    const { port } = JSON.parse(stdout.trim()) as { port: number };
    const leftPid = await postmasterPid(dataDir);
    expect(leftPid !== undefined && alive(leftPid)).toBe(true);

    // Same (or no) port asked: the running server is reused.
    const reused = await start(dataDir);
    expect(reused.reused).toBe(true);
    expect(reused.port).toBe(port);
    expect(await query(reused, "postgres", "select value from left_behind")).toEqual([
      { value: "from the killed process" },
    ]);

    // Another port asked: the running server is stopped and started again there.
    const otherPort = await freePort();
    const moved = await start(dataDir, otherPort);
    expect(moved.reused).toBe(false);
    expect(moved.port).toBe(otherPort);
    expect(await postmasterPid(dataDir)).not.toBe(leftPid);
    await reused.stop(); // its server is gone already: a no-op that must not stop the new one
    expect(await query(moved, "postgres", "select value from left_behind")).toEqual([
      { value: "from the killed process" },
    ]);

    // The server itself killed: postmaster.pid stays behind; the next start recovers.
    const killedPid = await postmasterPid(dataDir);
    if (killedPid === undefined) throw new Error("no postmaster.pid");
    process.kill(killedPid, "SIGKILL");
    await waitUntil(() => !alive(killedPid), 5000);
    expect(await postmasterPid(dataDir)).toBe(killedPid);
    const recovered = await start(dataDir);
    expect(recovered.reused).toBe(false);
    expect(await query(recovered, "postgres", "select value from left_behind")).toEqual([
      { value: "from the killed process" },
    ]);
    await recovered.stop();
  });

  it("rejects with an Error when the data directory is a file", async () => {
    const folder = await freshDataDir();
    const file = path.join(folder, "not-a-folder");
    await fsp.writeFile(file, "x");
    await expect(startEmbeddedPostgres({ dataDir: file })).rejects.toThrow(/not a directory/);
    await expect(startEmbeddedPostgres({ dataDir: path.join(file, "below") })).rejects.toThrow(Error);
  });
});
