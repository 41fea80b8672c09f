import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface StartedProcess {
  process: ChildProcess;
  /** What the first match of `ready` captured (e.g. the URL). */
  ready: string;
  output: () => string;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts an entry point of the server (e.g. "main.ts", "worker.ts") as its own process, as a
 * user or an operator would, and resolves when its output matches `ready` (group 1 is returned).
 */
export function startServerProcess(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<StartedProcess> {
  const proc = spawn(process.execPath, ["-r", "@swc-node/register", path.join(__dirname, "..", entry)], {
    cwd: path.join(__dirname, "..", "..", ".."),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} not ready within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          process: proc,
          ready: match[1] ?? match[0],
          output: () => output,
          async stop(signal = "SIGTERM") {
            if (proc.exitCode === null) proc.kill(signal);
            return exited;
          },
        });
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${output}`));
    });
  });
}
