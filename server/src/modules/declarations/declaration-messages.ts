/**
 * e-Box messages about declarations, composed from their newest version as it stands in the
 * caller's transaction (content, anomalies, worker, submission reference), for any number of
 * declarations in one statement. The lifecycle engine (lifecycle-engine.ts) writes them.
 */
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { ANOMALY_CATALOGUE, ANOMALY_CODES, isAnomalyCode, type AnomalyCode } from "../../domain/anomaly-codes";
import type { DeclarationKindCode, DeclarationStatusCode } from "../../domain/declaration-status";
import { composeEboxMessage, type EboxMessageTypeCode } from "../../domain/ebox-texts";
import type { EboxMessageToWrite } from "../ebox/ebox-writer";

export interface MessageChoice {
  declarationId: string;
  type: Exclude<EboxMessageTypeCode, "SUBMISSION_SUMMARY">;
  /** The status reported (part of the dedup key: one message per version and outcome). */
  status: DeclarationStatusCode | "CORRECTED";
  inForceVersion: number | null;
  /** The back office's reason: of a correction (CORRECTED_BY_BACK_OFFICE), or of an accept or refuse by hand. */
  reason?: string;
  /**
   * A person's decision: the declaration's concurrency token after it. Part of the dedup key, so
   * that a version decided by hand again after a revalidation gets its own message; the
   * controls' results leave it out, so that a retried job never sends a second one.
   */
  decisionToken?: number;
  /**
   * How the anomalies are listed: in the catalogue's order (the controls' result, as they find
   * them) or by code (a person's decision).
   */
  anomalyOrder: "catalogue" | "code";
}

/** What a message says about a declaration's newest version. */
interface MessageFacts {
  declarationId: string;
  employerId: string;
  submissionId: string;
  workerName: string;
  ssin: string;
  reference: string | null;
  payslipReference: string | null;
  calculationStart: string;
  calculationEnd: string;
  totalCents: string;
  number: number;
  kind: DeclarationKindCode;
  anomalies: string[];
}

/** The messages for these choices, in their order (one statement for any number). */
export async function declarationMessages(tx: Db, choices: readonly MessageChoice[]): Promise<EboxMessageToWrite[]> {
  if (choices.length === 0) return [];
  const rows = await tx.query<MessageFacts>(sql`
    SELECT d.id AS "declarationId", d.employer_id AS "employerId", d.submission_id AS "submissionId",
      w.first_name || ' ' || w.last_name AS "workerName", w.ssin, s.reference, v.payslip_reference AS "payslipReference",
      v.calculation_start AS "calculationStart", v.calculation_end AS "calculationEnd", v.total_cents AS "totalCents",
      v.number, v.kind,
      COALESCE((SELECT array_agg(a.code ORDER BY a.code) FROM anomaly a WHERE a.version_id = v.id), '{}') AS anomalies
    FROM wage_declaration d
    JOIN declaration_version v ON v.declaration_id = d.id AND v.number = d.newest_version
    JOIN worker w ON w.id = d.worker_id
    JOIN submission s ON s.id = d.submission_id
    WHERE d.id = ANY(${choices.map((c) => c.declarationId)}::uuid[])`);
  const factsOf = new Map(rows.map((r) => [r.declarationId, r]));
  return choices.map((choice) => {
    const facts = factsOf.get(choice.declarationId);
    if (!facts) throw new Error(`declaration ${choice.declarationId} has no newest version`);
    const codes = facts.anomalies.filter(isAnomalyCode);
    const base = {
      workerName: facts.workerName,
      ssin: facts.ssin,
      calculationPeriod: { start: facts.calculationStart, end: facts.calculationEnd },
      versionNumber: facts.number,
      kind: facts.kind,
      totalCents: Number(facts.totalCents),
      submissionReference: facts.reference,
      payslipReference: facts.payslipReference,
      anomalies: (choice.anomalyOrder === "catalogue" ? inCatalogueOrder(codes) : codes).map((code) => ({
        code,
        severity: ANOMALY_CATALOGUE[code].severity,
      })),
      inForceVersion: choice.inForceVersion,
    };
    const composed =
      choice.type === "CORRECTED_BY_BACK_OFFICE"
        ? composeEboxMessage({ ...base, type: choice.type, reason: choice.reason ?? "" })
        : composeEboxMessage({ ...base, type: choice.type, reason: choice.reason ?? null });
    return {
      employerId: facts.employerId,
      declarationId: facts.declarationId,
      submissionId: facts.submissionId,
      dedupKey: `declaration:${facts.declarationId}:v${facts.number}:${choice.status}${choice.decisionToken === undefined ? "" : `:t${choice.decisionToken}`}`,
      type: choice.type,
      subject: composed.subject,
      body: composed.body,
    };
  });
}

/** Codes sorted as the catalogue lists them (stable: repeated codes stay together). */
function inCatalogueOrder(codes: readonly AnomalyCode[]): AnomalyCode[] {
  return [...codes].sort((a, b) => ANOMALY_CODES.indexOf(a) - ANOMALY_CODES.indexOf(b));
}
