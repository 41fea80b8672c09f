/**
 * The back office's maintenance of workers (docs/architecture.md#data-model, docs/architecture.md#tenancy-access-and-errors): register a worker, correct one.
 * Each change is one transaction with its audit entry; bad input is one BAD_USER_INPUT with
 * every problem and writes nothing.
 */
import { backOfficeOnly } from "../../access";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { isUniqueViolation } from "../../db/unique-violation";
import { fieldChanges } from "../../domain/field-changes";
import { checkReason, checkWorkerCorrection, checkWorkerRegistration } from "../../domain/reference-data";
import { badUserInput, FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { writeAudit } from "../audit/audit-writer";
import { WORKER_COLUMNS, type WorkerRow } from "./worker.service";

/** A worker the back office registers (the GraphQL input RegisterWorkerInput). */
export interface RegisterWorkerInput {
  ssin: string;
  firstName: string;
  lastName: string;
  pensionerFrom?: string | null;
}

/** A correction of a worker: only the fields given change (the GraphQL input CorrectWorkerInput). */
export interface CorrectWorkerInput {
  firstName?: string | null;
  lastName?: string | null;
  pensionerFrom?: string | null;
}

/** The fields of a worker the audit trail shows, in this order. */
const AUDITED_FIELDS = ["ssin", "firstName", "lastName", "birthDate", "pensionerFrom"] as const;

function audited(row: Pick<WorkerRow, (typeof AUDITED_FIELDS)[number]>): Record<string, unknown> {
  return {
    ssin: row.ssin,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    pensionerFrom: row.pensionerFrom,
  };
}

const DUPLICATE_SSIN = "A worker with this SSIN is already registered.";

export class WorkerMaintenanceService {
  /**
   * Registers a worker. The birth date comes from the SSIN where it can; an SSIN already
   * registered is BAD_USER_INPUT DUPLICATE at ["ssin"], also when another registration of it
   * commits at the same moment (the unique index decides).
   */
  async register(ctx: RequestContext, input: RegisterWorkerInput): Promise<WorkerRow> {
    const viewer = backOfficeOnly(ctx.viewer);
    const errors = new FieldErrors();
    const checked = checkWorkerRegistration(input);
    for (const p of checked.problems) errors.add(p.path, p.code, p.message);
    if (!errors.errors.some((e) => e.path[0] === "ssin")) {
      const taken = await ctx.db.one(sql`SELECT 1 FROM worker WHERE ssin = ${input.ssin}`);
      if (taken) errors.add(["ssin"], "DUPLICATE", DUPLICATE_SSIN);
    }
    errors.check();
    const worker = checked.value!;
    try {
      return await ctx.db.transaction(async (tx) => {
        const row = (await tx.one<WorkerRow>(sql`
          INSERT INTO worker AS w (ssin, first_name, last_name, birth_date, pensioner_from)
          VALUES (${worker.ssin}, ${worker.firstName}, ${worker.lastName}, ${worker.birthDate}, ${worker.pensionerFrom})
          RETURNING ${WORKER_COLUMNS}`))!;
        await writeAudit(tx, [
          {
            actorId: viewer.userId,
            action: "registerWorker",
            entityType: "Worker",
            entityId: row.id,
            employerId: null,
            reason: null,
            changes: fieldChanges({}, audited(row), AUDITED_FIELDS),
          },
        ]);
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error, "worker_ssin_key"))
        throw badUserInput([{ path: ["ssin"], code: "DUPLICATE", message: DUPLICATE_SSIN }]);
      throw error;
    }
  }

  /**
   * Corrects the given fields of a worker, with a reason; `pensionerFrom: null` clears the
   * pension date. A correction that changes nothing is refused (NOT_ALLOWED at ["input"]), so
   * that every audit entry records a change.
   */
  async correct(ctx: RequestContext, id: string, input: CorrectWorkerInput, reason: string): Promise<WorkerRow> {
    const viewer = backOfficeOnly(ctx.viewer);
    if (!isUuid(id)) throw notFound("Worker");
    const checked = checkWorkerCorrection(input);
    const why = checkReason(reason);
    return ctx.db.transaction(async (tx) => {
      const current = await tx.one<WorkerRow>(
        sql`SELECT ${WORKER_COLUMNS} FROM worker w WHERE w.id = ${id} FOR UPDATE`,
      );
      if (!current) throw notFound("Worker");
      const errors = new FieldErrors();
      for (const p of [...checked.problems, ...why.problems]) errors.add(p.path, p.code, p.message);
      const after = { ...current, ...checked.value };
      const changes = fieldChanges(audited(current), audited(after), AUDITED_FIELDS);
      if (checked.value && changes.length === 0) {
        errors.add(
          ["input"],
          "NOT_ALLOWED",
          "Nothing to correct: the input gives no field, or only the values the worker already has.",
        );
      }
      errors.check();
      const row = (await tx.one<WorkerRow>(sql`
        UPDATE worker AS w SET first_name = ${after.firstName}, last_name = ${after.lastName},
          pensioner_from = ${after.pensionerFrom}::date, updated_at = now()
        WHERE w.id = ${id}
        RETURNING ${WORKER_COLUMNS}`))!;
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "correctWorker",
          entityType: "Worker",
          entityId: id,
          employerId: null,
          reason: why.value,
          changes,
        },
      ]);
      return row;
    });
  }
}
