/**
 * CPU time actually spent, read from /proc (Linux): of a server process, and of the bench's
 * PostgreSQL (the postmaster, its live backends, and the backends that have ended). Divided by
 * the requests of a load window it gives CPU milliseconds per request, a figure that a shared,
 * busy machine disturbs far less than req/s or latency.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { benchDataDir } from "./common";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface Stat {
  ppid: number;
  /** utime + stime, in ms. */
  own: number;
  /** cutime + cstime (children waited for), in ms. */
  children: number;
}

function stat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields count from the last ')'.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const ms = (i: number) => (Number(fields[i]) * 1000) / clockTicks();
  return { ppid: Number(fields[1]), own: ms(11) + ms(12), children: ms(13) + ms(14) };
}

/** CPU ms of one process so far (0 when it is gone). */
export function processCpuMs(pid: number | undefined): number {
  return pid === undefined ? 0 : (stat(pid)?.own ?? 0);
}

/** CPU ms of the bench's PostgreSQL so far: postmaster, live backends, and ended backends. */
export function postgresCpuMs(): number {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(path.join(benchDataDir(), "pgdata", "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return 0;
  }
  // A backend reaped while /proc is scanned would be counted neither live nor in the postmaster's
  // cutime (pools close idle connections, often right at the end of a window): scan again then.
  for (let attempt = 0; ; attempt++) {
    const root = stat(postmaster);
    if (!root) return 0;
    let live = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const s = stat(Number(entry));
      if (s && s.ppid === postmaster) live += s.own;
    }
    const again = stat(postmaster);
    if (!again) return 0;
    if (again.children === root.children || attempt >= 5) return again.own + again.children + live;
  }
}

/** A snapshot to subtract from: CPU ms of a server process and of PostgreSQL. */
export function cpuSnapshot(serverPid: number | undefined): { server: number; postgres: number } {
  return { server: processCpuMs(serverPid), postgres: postgresCpuMs() };
}
