/**
 * The raw-SQL baseline of benchmarks (a) and (b): a plain `node:http` server with a `pg` Pool
 * (the API's pool size) that answers the benchmarks' two queries with hand-written SQL and the
 * same JSON as the GraphQL API. No framework, no auth, no GraphQL: what the API's answer costs
 * at the least on this machine. Run by bench/run.ts as a child process:
 * `DATABASE_URL=... PORT=0 node -r @swc-node/register bench/baseline-server.ts`; prints
 * `listening <port>` when ready.
 *
 *   POST /list    {"employerId": "..."}  -> (a) the 50 newest declarations with their worker
 *   POST /nested  {"employerId": "..."}  -> (b) the same with the employer's name and the worker's
 *                                           Dimona periods at that employer
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "pg";
import { formatMoney } from "../server/src/domain/money";

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
  application_name: "bench-baseline",
});
pool.on("error", (error) => console.error("[baseline] idle client error:", error.message));

interface Row {
  id: string;
  status: string;
  total_cents: string;
  calculation_date: string;
  employer_name?: string;
  ssin: string;
  first_name: string;
  last_name: string;
  worker_id: string;
}

/** The GraphQL API's default order: newest first (updated_at, then id, descending). */
const LIST = `
  SELECT d.id, d.status, d.total_cents, d.calculation_date::text AS calculation_date, d.worker_id,
    w.ssin, w.first_name, w.last_name
  FROM wage_declaration d JOIN worker w ON w.id = d.worker_id
  WHERE d.employer_id = $1
  ORDER BY d.updated_at DESC, d.id DESC LIMIT 50`;

const NESTED = `
  SELECT d.id, d.status, d.total_cents, d.calculation_date::text AS calculation_date, d.worker_id,
    e.name AS employer_name, w.ssin, w.first_name, w.last_name
  FROM wage_declaration d JOIN worker w ON w.id = d.worker_id JOIN employer e ON e.id = d.employer_id
  WHERE d.employer_id = $1
  ORDER BY d.updated_at DESC, d.id DESC LIMIT 50`;

/** Worker.dimonaPeriods(employerId): newest first. */
const PERIODS = `
  SELECT dp.worker_id, dp.period_id, dp.start_date::text AS start_date, dp.end_date::text AS end_date
  FROM dimona_period dp
  WHERE dp.worker_id = ANY($1::uuid[]) AND dp.employer_id = $2
  ORDER BY dp.start_date DESC, dp.id`;

async function list(employerId: string): Promise<unknown> {
  const { rows } = await pool.query<Row>(LIST, [employerId]);
  return {
    data: {
      wageDeclarations: {
        nodes: rows.map((r) => ({
          id: r.id,
          status: r.status,
          total: formatMoney(Number(r.total_cents)),
          calculationDate: r.calculation_date,
          worker: { ssin: r.ssin, firstName: r.first_name, lastName: r.last_name },
        })),
      },
    },
  };
}

async function nested(employerId: string): Promise<unknown> {
  const { rows } = await pool.query<Row>(NESTED, [employerId]);
  const workerIds = [...new Set(rows.map((r) => r.worker_id))];
  const periods = await pool.query<{
    worker_id: string;
    period_id: string;
    start_date: string;
    end_date: string | null;
  }>(PERIODS, [workerIds, employerId]);
  const byWorker = new Map<string, { periodId: string; startDate: string; endDate: string | null }[]>();
  for (const p of periods.rows) {
    const list = byWorker.get(p.worker_id) ?? [];
    list.push({ periodId: p.period_id, startDate: p.start_date, endDate: p.end_date });
    byWorker.set(p.worker_id, list);
  }
  return {
    data: {
      wageDeclarations: {
        nodes: rows.map((r) => ({
          id: r.id,
          status: r.status,
          total: formatMoney(Number(r.total_cents)),
          calculationDate: r.calculation_date,
          employer: { name: r.employer_name },
          worker: {
            ssin: r.ssin,
            firstName: r.first_name,
            lastName: r.last_name,
            dimonaPeriods: byWorker.get(r.worker_id) ?? [],
          },
        })),
      },
    },
  };
}

const ROUTES: Record<string, (employerId: string) => Promise<unknown>> = { "/list": list, "/nested": nested };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const route = req.method === "POST" ? ROUTES[req.url ?? ""] : undefined;
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  const { employerId } = JSON.parse(await readBody(req)) as { employerId: string };
  const body = JSON.stringify(await route(employerId));
  res
    .writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) })
    .end(body);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error("[baseline]", error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
