import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import type { FieldChange } from "../../domain/field-changes";

/** One audited change: who, what, why, and each field before and after. */
export interface AuditRecord {
  actorId: string;
  /** What was done, e.g. "correctDeclaration", "grantAccess". */
  action: string;
  /** The kind of record, e.g. "WageDeclaration", "Worker", "AccessGrant". */
  entityType: string;
  entityId: string;
  /** The employer the record belongs to, when it belongs to one (who may read the entry). */
  employerId: string | null;
  reason: string | null;
  changes: FieldChange[];
}

/** Writes audit entries inside the caller's transaction (one statement for any number). */
export async function writeAudit(db: Db, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.query(sql`
    INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, employer_id, reason, changes)
    SELECT a.actor_id, a.action, a.entity_type, a.entity_id, a.employer_id, a.reason, a.changes
    FROM unnest(${records.map((r) => r.actorId)}::uuid[], ${records.map((r) => r.action)}::text[],
      ${records.map((r) => r.entityType)}::text[], ${records.map((r) => r.entityId)}::uuid[],
      ${records.map((r) => r.employerId)}::uuid[], ${records.map((r) => r.reason)}::text[],
      ${records.map((r) => JSON.stringify(r.changes))}::jsonb[])
      AS a(actor_id, action, entity_type, entity_id, employer_id, reason, changes)`);
}
