/** Reading declarations and shaping them as the API shows them; shared by the services and resolvers of this module. */
import { projection, selectColumns, type ColumnMap } from "../../db/columns";
import type { DeclarationRow, VersionRow } from "../../db/declaration-row";
import { sql } from "../../db/sql";
import type { DateRange } from "../../domain/dates";
import { formatMoney } from "../../domain/money";
import {
  DeclarationKind,
  DeclarationStatus,
  type DeclarationVersion,
  type WageDeclaration,
} from "./declaration-shapes";

export const DECLARATION_COLUMN_MAP: ColumnMap<DeclarationRow> = {
  id: "id",
  employerId: "employer_id",
  workerId: "worker_id",
  submissionId: "submission_id",
  status: "status",
  kind: "kind",
  version: "version",
  newestVersion: "newest_version",
  inForceVersion: "in_force_version",
  payslipReference: "payslip_reference",
  calculationStart: "calculation_start",
  calculationEnd: "calculation_end",
  calculationDate: "calculation_date",
  totalCents: "total_cents",
  submittedAt: "submitted_at",
  processedAt: "processed_at",
  createdAt: "created_at",
  updatedAt: "updated_at",
};

export const DECLARATION_COLUMNS = selectColumns("d", DECLARATION_COLUMN_MAP);

/**
 * What a list reads when it answers only the fields asked (db/columns.ts `projection`), with the
 * sort keys' fields for its cursors. modules/projection.spec.ts asks every field alone.
 */
export function declarationColumnsFor(
  asked: ReadonlySet<string> | undefined,
  sortFields: readonly (keyof DeclarationRow)[],
): ColumnMap<DeclarationRow> {
  return projection(DECLARATION_COLUMN_MAP, [...ALWAYS_READ, ...sortFields], NEEDS, asked);
}

const ALWAYS_READ: (keyof DeclarationRow)[] = ["id"];

/**
 * The row fields each field of WageDeclaration reads, its own or through a nested resolver
 * (declaration.resolver.ts): `employer` and `worker` their ids (also the key of a join), the
 * fields that show pay the worker's id (whose pay a back-office read audits, access/rules.ts
 * payFields), allowedActions the employer's id (whether the caller declares for it).
 */
const NEEDS: Record<string, (keyof DeclarationRow)[]> = {
  status: ["status"],
  kind: ["kind"],
  version: ["version"],
  payslipReference: ["payslipReference"],
  calculationPeriod: ["calculationStart", "calculationEnd"],
  calculationDate: ["calculationDate"],
  total: ["totalCents", "workerId"],
  submittedAt: ["submittedAt"],
  processedAt: ["processedAt"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
  submission: ["submissionId"],
  properties: ["newestVersion", "workerId"],
  anomalies: ["newestVersion"],
  inForce: ["inForceVersion", "workerId"],
  history: ["workerId"],
  allowedActions: ["status", "employerId"],
  employer: ["employerId"],
  worker: ["workerId"],
};

export const VERSION_COLUMNS = sql.raw(`v.id, v.declaration_id AS "declarationId", v.number, v.kind, v.status,
  v.payslip_reference AS "payslipReference", v.calculation_start AS "calculationStart",
  v.calculation_end AS "calculationEnd", v.calculation_date AS "calculationDate", v.total_cents AS "totalCents",
  v.created_at AS "createdAt", v.created_by AS "createdBy", v.reason, v.submitted_at AS "submittedAt",
  v.processed_at AS "processedAt"`);

function range(start: string, end: string): DateRange {
  return { start, end };
}

/** The API's shape of a declaration row; a list row read for some fields only leaves the others undefined. */
export function toDeclaration(row: DeclarationRow): WageDeclaration {
  return {
    row,
    id: row.id,
    status: row.status as DeclarationStatus,
    kind: row.kind as DeclarationKind,
    version: row.version,
    payslipReference: row.payslipReference,
    calculationPeriod:
      row.calculationStart === undefined
        ? (undefined as unknown as DateRange)
        : range(row.calculationStart, row.calculationEnd),
    calculationDate: row.calculationDate,
    total: row.totalCents === undefined ? (undefined as unknown as string) : formatMoney(Number(row.totalCents)),
    submittedAt: row.submittedAt,
    processedAt: row.processedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toVersion(row: VersionRow): DeclarationVersion {
  return {
    row,
    number: row.number,
    kind: row.kind as DeclarationKind,
    status: row.status as DeclarationStatus,
    payslipReference: row.payslipReference,
    calculationPeriod: range(row.calculationStart, row.calculationEnd),
    calculationDate: row.calculationDate,
    total: formatMoney(Number(row.totalCents)),
    createdAt: row.createdAt,
    reason: row.reason,
    submittedAt: row.submittedAt,
    processedAt: row.processedAt,
  };
}
