/**
 * The asynchronous controls of docs/domain-rules.md#the-asynchronous-controls over a batch of versions, with set-based SQL: a batch
 * of 500 costs the same handful of statements as a batch of one.
 *
 * Idempotent: only versions that are still the newest of their declaration and still PENDING are
 * controlled (the declaration rows are locked first, so a person's change and the controls never
 * interleave); a job run twice finds nothing left to do and sends no second e-Box message.
 */
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { ANOMALY_CATALOGUE, anomalyMessage, type AnomalyCode } from "../domain/anomaly-codes";
import { controlsApplyTo, controlsOutcome, resultMessageType } from "../domain/controls";
import { isAcceptedStatus, nextState } from "../domain/declaration-lifecycle";
import type { DeclarationKindCode, DeclarationStatusCode } from "../domain/declaration-status";
import { composeEboxMessage } from "../domain/ebox-texts";
import { recordStatusChanges, type StatusChange } from "../events/status-events";
import { writeEboxMessages, type EboxMessageToWrite } from "../modules/ebox/ebox-writer";
import { raiseCeilingAlerts } from "../modules/income/ceiling-alerts";

/** A version under control, with what the result message needs. */
interface Target {
  versionId: string;
  declarationId: string;
  employerId: string;
  workerId: string;
  submissionId: string;
  number: number;
  kind: DeclarationKindCode;
  inForceVersion: number | null;
  payslipReference: string | null;
  calculationStart: string;
  calculationEnd: string;
  totalCents: string;
  channel: "WIZARD" | "BULK";
  submissionReference: string | null;
  workerName: string;
  ssin: string;
}

interface Finding {
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
    const findings = (await findAnomalies(tx, ids)).filter((f) => {
      const target = targetOf.get(f.versionId);
      return target !== undefined && controlsApplyTo(target.kind, f.code);
    });
    const findingsOf = groupBy(findings, (f) => f.versionId);

    const decisions = targets.map((target) => {
      const own = findingsOf.get(target.versionId) ?? [];
      const outcome = controlsOutcome(
        target.kind,
        own.map((f) => ANOMALY_CATALOGUE[f.code].severity),
      );
      const result = nextState(
        {
          newestStatus: "PENDING",
          newestKind: target.kind,
          newestVersion: target.number,
          inForceVersion: target.inForceVersion,
          lastAcceptedBeforeNewest: target.inForceVersion,
        },
        { type: "controlsDone", outcome },
      );
      // The targets are pending newest versions, so the table allows every outcome controlsOutcome gives.
      if (!result.ok) throw new Error(`controls outcome refused by the lifecycle: ${result.reason}`);
      return { target, findings: own, outcome, inForceVersion: result.effect.inForceVersion };
    });

    await tx.query(sql`DELETE FROM anomaly WHERE version_id = ANY(${ids}::uuid[])`);
    if (findings.length > 0) {
      await tx.query(sql`
        INSERT INTO anomaly (version_id, code, severity, message, path)
        SELECT * FROM unnest(${findings.map((f) => f.versionId)}::uuid[], ${findings.map((f) => f.code)}::text[],
          ${findings.map((f) => ANOMALY_CATALOGUE[f.code].severity)}::text[], ${findings.map((f) => anomalyMessage(f.code, "en"))}::text[],
          ${findings.map((f) => f.path)}::text[])`);
    }
    const statuses = decisions.map((d) => d.outcome as DeclarationStatusCode);
    await tx.query(sql`
      UPDATE declaration_version v SET status = d.status, processed_at = now()
      FROM unnest(${ids}::uuid[], ${statuses}::text[]) AS d(id, status) WHERE v.id = d.id`);
    await tx.query(sql`
      UPDATE wage_declaration w SET status = d.status, in_force_version = d.in_force, processed_at = now(), updated_at = now()
      FROM unnest(${decisions.map((d) => d.target.declarationId)}::uuid[], ${statuses}::text[],
        ${decisions.map((d) => d.inForceVersion)}::int[]) AS d(id, status, in_force)
      WHERE w.id = d.id`);
    await recordStatusChanges(
      tx,
      decisions.map((d): StatusChange => ({
        declarationId: d.target.declarationId,
        employerId: d.target.employerId,
        workerId: d.target.workerId,
        versionNumber: d.target.number,
        from: "PENDING",
        to: d.outcome,
        actorId: null,
        reason: null,
      })),
    );
    await writeEboxMessages(
      tx,
      decisions
        .filter((d) => reportsEachDeclaration(d.target))
        .map((d) => resultMessage(d.target, d.outcome, d.findings, d.inForceVersion)),
    );
    await raiseCeilingAlerts(
      tx,
      decisions
        .filter((d) => isAcceptedStatus(d.outcome))
        .map((d) => ({ workerId: d.target.workerId, year: Number(d.target.calculationStart.slice(0, 4)) })),
    );
    await writeEboxMessages(
      tx,
      await finishedBulkSummaries(tx, [
        ...new Set(targets.filter((t) => t.channel === "BULK").map((t) => t.submissionId)),
      ]),
    );
    return { controlled: targets.length, skipped: versionIds.length - targets.length };
  });
}

/**
 * A bulk submission's first versions are reported by one summary message (issue: bulk); every
 * wizard declaration, and every later version (modify, delete), gets its own message.
 */
function reportsEachDeclaration(target: Target): boolean {
  return target.channel === "WIZARD" || target.number > 1;
}

function resultMessage(
  target: Target,
  outcome: ReturnType<typeof controlsOutcome>,
  findings: Finding[],
  inForceVersion: number | null,
): EboxMessageToWrite {
  const type = resultMessageType(target.kind, outcome);
  const composed = composeEboxMessage({
    type,
    workerName: target.workerName,
    ssin: target.ssin,
    calculationPeriod: { start: target.calculationStart, end: target.calculationEnd },
    versionNumber: target.number,
    kind: target.kind,
    totalCents: Number(target.totalCents),
    submissionReference: target.submissionReference,
    payslipReference: target.payslipReference,
    anomalies: findings.map((f) => ({ code: f.code, severity: ANOMALY_CATALOGUE[f.code].severity })),
    inForceVersion,
  });
  return {
    employerId: target.employerId,
    declarationId: target.declarationId,
    submissionId: target.submissionId,
    dedupKey: `declaration:${target.declarationId}:v${target.number}:${outcome}`,
    type,
    subject: composed.subject,
    body: composed.body,
  };
}

/**
 * The summary message of each bulk submission whose declarations are now all controlled. The
 * submission row is locked first: of two jobs finishing the same submission at once, the one
 * that locks second sees the first one's results committed, so exactly one of them writes it.
 */
async function finishedBulkSummaries(tx: Db, submissionIds: string[]): Promise<EboxMessageToWrite[]> {
  if (submissionIds.length === 0) return [];
  await tx.query(sql`SELECT id FROM submission WHERE id = ANY(${submissionIds}::uuid[]) ORDER BY id FOR UPDATE`);
  const finished = await tx.query<{
    id: string;
    employerId: string;
    reference: string;
    total: number;
    accepted: number;
    acceptedWithWarnings: number;
    refused: number;
  }>(sql`
    SELECT s.id, s.employer_id AS "employerId", s.reference, count(*)::int AS total,
      count(*) FILTER (WHERE d.status = 'ACCEPTED')::int AS accepted,
      count(*) FILTER (WHERE d.status = 'ACCEPTED_WITH_WARNINGS')::int AS "acceptedWithWarnings",
      count(*) FILTER (WHERE d.status = 'REFUSED')::int AS refused
    FROM submission s JOIN wage_declaration d ON d.submission_id = s.id
    WHERE s.id = ANY(${submissionIds}::uuid[])
    GROUP BY s.id
    HAVING count(*) FILTER (WHERE d.status = 'PENDING') = 0`);
  return finished.map((s) => {
    const composed = composeEboxMessage({
      type: "SUBMISSION_SUMMARY",
      submissionReference: s.reference,
      total: s.total,
      accepted: s.accepted,
      acceptedWithWarnings: s.acceptedWithWarnings,
      refused: s.refused,
    });
    return {
      employerId: s.employerId,
      declarationId: null,
      submissionId: s.id,
      dedupKey: `submission:${s.id}:summary`,
      type: "SUBMISSION_SUMMARY",
      subject: composed.subject,
      body: composed.body,
    };
  });
}

/** Locks the declarations whose newest version is one of these and still pending (in id order: no deadlocks). */
function lockTargets(db: Db, versionIds: readonly string[]): Promise<Target[]> {
  return db.query<Target>(sql`
    SELECT v.id AS "versionId", d.id AS "declarationId", d.employer_id AS "employerId", d.worker_id AS "workerId",
      d.submission_id AS "submissionId", v.number, v.kind, d.in_force_version AS "inForceVersion",
      v.payslip_reference AS "payslipReference", v.calculation_start AS "calculationStart",
      v.calculation_end AS "calculationEnd", v.total_cents AS "totalCents", s.channel, s.reference AS "submissionReference",
      w.first_name || ' ' || w.last_name AS "workerName", w.ssin
    FROM declaration_version v
    JOIN wage_declaration d ON d.id = v.declaration_id AND d.newest_version = v.number
    JOIN submission s ON s.id = d.submission_id
    JOIN worker w ON w.id = d.worker_id
    -- d.status too: after waiting for the lock PostgreSQL re-checks the locked row's conditions
    -- only, so a run that waited behind another one sees the version decided and skips it.
    WHERE v.id = ANY(${[...versionIds]}::uuid[]) AND v.status = 'PENDING' AND d.status = 'PENDING'
    ORDER BY d.id
    FOR UPDATE OF d`);
}

/**
 * Every control of docs/domain-rules.md#the-asynchronous-controls over the versions, as one statement (each branch one rule).
 * Which rules apply to which kind is decided by `controlsApplyTo`.
 */
function findAnomalies(db: Db, versionIds: string[]): Promise<Finding[]> {
  return db.query<Finding>(sql`
    WITH t AS (
      SELECT v.id, v.kind, v.calculation_start, v.calculation_end, v.calculation_date, v.payslip_reference,
        v.submitted_at, d.id AS declaration_id, d.employer_id, d.worker_id, d.submission_id
      FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id
      WHERE v.id = ANY(${versionIds}::uuid[])
    )
    -- 00024-152: no non-cancelled FLX Dimona period of this employer overlaps the calculation period.
    SELECT t.id AS "versionId", '00024-152' AS code, NULL AS path FROM t
    WHERE NOT EXISTS (
      SELECT 1 FROM dimona_period dp
      WHERE dp.employer_id = t.employer_id AND dp.worker_id = t.worker_id AND dp.worker_type = 'FLX' AND NOT dp.cancelled
        -- A period without an end date (no Dimona OUT yet) is open-ended.
        AND dp.start_date <= t.calculation_end AND COALESCE(dp.end_date, 'infinity'::date) >= t.calculation_start)
    UNION ALL
    -- 00036-022: a property's employer class is not one of the employer's classes.
    SELECT t.id, '00036-022', 'properties.' || p.position || '.employerClass' FROM t
    JOIN employer e ON e.id = t.employer_id
    JOIN wage_property p ON p.version_id = t.id
    WHERE NOT (p.employer_class = ANY(e.employer_classes))
    UNION ALL
    -- 00011-146: the employer has only a provisional NSSO number (10 digits starting with 5).
    SELECT t.id, '00011-146', NULL FROM t
    JOIN employer e ON e.id = t.employer_id
    WHERE length(e.nsso_number) = 10 AND e.nsso_number LIKE '5%'
    UNION ALL
    -- FAW-001: an ORIGINAL submitted more than 5 calendar days (Brussels) after the latest
    -- calculation date of the same calendar month among the declarations of its submission.
    -- The latest date per (submission, month) is computed once for the batch's submissions, not
    -- once per version (a correlated subquery made a 2,000-declaration submission quadratic).
    SELECT t.id, 'FAW-001', NULL FROM t
    JOIN (
      SELECT s.submission_id, date_trunc('month', s.calculation_date) AS month, max(s.calculation_date) AS latest
      FROM wage_declaration s WHERE s.submission_id IN (SELECT DISTINCT submission_id FROM t)
      GROUP BY 1, 2
    ) latest ON latest.submission_id = t.submission_id AND latest.month = date_trunc('month', t.calculation_date)
    WHERE t.kind = 'ORIGINAL' AND (t.submitted_at AT TIME ZONE 'Europe/Brussels')::date > latest.latest + 5
    UNION ALL
    -- FAW-002: another in-force declaration of the employer has the same worker, calculation
    -- period, non-empty payslip reference and worker types.
    SELECT t.id, 'FAW-002', NULL FROM t
    WHERE btrim(t.payslip_reference) <> '' AND EXISTS (
      SELECT 1 FROM wage_declaration o
      JOIN declaration_version ov ON ov.declaration_id = o.id AND ov.number = o.in_force_version
      WHERE o.employer_id = t.employer_id AND o.worker_id = t.worker_id AND o.id <> t.declaration_id
        AND ov.calculation_start = t.calculation_start AND ov.calculation_end = t.calculation_end
        AND ov.payslip_reference = t.payslip_reference
        AND ARRAY(SELECT DISTINCT worker_code FROM wage_property WHERE version_id = ov.id ORDER BY 1)
          = ARRAY(SELECT DISTINCT worker_code FROM wage_property WHERE version_id = t.id ORDER BY 1))`);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
