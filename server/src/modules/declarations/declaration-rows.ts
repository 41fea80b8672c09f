/** Reading declarations and shaping them for GraphQL; shared by the services and resolvers of this module. */
import { sql } from "../../db/sql";
import { formatMoney } from "../../domain/money";
import { DateRange } from "../../graphql/common.types";
import { DeclarationKind, DeclarationStatus, DeclarationVersion, WageDeclaration, type DeclarationRow, type VersionRow } from "./declaration.type";

export const DECLARATION_COLUMNS = sql.raw(`d.id, d.employer_id AS "employerId", d.worker_id AS "workerId",
  d.submission_id AS "submissionId", d.status, d.kind, d.version, d.newest_version AS "newestVersion",
  d.in_force_version AS "inForceVersion", d.payslip_reference AS "payslipReference",
  d.calculation_start AS "calculationStart", d.calculation_end AS "calculationEnd",
  d.calculation_date AS "calculationDate", d.total_cents AS "totalCents", d.submitted_at AS "submittedAt",
  d.processed_at AS "processedAt", d.created_at AS "createdAt", d.updated_at AS "updatedAt"`);

export const VERSION_COLUMNS = sql.raw(`v.id, v.declaration_id AS "declarationId", v.number, v.kind, v.status,
  v.payslip_reference AS "payslipReference", v.calculation_start AS "calculationStart",
  v.calculation_end AS "calculationEnd", v.calculation_date AS "calculationDate", v.total_cents AS "totalCents",
  v.created_at AS "createdAt", v.created_by AS "createdBy", v.reason, v.submitted_at AS "submittedAt",
  v.processed_at AS "processedAt"`);

function range(start: string, end: string): DateRange {
  return Object.assign(new DateRange(), { start, end });
}

export function toDeclaration(row: DeclarationRow): WageDeclaration {
  return Object.assign(new WageDeclaration(), {
    row,
    id: row.id,
    status: row.status as DeclarationStatus,
    kind: row.kind as DeclarationKind,
    version: row.version,
    payslipReference: row.payslipReference,
    calculationPeriod: range(row.calculationStart, row.calculationEnd),
    calculationDate: row.calculationDate,
    total: formatMoney(Number(row.totalCents)),
    submittedAt: row.submittedAt,
    processedAt: row.processedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export function toVersion(row: VersionRow): DeclarationVersion {
  return Object.assign(new DeclarationVersion(), {
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
  });
}
