/**
 * The product as an operator runs it: the BUILT entry points (`node server/dist/main.js`,
 * `node server/dist/worker.js`) as processes of their own, and a client that reaches an API by
 * its URL. Used by the scale-out and crash tests (server/src/scale/) and by `npm run soak`.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { GraphQLAnswer, TestApi } from "./api";

export const REPO_ROOT = path.join(__dirname, "..", "..", "..");
export const SERVER_DIST = path.join(REPO_ROOT, "server", "dist");

/** What `main.js` prints when it serves (group 1: the GraphQL URL). */
export const API_READY = /Flexi at work API: (http[^\s"]+)/;
/** What `worker.js` prints when it runs (group 1: the graphile-worker pool id). */
export const WORKER_READY = /controls worker running \(pool ([^)\s"]+)\)/i;

const BUILD_LOCK = path.join(os.tmpdir(), "flexi-server-build.lock");
const BUILD_TIMEOUT_MS = 240_000;

/**
 * Runs `npm run build --workspace server` when server/dist is missing or older than a source it
 * is built from. Test files run in parallel jest workers: a lock folder lets one build while the
 * others wait and then find the build fresh.
 */
export async function ensureServerBuilt(): Promise<void> {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    if (await isBuildFresh()) return;
    try {
      await fsp.mkdir(BUILD_LOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const lock = await fsp.stat(BUILD_LOCK).catch(() => undefined);
      // A lock left by a killed run: older than any build takes.
      if (lock && Date.now() - lock.mtimeMs > BUILD_TIMEOUT_MS)
        await fsp.rm(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`server build lock ${BUILD_LOCK} held for more than ${BUILD_TIMEOUT_MS} ms`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (await isBuildFresh()) return;
      await new Promise<void>((resolve, reject) => {
        execFile(
          "npm",
          ["run", "build", "--workspace", "server"],
          { cwd: REPO_ROOT, timeout: BUILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) =>
            error ? reject(new Error(`npm run build --workspace server failed:\n${stdout}\n${stderr}`)) : resolve(),
        );
      });
      return;
    } finally {
      await fsp.rm(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

/** The build is fresh when both entry points are newer than every source file the build compiles. */
async function isBuildFresh(): Promise<boolean> {
  const built = await Promise.all(
    ["main.js", "worker.js"].map((f) =>
      fsp.stat(path.join(SERVER_DIST, f)).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  );
  const oldestBuilt = Math.min(...built);
  if (oldestBuilt === 0) return false;
  const configs = ["server/tsconfig.json", "server/tsconfig.build.json", "tsconfig.json", "server/package.json"].map(
    (f) => path.join(REPO_ROOT, f),
  );
  const newestSource = Math.max(
    ...(await Promise.all(configs.map((f) => fsp.stat(f).then((s) => s.mtimeMs)))),
    await newestBuildSource(path.join(REPO_ROOT, "server", "src")),
  );
  return oldestBuilt >= newestSource;
}

/** Newest mtime among the files tsconfig.build.json compiles (it leaves out *.spec.ts and src/test/). */
async function newestBuildSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full === path.join(REPO_ROOT, "server", "src", "test")) continue;
      newest = Math.max(newest, await newestBuildSource(full));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".spec.ts")) {
      newest = Math.max(newest, (await fsp.stat(full)).mtimeMs);
    }
  }
  return newest;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A built entry point running as its own process. */
export interface ProductProcess {
  name: string;
  process: ChildProcess;
  /** What group 1 of the ready pattern captured: the API's URL, the worker's pool id. */
  ready: string;
  output(): string;
  exited: Promise<Exit>;
  /** Sends the signal (unless the process has already exited) and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<Exit>;
}

export interface StartOptions {
  name?: string;
  ready?: RegExp;
  timeoutMs?: number;
  /** Called with each chunk of output as it arrives (e.g. to kill at a log line). */
  onOutput?: (chunk: string) => void;
  /** Node options before the entry point (e.g. `--expose-gc`). */
  nodeArgs?: string[];
}

/** Output kept once a process is ready: its tail, so that a long run's logs do not pile up. */
const OUTPUT_TAIL = 256 * 1024;

/**
 * Starts `node server/dist/<entry>` from the repository root (as the Dockerfile does) and
 * resolves when its output matches the ready pattern (API_READY for main.js, WORKER_READY for
 * worker.js by default).
 */
export function startBuiltProcess(
  entry: "main.js" | "worker.js",
  env: Record<string, string>,
  options: StartOptions = {},
): Promise<ProductProcess> {
  const ready = options.ready ?? (entry === "main.js" ? API_READY : WORKER_READY);
  const name = options.name ?? entry;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(SERVER_DIST, entry)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<Exit>((resolve) => proc.once("exit", (code, signal) => resolve({ code, signal })));
  const kill = async (signal: NodeJS.Signals): Promise<Exit> => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      void kill("SIGKILL");
      reject(new Error(`${name} not ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.onOutput?.(text);
      if (settled) {
        if (output.length > 2 * OUTPUT_TAIL) output = output.slice(-OUTPUT_TAIL);
        return;
      }
      const match = ready.exec(output);
      if (match) {
        settled = true;
        clearTimeout(timer);
        resolve({ name, process: proc, ready: match[1] ?? match[0], output: () => output, exited, kill });
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    void exited.then(({ code, signal }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}, signal ${signal}) before it was ready:\n${output}`));
    });
  });
}

/** A client of one API process, by its URL. */
export interface ApiClient {
  url: string;
  wsUrl: string;
  /** POST /graphql, optionally with a token. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLAnswer<T>>;
  signIn(login: string, password: string): Promise<string>;
  /** A graphql-ws client with the token in `connectionParams.authorization`; closed by `close()`. */
  wsClient(token?: string): Client;
  close(): Promise<void>;
}

export function apiClient(url: string): ApiClient {
  const wsUrl = url.replace(/^http/, "ws");
  const clients: Client[] = [];
  const request = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLAnswer<T>> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLAnswer<T>;
    } catch {
      throw new Error(`not JSON (HTTP ${response.status}) from ${url}: ${text.slice(0, 500)}`);
    }
  };
  return {
    url,
    wsUrl,
    request,
    async signIn(login, password) {
      const answer = await request<{ signIn: { token: string } }>(
        `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token } }`,
        { login, password },
      );
      const token = answer.data?.signIn.token;
      if (!token) throw new Error(`sign-in of ${login} at ${url} failed: ${JSON.stringify(answer.errors)}`);
      return token;
    },
    wsClient(token) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    },
  };
}

/**
 * The helpers of declarations.ts (createSubmission, addDeclaration, submit, readDeclaration,
 * controlled) use only `request`, so they serve a client of another process as well.
 */
export function asRequestApi(client: ApiClient): TestApi {
  return { request: client.request } as unknown as TestApi;
}

/** One status event as the status subscription delivers it. */
export interface ReceivedStatusEvent {
  cursor: string;
  from: string | null;
  to: string;
  declaration: { id: string; status: string };
}

export interface StatusWatch {
  events: ReceivedStatusEvent[];
  errors: unknown[];
  stop(): void;
}

const STATUS_SUBSCRIPTION = `subscription($employerId: ID, $after: String) {
  declarationStatusChanged(employerId: $employerId, after: $after) { cursor from to declaration { id status } } }`;

/** Subscribes to declarationStatusChanged and collects what arrives. */
export function watchStatus(client: Client, variables: { employerId?: string; after?: string } = {}): StatusWatch {
  const watch: StatusWatch = { events: [], errors: [], stop: () => undefined };
  watch.stop = client.subscribe<{ declarationStatusChanged: ReceivedStatusEvent }>(
    { query: STATUS_SUBSCRIPTION, variables },
    {
      next: (result) => {
        if (result.data) watch.events.push(result.data.declarationStatusChanged);
        if (result.errors) watch.errors.push(...result.errors);
      },
      error: (error) => watch.errors.push(error),
      complete: () => undefined,
    },
  );
  return watch;
}
