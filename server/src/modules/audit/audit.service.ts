import { RULES, signedIn, type IncomeSubject } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { idFilterSql, instantFilterSql, type EqualityCondition, type InstantCondition } from "../../db/filters";
import { pageOf, type PageArgs } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import type { RequestContext } from "../../auth/request-context";
import type { FieldChange as RecordedChange } from "../../domain/field-changes";
import type { AuditRecord } from "./audit-writer";

/** One field of an entry as shown: pay of a declaration the reader may not read is withheld. */
export interface FieldChange extends RecordedChange {
  withheld: boolean;
  /** Whose pay `before` and `after` show, when they show pay (the back office's read is audited). */
  paySubject: IncomeSubject;
}

/** An entry of the audit trail as read (the GraphQL type AuditEntry, audit.type.ts). */
export interface AuditEntry extends Omit<AuditRecord, "changes"> {
  id: string;
  at: Date;
  changes: FieldChange[];
}

/** Which audit entries to list (the GraphQL input AuditEntryFilter). */
export interface AuditEntryFilter {
  entityId?: EqualityCondition;
  actorId?: EqualityCondition;
  at?: InstantCondition;
  reads?: boolean;
}

type AuditRow = Omit<AuditEntry, "changes"> & { changes: RecordedChange[]; mayReadPay: boolean };

const COLUMNS = sql.raw(`a.id, a.at, a.actor_id AS "actorId", a.employer_id AS "employerId", a.action,
  a.entity_type AS "entityType", a.entity_id AS "entityId", a.reason, a.changes`);

/**
 * The fields of an entry about a declaration that hold no pay. Every other one does (a
 * correction's total and properties, and any field a later change records): unknown is pay.
 */
const DECLARATION_FIELDS_WITHOUT_PAY = new Set([
  "status",
  "inForceVersion",
  "payslipReference",
  "calculationPeriod",
  "calculationDate",
]);

function carriesPay(entityType: string, field: string): boolean {
  return entityType === "WageDeclaration" && !DECLARATION_FIELDS_WITHOUT_PAY.has(field);
}

/** Whether the viewer may read the pay an entry holds: that of a declaration it may read. */
function mayReadPay(viewer: Viewer): Sql {
  return sql`(a.entity_type <> 'WageDeclaration' OR EXISTS (SELECT 1 FROM wage_declaration d
    WHERE d.id = a.entity_id AND ${RULES.wageDeclaration.condition(viewer, sql.raw("d"))}))`;
}

function toAuditEntry({ mayReadPay, changes, ...row }: AuditRow): AuditEntry {
  return {
    ...row,
    changes: changes.map((change) => {
      const pay = carriesPay(row.entityType, change.field);
      const withheld = pay && !mayReadPay;
      return {
        field: change.field,
        before: withheld ? null : change.before,
        after: withheld ? null : change.after,
        withheld,
        paySubject: pay && !withheld ? { declarationId: row.entityId } : null,
      };
    }),
  };
}

/** The actions that record a read (access/income-reads.ts, modules/income), not a change. */
export const READ_ACTIONS = ["readIncome", "readFlexiIncome"];

/**
 * The audit trail: the back office reads all of it, a declarant the entries about its
 * employers, an access administrator their access events (access/parties.ts). Pay in an entry
 * is shown only to who may read its declaration.
 */
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
      select: sql`SELECT ${COLUMNS}, ${mayReadPay(viewer)} AS "mayReadPay"`,
      from: sql`audit_entry a`,
      where: sql.and(parts),
      order: [{ expression: sql.raw("a.at"), descending: true, value: (r: AuditRow) => r.at, type: "timestamptz" }],
      idColumn: sql.raw("a.id"),
      toNode: toAuditEntry,
      page,
      withTotal,
    });
  }
}
