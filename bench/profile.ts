/**
 * A CPU profile of the API process over a load window only (not its start-up): the API runs
 * with `--inspect`, and the bench drives the V8 profiler through the inspector protocol
 * (Profiler.start / Profiler.stop), then summarises where the time went: by package (self time,
 * and the share of samples with the package anywhere on the stack) and the hottest functions.
 */
import WebSocket from "ws";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A connection to a process's inspector that can take one CPU profile at a time. */
export class Profiler {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    });
  }

  static async connect(inspectorUrl: string): Promise<Profiler> {
    const socket = new WebSocket(inspectorUrl);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    const profiler = new Profiler(socket);
    await profiler.send("Profiler.enable");
    await profiler.send("Profiler.setSamplingInterval", { interval: 500 }); // microseconds
    return profiler;
  }

  start(): Promise<unknown> {
    return this.send("Profiler.start");
  }

  async stop(): Promise<CpuProfile> {
    const result = (await this.send("Profiler.stop")) as { profile: CpuProfile };
    return result.profile;
  }

  close(): void {
    this.socket.close();
  }

  private send(method: string, params?: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}

/** Where a frame's code comes from: an npm package, a file of server/src, Node itself, or V8 (GC, idle, ...). */
function origin(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const server = /\/server\/src\/(.+)$/.exec(url);
  if (server) return `server/src/${server[1]}`;
  if (url.startsWith("node:")) return "node (core)";
  return url.replace(/^file:\/\//, "");
}

/** Lines that say where the CPU time of the window went. */
export function summarizeProfile(profile: CpuProfile, top = 15): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByOrigin = new Map<string, number>();
  const onStackByOrigin = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((nodeId, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const node = byId.get(nodeId)!;
    total += delta;
    if (node.callFrame.functionName === "(idle)") {
      idle += delta;
      return;
    }
    const own = origin(node.callFrame);
    selfByOrigin.set(own, (selfByOrigin.get(own) ?? 0) + delta);
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + delta);
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const o = origin(byId.get(id)!.callFrame);
      if (o.startsWith("(")) continue;
      // Group server files by folder for the on-stack view.
      seen.add(o.startsWith("server/src/") ? o.split("/").slice(0, 3).join("/") : o);
    }
    for (const o of seen) onStackByOrigin.set(o, (onStackByOrigin.get(o) ?? 0) + delta);
  });
  const busy = total - idle;
  const pct = (us: number, of: number) => `${((100 * us) / of).toFixed(1).padStart(5)}%`;
  const lines = [`CPU profile over ${(total / 1e6).toFixed(1)} s: busy ${pct(busy, total)} (idle ${pct(idle, total)})`];
  lines.push("  self time by origin (share of busy time):");
  for (const [o, us] of [...selfByOrigin].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${pct(us, busy)}  ${o}`);
  lines.push("  on the stack (share of busy samples with the origin anywhere on the stack):");
  for (const [o, us] of [...onStackByOrigin].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${pct(us, busy)}  ${o}`);
  lines.push("  hottest functions (self):");
  for (const [fn, us] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${pct(us, busy)}  ${fn}`);
  return lines;
}

function shortUrl(url: string): string {
  if (!url) return "";
  const pkg = /.*node_modules\/(.+)$/.exec(url);
  if (pkg) return pkg[1]!;
  const server = /\/(server\/src\/.+)$/.exec(url);
  if (server) return server[1]!;
  return url.replace(/^file:\/\//, "");
}
