/**
 * Benchmarks (a) and (b): one employer's 50 newest declarations through GraphQL, as that
 * employer's declarant. bench/comparisons.ts sets them beside the raw-SQL baseline
 * (bench/baseline-server.ts) and PostGraphile; `npm run bench:profile` profiles them.
 */

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

export function figures(f: LoadFigures): string {
  const cpu =
    f.serverCpu === undefined ? "" : `, CPU/req node ${f.serverCpu.toFixed(2)} + pg ${f.postgresCpu!.toFixed(2)} ms`;
  return `${f.reqPerSec.toFixed(0).padStart(5)} req/s, p50 ${f.p50.toFixed(0).padStart(3)} ms, p99 ${f.p99.toFixed(0).padStart(4)} ms${cpu}${f.bad ? ` (${f.bad} bad answers)` : ""}`;
}
