/**
 * The benchmarks' child processes: the API as `npm start` runs it (server/src/main.ts through
 * swc, server/dist/main.js with BENCH_API=dist, see apiEntry) and the raw-SQL baseline, each started with
 * the bench database's URL and stopped with SIGTERM (the API then shuts down gracefully).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { REPO_ROOT } from "./common";

export interface Child {
  name: string;
  process: ChildProcess;
  /** Lines of the child's output seen so far (start-up messages, errors). */
  output: string[];
  stop(): Promise<void>;
}

interface StartOptions {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** A line of stdout or stderr that says the child is ready; its match is returned. */
  ready: RegExp;
  /** Also wait for this line (e.g. the inspector's address, printed before ready). */
  alsoWaitFor?: RegExp;
  timeoutMs?: number;
}

/** Starts a node child and resolves once it prints its ready line (or rejects with its output). */
export function startChild(
  options: StartOptions,
): Promise<{ child: Child; ready: RegExpMatchArray; also?: RegExpMatchArray }> {
  const proc = spawn(process.execPath, options.args, {
    cwd: REPO_ROOT,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const child: Child = {
    name: options.name,
    process: proc,
    output,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    let ready: RegExpMatchArray | undefined;
    let also: RegExpMatchArray | undefined;
    let settled = false;
    const timer = setTimeout(
      () => fail(new Error(`${options.name} was not ready after ${(options.timeoutMs ?? 120_000) / 1000} s`)),
      options.timeoutMs ?? 120_000,
    );
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      proc.kill("SIGKILL");
      error.message += `\n${options.name} said:\n${output.slice(-30).join("\n")}`;
      reject(error);
    };
    const onLine = (line: string, stream: "out" | "err") => {
      output.push(line);
      if (output.length > 500) output.shift();
      if (settled && stream === "err" && !/Debugger (attached|listening)|For help, see/.test(line))
        console.error(`[${options.name}] ${line}`);
      if (settled) return;
      ready ??= line.match(options.ready) ?? undefined;
      if (options.alsoWaitFor) also ??= line.match(options.alsoWaitFor) ?? undefined;
      if (ready && (!options.alsoWaitFor || also)) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, ready, also });
      }
    };
    createInterface({ input: proc.stdout! }).on("line", (line) => onLine(line, "out"));
    createInterface({ input: proc.stderr! }).on("line", (line) => onLine(line, "err"));
    proc.once("exit", (code, signal) =>
      fail(new Error(`${options.name} exited during start-up (${signal ?? `code ${code}`})`)),
    );
  });
}

export interface ApiOptions {
  databaseUrl: string;
  jwtSecret: string;
  /** Run the controls worker in the API process (off for the read benches). */
  controlsWorker?: boolean;
  /** Start with --inspect so that bench/profile.ts can take a CPU profile of a load window. */
  inspect?: boolean;
  /** Which build to run, as BENCH_API takes it (default: BENCH_API itself); `--against=` passes a second one. */
  entry?: string;
}

/**
 * The API's entry point: BENCH_API unset runs server/src/main.ts through swc (as `npm run dev`),
 * `dist` runs server/dist/main.js (as `npm start`, after `npm run build --workspace server`), and
 * any other value is the path of another main.ts or main.js to compare (e.g. a scratch copy with
 * a fix, or another checkout).
 */
function apiEntry(choice = process.env.BENCH_API ?? ""): { args: string[]; label: string } {
  const file =
    choice === ""
      ? path.join(REPO_ROOT, "server", "src", "main.ts")
      : choice === "dist"
        ? path.join(REPO_ROOT, "server", "dist", "main.js")
        : path.resolve(choice);
  if (!existsSync(file))
    throw new Error(
      `BENCH_API: ${file} does not exist${choice === "dist" ? " (run `npm run build --workspace server` first)" : ""}`,
    );
  const label = path.relative(REPO_ROOT, file);
  // The same V8 setting as `npm start` and the Dockerfile.
  const node = ["--max-semi-space-size=64"];
  return file.endsWith(".ts")
    ? { args: [...node, "-r", "@swc-node/register", file], label: `${label} via @swc-node/register` }
    : { args: [...node, file], label };
}

/** The API as `npm start` would run it, on a free port of 127.0.0.1; resolves with its URL. */
export async function startApi(
  options: ApiOptions,
): Promise<{ child: Child; url: string; wsUrl: string; inspectorUrl?: string; entry: string }> {
  const entry = apiEntry(options.entry);
  const { child, ready, also } = await startChild({
    name: options.entry === undefined ? "api" : `api ${options.entry}`,
    args: [...(options.inspect ? ["--inspect=127.0.0.1:0"] : []), ...entry.args],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: options.jwtSecret,
      HOST: "127.0.0.1",
      PORT: "0",
      FLEXI_DEMO_DATA: "false",
      CONTROLS_WORKER: options.controlsWorker ? "true" : "false",
    },
    ready: /Flexi at work API: (http:\/\/\S+\/graphql)/,
    alsoWaitFor: options.inspect ? /Debugger listening on (ws:\/\/\S+)/ : undefined,
  });
  const url = ready[1]!;
  return { child, url, wsUrl: url.replace(/^http/, "ws"), inspectorUrl: also?.[1], entry: entry.label };
}

/** The raw-SQL baseline server (bench/baseline-server.ts); resolves with its base URL. */
export async function startBaseline(databaseUrl: string): Promise<{ child: Child; url: string }> {
  const { child, ready } = await startChild({
    name: "baseline",
    args: ["-r", "@swc-node/register", path.join("bench", "baseline-server.ts")],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0" },
    ready: /^listening (\d+)$/,
  });
  return { child, url: `http://127.0.0.1:${ready[1]}` };
}

/** A fresh HS256 secret for one bench run (the API's tokens need one when DATABASE_URL is set). */
export function benchSecret(): string {
  return randomBytes(32).toString("hex");
}
