/**
 * Benchmarks (a) and (b): one employer's 50 newest declarations through GraphQL, as
 * that employer's declarant, against the raw-SQL baseline (bench/baseline-server.ts) returning
 * the same JSON; autocannon at 50 connections, runs interleaved (baseline, then GraphQL) so that
 * both see the same moment of a shared machine.
 */
import autocannon from "autocannon";
import { isDeepStrictEqual } from "node:util";
import { machineLine } from "./common";
import { cpuSnapshot } from "./cpu";

export type ListBench = "a" | "b";

export const LIST_BENCHES: Record<ListBench, { title: string; query: string; baselinePath: string }> = {
  a: {
    title: "(a) 50 newest declarations of one employer with worker (ssin, names)",
    query: `query BenchA($employerId: ID!) {
  wageDeclarations(filter: { employerId: { eq: $employerId } }, first: 50) {
    nodes { id status total calculationDate worker { ssin firstName lastName } }
  }
}`,
    baselinePath: "/list",
  },
  b: {
    title: "(b) the same with employer { name } and the worker's dimonaPeriods(employerId)",
    query: `query BenchB($employerId: ID!) {
  wageDeclarations(filter: { employerId: { eq: $employerId } }, first: 50) {
    nodes {
      id status total calculationDate
      employer { name }
      worker { ssin firstName lastName dimonaPeriods(employerId: $employerId) { periodId startDate endDate } }
    }
  }
}`,
    baselinePath: "/nested",
  },
};

export interface LoadFigures {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Requests that failed, timed out, answered non-2xx, or answered another body than expected. */
  bad: number;
  /** CPU ms per request of the server process and of PostgreSQL (/proc); undefined without a pid. */
  serverCpu?: number;
  postgresCpu?: number;
}

export interface ListRun {
  graphql: LoadFigures;
  baseline: LoadFigures;
  /** GraphQL req/s / baseline req/s. */
  ratio: number;
  /** Baseline CPU ms per request / GraphQL's (node + PostgreSQL): the same ratio, less disturbed by a busy machine. */
  cpuRatio?: number;
}

export interface ListOptions {
  bench: ListBench;
  apiUrl: string;
  apiPid?: number;
  token: string;
  baselineUrl: string;
  baselinePid?: number;
  employerId: string;
  runs: number;
  durationSeconds: number;
  connections: number;
}

interface Target {
  url: string;
  /** The process that answers, for its CPU time. */
  pid?: number;
  headers: Record<string, string>;
  body: string;
  expectBody: string;
}

/** Checks that both answer the same JSON, then measures; prints a line per run. */
export async function runListBench(options: ListOptions): Promise<ListRun[]> {
  const spec = LIST_BENCHES[options.bench];
  const graphql = await target(
    options.apiUrl,
    options.apiPid,
    { authorization: `Bearer ${options.token}` },
    JSON.stringify({ query: spec.query, variables: { employerId: options.employerId } }),
  );
  const baseline = await target(
    `${options.baselineUrl}${spec.baselinePath}`,
    options.baselinePid,
    {},
    JSON.stringify({ employerId: options.employerId }),
  );
  const answer = JSON.parse(graphql.expectBody) as {
    data?: { wageDeclarations?: { nodes?: unknown[] } };
    errors?: unknown;
  };
  if (answer.errors || !answer.data)
    throw new Error(`(${options.bench}) GraphQL answered errors: ${graphql.expectBody.slice(0, 500)}`);
  if (!isDeepStrictEqual(answer, JSON.parse(baseline.expectBody))) {
    throw new Error(
      `(${options.bench}) the baseline's JSON differs from GraphQL's:\n${graphql.expectBody.slice(0, 400)}\n${baseline.expectBody.slice(0, 400)}`,
    );
  }
  const nodes = answer.data.wageDeclarations?.nodes?.length ?? 0;
  console.log(
    `${spec.title}\n  same JSON from both (${nodes} nodes, ${graphql.expectBody.length} bytes); ${options.connections} connections, ${options.durationSeconds} s per run, every answer checked against that JSON`,
  );

  // Warm-up (JIT, pools, caches), not reported.
  await load(baseline, options.connections, 2);
  await load(graphql, options.connections, 2);

  const runs: ListRun[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const base = await load(baseline, options.connections, options.durationSeconds);
    const gql = await load(graphql, options.connections, options.durationSeconds);
    const ratio = gql.reqPerSec / base.reqPerSec;
    const cpuRatio =
      gql.serverCpu === undefined || base.serverCpu === undefined
        ? undefined
        : (base.serverCpu + base.postgresCpu!) / (gql.serverCpu + gql.postgresCpu!);
    runs.push({ graphql: gql, baseline: base, ratio, cpuRatio });
    console.log(
      `  run ${run}: GraphQL ${figures(gql)} | baseline ${figures(base)} | ratio ${ratio.toFixed(2)}${cpuRatio === undefined ? "" : ` (CPU ratio ${cpuRatio.toFixed(2)})`} | ${machineLine()}`,
    );
  }
  return runs;
}

export function figures(f: LoadFigures): string {
  const cpu =
    f.serverCpu === undefined ? "" : `, CPU/req node ${f.serverCpu.toFixed(2)} + pg ${f.postgresCpu!.toFixed(2)} ms`;
  return `${f.reqPerSec.toFixed(0).padStart(5)} req/s, p50 ${f.p50.toFixed(0).padStart(3)} ms, p99 ${f.p99.toFixed(0).padStart(4)} ms${cpu}${f.bad ? ` (${f.bad} bad answers)` : ""}`;
}

async function target(
  url: string,
  pid: number | undefined,
  headers: Record<string, string>,
  body: string,
): Promise<Target> {
  const allHeaders = { "content-type": "application/json", accept: "application/json", ...headers };
  const response = await fetch(url, { method: "POST", headers: allHeaders, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { url, pid, headers: allHeaders, body, expectBody: text };
}

async function load(t: Target, connections: number, durationSeconds: number): Promise<LoadFigures> {
  const before = cpuSnapshot(t.pid);
  const result = await autocannon({
    url: t.url,
    method: "POST",
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
    postgresCpu: t.pid === undefined || !requests ? undefined : (after.postgres - before.postgres) / requests,
  };
}
