/**
 * The back office's maintenance of Dimona periods (docs/domain-rules.md#dimona): here Dimona is
 * reference data, so registering checks only that worker and employer exist and that the period
 * starts on or before its end; the Dimona service's own rules on overlaps and quarters do not
 * apply. A correction (cancelling included) changes what later controls find (00024-152).
 */
import { randomInt } from "node:crypto";
import { backOfficeOnly } from "../../access";
import type { Db } from "../../db/db";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { fieldChanges } from "../../domain/field-changes";
import {
  checkDimonaCorrection,
  checkDimonaRegistration,
  checkReason,
  type DimonaCorrectionData,
  type DimonaRegistrationData,
  type DimonaWorkerType,
} from "../../domain/reference-data";
import { FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { writeAudit } from "../audit/audit-writer";
import { DIMONA_COLUMNS, toDimonaPeriod, type DimonaPeriod } from "./dimona-period.service";

/** A Dimona period the back office registers (the GraphQL input RegisterDimonaPeriodInput, dimona-maintenance.input.ts). */
export interface RegisterDimonaPeriodInput extends DimonaRegistrationData {
  employerId: string;
  workerId: string;
  workerType: DimonaWorkerType;
}

/** A correction of a Dimona period: only the fields given change (the GraphQL input CorrectDimonaPeriodInput). */
export type CorrectDimonaPeriodInput = DimonaCorrectionData;

/** The fields of a period the audit trail shows, in this order. */
const AUDITED_FIELDS = [
  "periodId",
  "employerId",
  "workerId",
  "workerType",
  "jointCommittee",
  "startDate",
  "startHour",
  "endDate",
  "endHour",
  "plannedHours",
  "cancelled",
] as const;

function audited(period: DimonaPeriod): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, period[field]]));
}

/** 12-digit period ids: the official check-digit algorithm is unconfirmed (docs/domain-rules.md#dimona-period-id), so any 12 digits. */
const PERIOD_ID_MIN = 100_000_000_000;
const PERIOD_ID_END = 1_000_000_000_000;
/** A clash among 9 × 10^11 ids is rare; a few retries make a failure practically impossible. */
const PERIOD_ID_ATTEMPTS = 5;

type PeriodRow = Parameters<typeof toDimonaPeriod>[0];

export class DimonaMaintenanceService {
  /**
   * Registers a Dimona period. An unknown worker or employer is a field error (NOT_FOUND at
   * ["workerId"] / ["employerId"]) reported together with the other problems of the input.
   * The 12-digit period id is generated.
   */
  async register(ctx: RequestContext, input: RegisterDimonaPeriodInput): Promise<DimonaPeriod> {
    const viewer = backOfficeOnly(ctx.viewer);
    const checked = checkDimonaRegistration(input);
    return ctx.db.transaction(async (tx) => {
      const errors = new FieldErrors();
      for (const p of checked.problems) errors.add(p.path, p.code, p.message);
      // An id that is not a UUID names no record (and never reaches SQL as a uuid).
      const found = await tx.one<{ worker: boolean; employer: boolean }>(sql`
        SELECT EXISTS (SELECT 1 FROM worker WHERE id = ${isUuid(input.workerId) ? input.workerId : null}::uuid) AS worker,
          EXISTS (SELECT 1 FROM employer WHERE id = ${isUuid(input.employerId) ? input.employerId : null}::uuid) AS employer`);
      if (!found!.employer) errors.add(["employerId"], "NOT_FOUND", "No employer has this id.");
      if (!found!.worker) errors.add(["workerId"], "NOT_FOUND", "No worker has this id.");
      errors.check();
      const values = checked.value!;
      const row = await insertWithNewPeriodId(
        tx,
        (periodId) => sql`
        INSERT INTO dimona_period AS dp (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, start_hour,
          end_date, end_hour, planned_hours)
        VALUES (${periodId}, ${input.employerId}, ${input.workerId}, ${input.workerType}, ${values.jointCommittee}, ${values.startDate},
          ${values.startHour}, ${values.endDate}::date, ${values.endHour}, ${values.plannedHours}::numeric)
        ON CONFLICT (period_id) DO NOTHING
        RETURNING ${DIMONA_COLUMNS}`,
      );
      const period = toDimonaPeriod(row);
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "registerDimonaPeriod",
          entityType: "DimonaPeriod",
          entityId: period.id,
          employerId: period.employerId,
          reason: null,
          changes: fieldChanges({}, audited(period), AUDITED_FIELDS),
        },
      ]);
      return period;
    });
  }

  /**
   * Corrects the given fields of a Dimona period, with a reason: dates, hours, planned hours,
   * the cancelled flag. The period must still start on or before its end once they are applied.
   * A correction that changes nothing is refused (NOT_ALLOWED at ["input"]).
   */
  async correct(
    ctx: RequestContext,
    id: string,
    input: CorrectDimonaPeriodInput,
    reason: string,
  ): Promise<DimonaPeriod> {
    const viewer = backOfficeOnly(ctx.viewer);
    if (!isUuid(id)) throw notFound("Dimona period");
    const why = checkReason(reason);
    return ctx.db.transaction(async (tx) => {
      const row = await tx.one<PeriodRow>(
        sql`SELECT ${DIMONA_COLUMNS} FROM dimona_period dp WHERE dp.id = ${id} FOR UPDATE`,
      );
      if (!row) throw notFound("Dimona period");
      const current = toDimonaPeriod(row);
      const checked = checkDimonaCorrection(input, current);
      const errors = new FieldErrors();
      for (const p of [...checked.problems, ...why.problems]) errors.add(p.path, p.code, p.message);
      const after: DimonaPeriod = { ...current, ...checked.value };
      const changes = fieldChanges(audited(current), audited(after), AUDITED_FIELDS);
      if (checked.value && changes.length === 0) {
        errors.add(
          ["input"],
          "NOT_ALLOWED",
          "Nothing to correct: the input gives no field, or only the values the period already has.",
        );
      }
      errors.check();
      const updated = (await tx.one<PeriodRow>(sql`
        UPDATE dimona_period AS dp SET start_date = ${after.startDate}::date, start_hour = ${after.startHour},
          end_date = ${after.endDate}::date, end_hour = ${after.endHour}, planned_hours = ${after.plannedHours}::numeric,
          cancelled = ${after.cancelled}, updated_at = now()
        WHERE dp.id = ${id}
        RETURNING ${DIMONA_COLUMNS}`))!;
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "correctDimonaPeriod",
          entityType: "DimonaPeriod",
          entityId: id,
          employerId: current.employerId,
          reason: why.value,
          changes,
        },
      ]);
      return toDimonaPeriod(updated);
    });
  }
}

/**
 * Inserts a row under a freshly drawn period id; `ON CONFLICT (period_id) DO NOTHING` answers no
 * row on a clash instead of aborting the transaction, and another id is drawn.
 */
async function insertWithNewPeriodId(tx: Db, insert: (periodId: string) => ReturnType<typeof sql>): Promise<PeriodRow> {
  for (let attempt = 0; attempt < PERIOD_ID_ATTEMPTS; attempt += 1) {
    const row = await tx.one<PeriodRow>(insert(String(randomInt(PERIOD_ID_MIN, PERIOD_ID_END))));
    if (row) return row;
  }
  throw new Error(`no free Dimona period id after ${PERIOD_ID_ATTEMPTS} attempts`);
}
