/**
 * A CPU profile of the API process over a load window only (not its start-up): the API runs
 * with `--inspect`, and the bench drives the V8 profiler through the inspector protocol
 * (Profiler.start / Profiler.stop), then summarises where the time went: by stage of a request
 * (the same stages for the API and PostGraphile, so that their profiles compare), by package (self
 * time, and the share of samples with the package anywhere on the stack) and the hottest functions.
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

/**
 * The stages of serving a GraphQL request over HTTP from PostgreSQL, each recognised by a frame
 * on the stack; a sample counts for the first stage found from its leaf up (so the socket write
 * of a query sent from inside a row handler is "send SQL", not "read rows").
 */
const STAGES: { name: string; matches(frame: CallFrame): boolean }[] = [
  { name: "garbage collection", matches: (f) => f.functionName === "(garbage collector)" },
  {
    name: "request log and metrics",
    matches: (f) => /request-log|prom-client|pino|sonic-boom|ops\/metrics/.test(f.url),
  },
  { name: "send SQL (socket write)", matches: (f) => f.functionName === "submit" && /pg\/lib\/query/.test(f.url) },
  {
    name: "read rows (pg, type parsers)",
    matches: (f) => /pg-protocol|pg\/lib\/result|pg\/lib\/client|pg-types|db\/timestamps/.test(f.url),
  },
  {
    name: "write the HTTP answer",
    matches: (f) =>
      (f.functionName === "send" && /graphql-handler/.test(f.url)) ||
      (f.functionName === "end" && /_http_outgoing/.test(f.url)),
  },
  { name: "result to JSON", matches: (f) => /prettyJSONStringify|stringifyPayload/.test(f.functionName) },
  {
    name: "execution (plans, resolvers, services, SQL text)",
    matches: (f) =>
      /graphql-jit|type-graphql|lean-resolvers|scalars|\.service\.ts|resolver\.ts|db\/page|grafast\/dist\/engine|@dataplan|pg-sql2/.test(
        f.url,
      ) || /Handler$/.test(f.functionName),
  },
  { name: "access rules and query limits", matches: (f) => /server\/src\/(security|access)\//.test(f.url) },
  { name: "GraphQL server (Apollo, grafserv)", matches: (f) => /@apollo|grafserv|graphile-config/.test(f.url) },
  { name: "read the HTTP request", matches: (f) => /_http_server|_http_common|request-body/.test(f.url) },
];

/** Lines that say where the CPU time of the window went (with ms per request when the node CPU per request is given). */
export function summarizeProfile(profile: CpuProfile, top = 15, cpuMsPerRequest?: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByOrigin = new Map<string, number>();
  const onStackByOrigin = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const byStage = new Map<string, number>();
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
    let stage = "other";
    for (let id: number | undefined = nodeId; id !== undefined && stage === "other"; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      stage = STAGES.find((s) => s.matches(frame))?.name ?? "other";
    }
    byStage.set(stage, (byStage.get(stage) ?? 0) + delta);
  });
  const busy = total - idle;
  const pct = (us: number, of: number) => `${((100 * us) / of).toFixed(1).padStart(5)}%`;
  const lines = [`CPU profile over ${(total / 1e6).toFixed(1)} s: busy ${pct(busy, total)} (idle ${pct(idle, total)})`];
  lines.push(
    `  by stage (share of busy time${cpuMsPerRequest === undefined ? "" : ", and ms of node CPU per request"}):`,
  );
  for (const [stage, us] of [...byStage].sort((a, b) => b[1] - a[1]))
    lines.push(
      `    ${pct(us, busy)}${cpuMsPerRequest === undefined ? "" : `  ${((cpuMsPerRequest * us) / busy).toFixed(3)} ms`}  ${stage}`,
    );
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
