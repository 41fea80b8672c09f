/**
 * The peer measured beside the API: PostGraphile 5.1.5 (Amber preset, no row-level security,
 * pool 20 as the API's) over the bench database. It is not a dependency of the project: the bench
 * installs it on first use into `.data/peer` (git-ignored; BENCH_PEER_DIR moves it) with npm, and
 * runs bench/peer/postgraphile-server.cjs as a child, as processes.ts runs the API.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./common";
import { startChild, type Child } from "./processes";

export const PEER_VERSION = "5.1.5";
export const PEER_NAME = `PostGraphile ${PEER_VERSION}`;

export function peerDir(): string {
  const configured = process.env.BENCH_PEER_DIR;
  return configured && configured.trim() !== "" ? path.resolve(configured) : path.join(REPO_ROOT, ".data", "peer");
}

/** The `pg` the API runs on (server/package.json), so that both talk to PostgreSQL through the same driver. */
function ourPgVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "server", "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const version = manifest.dependencies?.pg;
  if (!version) throw new Error("server/package.json has no pg dependency");
  return version;
}

function installedVersion(dir: string): string | undefined {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(dir, "node_modules", "postgraphile", "package.json"), "utf8"),
    ) as { version: string };
    return manifest.version;
  } catch {
    return undefined;
  }
}

/** Installs PostGraphile into peerDir() unless that version is there already (about half a minute, once). */
export function ensurePeerInstalled(): void {
  const dir = peerDir();
  if (installedVersion(dir) === PEER_VERSION) return;
  mkdirSync(dir, { recursive: true });
  const packages = [`postgraphile@${PEER_VERSION}`, `pg@${ourPgVersion()}`];
  const shown = dir.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, dir) : dir;
  console.log(`Installing ${packages.join(" ")} into ${shown} (once) ...`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(
    npm,
    ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", "--loglevel=error", ...packages],
    {
      cwd: dir,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (installedVersion(dir) !== PEER_VERSION || !existsSync(path.join(dir, "node_modules", "pg")))
    throw new Error(`npm did not install ${packages.join(" ")} into ${dir}`);
}

/**
 * PostGraphile on a free port of 127.0.0.1; resolves with its /graphql URL once its schema is
 * built (and, with `inspect`, its inspector's address for a CPU profile, as startApi gives).
 */
export async function startPeer(
  databaseUrl: string,
  options: { inspect?: boolean } = {},
): Promise<{ child: Child; url: string; inspectorUrl?: string }> {
  ensurePeerInstalled();
  const { child, ready, also } = await startChild({
    name: "postgraphile",
    args: [
      ...(options.inspect ? ["--inspect=127.0.0.1:0"] : []),
      path.join("bench", "peer", "postgraphile-server.cjs"),
    ],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: "20",
      PEER_DIR: peerDir(),
      PORT: "0",
      // As it would run in production (and no advice on stderr about it).
      NODE_ENV: "production",
      GRAPHILE_ENV: "production",
    },
    ready: /^listening (\d+)$/,
    alsoWaitFor: options.inspect ? /Debugger listening on (ws:\/\/\S+)/ : undefined,
  });
  return { child, url: `http://127.0.0.1:${ready[1]}/graphql`, inspectorUrl: also?.[1] };
}
