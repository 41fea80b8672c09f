import type { Sql } from "../../db/sql";
import { ANOMALY_CATALOGUE, type AnomalyCode } from "../../domain/anomaly-codes";
import type { AnomalySeverityCode } from "../../domain/declaration-status";

/**
 * One rule of the asynchronous controls (docs/domain-rules.md#the-asynchronous-controls).
 *
 * Its `violations` query reads the versions under control from `t`, which the controls job
 * defines with these columns: id (the version), kind, calculation_start, calculation_end,
 * calculation_date, payslip_reference, submitted_at (of the version), declaration_id,
 * employer_id, worker_id, submission_id. It returns one row per violation: "versionId" and path
 * (where in the content, or NULL for the whole declaration).
 */
export interface ControlRule {
  /** The official (or FAW-*) anomaly code the rule raises. */
  code: AnomalyCode;
  /** BLOCKING refuses the version; WARNING accepts it with warnings. */
  severity: AnomalySeverityCode;
  /** The key of its message texts in domain/anomaly-codes.ts (messages are keyed by code). */
  messageKey: AnomalyCode;
  /** The versions under control (`t`) that violate the rule. */
  violations: Sql;
}

/** A rule whose severity and message come from the anomaly catalogue, so that they never differ. */
export function controlRule(code: AnomalyCode, violations: Sql): ControlRule {
  return { code, severity: ANOMALY_CATALOGUE[code].severity, messageKey: code, violations };
}
