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
 *
 * and the other lists of bench/comparisons.ts, each with its one nested relation, as the API
 * answers them to the user that comparisons.ts names (body {"employerId", "language"}):
 *
 *   POST /workers      50 newest workers with all their Dimona periods (back office)
 *   POST /dimona       the employer's 50 newest Dimona periods with their worker
 *   POST /ebox         the employer's 50 newest e-Box messages (subject in "language") with their submission
 *   POST /submissions  50 newest transmitted submissions with their employer (back office)
 *   POST /audit        the employer's 50 newest audit entries with their actor
 *   POST /employers    first 50 employers by name with their users (back office)
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

interface Asked {
  employerId: string;
  language: "nl" | "fr" | "de" | "en";
}

function answer(field: string, nodes: unknown[]): unknown {
  return { data: { [field]: { nodes } } };
}

/** Rows grouped by a key, in their order. */
function groupBy<R, V>(rows: readonly R[], key: (row: R) => string, value: (row: R) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(value(row));
    else groups.set(k, [value(row)]);
  }
  return groups;
}

async function workers(): Promise<unknown> {
  const { rows } = await pool.query<{
    id: string;
    ssin: string;
    first_name: string;
    last_name: string;
    birth_date: string | null;
  }>(
    `SELECT w.id, w.ssin, w.first_name, w.last_name, w.birth_date::text AS birth_date
     FROM worker w ORDER BY w.created_at DESC, w.id DESC LIMIT 50`,
  );
  const periods = await pool.query<{
    worker_id: string;
    period_id: string;
    start_date: string;
    end_date: string | null;
  }>(
    `SELECT dp.worker_id, dp.period_id, dp.start_date::text AS start_date, dp.end_date::text AS end_date
     FROM dimona_period dp WHERE dp.worker_id = ANY($1::uuid[]) ORDER BY dp.start_date DESC, dp.id`,
    [rows.map((r) => r.id)],
  );
  const byWorker = groupBy(
    periods.rows,
    (p) => p.worker_id,
    (p) => ({ periodId: p.period_id, startDate: p.start_date, endDate: p.end_date }),
  );
  return answer(
    "workers",
    rows.map((r) => ({
      id: r.id,
      ssin: r.ssin,
      firstName: r.first_name,
      lastName: r.last_name,
      birthDate: r.birth_date,
      dimonaPeriods: byWorker.get(r.id) ?? [],
    })),
  );
}

async function dimona({ employerId }: Asked): Promise<unknown> {
  const { rows } = await pool.query<{
    id: string;
    period_id: string;
    worker_type: string;
    start_date: string;
    end_date: string | null;
    cancelled: boolean;
    ssin: string;
    first_name: string;
    last_name: string;
  }>(
    `SELECT dp.id, dp.period_id, dp.worker_type, dp.start_date::text AS start_date, dp.end_date::text AS end_date,
       dp.cancelled, w.ssin, w.first_name, w.last_name
     FROM dimona_period dp JOIN worker w ON w.id = dp.worker_id
     WHERE dp.employer_id = $1 ORDER BY dp.start_date DESC, dp.id DESC LIMIT 50`,
    [employerId],
  );
  return answer(
    "dimonaPeriods",
    rows.map((r) => ({
      id: r.id,
      periodId: r.period_id,
      workerType: r.worker_type,
      startDate: r.start_date,
      endDate: r.end_date,
      cancelled: r.cancelled,
      worker: { ssin: r.ssin, firstName: r.first_name, lastName: r.last_name },
    })),
  );
}

const SUBJECT_COLUMNS = { nl: "subject_nl", fr: "subject_fr", de: "subject_de", en: "subject_en" } as const;

async function ebox({ employerId, language }: Asked): Promise<unknown> {
  const subject = SUBJECT_COLUMNS[language];
  if (!subject) throw new Error(`unknown language ${language}`);
  const { rows } = await pool.query<{
    id: string;
    type: string;
    subject: string;
    received_at: Date;
    read_at: Date | null;
    reference: string | null;
    submission_id: string | null;
  }>(
    `SELECT m.id, m.type, m.${subject} AS subject, m.received_at, m.read_at, m.submission_id, s.reference
     FROM ebox_message m LEFT JOIN submission s ON s.id = m.submission_id
     WHERE m.employer_id = $1 ORDER BY m.received_at DESC, m.id DESC LIMIT 50`,
    [employerId],
  );
  return answer(
    "eboxMessages",
    rows.map((r) => ({
      id: r.id,
      type: r.type,
      subject: r.subject,
      receivedAt: r.received_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
      submission: r.submission_id === null ? null : { reference: r.reference },
    })),
  );
}

async function submissions(): Promise<unknown> {
  const { rows } = await pool.query<{
    id: string;
    status: string;
    reference: string | null;
    period_start: string;
    period_end: string;
    submitted_at: Date | null;
    name: string;
  }>(
    `SELECT s.id, s.status, s.reference, s.period_start::text AS period_start, s.period_end::text AS period_end,
       s.submitted_at, e.name
     FROM submission s JOIN employer e ON e.id = s.employer_id
     WHERE s.status = 'SUBMITTED' ORDER BY s.created_at DESC, s.id DESC LIMIT 50`,
  );
  return answer(
    "submissions",
    rows.map((r) => ({
      id: r.id,
      status: r.status,
      reference: r.reference,
      period: { start: r.period_start, end: r.period_end },
      submittedAt: r.submitted_at?.toISOString() ?? null,
      employer: { name: r.name },
    })),
  );
}

async function audit({ employerId }: Asked): Promise<unknown> {
  const { rows } = await pool.query<{
    id: string;
    action: string;
    entity_type: string;
    entity_id: string;
    at: Date;
    login: string;
    display_name: string;
  }>(
    `SELECT a.id, a.action, a.entity_type, a.entity_id, a.at, u.login, u.display_name
     FROM audit_entry a JOIN app_user u ON u.id = a.actor_id
     WHERE a.employer_id = $1 ORDER BY a.at DESC, a.id DESC LIMIT 50`,
    [employerId],
  );
  return answer(
    "auditEntries",
    rows.map((r) => ({
      id: r.id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      at: r.at.toISOString(),
      actor: { login: r.login, displayName: r.display_name },
    })),
  );
}

async function employers(): Promise<unknown> {
  const { rows } = await pool.query<{ id: string; name: string; enterprise_number: string | null; language: string }>(
    `SELECT e.id, e.name, e.enterprise_number, e.language FROM employer e ORDER BY e.name, e.id LIMIT 50`,
  );
  const users = await pool.query<{ employer_id: string; login: string; display_name: string }>(
    `SELECT g.employer_id, u.login, u.display_name
     FROM access_grant g JOIN app_user u ON u.id = g.user_id
     WHERE g.employer_id = ANY($1::uuid[])
     GROUP BY g.employer_id, u.id ORDER BY lower(u.login), u.id`,
    [rows.map((r) => r.id)],
  );
  const byEmployer = groupBy(
    users.rows,
    (u) => u.employer_id,
    (u) => ({ login: u.login, displayName: u.display_name }),
  );
  return answer(
    "employers",
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      enterpriseNumber: r.enterprise_number,
      language: r.language.toUpperCase(),
      users: byEmployer.get(r.id) ?? [],
    })),
  );
}

const ROUTES: Record<string, (asked: Asked) => Promise<unknown>> = {
  "/list": ({ employerId }) => list(employerId),
  "/nested": ({ employerId }) => nested(employerId),
  "/workers": workers,
  "/dimona": dimona,
  "/ebox": ebox,
  "/submissions": submissions,
  "/audit": audit,
  "/employers": employers,
};

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
  const body = JSON.stringify(await route(JSON.parse(await readBody(req)) as Asked));
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
