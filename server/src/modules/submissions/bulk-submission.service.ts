/**
 * Bulk submission for payroll software (docs/domain-rules.md#drafts-and-submissions): up to 2,000 declarations in one call. Every
 * input is validated first (the worker rules for all of them in one query); then everything is
 * written in one transaction with set-based SQL (the lifecycle engine creates the declarations
 * submitted), or nothing is. The same idempotency key again with the same declarations
 * returns the first submission; with other declarations (or a key of a wizard submission) it is
 * CONFLICT: a key stands for one content, kept as a fingerprint of the declarations sent. Results reach the sender through the submission, its progress,
 * the status subscription and one SUBMISSION_SUMMARY e-Box message when all are controlled.
 */
import { createHash } from "node:crypto";
import { requireEmployerPermission, signedIn } from "../../access";
import type { Db } from "../../db/db";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { isUniqueViolation } from "../../db/unique-violation";
import { badUserInput, fieldErrorsOf, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { checkDeclarations, type CheckedDeclaration } from "../declarations/declaration-input-check";
import { createDeclarations } from "../declarations/lifecycle-engine";
import { keyUsedElsewhere, SUBMISSION_COLUMNS, toSubmission } from "./submission.service";
import type { Submission, SubmissionRow, SubmitDeclarationsInput } from "./submission-shapes";

/** Declarations per bulk call at most. */
export const MAX_BULK_DECLARATIONS = 2000;
/** Field errors reported at most: a file with thousands of mistakes gets the first ones and a count. */
const MAX_REPORTED_ERRORS = 500;

/** A submission found by its key, with the fingerprint of the bulk call that made it (null for the wizard). */
type KeyedSubmission = SubmissionRow & { requestFingerprint: string | null };

/** The value with its object keys sorted and absent or null entries left out: equal content, equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** What a bulk call sent, as one hash: the same declarations in the same order give the same one. */
function fingerprintOf(input: SubmitDeclarationsInput): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(input.declarations)))
    .digest("hex");
}

export class BulkSubmissionService {
  async submit(ctx: RequestContext, input: SubmitDeclarationsInput): Promise<Submission> {
    const viewer = signedIn(ctx.viewer);
    if (!isUuid(input.employerId)) throw notFound("Employer");
    requireEmployerPermission(viewer, input.employerId, "FLEXI_AT_WORK");

    const fingerprint = fingerprintOf(input);
    const earlier = await this.byKey(ctx.db, input.employerId, input.idempotencyKey);
    if (earlier) return this.repeated(earlier, input.idempotencyKey, fingerprint);
    if (input.declarations.length === 0) {
      throw badUserInput([{ path: ["declarations"], code: "REQUIRED", message: "Send at least one declaration." }]);
    }
    if (input.declarations.length > MAX_BULK_DECLARATIONS) {
      throw badUserInput([
        {
          path: ["declarations"],
          code: "OUT_OF_RANGE",
          message: `Send at most ${MAX_BULK_DECLARATIONS} declarations per call.`,
        },
      ]);
    }

    let checked: CheckedDeclaration[];
    try {
      checked = await checkDeclarations(
        ctx.db,
        input.declarations,
        { employerId: input.employerId, requireDimona: true },
        (i) => ["declarations", i],
      );
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors && fieldErrors.length > MAX_REPORTED_ERRORS) {
        throw badUserInput(
          fieldErrors.slice(0, MAX_REPORTED_ERRORS) as never,
          `The input is not valid: ${fieldErrors.length} problems, the first ${MAX_REPORTED_ERRORS} listed.`,
        );
      }
      throw error;
    }

    try {
      return await ctx.db.transaction((tx) => this.write(tx, viewer.userId, input, checked, fingerprint));
    } catch (error) {
      // The same key sent twice at once: the other call committed first, and answers for it.
      if (isUniqueViolation(error, "submission_employer_idempotency_key")) {
        const first = await this.byKey(ctx.db, input.employerId, input.idempotencyKey);
        if (first) return this.repeated(first, input.idempotencyKey, fingerprint);
      }
      throw error;
    }
  }

  /** The first result when the key was used for these very declarations; CONFLICT when for anything else. */
  private repeated(earlier: KeyedSubmission, key: string, fingerprint: string): Submission {
    if (earlier.channel === "BULK" && earlier.requestFingerprint === fingerprint) return toSubmission(earlier);
    throw keyUsedElsewhere(key, earlier, "declarations");
  }

  private async write(
    tx: Db,
    userId: string,
    input: SubmitDeclarationsInput,
    checked: CheckedDeclaration[],
    fingerprint: string,
  ): Promise<Submission> {
    const starts = checked.map((c) => c.content.calculationPeriod.start).sort();
    const ends = checked.map((c) => c.content.calculationPeriod.end).sort();
    const submission = await tx.one<SubmissionRow>(sql`
      INSERT INTO submission AS s (employer_id, period_start, period_end, status, channel, idempotency_key, request_fingerprint, created_by, submitted_by, submitted_at, reference)
      VALUES (${input.employerId}, ${starts[0]}, ${ends[ends.length - 1]}, 'SUBMITTED', 'BULK', ${input.idempotencyKey}, ${fingerprint}, ${userId}, ${userId}, now(),
        'FAW-' || to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY') || '-' || lpad(nextval('submission_reference_seq')::text, 8, '0'))
      RETURNING ${SUBMISSION_COLUMNS}`);
    await createDeclarations(tx, {
      actorId: userId,
      employerId: input.employerId,
      submissionId: submission!.id,
      submitted: true,
      declarations: checked.map((c) => ({ workerId: c.workerId, content: c.content })),
    });
    return toSubmission(submission!);
  }

  private byKey(db: Db, employerId: string, idempotencyKey: string): Promise<KeyedSubmission | undefined> {
    return db.one<KeyedSubmission>(sql`
      SELECT ${SUBMISSION_COLUMNS}, s.request_fingerprint AS "requestFingerprint"
      FROM submission s WHERE s.employer_id = ${employerId} AND s.idempotency_key = ${idempotencyKey}`);
  }
}
