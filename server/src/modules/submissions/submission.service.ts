/**
 * Submissions: the wizard's "transmit wage data" action (docs/domain-rules.md#drafts-and-submissions). Drafts live on the server
 * until the employer transmits them; transmitting submits them all through the lifecycle engine
 * (PENDING, with their status events and control jobs) in one transaction, and gives the
 * submission its reference.
 */
import { declaresFor, requireEmployerPermission, RULES, signedIn, visibleById } from "../../access";
import type { Viewer } from "../../auth/viewer";
import type { Db } from "../../db/db";
import { idFilterSql } from "../../db/filters";
import { isUuid } from "../../db/ids";
import { projection, selectColumns, type ColumnMap, type ListJoins, selectWithJoined } from "../../db/columns";
import { pageOf, type PageArgs } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import { isUniqueViolation } from "../../db/unique-violation";
import { todayInBrussels } from "../../domain/calendar";
import { checkDeclarationInput, checkSubmissionPeriod } from "../../domain/declaration-input";
import { toInputData } from "../declarations/declaration-input-check";
import type { DeclarationInput } from "../declarations/declaration-shapes";
import { AppError, badUserInput, conflict, FieldErrors, invalidState, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { applyTransitions, lockDeclarations } from "../declarations/lifecycle-engine";
import { type EmployerRow, employerJoin } from "../employers/employer.service";
import {
  SubmissionStatus,
  type CreateSubmissionInput,
  type Submission,
  type SubmissionProgress,
  type SubmissionFilter,
  type SubmissionRow,
} from "./submission-shapes";

export const SUBMISSION_COLUMN_MAP: ColumnMap<SubmissionRow> = {
  id: "id",
  employerId: "employer_id",
  periodStart: "period_start",
  periodEnd: "period_end",
  status: "status",
  channel: "channel",
  reference: "reference",
  idempotencyKey: "idempotency_key",
  submittedAt: "submitted_at",
  createdAt: "created_at",
  selectedWorkerIds: "selected_worker_ids",
};
export const SUBMISSION_COLUMNS = selectColumns("s", SUBMISSION_COLUMN_MAP);

/**
 * The row fields each Submission field reads, its own or through a nested resolver
 * (submission.resolver.ts). A list of submissions also reads SUBMISSION_ALWAYS: the id, the
 * employer and the status (the visibility rule's facts, access/records.ts).
 */
export const SUBMISSION_NEEDS: Record<string, (keyof SubmissionRow)[]> = {
  period: ["periodStart", "periodEnd"],
  status: ["status"],
  reference: ["reference"],
  submittedAt: ["submittedAt"],
  createdAt: ["createdAt"],
  selectedWorkers: ["selectedWorkerIds"],
  employer: ["employerId"],
};
export const SUBMISSION_ALWAYS: (keyof SubmissionRow)[] = ["id", "employerId", "status"];

/** What a list of submissions is asked for: the nodes' fields, and the employer to read in the same statement. */
export type SubmissionJoins = ListJoins<"employer">;

export function toSubmission(row: SubmissionRow, joinedEmployer?: EmployerRow): Submission {
  return {
    row,
    joinedEmployer,
    id: row.id,
    period: { start: row.periodStart, end: row.periodEnd },
    status: row.status as SubmissionStatus,
    reference: row.reference,
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
  };
}

/**
 * The answer to a key already used by the employer for something else: another submission, or
 * other declarations of a bulk call. A key stands for one transmission; answering with the other
 * one's result as a success would leave the caller believing its own had gone through.
 */
export function keyUsedElsewhere(
  key: string,
  earlier: Pick<SubmissionRow, "channel" | "reference">,
  sent: "submission" | "declarations",
): AppError {
  const used = sent === "declarations" && earlier.channel === "BULK" ? "other declarations" : "another submission";
  return conflict(
    `The idempotency key "${key}" was already used for ${used} (${earlier.reference ?? "not transmitted"}): ` +
      `choose a new key for each transmission, and send the same key only to repeat the same one.`,
  );
}

/** A submission's employer (always there), read in a list's own statement when its nodes ask for it. */
const JOINED_EMPLOYER = employerJoin("s.employer_id");

export class SubmissionService {
  async create(ctx: RequestContext, input: CreateSubmissionInput): Promise<Submission> {
    const viewer = signedIn(ctx.viewer);
    const errors = periodErrors(input.from, input.to);
    if (!isUuid(input.employerId)) throw notFound("Employer");
    requireEmployerPermission(viewer, input.employerId, "FLEXI_AT_WORK");
    errors.check();
    const row = await ctx.db.one<SubmissionRow>(sql`
      INSERT INTO submission AS s (employer_id, period_start, period_end, status, channel, created_by)
      VALUES (${input.employerId}, ${input.from}, ${input.to}, 'DRAFT', 'WIZARD', ${viewer.userId})
      RETURNING ${SUBMISSION_COLUMNS}`);
    return toSubmission(row!);
  }

  /**
   * The wizard's step 1: whether a draft submission may have this period (createSubmission
   * applies the same rules); true, else BAD_USER_INPUT with every problem at ["from"] or ["to"].
   */
  checkPeriod(ctx: RequestContext, from: string, to: string): boolean {
    signedIn(ctx.viewer);
    periodErrors(from, to).check();
    return true;
  }

  /**
   * The wizard's form: the input rules that need no database (docs/domain-rules.md#input-rules)
   * on a declaration, without writing it, so that a form still missing fields shows the other
   * problems too. true, else BAD_USER_INPUT with every problem; the worker is checked on add.
   */
  checkDeclaration(ctx: RequestContext, input: DeclarationInput): boolean {
    signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const { problems } = checkDeclarationInput(toInputData(input), { today: todayInBrussels() });
    for (const problem of problems) errors.add(problem.path, problem.code, problem.message);
    errors.check();
    return true;
  }

  /**
   * The wizard's step 2: replaces the flexi-jobbers selected for a draft submission (each with a
   * Dimona period with its employer, as the list offers them), in the order given.
   */
  async select(ctx: RequestContext, id: string, workerIds: readonly string[]): Promise<Submission> {
    const viewer = signedIn(ctx.viewer);
    const wanted = [...new Set(workerIds)];
    const errors = new FieldErrors();
    if (wanted.length > MAX_SELECTED_WORKERS)
      errors.add(
        ["workerIds"],
        "OUT_OF_RANGE",
        `At most ${MAX_SELECTED_WORKERS} flexi-jobbers can be selected; ${wanted.length} were given.`,
      );
    errors.check();
    return ctx.db.transaction(async (tx) => {
      const row = await lockOwn(tx, viewer, id);
      if (row.status !== "DRAFT") throw invalidState("The selection of a transmitted submission cannot change.");
      const ids = wanted.filter(isUuid);
      const known = new Set(
        (
          await tx.query<{ id: string }>(sql`
          SELECT w.id FROM worker w WHERE w.id = ANY(${ids}::uuid[])
            AND EXISTS (SELECT 1 FROM dimona_period dp WHERE dp.worker_id = w.id AND dp.employer_id = ${row.employerId})`)
        ).map((r) => r.id),
      );
      workerIds.forEach((workerId, i) => {
        if (!known.has(workerId))
          errors.add(["workerIds", i], "NOT_FOUND", "No worker with a Dimona period with this employer has this id.");
      });
      errors.check();
      const updated = await tx.one<SubmissionRow>(sql`
        UPDATE submission AS s SET selected_worker_ids = ${wanted}::uuid[], updated_at = now()
        WHERE id = ${id} RETURNING ${SUBMISSION_COLUMNS}`);
      return toSubmission(updated!);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Submission> {
    const viewer = signedIn(ctx.viewer);
    return toSubmission(
      await visibleById<SubmissionRow>(ctx.db, viewer, RULES.submission, id, { columns: SUBMISSION_COLUMNS }),
    );
  }

  async list(
    ctx: RequestContext,
    filter: SubmissionFilter | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: SubmissionJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const parts: Sql[] = [RULES.submission.condition(viewer, sql.raw("s"))];
    if (filter?.employerId) parts.push(idFilterSql(sql.raw("s.employer_id"), filter.employerId));
    if (filter?.status) parts.push(sql`s.status = ${filter.status}`);
    const own = projection(SUBMISSION_COLUMN_MAP, SUBMISSION_ALWAYS, SUBMISSION_NEEDS, join.fields);
    const employer = join.employer && JOINED_EMPLOYER.of(join.employer);
    return pageOf(ctx.db, {
      ...selectWithJoined(selectColumns("s", own), sql`submission s`, [employer]),
      where: sql.and(parts),
      order: [
        {
          expression: sql.raw("s.created_at"),
          descending: true,
          value: (r: SubmissionRow) => r.createdAt.toISOString(),
          type: "timestamptz",
        },
      ],
      idColumn: sql.raw("s.id"),
      toNode: (row: SubmissionRow) => toSubmission(row, employer?.read(row)),
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }

  /** Discards a draft submission with its drafts; returns its id. */
  async discard(ctx: RequestContext, id: string): Promise<string> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const row = await lockOwn(tx, viewer, id);
      if (row.status !== "DRAFT")
        throw invalidState("A transmitted submission cannot be discarded: delete its declarations one by one.");
      await tx.query(sql`DELETE FROM submission WHERE id = ${id}`);
      return id;
    });
  }

  /**
   * Transmits a draft submission (wizard: "transmit wage data"). The same idempotency key
   * again returns the first result and writes nothing; another key on a transmitted
   * submission is INVALID_STATE; a key the employer used for another submission is CONFLICT;
   * an empty submission is BAD_USER_INPUT.
   */
  async submit(ctx: RequestContext, id: string, idempotencyKey: string): Promise<Submission> {
    const viewer = signedIn(ctx.viewer);
    try {
      return await ctx.db.transaction((tx) => this.submitInTransaction(tx, viewer, id, idempotencyKey));
    } catch (error) {
      // Two submissions raced with one key and the other committed first: the key is taken.
      if (isUniqueViolation(error, "submission_employer_idempotency_key")) {
        const first = await this.byKey(ctx.db, viewer, id, idempotencyKey);
        if (first) throw keyUsedElsewhere(idempotencyKey, first, "submission");
      }
      throw error;
    }
  }

  private async submitInTransaction(tx: Db, viewer: Viewer, id: string, idempotencyKey: string): Promise<Submission> {
    const row = await lockOwn(tx, viewer, id);
    if (row.status === "SUBMITTED") {
      if (row.idempotencyKey === idempotencyKey) return toSubmission(row);
      throw invalidState("This submission has already been transmitted.");
    }
    // The draft has no key yet: a submission found with this one is another submission.
    const earlier = await this.byKey(tx, viewer, id, idempotencyKey);
    if (earlier) throw keyUsedElsewhere(idempotencyKey, earlier, "submission");

    const drafts = await lockDeclarations(tx, sql`d.submission_id = ${id}`);
    if (drafts.length === 0)
      throw badUserInput([
        {
          path: ["id"],
          code: "REQUIRED",
          message: "The submission has no declarations: add at least one flexi-jobber's wage data.",
        },
      ]);
    await applyTransitions(tx, {
      actorId: viewer.userId,
      reason: null,
      items: drafts.map((declaration) => ({ declaration, action: { type: "submit" } })),
    });
    const submitted = await tx.one<SubmissionRow>(sql`
      UPDATE submission AS s SET status = 'SUBMITTED', idempotency_key = ${idempotencyKey}, submitted_by = ${viewer.userId},
        submitted_at = now(), updated_at = now(),
        reference = 'FAW-' || to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY') || '-' || lpad(nextval('submission_reference_seq')::text, 8, '0')
      WHERE id = ${id}
      RETURNING ${SUBMISSION_COLUMNS}`);
    return toSubmission(submitted!);
  }

  /** The submission of the same employer already transmitted with this key, if any. */
  private async byKey(db: Db, viewer: Viewer, id: string, idempotencyKey: string): Promise<SubmissionRow | undefined> {
    return db.one<SubmissionRow>(sql`
      SELECT ${SUBMISSION_COLUMNS} FROM submission s
      WHERE s.idempotency_key = ${idempotencyKey} AND s.employer_id = (SELECT employer_id FROM submission WHERE id = ${id})
        AND ${RULES.submission.condition(viewer, sql.raw("s"))}`);
  }

  /** Progress of many submissions in one statement (a per-request loader calls this). */
  async progressOf(db: Db, submissionIds: readonly string[]): Promise<SubmissionProgress[]> {
    const rows = await db.query<{
      submissionId: string;
      total: number;
      processed: number;
      accepted: number;
      acceptedWithWarnings: number;
      refused: number;
      cancelled: number;
    }>(sql`
      SELECT d.submission_id AS "submissionId", count(*)::int AS total,
        count(*) FILTER (WHERE d.status NOT IN ('DRAFT', 'PENDING'))::int AS processed,
        count(*) FILTER (WHERE d.status = 'ACCEPTED')::int AS accepted,
        count(*) FILTER (WHERE d.status = 'ACCEPTED_WITH_WARNINGS')::int AS "acceptedWithWarnings",
        count(*) FILTER (WHERE d.status = 'REFUSED')::int AS refused,
        count(*) FILTER (WHERE d.status = 'CANCELLED')::int AS cancelled
      FROM wage_declaration d WHERE d.submission_id = ANY(${[...submissionIds]}::uuid[])
      GROUP BY d.submission_id`);
    const bySubmission = new Map(rows.map((r) => [r.submissionId, r]));
    return submissionIds.map((id): SubmissionProgress => ({
      ...(bySubmission.get(id) ?? {
        submissionId: id,
        total: 0,
        processed: 0,
        accepted: 0,
        acceptedWithWarnings: 0,
        refused: 0,
        cancelled: 0,
      }),
    }));
  }
}

/** Most flexi-jobbers one draft submission selects: a bulk submission takes up to 2,000 declarations, the wizard far fewer. */
export const MAX_SELECTED_WORKERS = 500;

/** The rules of a draft submission's period (docs/domain-rules.md#drafts-and-submissions), as field errors. */
function periodErrors(from: string, to: string): FieldErrors {
  const errors = new FieldErrors();
  for (const problem of checkSubmissionPeriod({ start: from, end: to }, { today: todayInBrussels() }))
    errors.add(problem.path, problem.code, problem.message);
  return errors;
}

/** Locks a submission of an employer the viewer declares for; another's is NOT_FOUND. */
async function lockOwn(tx: Db, viewer: Viewer, id: string): Promise<SubmissionRow> {
  const row = isUuid(id)
    ? await tx.one<SubmissionRow>(sql`SELECT ${SUBMISSION_COLUMNS} FROM submission s WHERE s.id = ${id} FOR UPDATE`)
    : undefined;
  if (!row || !declaresFor(viewer, row.employerId)) throw notFound("Submission");
  return row;
}
