import { sql, type Sql } from "../db/sql";
import type { Viewer } from "../auth/viewer";
import { PARTIES } from "./parties";
import type { RecordFacts, RecordKind } from "./records";
import { ownEmployerIds } from "./scope";

/** The values a group of records is known by, as text (a total grouped by employer and month: its two). */
export type GroupKey = readonly string[];

/**
 * Groups of records over any number of workers, as the service that made them can select them
 * in SQL: a sum grouped over several workers shows the pay of each.
 */
export interface WorkerGroups {
  /** A query of one column, `worker_id`: every worker whose pay the groups with these keys include. */
  workersOf(keys: readonly GroupKey[]): Sql;
}

/** Whose income a resolved field shows: a worker, the worker of a declaration, or the workers of a group. */
export type IncomeSubject =
  { workerId: string } | { declarationId: string } | { groups: WorkerGroups; key: GroupKey } | null;

/**
 * Fields of a GraphQL type that carry declared pay, with how to find whose pay it is from the
 * parent object: every back-office read of them is audited (income-reads.ts).
 */
export interface PayFields {
  type: string;
  fields: readonly string[];
  subject: (parent: never) => IncomeSubject;
}

/** Who may see the records of one kind: one object per kind, the only place that says it. */
export interface AccessRule<K extends RecordKind> {
  kind: K;
  /** The table, and the alias every query of the services gives it. */
  table: string;
  alias: string;
  /** The record's name in its NOT_FOUND message ("Worker" gives "Worker not found."). */
  notFound: string;
  /** Condition that a row of the table (under `alias`, by default the usual one) is visible to the viewer. */
  condition(viewer: Viewer, alias?: Sql): Sql;
  /** The same rule on facts already in memory: subscription events, rows loaded through another record. */
  allows(viewer: Viewer, facts: RecordFacts[K]): boolean;
  /** The fields of this kind of record that show pay. */
  payFields: readonly PayFields[];
}

function isConstant(condition: Sql, value: "TRUE" | "FALSE"): boolean {
  return condition.values.length === 0 && condition.strings.length === 1 && condition.strings[0] === value;
}

/** The parties' conditions or-ed; a party that sees everything makes it TRUE, one that sees nothing drops out. */
function anyOf(conditions: readonly Sql[]): Sql {
  if (conditions.some((c) => isConstant(c, "TRUE"))) return sql.raw("TRUE");
  const parts = conditions.filter((c) => !isConstant(c, "FALSE"));
  return parts.length === 1 ? parts[0]! : sql.or(parts);
}

function rule<K extends RecordKind>(
  kind: K,
  details: { table: string; alias: string; notFound: string; payFields?: readonly PayFields[] },
): AccessRule<K> {
  return {
    kind,
    table: details.table,
    alias: details.alias,
    notFound: details.notFound,
    payFields: details.payFields ?? [],
    condition: (viewer, alias = sql.raw(details.alias)) =>
      anyOf(PARTIES.map((party) => party.condition(kind, viewer, alias))),
    allows: (viewer, facts) => PARTIES.some((party) => party.allows(kind, viewer, facts)),
  };
}

/** One rule per kind of record; what each party sees of it is in parties.ts. */
export const RULES: { readonly [K in RecordKind]: AccessRule<K> } = {
  employer: rule("employer", { table: "employer", alias: "e", notFound: "Employer" }),
  worker: rule("worker", { table: "worker", alias: "w", notFound: "Worker" }),
  dimonaPeriod: rule("dimonaPeriod", { table: "dimona_period", alias: "dp", notFound: "Dimona period" }),
  wageDeclaration: rule("wageDeclaration", {
    table: "wage_declaration",
    alias: "d",
    notFound: "Declaration",
    payFields: [
      {
        type: "WageDeclaration",
        fields: ["total", "properties", "inForce", "history"],
        subject: (declaration: { row: { workerId: string } }) => ({ workerId: declaration.row.workerId }),
      },
      {
        type: "DeclarationVersion",
        fields: ["total", "properties"],
        subject: (version: { row: { declarationId: string } }) => ({ declarationId: version.row.declarationId }),
      },
      {
        type: "WageDeclarationTotal",
        fields: ["total"],
        // A sum shows the pay of every worker it includes: the difference of two sums is one worker's.
        subject: (total: { groups: WorkerGroups; key: GroupKey }) => ({ groups: total.groups, key: total.key }),
      },
    ],
  }),
  submission: rule("submission", { table: "submission", alias: "s", notFound: "Submission" }),
  eboxMessage: rule("eboxMessage", { table: "ebox_message", alias: "m", notFound: "e-Box message" }),
  auditEntry: rule("auditEntry", {
    table: "audit_entry",
    alias: "a",
    notFound: "Audit entry",
    payFields: [
      {
        // A correction of a declaration records its total and properties before and after; the
        // audit service says which change holds pay (and withholds it from who may not read it).
        type: "FieldChange",
        fields: ["before", "after"],
        subject: (change: { paySubject: IncomeSubject }) => change.paySubject,
      },
    ],
  }),
  ceilingAlert: rule("ceilingAlert", {
    table: "ceiling_alert",
    alias: "a",
    notFound: "Ceiling alert",
    payFields: [
      {
        type: "CeilingAlert",
        fields: ["total"],
        subject: (alert: { workerId: string }) => ({ workerId: alert.workerId }),
      },
    ],
  }),
  accessGrant: rule("accessGrant", { table: "access_grant", alias: "g", notFound: "Access grant" }),
};

/**
 * Whether the viewer may follow an employer's declarations at all (a status subscription for
 * one employer): it declares there, or it is the back office.
 */
export function canSeeEmployerDeclarations(viewer: Viewer, employerId: string): boolean {
  return viewer.backOffice || ownEmployerIds(viewer, "FLEXI_AT_WORK").includes(employerId);
}
