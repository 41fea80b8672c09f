/**
 * The API beside the raw-SQL baseline and PostGraphile (bench/comparisons.ts), the console's
 * filtered lists with and without filter variables, and `{ me { login } }` beside `/healthz`:
 * every group of targets measured one right after the other in each run (api, baseline, peer), so
 * that whatever else the machine does hits all of them alike. Before each run the bench waits
 * (up to BENCH_LOAD_WAIT seconds, default 60) for the load average to fall below 1.5, and says
 * when it did not.
 */
import autocannon from "autocannon";
import os from "node:os";
import { isDeepStrictEqual } from "node:util";
import { median, sleep } from "./common";
import { COMPARISONS, type Comparison, type ListContext, type Role } from "./comparisons";
import { cpuSnapshot } from "./cpu";
import { figures, type LoadFigures } from "./list-queries";
import { PEER_NAME } from "./peer";

/** What a group of targets measures; `--only=` names the groups (a, b, workers, ..., filters, me). */
export type GroupKind = "list" | "filter" | "me" | "ab";

export interface Target {
  label: string;
  url: string;
  method: "GET" | "POST";
  /** The process that answers, for its CPU time. */
  pid?: number;
  headers: Record<string, string>;
  body?: string;
  /** The answer every request must get (checked by autocannon). */
  expectBody: string;
}

export interface Group {
  key: string;
  kind: GroupKind;
  title: string;
  targets: Target[];
}

export interface Measured extends LoadFigures {
  group: string;
  target: string;
  run: number;
  /** 1-minute load average when the measurement ended. */
  load: number;
}

export interface Endpoints {
  apiUrl: string;
  apiPid?: number;
  /** The raw-SQL baseline and PostGraphile: only when a list is measured. */
  baseline?: { url: string; pid?: number };
  peer?: { url: string; pid?: number };
  /**
   * `--against=`: a second build of the API on the same database (another checkout's main.ts, say).
   * Each list and `me` is then measured through both builds instead of beside the baseline and
   * PostGraphile, and the two answers must be the same bytes.
   */
  against?: { url: string; pid?: number; label: string };
  /** Bearer tokens of the declarant of employer 0 and of the back office. */
  tokens: Record<Role, string>;
  context: ListContext;
}

export const API = "API";
export const RAW = "raw SQL";
export const PEER = PEER_NAME;

const JSON_HEADERS = { "content-type": "application/json", accept: "application/json" };

async function fetchTarget(t: Omit<Target, "expectBody">): Promise<Target> {
  const response = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${t.label} ${t.url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { ...t, expectBody: text };
}

function withErrors(label: string, text: string): unknown {
  const parsed = JSON.parse(text) as { errors?: unknown; data?: unknown };
  if (parsed.errors || !parsed.data) throw new Error(`${label} answered errors: ${text.slice(0, 500)}`);
  return parsed;
}

function nodeCount(answer: unknown): number {
  const data = (answer as { data: Record<string, { nodes?: unknown[] }> }).data;
  return Object.values(data)[0]?.nodes?.length ?? 0;
}

/** The first place where two JSON values differ, for the failure message. */
function firstDifference(a: unknown, b: unknown, at = ""): string {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return `${at || "(root)"}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${key}`);
  }
  return `${at}: equal`;
}

/** The three targets of a list, after checking that they hold the same rows in the same order. */
async function listGroup(comparison: Comparison, endpoints: Endpoints): Promise<Group> {
  if (endpoints.against) return abGroup(comparison.key, comparison.role, comparison.api, comparison.title, endpoints);
  const { baseline, peer: peerEndpoint } = endpoints;
  if (!baseline || !peerEndpoint) throw new Error("the lists need the baseline and PostGraphile");
  const variables = (query: string) =>
    query.includes("$employerId") ? { employerId: endpoints.context.employerId } : undefined;
  const apiTarget = await fetchTarget({
    label: API,
    url: endpoints.apiUrl,
    method: "POST",
    pid: endpoints.apiPid,
    headers: { ...JSON_HEADERS, authorization: `Bearer ${endpoints.tokens[comparison.role]}` },
    body: JSON.stringify({ query: comparison.api, variables: variables(comparison.api) }),
  });
  const rawTarget = await fetchTarget({
    label: RAW,
    url: `${baseline.url}${comparison.baselinePath}`,
    method: "POST",
    pid: baseline.pid,
    headers: JSON_HEADERS,
    body: JSON.stringify(endpoints.context),
  });
  const peerQuery = comparison.peer(endpoints.context);
  const peerTarget = await fetchTarget({
    label: PEER,
    url: peerEndpoint.url,
    method: "POST",
    pid: peerEndpoint.pid,
    headers: JSON_HEADERS,
    body: JSON.stringify({ query: peerQuery, variables: variables(peerQuery) }),
  });
  const api = withErrors(`(${comparison.key}) the API`, apiTarget.expectBody);
  const raw = JSON.parse(rawTarget.expectBody) as unknown;
  const peer = comparison.peerToApi(withErrors(`(${comparison.key}) ${PEER}`, peerTarget.expectBody));
  const rows = nodeCount(api);
  if (rows === 0) throw new Error(`(${comparison.key}) the API answered no rows: nothing to compare`);
  if (!isDeepStrictEqual(api, raw))
    throw new Error(`(${comparison.key}) the raw-SQL baseline differs from the API at ${firstDifference(api, raw)}`);
  if (!isDeepStrictEqual(api, peer))
    throw new Error(`(${comparison.key}) ${PEER} differs from the API at ${firstDifference(api, peer)}`);
  return {
    key: comparison.key,
    kind: "list",
    title: `(${comparison.key}) ${comparison.title}; same ${rows} rows in the same order from all three`,
    targets: [apiTarget, rawTarget, peerTarget],
  };
}

/**
 * A list as the console sends it (console/src/<module>/operations.ts): the filter as a variable of
 * a recursive input type, which graphql-jit does not compile; and the same document with the
 * filter written into it.
 */
interface FilterCase {
  key: string;
  title: string;
  /** The document with `$filter` (as the console's), and the field's selection. */
  document: (filterArgument: string, filterVariable: string) => string;
  filter: (context: ListContext) => Record<string, unknown>;
}

const DECLARATION_ROW = `id version status kind calculationDate total submittedAt updatedAt payslipReference
      calculationPeriod { start end } worker { id firstName lastName ssin } employer { id name }
      anomalies { code severity message path }`;

const FILTER_CASES: readonly FilterCase[] = [
  {
    key: "declarations",
    title: "OfficeDeclarations (console/src/declarations/operations.ts), filter employerId + status",
    document: (
      arg,
      variable,
    ) => `query OfficeDeclarations(${variable}$orderBy: [WageDeclarationOrder!], $first: Int, $offset: Int) {
  wageDeclarations(filter: ${arg}, orderBy: $orderBy, first: $first, offset: $offset) {
    totalCount
    nodes { ${DECLARATION_ROW} }
  }
}`,
    filter: (c) => ({ employerId: { eq: c.employerId }, status: { in: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS"] } }),
  },
  {
    key: "dimona",
    title: "OfficeDimonaPeriods (console/src/dimona/operations.ts), filter employerId + cancelled",
    document: (
      arg,
      variable,
    ) => `query OfficeDimonaPeriods(${variable}$orderBy: [DimonaPeriodOrder!], $first: Int, $offset: Int) {
  dimonaPeriods(filter: ${arg}, orderBy: $orderBy, first: $first, offset: $offset) {
    totalCount
    nodes {
      id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled
      worker { id firstName lastName ssin } employer { id name }
    }
  }
}`,
    filter: (c) => ({ employerId: { eq: c.employerId }, cancelled: false }),
  },
  {
    key: "workers",
    title: "OfficeWorkers (console/src/workers/operations.ts), filter employerId",
    document: (arg, variable) => `query OfficeWorkers(${variable}$orderBy: [WorkerOrder!], $first: Int, $offset: Int) {
  workers(filter: ${arg}, orderBy: $orderBy, first: $first, offset: $offset) {
    totalCount
    nodes { id ssin firstName lastName birthDate pensionerFrom }
  }
}`,
    filter: (c) => ({ employerId: { eq: c.employerId } }),
  },
];

const FILTER_TYPES: Record<string, string> = {
  declarations: "WageDeclarationFilter",
  dimona: "DimonaPeriodFilter",
  workers: "WorkerFilter",
};

/** A GraphQL literal of a filter value (enum values unquoted where the schema has enums). */
function literal(value: unknown, enumKeys: ReadonlySet<string>, key = ""): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumKeys, key)).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, enumKeys, k)}`)
      .join(", ")} }`;
  if (typeof value === "string" && enumKeys.has(key)) return value;
  return JSON.stringify(value);
}

export const FILTER_VARIABLES = "filter variables";
export const FILTER_INLINED = "filter inlined";

async function filterGroup(c: FilterCase, endpoints: Endpoints): Promise<Group> {
  const filter = c.filter(endpoints.context);
  const paging = { first: 25, offset: 0 };
  const headers = { ...JSON_HEADERS, authorization: `Bearer ${endpoints.tokens.backOffice}` };
  const withVariable = await fetchTarget({
    label: FILTER_VARIABLES,
    url: endpoints.apiUrl,
    method: "POST",
    pid: endpoints.apiPid,
    headers,
    body: JSON.stringify({
      query: c.document("$filter", `$filter: ${FILTER_TYPES[c.key]}, `),
      variables: { filter, ...paging },
    }),
  });
  const inlined = await fetchTarget({
    label: FILTER_INLINED,
    url: endpoints.apiUrl,
    method: "POST",
    pid: endpoints.apiPid,
    headers,
    body: JSON.stringify({
      query: c.document(literal(filter, new Set(["in"])), ""),
      variables: paging,
    }),
  });
  const a = withErrors(`(filters ${c.key}) with a variable`, withVariable.expectBody);
  const b = withErrors(`(filters ${c.key}) inlined`, inlined.expectBody);
  if (!isDeepStrictEqual(a, b))
    throw new Error(`(filters ${c.key}) the two answers differ at ${firstDifference(a, b)}`);
  return {
    key: `filters:${c.key}`,
    kind: "filter",
    title: `(filters) ${c.title}, back office, first 25; same ${nodeCount(a)} rows both ways`,
    targets: [withVariable, inlined],
  };
}

export const ME = "{ me { login } }";
export const HEALTHZ = "/healthz";

/** The build of `--against=`, as a target's label. */
export const AGAINST = "API --against";

/** One query through this build and through the build of `--against=`, after checking that both answer the same bytes. */
async function abGroup(key: string, role: Role, query: string, title: string, endpoints: Endpoints): Promise<Group> {
  const against = endpoints.against!;
  const request = {
    method: "POST" as const,
    headers: { ...JSON_HEADERS, authorization: `Bearer ${endpoints.tokens[role]}` },
    body: JSON.stringify({
      query,
      variables: query.includes("$employerId") ? { employerId: endpoints.context.employerId } : undefined,
    }),
  };
  const ours = await fetchTarget({ label: API, url: endpoints.apiUrl, pid: endpoints.apiPid, ...request });
  const theirs = await fetchTarget({ label: AGAINST, url: against.url, pid: against.pid, ...request });
  withErrors(`(${key}) the API`, ours.expectBody);
  if (ours.expectBody !== theirs.expectBody)
    throw new Error(
      `(${key}) the two builds answer differently at ${firstDifference(JSON.parse(ours.expectBody), JSON.parse(theirs.expectBody))}`,
    );
  return {
    key,
    kind: "ab",
    title: `(${key}) ${title}; the same answer, byte for byte, from both builds`,
    targets: [ours, theirs],
  };
}

async function meGroup(endpoints: Endpoints): Promise<Group> {
  if (endpoints.against) return abGroup("me", "declarant", ME, "{ me { login } }", endpoints);
  const me = await fetchTarget({
    label: ME,
    url: endpoints.apiUrl,
    method: "POST",
    pid: endpoints.apiPid,
    headers: { ...JSON_HEADERS, authorization: `Bearer ${endpoints.tokens.declarant}` },
    body: JSON.stringify({ query: "{ me { login } }" }),
  });
  const health = await fetchTarget({
    label: HEALTHZ,
    url: endpoints.apiUrl.replace(/\/graphql$/, "/healthz"),
    method: "GET",
    pid: endpoints.apiPid,
    headers: {},
  });
  withErrors("(me)", me.expectBody);
  return {
    key: "me",
    kind: "me",
    title: "(me) the fixed cost of a request: { me { login } } beside /healthz (no GraphQL), same process",
    targets: [me, health],
  };
}

/** The groups `only` asks for: list keys, `lists` (all of them), `filters`, `me`. */
export async function prepareGroups(endpoints: Endpoints, only: ReadonlySet<string>): Promise<Group[]> {
  const groups: Group[] = [];
  for (const comparison of COMPARISONS)
    if (only.has(comparison.key) || only.has("lists")) groups.push(await listGroup(comparison, endpoints));
  if (only.has("filters") && !endpoints.against)
    for (const c of FILTER_CASES) groups.push(await filterGroup(c, endpoints));
  if (only.has("me")) groups.push(await meGroup(endpoints));
  return groups;
}

/** Whether `only` asks for any list (measured beside the baseline and PostGraphile). */
export function wantsLists(only: ReadonlySet<string>): boolean {
  return ["lists", ...COMPARISONS.map((c) => c.key)].some((k) => only.has(k));
}

/** Whether `only` asks for any group of this module. */
export function wantsSideBySide(only: ReadonlySet<string>): boolean {
  return wantsLists(only) || only.has("filters") || only.has("me");
}

async function load(t: Target, connections: number, durationSeconds: number): Promise<LoadFigures> {
  const before = cpuSnapshot(t.pid);
  const result = await autocannon({
    url: t.url,
    method: t.method,
    headers: t.headers,
    body: t.body,
    expectBody: t.expectBody,
    connections,
    duration: durationSeconds,
  });
  const after = cpuSnapshot(t.pid);
  const requests = result.requests.total;
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.errors + result.timeouts + result.non2xx + result.mismatches,
    serverCpu: t.pid === undefined || !requests ? undefined : (after.server - before.server) / requests,
    postgresCpu: !requests ? undefined : (after.postgres - before.postgres) / requests,
  };
}

/** Waits until the 1-minute load average is below `threshold`, at most `maxSeconds`. */
export async function waitForQuiet(threshold: number, maxSeconds: number): Promise<string> {
  const started = Date.now();
  while (os.loadavg()[0]! >= threshold && Date.now() - started < maxSeconds * 1000) await sleep(2000);
  const now = os.loadavg()[0]!;
  const waited = ((Date.now() - started) / 1000).toFixed(0);
  return now < threshold
    ? `load ${now.toFixed(2)} (below ${threshold} after ${waited} s)`
    : `load ${now.toFixed(2)}, did not settle below ${threshold} in ${maxSeconds} s`;
}

const cpuOf = (f: LoadFigures) =>
  f.serverCpu === undefined || f.postgresCpu === undefined ? undefined : f.serverCpu + f.postgresCpu;

function ratioText(label: string, x: number | undefined, y: number | undefined): string {
  return x === undefined || y === undefined || !y ? "" : ` | ${label} ${(x / y).toFixed(2)}`;
}

export interface SideBySideOptions {
  runs: number;
  durationSeconds: number;
  connections: number;
  loadThreshold: number;
  loadWaitSeconds: number;
}

/** The targets in the order of run `run` (from 1): the first target of run 1 goes last in run 2, and so on. */
export function turnOrder<T>(targets: readonly T[], run: number): T[] {
  const shift = (run - 1) % targets.length;
  return [...targets.slice(shift), ...targets.slice(0, shift)];
}

/** Warm-up, then `runs` runs of every group, its targets one after the other; a line per target. */
export async function runSideBySide(groups: readonly Group[], options: SideBySideOptions): Promise<Measured[]> {
  for (const group of groups) console.log(`  ${group.title}`);
  console.log(
    `  ${options.connections} connections, ${options.durationSeconds} s per target and run, every answer checked against the first; warming up (2 s each) ...`,
  );
  for (const group of groups) for (const t of group.targets) await load(t, options.connections, 2);
  const results: Measured[] = [];
  for (let run = 1; run <= options.runs; run++) {
    console.log(`\n  run ${run}: ${await waitForQuiet(options.loadThreshold, options.loadWaitSeconds)}`);
    for (const group of groups) {
      const measured: Measured[] = [];
      // The targets of a group take turns at going first (a pair alternates, the three of a list
      // rotate): the first of a pair measured about 2% more CPU per request in an A/A run, and the
      // same statement up to 12% more PostgreSQL time; the first after a change of list meets
      // PostgreSQL's caches and the machine as the previous list left them.
      const order = turnOrder(group.targets, run);
      for (const t of order) {
        const f = await load(t, options.connections, options.durationSeconds);
        measured.push({ ...f, group: group.key, target: t.label, run, load: os.loadavg()[0]! });
      }
      // Printed in the group's order, whichever went first.
      const position = (m: Measured) => group.targets.findIndex((t) => t.label === m.target);
      measured.sort((x, y) => position(x) - position(y));
      results.push(...measured);
      const by = (label: string) => measured.find((m) => m.target === label);
      for (const m of measured) {
        let ratios = "";
        if (group.kind === "list") {
          const raw = by(RAW)!;
          const peer = by(PEER)!;
          // Each line against the other two (not against itself).
          if (m !== raw) ratios += ratioText("x raw SQL", m.reqPerSec, raw.reqPerSec);
          if (m !== peer)
            ratios +=
              ratioText("x PostGraphile", m.reqPerSec, peer.reqPerSec) +
              ratioText("CPU x PostGraphile's", cpuOf(m), cpuOf(peer));
        } else if (m === measured[0]) {
          ratios = ratioText(`x ${measured[1]!.target}`, m.reqPerSec, measured[1]!.reqPerSec);
          if (group.kind === "ab")
            ratios +=
              ratioText("node CPU x", m.serverCpu, measured[1]!.serverCpu) +
              ratioText("node+pg CPU x", cpuOf(m), cpuOf(measured[1]!));
        }
        console.log(`  (${group.key}) ${m.target.padEnd(18)} ${figures(m)}${ratios} | load ${m.load.toFixed(2)}`);
      }
    }
  }
  return results;
}

/** A row of the summary: label, goal, result, met (undefined: no goal). */
export type SummaryRow = [string, string, string, boolean | undefined];

/** The goals, from the medians of the runs' figures and ratios (each ratio taken within one run). */
export function sideBySideSummary(results: readonly Measured[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const groups = [...new Set(results.map((r) => r.group))];
  const of = (group: string, target: string) => results.filter((r) => r.group === group && r.target === target);
  const runsOf = (group: string) => [...new Set(results.filter((r) => r.group === group).map((r) => r.run))];
  /** Median over runs of f(run's figures of a, run's figures of b). */
  const perRun = (group: string, a: string, b: string, f: (x: Measured, y: Measured) => number | undefined) =>
    median(
      runsOf(group).flatMap((run) => {
        const x = of(group, a).find((r) => r.run === run);
        const y = of(group, b).find((r) => r.run === run);
        const v = x && y ? f(x, y) : undefined;
        return v === undefined || !Number.isFinite(v) ? [] : [v];
      }),
    );
  for (const group of groups) {
    const kind = results.find((r) => r.group === group)!;
    // Answers that failed or differed make every figure of the group meaningless (a database that went away, say).
    const bad = results.filter((r) => r.group === group).reduce((sum, r) => sum + r.bad, 0);
    if (bad > 0) {
      rows.push([`(${group}) answers that failed or differed`, "none", `${bad}: figures not valid`, false]);
      continue;
    }
    if (of(group, PEER).length) {
      const rps = (t: string) => median(of(group, t).map((r) => r.reqPerSec)).toFixed(0);
      const cpu = (t: string) => median(of(group, t).flatMap((r) => cpuOf(r) ?? [])).toFixed(2);
      const p99 = (t: string) => median(of(group, t).map((r) => r.p99)).toFixed(0);
      const vsPeer = perRun(group, API, PEER, (x, y) => x.reqPerSec / y.reqPerSec);
      const cpuVsPeer = perRun(group, API, PEER, (x, y) => {
        const cx = cpuOf(x);
        const cy = cpuOf(y);
        return cx === undefined || cy === undefined ? undefined : cx / cy;
      });
      const p99VsPeer = perRun(group, API, PEER, (x, y) => x.p99 / y.p99);
      const vsRaw = perRun(group, API, RAW, (x, y) => x.reqPerSec / y.reqPerSec);
      rows.push(
        [
          `(${group}) API req/s / PostGraphile's`,
          ">= 1.20",
          `${vsPeer.toFixed(2)} (${rps(API)} / ${rps(PEER)} req/s)`,
          vsPeer >= 1.2,
        ],
        [
          `(${group}) API CPU/req / PostGraphile's (node+pg)`,
          "<= 0.80",
          `${cpuVsPeer.toFixed(2)} (${cpu(API)} / ${cpu(PEER)} ms)`,
          cpuVsPeer <= 0.8,
        ],
        [
          `(${group}) API p99 / PostGraphile's`,
          "<= 1.00",
          `${p99VsPeer.toFixed(2)} (${p99(API)} / ${p99(PEER)} ms)`,
          p99VsPeer <= 1,
        ],
        [
          `(${group}) API req/s / raw SQL's`,
          ">= 0.50",
          `${vsRaw.toFixed(2)} (${rps(API)} / ${rps(RAW)} req/s)`,
          vsRaw >= 0.5,
        ],
      );
    } else if (of(group, AGAINST).length) {
      const median2 = (f: (x: Measured, y: Measured) => number | undefined) => perRun(group, API, AGAINST, f);
      const rps = median2((x, y) => x.reqPerSec / y.reqPerSec);
      const node = median2((x, y) => (x.serverCpu && y.serverCpu ? x.serverCpu / y.serverCpu : undefined));
      const both = median2((x, y) => {
        const cx = cpuOf(x);
        const cy = cpuOf(y);
        return cx === undefined || cy === undefined ? undefined : cx / cy;
      });
      const ms = (t: string) => median(of(group, t).flatMap((r) => r.serverCpu ?? [])).toFixed(3);
      rows.push(
        [`(${group}) this build / --against: req/s`, "", rps.toFixed(2), undefined],
        [
          `(${group}) this build / --against: node CPU/req`,
          "",
          `${node.toFixed(2)} (${ms(API)} / ${ms(AGAINST)} ms)`,
          undefined,
        ],
        [`(${group}) this build / --against: node+pg CPU/req`, "", both.toFixed(2), undefined],
      );
    } else if (of(group, FILTER_VARIABLES).length) {
      const ratio = perRun(group, FILTER_VARIABLES, FILTER_INLINED, (x, y) => x.reqPerSec / y.reqPerSec);
      const rps = (t: string) => median(of(group, t).map((r) => r.reqPerSec)).toFixed(0);
      rows.push([
        `(${group}) req/s with / without filter variables`,
        ">= 0.90",
        `${ratio.toFixed(2)} (${rps(FILTER_VARIABLES)} / ${rps(FILTER_INLINED)} req/s)`,
        ratio >= 0.9,
      ]);
    } else if (kind.group === "me") {
      const me = median(of(group, ME).map((r) => r.reqPerSec));
      const health = median(of(group, HEALTHZ).map((r) => r.reqPerSec));
      rows.push([
        `(me) ${ME} req/s, 50 connections`,
        ">= 3500",
        `${me.toFixed(0)} (/healthz ${health.toFixed(0)})`,
        me >= 3500,
      ]);
    }
  }
  return rows;
}
