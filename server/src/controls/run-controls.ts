/**
 * The asynchronous controls of docs/domain-rules.md#the-asynchronous-controls over a batch of versions, with set-based SQL: a batch
 * of 500 costs the same handful of statements as a batch of one. The rules are the catalogue of
 * controls/rules/; the outcome is carried out by the lifecycle engine (status, events, e-Box
 * messages, ceiling alerts), like every other change of a declaration's status.
 *
 * Idempotent: only versions that are still the newest of their declaration and still PENDING are
 * controlled (the declaration rows are locked first, so a person's change and the controls never
 * interleave); a job run twice finds nothing left to do and sends no second e-Box message.
 */
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { ANOMALY_CATALOGUE, anomalyMessage, type AnomalyCode } from "../domain/anomaly-codes";
import { controlsApplyTo, controlsOutcome } from "../domain/controls";
import type { AnomalySeverityCode } from "../domain/declaration-status";
import {
  applyTransitions,
  LOCKED_DECLARATION_COLUMNS,
  type LockedDeclaration,
} from "../modules/declarations/lifecycle-engine";
import { CONTROL_RULES, type ControlRule } from "./rules";

/** A locked declaration whose newest version is under control. */
interface Target extends LockedDeclaration {
  versionId: string;
}

export interface Finding {
  versionId: string;
  code: AnomalyCode;
  path: string | null;
}

export interface ControlsRunResult {
  /** Versions controlled by this run. */
  controlled: number;
  /** Versions skipped: no longer the newest or no longer pending. */
  skipped: number;
}

/** Runs the controls of these versions in one transaction. */
export async function runControls(db: Db, versionIds: readonly string[]): Promise<ControlsRunResult> {
  return db.transaction(async (tx) => {
    const targets = await lockTargets(tx, versionIds);
    if (targets.length === 0) return { controlled: 0, skipped: versionIds.length };
    const ids = targets.map((t) => t.versionId);
    const targetOf = new Map(targets.map((t) => [t.versionId, t]));
    const findings = (await findViolations(tx, ids)).filter((f) => {
      const target = targetOf.get(f.versionId);
      return target !== undefined && controlsApplyTo(target.kind, f.code);
    });
    const severitiesOf = new Map<string, AnomalySeverityCode[]>();
    for (const f of findings) {
      const list = severitiesOf.get(f.versionId) ?? [];
      list.push(ANOMALY_CATALOGUE[f.code].severity);
      severitiesOf.set(f.versionId, list);
    }

    await tx.query(sql`DELETE FROM anomaly WHERE version_id = ANY(${ids}::uuid[])`);
    if (findings.length > 0) {
      await tx.query(sql`
        INSERT INTO anomaly (version_id, code, severity, message, path)
        SELECT * FROM unnest(${findings.map((f) => f.versionId)}::uuid[], ${findings.map((f) => f.code)}::text[],
          ${findings.map((f) => ANOMALY_CATALOGUE[f.code].severity)}::text[], ${findings.map((f) => anomalyMessage(f.code, "en"))}::text[],
          ${findings.map((f) => f.path)}::text[])`);
    }
    // The targets are pending newest versions, so the table allows every outcome controlsOutcome gives.
    await applyTransitions(tx, {
      actorId: null,
      reason: null,
      items: targets.map((declaration) => ({
        declaration,
        action: {
          type: "controlsDone",
          outcome: controlsOutcome(declaration.kind, severitiesOf.get(declaration.versionId) ?? []),
        },
      })),
    });
    return { controlled: targets.length, skipped: versionIds.length - targets.length };
  });
}

/** Locks the declarations whose newest version is one of these and still pending (in id order: no deadlocks). */
function lockTargets(db: Db, versionIds: readonly string[]): Promise<Target[]> {
  return db.query<Target>(sql`
    SELECT ${LOCKED_DECLARATION_COLUMNS}, v.id AS "versionId"
    FROM declaration_version v
    JOIN wage_declaration d ON d.id = v.declaration_id AND d.newest_version = v.number
    -- d.status too: after waiting for the lock PostgreSQL re-checks the locked row's conditions
    -- only, so a run that waited behind another one sees the version decided and skips it.
    WHERE v.id = ANY(${[...versionIds]}::uuid[]) AND v.status = 'PENDING' AND d.status = 'PENDING'
    ORDER BY d.id
    FOR UPDATE OF d`);
}

/**
 * The violations of the rules (by default the whole catalogue) by these versions, as one
 * statement: each rule's query is one branch of a UNION ALL, in the catalogue's order. Which
 * rules apply to which kind is decided by `controlsApplyTo`.
 */
export function findViolations(
  db: Db,
  versionIds: readonly string[],
  rules: readonly ControlRule[] = CONTROL_RULES,
): Promise<Finding[]> {
  const branches = rules.map(
    (rule) => sql`SELECT r."versionId", ${rule.code}::text AS code, r.path::text AS path FROM (${rule.violations}) r`,
  );
  return db.query<Finding>(sql`
    WITH t AS (
      SELECT v.id, v.kind, v.calculation_start, v.calculation_end, v.calculation_date, v.payslip_reference,
        v.submitted_at, d.id AS declaration_id, d.employer_id, d.worker_id, d.submission_id
      FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id
      WHERE v.id = ANY(${[...versionIds]}::uuid[])
    )
    ${sql.join(branches, " UNION ALL ")}`);
}
