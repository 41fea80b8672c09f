import { RULES, signedIn, type IncomeSubject } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { idFilterSql, instantFilterSql, type EqualityCondition, type InstantCondition } from "../../db/filters";
import { pageOf, type PageArgs } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import type { RequestContext } from "../../auth/request-context";
import type { FieldChange as RecordedChange } from "../../domain/field-changes";
import {
  projection,
  selectColumns,
  type ColumnMap,
  type ListJoins,
  RecordJoin,
  selectWithJoined,
} from "../../db/columns";
import { toUserBasics, USER_BASICS_COLUMN_MAP, type User } from "../access/access.service";
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
  /** The actor when the list that read this entry joined them (null: no such user); undefined: not joined. */
  joinedActor: User | null | undefined;
}

/** What a list of entries is asked for: the nodes' fields, and the actor to read in the same statement. */
export type AuditJoins = ListJoins<"actor">;

/** Which audit entries to list (the GraphQL input AuditEntryFilter). */
export interface AuditEntryFilter {
  entityId?: EqualityCondition;
  actorId?: EqualityCondition;
  at?: InstantCondition;
  reads?: boolean;
}

type AuditRow = Omit<AuditEntry, "changes" | "joinedActor"> & { changes: RecordedChange[] };

const COLUMN_MAP: ColumnMap<AuditRow> = {
  id: "id",
  at: "at",
  actorId: "actor_id",
  employerId: "employer_id",
  action: "action",
  entityType: "entity_type",
  entityId: "entity_id",
  reason: "reason",
  changes: "changes",
};

/** The row fields each AuditEntry field reads; `changes` also reads whether the viewer may read pay. */
const NEEDS: Record<string, (keyof AuditRow)[]> = {
  at: ["at"],
  action: ["action"],
  entityType: ["entityType"],
  entityId: ["entityId"],
  reason: ["reason"],
  changes: ["entityType", "entityId", "changes"],
  actor: ["actorId"],
};

/** The user fields each User field reads (the actor is shown as access.service.ts `toUserBasics` shows a user). */
const ACTOR_NEEDS: Record<string, (keyof typeof USER_BASICS_COLUMN_MAP)[]> = {
  login: ["login"],
  displayName: ["displayName"],
  language: ["language"],
  backOffice: ["backOffice"],
};

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

function toAuditEntry(
  row: AuditRow,
  mayReadPay: boolean | undefined,
  joinedActor: User | null | undefined,
): AuditEntry {
  // Written out rather than spread: one object shape, whatever columns were read.
  return {
    id: row.id,
    at: row.at,
    actorId: row.actorId,
    employerId: row.employerId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    reason: row.reason,
    joinedActor,
    // undefined when the list read the entry for other fields only (projection)
    changes: row.changes?.map((change) => {
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

/**
 * An entry's actor, read in a list's own statement when its nodes ask for it. Its id is read from
 * the user's table: an entry whose actor is missing answers NOT_FOUND for it, as the loader does.
 */
const JOINED_ACTOR = new RecordJoin({
  table: "app_user",
  alias: "ju",
  prefix: "actor",
  columns: USER_BASICS_COLUMN_MAP,
  needs: ACTOR_NEEDS,
  key: "a.actor_id",
});

/** The actions that record a read (access/income-reads.ts, modules/income), not a change. */
export const READ_ACTIONS = ["readIncome", "readFlexiIncome"];

/**
 * The audit trail: the back office reads all of it, a declarant the entries about its
 * employers, an access administrator their access events (access/parties.ts). Pay in an entry
 * is shown only to who may read its declaration.
 */
export class AuditService {
  async list(
    ctx: RequestContext,
    filter: AuditEntryFilter | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: AuditJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const parts: Sql[] = [RULES.auditEntry.condition(viewer, sql.raw("a"))];
    if (filter?.entityId) parts.push(idFilterSql(sql.raw("a.entity_id"), filter.entityId));
    if (filter?.actorId) parts.push(idFilterSql(sql.raw("a.actor_id"), filter.actorId));
    if (filter?.at) parts.push(instantFilterSql(sql.raw("a.at"), filter.at));
    if (filter?.reads != null)
      parts.push(
        filter.reads ? sql`a.action = ANY(${READ_ACTIONS}::text[])` : sql`a.action <> ALL(${READ_ACTIONS}::text[])`,
      );
    const own = projection(COLUMN_MAP, ["id", "actorId"], NEEDS, join.fields);
    const withPay = own.changes !== undefined;
    const columns = [selectColumns("a", own)];
    if (withPay) columns.push(sql`${mayReadPay(viewer)} AS "mayReadPay"`);
    const actor = join.actor && JOINED_ACTOR.of(join.actor);
    type Row = AuditRow & { mayReadPay?: boolean };
    return pageOf(ctx.db, {
      ...selectWithJoined(sql.join(columns), sql`audit_entry a`, [actor]),
      where: sql.and(parts),
      order: [{ expression: sql.raw("a.at"), descending: true, value: (r: Row) => r.at, type: "timestamptz" }],
      idColumn: sql.raw("a.id"),
      withCursors: join.withCursors,
      toNode: (row: Row) => {
        const who = actor?.read(row);
        return toAuditEntry(row, row.mayReadPay, who && (who.id === null ? null : toUserBasics(who)));
      },
      page,
      withTotal,
    });
  }
}
