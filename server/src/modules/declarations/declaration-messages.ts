/**
 * e-Box messages about one declaration written by a person's change (a withdrawal, the back
 * office's correction, acceptance or refusal). The controls write theirs set-based in
 * controls/run-controls.ts from the same texts.
 */
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { ANOMALY_CATALOGUE, isAnomalyCode } from "../../domain/anomaly-codes";
import type { DeclarationStatusCode } from "../../domain/declaration-status";
import { composeEboxMessage, type EboxMessageTypeCode } from "../../domain/ebox-texts";
import type { EboxMessageToWrite } from "../ebox/ebox-writer";
import type { DeclarationRow } from "./declaration.type";

export interface MessageChoice {
  type: Exclude<EboxMessageTypeCode, "SUBMISSION_SUMMARY">;
  /** The status reported (part of the dedup key: one message per version and outcome). */
  status: DeclarationStatusCode | "CORRECTED";
  inForceVersion: number | null;
  /** For CORRECTED_BY_BACK_OFFICE. */
  reason?: string;
}

/**
 * The message about the declaration's newest version as it stands in the caller's transaction
 * (content, anomalies, worker, submission reference read there).
 */
export async function declarationMessage(
  tx: Db,
  row: DeclarationRow,
  choice: MessageChoice,
): Promise<EboxMessageToWrite> {
  const facts = await tx.one<{
    workerName: string;
    ssin: string;
    reference: string | null;
    payslipReference: string | null;
    calculationStart: string;
    calculationEnd: string;
    totalCents: string;
    number: number;
    kind: DeclarationRow["kind"];
    anomalies: { code: string }[];
  }>(sql`
    SELECT w.first_name || ' ' || w.last_name AS "workerName", w.ssin, s.reference, v.payslip_reference AS "payslipReference",
      v.calculation_start AS "calculationStart", v.calculation_end AS "calculationEnd", v.total_cents AS "totalCents",
      v.number, v.kind,
      COALESCE((SELECT json_agg(json_build_object('code', a.code) ORDER BY a.code) FROM anomaly a WHERE a.version_id = v.id), '[]') AS anomalies
    FROM wage_declaration d
    JOIN declaration_version v ON v.declaration_id = d.id AND v.number = d.newest_version
    JOIN worker w ON w.id = d.worker_id
    JOIN submission s ON s.id = d.submission_id
    WHERE d.id = ${row.id}`);
  if (!facts) throw new Error(`declaration ${row.id} has no newest version`);
  const base = {
    workerName: facts.workerName,
    ssin: facts.ssin,
    calculationPeriod: { start: facts.calculationStart, end: facts.calculationEnd },
    versionNumber: facts.number,
    kind: facts.kind,
    totalCents: Number(facts.totalCents),
    submissionReference: facts.reference,
    payslipReference: facts.payslipReference,
    anomalies: facts.anomalies
      .map((a) => a.code)
      .filter(isAnomalyCode)
      .map((code) => ({ code, severity: ANOMALY_CATALOGUE[code].severity })),
    inForceVersion: choice.inForceVersion,
  };
  const composed =
    choice.type === "CORRECTED_BY_BACK_OFFICE"
      ? composeEboxMessage({ ...base, type: choice.type, reason: choice.reason ?? "" })
      : composeEboxMessage({ ...base, type: choice.type });
  return {
    employerId: row.employerId,
    declarationId: row.id,
    submissionId: row.submissionId,
    dedupKey: `declaration:${row.id}:v${facts.number}:${choice.status}`,
    type: choice.type,
    subject: composed.subject,
    body: composed.body,
  };
}
