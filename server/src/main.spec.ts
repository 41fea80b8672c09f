import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEMO_USERS } from "./demo/demo-data";

/**
 * `npm start` as a user runs it: the embedded PostgreSQL in a data directory, migrations, demo
 * data, the API. Then a restart keeps the data, and a start after SIGKILL works.
 */
describe("the one-command start on the embedded PostgreSQL", () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "flexi-start-"));
  });
  afterAll(async () => {
    if (child && child.exitCode === null) await stop(child, "SIGTERM");
    await rm(dataDir, { recursive: true, force: true });
  });

  function start(): Promise<{ process: ChildProcess; url: string; output: () => string }> {
    const proc = spawn(process.execPath, ["-r", "@swc-node/register", path.join(__dirname, "main.ts")], {
      cwd: path.join(__dirname, "..", ".."),
      env: { ...process.env, FLEXI_DATA_DIR: dataDir, PORT: "0", DATABASE_URL: "", JWT_SECRET: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Flexi at work API: (http\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve({ process: proc, url: match[1]!, output: () => output });
        }
      };
      proc.stdout!.on("data", onData);
      proc.stderr!.on("data", onData);
      proc.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}:\n${output}`));
      });
    });
  }

  async function gql(
    url: string,
    query: string,
    token?: string,
  ): Promise<{ data?: Record<string, any>; errors?: unknown[] }> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, any> };
  }

  async function signInAndCount(url: string) {
    const user = DEMO_USERS.find((u) => u.role === "back office")!;
    const signIn = await gql(
      url,
      `mutation { signIn(login: "${user.login}", password: "${user.password}") { token } }`,
    );
    const token = signIn.data?.signIn?.token as string;
    expect(token).toEqual(expect.any(String));
    const answer = await gql(url, `{ me { id } workers { totalCount } employers { totalCount } }`, token);
    expect(answer.errors).toBeUndefined();
    return {
      token,
      workers: answer.data!.workers.totalCount as number,
      employers: answer.data!.employers.totalCount as number,
    };
  }

  it("starts with demo data, keeps it over a restart, and starts again after SIGKILL", async () => {
    const first = await start();
    child = first.process;
    expect(first.output()).toMatch(/Demo data loaded/);
    for (const user of DEMO_USERS) expect(first.output()).toContain(user.login);
    const before = await signInAndCount(first.url);
    expect(before.workers).toBe(300);

    await stop(first.process, "SIGTERM");
    expect(first.process.exitCode).toBe(0);
    expect(existsSync(path.join(dataDir, "pgdata", "postmaster.pid"))).toBe(false);

    const second = await start();
    child = second.process;
    expect(second.output()).not.toMatch(/Demo data loaded/);
    expect(await signInAndCount(second.url)).toMatchObject({ workers: before.workers, employers: before.employers });

    await stop(second.process, "SIGKILL"); // PostgreSQL keeps running, re-parented
    const third = await start();
    child = third.process;
    expect(await signInAndCount(third.url)).toMatchObject({ workers: before.workers, employers: before.employers });
    await stop(third.process, "SIGTERM");
  }, 120_000);
});

function stop(proc: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once("exit", () => resolve());
    proc.kill(signal);
  });
}
