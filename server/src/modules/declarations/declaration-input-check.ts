/**
 * The synchronous rules of design §5 for one declaration input: the pure rules of
 * domain/declaration-input.ts plus those that need the database (the worker exists, has a
 * Dimona period with the employer for an employer user, stays the same on modify and correct).
 * Every failing rule is reported at once, with its path, in one BAD_USER_INPUT.
 */
import type { Db } from "../../db/db";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { todayInBrussels } from "../../domain/calendar";
import { checkDeclarationInput, type DeclarationContent, type DeclarationInputData } from "../../domain/declaration-input";
import { FieldErrors } from "../../errors";
import { toFlexiWorkerCode, type DeclarationInput } from "./declaration.type";

export interface CheckedDeclaration {
  content: DeclarationContent;
  workerId: string;
}

export interface DeclarationCheckOptions {
  employerId: string;
  /** Employer users may only declare workers with a Dimona period with the employer; the back office any worker. */
  requireDimona: boolean;
  /** On modify and correct: the declaration's worker, which may not change. */
  sameWorkerAs?: string;
  /** Prefix of every path (bulk: ["declarations", i]). */
  pathPrefix?: (string | number)[];
}

/** The input as the pure rules take it (enum worker types mapped to their DmfA codes). */
export function toInputData(input: DeclarationInput): DeclarationInputData {
  return {
    workerId: input.workerId ?? null,
    ssin: input.ssin ?? null,
    payslipReference: input.payslipReference ?? null,
    calculationPeriod: { start: input.calculationPeriod.start, end: input.calculationPeriod.end },
    calculationDate: input.calculationDate,
    properties: input.properties.map((p) => ({
      employerClass: p.employerClass,
      workerType: toFlexiWorkerCode(p.workerType),
      validity: p.validity ? { start: p.validity.start, end: p.validity.end } : null,
      grossWage: p.grossWage ?? null,
      premiums: p.premiums?.map((premium) => ({ amount: premium.amount, frequencyMonths: premium.frequencyMonths })) ?? null,
    })),
  };
}

/**
 * Checks one input; throws BAD_USER_INPUT with every problem, else returns the normalised
 * content and the worker's id.
 */
export async function checkDeclaration(db: Db, input: DeclarationInput, options: DeclarationCheckOptions): Promise<CheckedDeclaration> {
  const errors = new FieldErrors();
  const prefix = options.pathPrefix ?? [];
  const { problems, content } = checkDeclarationInput(toInputData(input), { today: todayInBrussels() });
  for (const p of problems) errors.add([...prefix, ...p.path], p.code, p.message);

  const workerId = await resolveWorker(db, input, options, errors);
  errors.check();
  // No problem was reported, so both are known (the pure check returns content exactly then).
  return { content: content!, workerId: workerId! };
}

/** Finds the declared worker and applies the worker rules; null when a problem was reported. */
async function resolveWorker(db: Db, input: DeclarationInput, options: DeclarationCheckOptions, errors: FieldErrors): Promise<string | null> {
  const prefix = options.pathPrefix ?? [];
  const byId = input.workerId != null && input.ssin == null;
  const bySsin = input.ssin != null && input.workerId == null;
  if (!byId && !bySsin) return null; // ONE_OF already reported
  const path = [...prefix, byId ? "workerId" : "ssin"];
  if (byId && !isUuid(input.workerId!)) {
    errors.add(path, "NOT_FOUND", "No worker has this id.");
    return null;
  }
  const row = await db.one<{ id: string; hasDimona: boolean }>(sql`
    SELECT w.id, EXISTS (SELECT 1 FROM dimona_period dp WHERE dp.worker_id = w.id AND dp.employer_id = ${options.employerId}) AS "hasDimona"
    FROM worker w WHERE ${byId ? sql`w.id = ${input.workerId}` : sql`w.ssin = ${input.ssin}`}`);
  if (!row && bySsin && errors.errors.some((e) => e.path.join(".") === path.join("."))) return null; // bad check digit already reported
  if (!row || (options.requireDimona && !row.hasDimona)) {
    // The same answer whether the worker is unknown or only unknown to this employer: nothing leaks.
    errors.add(path, "NOT_FOUND", "No worker with a Dimona period with this employer has this " + (byId ? "id." : "SSIN."));
    return null;
  }
  if (options.sameWorkerAs !== undefined && row.id !== options.sameWorkerAs) {
    errors.add(path, "NOT_ALLOWED", "A declaration's worker cannot change: delete it and declare the other worker.");
    return null;
  }
  return row.id;
}
