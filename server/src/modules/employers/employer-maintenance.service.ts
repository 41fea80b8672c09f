/**
 * The back office's corrections of an employer (docs/domain-rules.md#nsso-number, docs/architecture.md#tenancy-access-and-errors): name, employer classes, NSSO
 * number, language. The classes and the NSSO number feed the controls 00036-022 and 00011-146
 * of later declarations. One transaction with its audit entry, which belongs to the employer.
 */
import { backOfficeOnly } from "../../access";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { isUniqueViolation } from "../../db/unique-violation";
import { fieldChanges } from "../../domain/field-changes";
import { parseNssoNumber } from "../../domain/nsso-number";
import { checkEmployerCorrection, checkReason } from "../../domain/reference-data";
import { badUserInput, FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { fromLanguageEnum, type LanguageEnum } from "../../domain/language";
import { writeAudit } from "../audit/audit-writer";
import { EMPLOYER_COLUMNS, toEmployer, type Employer, type EmployerRow } from "./employer.service";

/** A correction of an employer: only the fields given change (the GraphQL input CorrectEmployerInput). */
export interface CorrectEmployerInput {
  name?: string | null;
  employerClasses?: string[] | null;
  nssoNumber?: string | null;
  language?: LanguageEnum | null;
}

/** The fields a correction may change, as the audit trail shows them (language as the API writes it). */
const AUDITED_FIELDS = ["name", "employerClasses", "nssoNumber", "language"] as const;

function audited(row: EmployerRow): Record<string, unknown> {
  return {
    name: row.name,
    employerClasses: row.employerClasses,
    nssoNumber: row.nssoNumber,
    language: row.language.toUpperCase(),
  };
}

const DUPLICATE_NSSO = "Another employer has this NSSO number.";

export class EmployerMaintenanceService {
  /**
   * Corrects the given fields of an employer, with a reason. An NSSO number of another employer
   * is DUPLICATE at ["nssoNumber"]; `nssoNumber: null` clears it. A correction that changes
   * nothing is refused (NOT_ALLOWED at ["input"]).
   */
  async correct(ctx: RequestContext, id: string, input: CorrectEmployerInput, reason: string): Promise<Employer> {
    const viewer = backOfficeOnly(ctx.viewer);
    if (!isUuid(id)) throw notFound("Employer");
    const checked = checkEmployerCorrection({
      ...input,
      language: input.language == null ? input.language : fromLanguageEnum(input.language),
    });
    const why = checkReason(reason);
    try {
      return await ctx.db.transaction(async (tx) => {
        const current = await tx.one<EmployerRow>(
          sql`SELECT ${EMPLOYER_COLUMNS} FROM employer e WHERE e.id = ${id} FOR UPDATE`,
        );
        if (!current) throw notFound("Employer");
        const errors = new FieldErrors();
        for (const p of [...checked.problems, ...why.problems]) errors.add(p.path, p.code, p.message);
        const after: EmployerRow = { ...current, ...checked.value };
        // Checked also when other fields are refused, so that every problem is reported at once.
        const nssoNumber = input.nssoNumber == null ? null : (parseNssoNumber(input.nssoNumber)?.digits ?? null);
        if (nssoNumber !== null && nssoNumber !== current.nssoNumber) {
          const taken = await tx.one(sql`SELECT 1 FROM employer WHERE nsso_number = ${nssoNumber} AND id <> ${id}`);
          if (taken) errors.add(["nssoNumber"], "DUPLICATE", DUPLICATE_NSSO);
        }
        const changes = fieldChanges(audited(current), audited(after), AUDITED_FIELDS);
        if (checked.value && changes.length === 0) {
          errors.add(
            ["input"],
            "NOT_ALLOWED",
            "Nothing to correct: the input gives no field, or only the values the employer already has.",
          );
        }
        errors.check();
        const row = (await tx.one<EmployerRow>(sql`
          UPDATE employer AS e SET name = ${after.name}, employer_classes = ${after.employerClasses}::text[],
            nsso_number = ${after.nssoNumber}, language = ${after.language}, updated_at = now()
          WHERE e.id = ${id}
          RETURNING ${EMPLOYER_COLUMNS}`))!;
        await writeAudit(tx, [
          {
            actorId: viewer.userId,
            action: "correctEmployer",
            entityType: "Employer",
            entityId: id,
            employerId: id,
            reason: why.value,
            changes,
          },
        ]);
        return toEmployer(row);
      });
    } catch (error) {
      // Another correction gave the same number and committed first: the unique index decides.
      if (isUniqueViolation(error, "employer_nsso_number_key"))
        throw badUserInput([{ path: ["nssoNumber"], code: "DUPLICATE", message: DUPLICATE_NSSO }]);
      throw error;
    }
  }
}
