/**
 * The synchronous rules of docs/domain-rules.md#input-rules for one declaration input: the pure rules of
 * domain/declaration-input.ts plus those that need the database (the worker exists, has a
 * Dimona period with the employer for an employer user, stays the same on modify and correct).
 * Every failing rule is reported at once, with its path, in one BAD_USER_INPUT.
 */
import type { Db } from "../../db/db";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { todayInBrussels } from "../../domain/calendar";
import {
  checkDeclarationInput,
  type DeclarationContent,
  type DeclarationInputData,
} from "../../domain/declaration-input";
import { FieldErrors } from "../../errors";
import { toFlexiWorkerCode, type DeclarationInput } from "./declaration-shapes";

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
      premiums:
        p.premiums?.map((premium) => ({ amount: premium.amount, frequencyMonths: premium.frequencyMonths })) ?? null,
    })),
  };
}

/**
 * Checks one input; throws BAD_USER_INPUT with every problem, else returns the normalised
 * content and the worker's id.
 */
export async function checkDeclaration(
  db: Db,
  input: DeclarationInput,
  options: DeclarationCheckOptions,
): Promise<CheckedDeclaration> {
  const [checked] = await checkDeclarations(db, [input], options, () => []);
  return checked!;
}

/**
 * Checks many inputs at once (bulk submission): the pure rules per input, the worker rules for
 * all of them in one query. Paths start with `pathOf(i)` (e.g. ["declarations", i]). Throws one
 * BAD_USER_INPUT with every problem of every input; writes nothing.
 */
export async function checkDeclarations(
  db: Db,
  inputs: readonly DeclarationInput[],
  options: DeclarationCheckOptions,
  pathOf: (index: number) => (string | number)[],
): Promise<CheckedDeclaration[]> {
  const errors = new FieldErrors();
  const today = todayInBrussels();
  const contents = inputs.map((input, i) => {
    const { problems, content } = checkDeclarationInput(toInputData(input), { today });
    for (const p of problems) errors.add([...pathOf(i), ...p.path], p.code, p.message);
    return content;
  });
  const workers = await resolveWorkers(db, inputs, options, pathOf, errors);
  errors.check();
  // No problem was reported, so every content and worker is known (the pure check returns content exactly then).
  return inputs.map((_, i) => ({ content: contents[i]!, workerId: workers[i]! }));
}

interface WorkerMatch {
  id: string;
  ssin: string;
  hasDimona: boolean;
}

/** Finds the declared workers (one query for all inputs) and applies the worker rules; null where a problem was reported. */
async function resolveWorkers(
  db: Db,
  inputs: readonly DeclarationInput[],
  options: DeclarationCheckOptions,
  pathOf: (index: number) => (string | number)[],
  errors: FieldErrors,
): Promise<(string | null)[]> {
  const ids = [
    ...new Set(inputs.flatMap((i) => (i.workerId != null && i.ssin == null && isUuid(i.workerId) ? [i.workerId] : []))),
  ];
  const ssins = [...new Set(inputs.flatMap((i) => (i.ssin != null && i.workerId == null ? [i.ssin] : [])))];
  const rows =
    ids.length + ssins.length === 0
      ? []
      : await db.query<WorkerMatch>(sql`
    SELECT w.id, w.ssin,
      EXISTS (SELECT 1 FROM dimona_period dp WHERE dp.worker_id = w.id AND dp.employer_id = ${options.employerId}) AS "hasDimona"
    FROM worker w WHERE w.id = ANY(${ids}::uuid[]) OR w.ssin = ANY(${ssins}::text[])`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const bySsin = new Map(rows.map((r) => [r.ssin, r]));
  const reported = new Set(errors.errors.map((e) => e.path.join(".")));

  return inputs.map((input, i) => {
    const byIdWanted = input.workerId != null && input.ssin == null;
    const bySsinWanted = input.ssin != null && input.workerId == null;
    if (!byIdWanted && !bySsinWanted) return null; // ONE_OF already reported
    const path = [...pathOf(i), byIdWanted ? "workerId" : "ssin"];
    const row = byIdWanted ? byId.get(input.workerId!) : bySsin.get(input.ssin!);
    if (!row && bySsinWanted && reported.has(path.join("."))) return null; // bad check digit already reported
    if (!row || (options.requireDimona && !row.hasDimona)) {
      // The same answer whether the worker is unknown or only unknown to this employer: nothing leaks.
      errors.add(
        path,
        "NOT_FOUND",
        "No worker with a Dimona period with this employer has this " + (byIdWanted ? "id." : "SSIN."),
      );
      return null;
    }
    if (options.sameWorkerAs !== undefined && row.id !== options.sameWorkerAs) {
      errors.add(path, "NOT_ALLOWED", "A declaration's worker cannot change: delete it and declare the other worker.");
      return null;
    }
    return row.id;
  });
}
