import type { Db } from "../db/db";
import { sql } from "../db/sql";
import type { DeclarationStatusCode } from "../domain/declaration-status";

/** The PostgreSQL channel on which a committed status change is announced (payload: its highest seq). */
export const STATUS_EVENT_CHANNEL = "status_event";

/** One declaration status change, as the log records it. */
export interface StatusChange {
  declarationId: string;
  employerId: string;
  workerId: string;
  versionNumber: number;
  from: DeclarationStatusCode | null;
  to: DeclarationStatusCode;
  /** Null for the controls (the system). */
  actorId: string | null;
  reason: string | null;
  /** The code of a reason the API wrote itself (lifecycle-engine.ts); null for a person's reason or none. */
  reasonCode: string | null;
}

/**
 * Appends status changes to the log inside the caller's transaction, in one statement: the
 * counter row's update takes the sequence numbers and holds its lock until commit, so sequence
 * order is commit order (docs/architecture.md#the-status-log); the NOTIFY is delivered only when the transaction commits,
 * and carries no data, only the highest sequence number (listeners read the rows).
 */
export async function recordStatusChanges(db: Db, changes: readonly StatusChange[]): Promise<void> {
  if (changes.length === 0) return;
  const n = changes.length;
  await db.query(sql`
    WITH counter AS (
      UPDATE event_counter SET value = value + ${n} WHERE name = 'status_event' RETURNING value - ${n} AS base
    ), inserted AS (
      INSERT INTO status_event (seq, declaration_id, employer_id, worker_id, version_number, from_status, to_status, actor_id,
        reason, reason_code)
      SELECT counter.base + c.ord, c.declaration_id, c.employer_id, c.worker_id, c.version_number, c.from_status,
        c.to_status, c.actor_id, c.reason, c.reason_code
      FROM counter, unnest(${changes.map((c) => c.declarationId)}::uuid[], ${changes.map((c) => c.employerId)}::uuid[],
        ${changes.map((c) => c.workerId)}::uuid[], ${changes.map((c) => c.versionNumber)}::int[],
        ${changes.map((c) => c.from)}::text[], ${changes.map((c) => c.to)}::text[],
        ${changes.map((c) => c.actorId)}::uuid[], ${changes.map((c) => c.reason)}::text[],
        ${changes.map((c) => c.reasonCode)}::text[])
        WITH ORDINALITY AS c(declaration_id, employer_id, worker_id, version_number, from_status, to_status, actor_id, reason,
          reason_code, ord)
      RETURNING seq
    )
    SELECT pg_notify(${STATUS_EVENT_CHANNEL}, max(seq)::text) FROM inserted`);
}
