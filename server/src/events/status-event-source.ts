/**
 * The status-event log as subscribers receive it (docs/architecture.md#the-status-log): each event with the declaration
 * it concerns (loaded once per batch, with the worker's SSIN for the in-memory tenancy filter).
 * Fanned out by a LogRelay (events/log-relay.ts).
 */
import type { Db } from "../db/db";
import { sql, type Sql } from "../db/sql";
import type { DeclarationStatusCode } from "../domain/declaration-status";
import type { DeclarationRow } from "../db/declaration-row";
import type { LogSource } from "./log-relay";
import { STATUS_EVENT_CHANNEL } from "./status-events";

/** One status event as subscribers receive it. */
export interface StatusEvent {
  seq: number;
  declarationId: string;
  employerId: string;
  /** The worker's SSIN, so that a worker's own subscription is filtered without a query. */
  ssin: string;
  from: DeclarationStatusCode | null;
  to: DeclarationStatusCode;
  at: Date;
  versionNumber: number;
  reason: string | null;
  /** The code of a reason the API wrote itself; null for a person's reason or none. */
  reasonCode: string | null;
  /** Null for the controls. */
  actorId: string | null;
  /** The declaration as it stood when the batch was loaded. */
  declaration: DeclarationRow;
}

/** The status-event log as a relay source. */
export function statusEventSource(db: Db): LogSource<StatusEvent> {
  return {
    channel: STATUS_EVENT_CHANNEL,
    load: (afterSeq, limit) => loadEvents(db, sql`e.seq > ${afterSeq}`, limit),
    current: async () =>
      Number(
        (await db.one<{ value: string }>(sql`SELECT value FROM event_counter WHERE name = 'status_event'`))?.value ?? 0,
      ),
  };
}

/** The whole status log of some declarations, oldest first (a declaration's history). */
export function loadEventsOf(db: Db, declarationIds: readonly string[]): Promise<StatusEvent[]> {
  return loadEvents(db, sql`e.declaration_id = ANY(${[...declarationIds]}::uuid[])`, null);
}

async function loadEvents(db: Db, where: Sql, limit: number | null): Promise<StatusEvent[]> {
  const rows = await db.query<
    Omit<StatusEvent, "seq" | "declaration"> & {
      seq: string;
      declaration: DeclarationRow & {
        createdAt: string;
        updatedAt: string;
        submittedAt: string | null;
        processedAt: string | null;
      };
    }
  >(sql`
    SELECT e.seq, e.declaration_id AS "declarationId", e.employer_id AS "employerId", w.ssin, e.from_status AS "from",
      e.to_status AS "to", e.at, e.version_number AS "versionNumber", e.reason, e.reason_code AS "reasonCode",
      e.actor_id AS "actorId",
      json_build_object('id', d.id, 'employerId', d.employer_id, 'workerId', d.worker_id, 'submissionId', d.submission_id,
        'status', d.status, 'kind', d.kind, 'version', d.version, 'newestVersion', d.newest_version,
        'inForceVersion', d.in_force_version, 'payslipReference', d.payslip_reference, 'calculationStart', d.calculation_start,
        'calculationEnd', d.calculation_end, 'calculationDate', d.calculation_date, 'totalCents', d.total_cents::text,
        'submittedAt', d.submitted_at, 'processedAt', d.processed_at, 'createdAt', d.created_at, 'updatedAt', d.updated_at) AS declaration
    FROM status_event e
    JOIN worker w ON w.id = e.worker_id
    JOIN wage_declaration d ON d.id = e.declaration_id
    WHERE ${where}
    ORDER BY e.seq
    ${limit === null ? sql.empty : sql`LIMIT ${limit}`}`);
  return rows.map((row) => ({
    ...row,
    seq: Number(row.seq),
    declaration: {
      ...row.declaration,
      createdAt: new Date(row.declaration.createdAt),
      updatedAt: new Date(row.declaration.updatedAt),
      submittedAt: row.declaration.submittedAt ? new Date(row.declaration.submittedAt) : null,
      processedAt: row.declaration.processedAt ? new Date(row.declaration.processedAt) : null,
    },
  }));
}
