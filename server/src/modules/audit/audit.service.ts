import { RULES, signedIn } from "../../access";
import { idFilterSql, instantFilterSql, type EqualityCondition, type InstantCondition } from "../../db/filters";
import { pageOf, type PageArgs } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import type { RequestContext } from "../../auth/request-context";
import type { AuditRecord } from "./audit-writer";

/** An entry of the audit trail as read (the GraphQL type AuditEntry, audit.type.ts). */
export interface AuditEntry extends AuditRecord {
  id: string;
  at: Date;
}

/** Which audit entries to list (the GraphQL input AuditEntryFilter). */
export interface AuditEntryFilter {
  entityId?: EqualityCondition;
  actorId?: EqualityCondition;
  at?: InstantCondition;
  reads?: boolean;
}

const COLUMNS = sql.raw(`a.id, a.at, a.actor_id AS "actorId", a.employer_id AS "employerId", a.action,
  a.entity_type AS "entityType", a.entity_id AS "entityId", a.reason, a.changes`);

function toAuditEntry(row: AuditEntry): AuditEntry {
  return {
    ...row,
    changes: row.changes.map((c) => ({ ...c })),
  };
}

/** The actions that record a read (access/income-reads.ts, modules/income), not a change. */
export const READ_ACTIONS = ["readIncome", "readFlexiIncome"];

/** The audit trail: the back office reads all of it, an employer's users the entries about that employer. */
export class AuditService {
  async list(ctx: RequestContext, filter: AuditEntryFilter | undefined, page: PageArgs, withTotal: boolean) {
    const viewer = signedIn(ctx.viewer);
    const parts: Sql[] = [RULES.auditEntry.condition(viewer, sql.raw("a"))];
    if (filter?.entityId) parts.push(idFilterSql(sql.raw("a.entity_id"), filter.entityId));
    if (filter?.actorId) parts.push(idFilterSql(sql.raw("a.actor_id"), filter.actorId));
    if (filter?.at) parts.push(instantFilterSql(sql.raw("a.at"), filter.at));
    if (filter?.reads != null)
      parts.push(
        filter.reads ? sql`a.action = ANY(${READ_ACTIONS}::text[])` : sql`a.action <> ALL(${READ_ACTIONS}::text[])`,
      );
    return pageOf(ctx.db, {
      select: sql`SELECT ${COLUMNS}`,
      from: sql`audit_entry a`,
      where: sql.and(parts),
      order: [{ expression: sql.raw("a.at"), descending: true, value: (r: AuditEntry) => r.at, type: "timestamptz" }],
      idColumn: sql.raw("a.id"),
      toNode: toAuditEntry,
      page,
      withTotal,
    });
  }
}
