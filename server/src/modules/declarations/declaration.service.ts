/**
 * The employer's declarations: wizard drafts, modify and delete of submitted declarations, and
 * the reads (docs/domain-rules.md#the-lifecycle, docs/architecture.md#the-graphql-contract). Every change is one transaction that locks the declaration, checks
 * who may change it and the input, and hands the transition to the lifecycle engine
 * (lifecycle-engine.ts), which writes it with all its effects.
 */
import { declaresFor, requireEmployerPermission, RULES, signedIn, visibleById } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { projection, selectColumns, type ListJoins, selectWithJoined } from "../../db/columns";
import type { Db } from "../../db/db";
import type { DeclarationRow } from "../../db/declaration-row";
import { idFilterSql, stringFilterSql, instantFilterSql, notSql } from "../../db/filters";
import { isUuid } from "../../db/ids";
import { pageOf, type PageArgs, type SortKey } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import { isIsoDate } from "../../domain/dates";
import { FieldErrors, invalidState, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { employerFilterSql, employerJoin } from "../employers/employer.service";
import {
  WORKER_COLUMN_MAP,
  WORKER_NEEDS,
  workerFilterSql,
  type ListedWorker,
  type WorkerFilter,
  type WorkerJoins,
  workerJoin,
} from "../workers/worker.service";
import { checkDeclaration } from "./declaration-input-check";
import { DECLARATION_COLUMNS, declarationColumnsFor, toDeclaration } from "./declaration-rows";
import { applyTransitions, createDeclarations, lockDeclarations, type LockedDeclaration } from "./lifecycle-engine";
import {
  WageDeclarationOrder,
  type AddDeclarationInput,
  type DeclarationInput,
  type WageDeclaration,
  type WageDeclarationFilter,
} from "./declaration-shapes";

/** What a list of declarations is asked for: the nodes' fields, and related records to read in the same statement. */
export type DeclarationJoins = ListJoins<"worker" | "employer">;

const KEYS = {
  calculationDate: (descending: boolean): SortKey<DeclarationRow> => ({
    expression: sql.raw("d.calculation_date"),
    descending,
    value: (r) => r.calculationDate,
    type: "date",
  }),
  submittedAt: (descending: boolean): SortKey<DeclarationRow> => ({
    expression: sql.raw("d.submitted_at"),
    descending,
    value: (r) => r.submittedAt,
    type: "timestamptz",
    nullable: true,
  }),
  updatedAt: (descending: boolean): SortKey<DeclarationRow> => ({
    expression: sql.raw("d.updated_at"),
    descending,
    value: (r) => r.updatedAt.toISOString(),
    type: "timestamptz",
  }),
};
const ORDER: Record<WageDeclarationOrder, SortKey<DeclarationRow>> = {
  [WageDeclarationOrder.CALCULATION_DATE_ASC]: KEYS.calculationDate(false),
  [WageDeclarationOrder.CALCULATION_DATE_DESC]: KEYS.calculationDate(true),
  [WageDeclarationOrder.SUBMITTED_AT_ASC]: KEYS.submittedAt(false),
  [WageDeclarationOrder.SUBMITTED_AT_DESC]: KEYS.submittedAt(true),
  [WageDeclarationOrder.UPDATED_AT_DESC]: KEYS.updatedAt(true),
};
/** The row field each sort key reads (a list reads it whatever the fields asked, for its cursors). */
const SORT_FIELD = new Map<SortKey<DeclarationRow>, keyof DeclarationRow>([
  [ORDER.CALCULATION_DATE_ASC, "calculationDate"],
  [ORDER.CALCULATION_DATE_DESC, "calculationDate"],
  [ORDER.SUBMITTED_AT_ASC, "submittedAt"],
  [ORDER.SUBMITTED_AT_DESC, "submittedAt"],
  [ORDER.UPDATED_AT_DESC, "updatedAt"],
]);

/** A declaration's worker and employer, read in a list's own statement when its nodes ask for them. */
const JOINED_WORKER = workerJoin("d.worker_id");
const JOINED_EMPLOYER = employerJoin("d.employer_id");

export class DeclarationService {
  // ---- reads ----------------------------------------------------------------------------

  /**
   * A page of the declarations the caller may see. `join` names the related records the query
   * asks for on every node: they are read in the same statement and handed to the request's
   * loaders, so that `worker` and `employer` cost no statement of their own (bench (a), (b)).
   */
  async list(
    ctx: RequestContext,
    filter: WageDeclarationFilter | undefined,
    orderBy: WageDeclarationOrder[] | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: DeclarationJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const where = declarationFilterSql(filter, errors, ["filter"], viewer);
    errors.check();
    const order = orderBy?.length ? orderBy.map((o) => ORDER[o]) : [ORDER.UPDATED_AT_DESC]; // newest first
    // The sort keys' fields are read for cursors only (when the nodes do not ask for them anyway).
    const sortFields = join.withCursors === false ? [] : order.map((key) => SORT_FIELD.get(key)!);
    const worker = join.worker && JOINED_WORKER.of(join.worker);
    const employer = join.employer && JOINED_EMPLOYER.of(join.employer);
    const columns = selectColumns("d", declarationColumnsFor(join.fields, sortFields));
    return pageOf(ctx.db, {
      ...selectWithJoined(columns, sql`wage_declaration d`, [worker, employer]),
      where: sql.and([RULES.wageDeclaration.condition(viewer, sql.raw("d")), where]),
      order,
      idColumn: sql.raw("d.id"),
      toNode: (row: DeclarationRow) => {
        const declaration = toDeclaration(row);
        if (worker || employer) declaration.joined = { worker: worker?.read(row), employer: employer?.read(row) };
        return declaration;
      },
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }

  async get(ctx: RequestContext, id: string): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return toDeclaration(
      await visibleById<DeclarationRow>(ctx.db, viewer, RULES.wageDeclaration, id, { columns: DECLARATION_COLUMNS }),
    );
  }

  /** Worker.latestDeclaration for many workers in one statement: the newest visible declaration of each. */
  async latestOfWorkers(
    ctx: RequestContext,
    workerIds: readonly string[],
    employerId: string | undefined,
  ): Promise<(WageDeclaration | null)[]> {
    const viewer = signedIn(ctx.viewer);
    const parts: Sql[] = [
      sql`d.worker_id = ANY(${[...workerIds]}::uuid[])`,
      RULES.wageDeclaration.condition(viewer, sql.raw("d")),
    ];
    if (employerId != null) parts.push(isUuid(employerId) ? sql`d.employer_id = ${employerId}` : sql.raw("FALSE"));
    const rows = await ctx.db.query<DeclarationRow>(sql`
      SELECT DISTINCT ON (d.worker_id) ${DECLARATION_COLUMNS} FROM wage_declaration d
      WHERE ${sql.and(parts)} ORDER BY d.worker_id, d.updated_at DESC, d.id DESC`);
    const byWorker = new Map(rows.map((r) => [r.workerId, r]));
    return workerIds.map((id) => {
      const row = byWorker.get(id);
      return row ? toDeclaration(row) : null;
    });
  }

  /**
   * The guide's home overview: workers for whom the employer transmitted declarations, the most
   * recently declared first.
   */
  async declaredWorkers<Period = never>(
    ctx: RequestContext,
    employerId: string,
    filter: WorkerFilter | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: WorkerJoins<Period> = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    if (!isUuid(employerId)) throw notFound("Employer");
    requireEmployerPermission(viewer, employerId, "FLEXI_AT_WORK");
    // Only the columns asked, and the Dimona periods in the same statement, as the workers list reads them.
    const columns = selectColumns("w", projection(WORKER_COLUMN_MAP, ["id"], WORKER_NEEDS, join.fields));
    const periods = join.dimonaPeriods;
    type Row = ListedWorker<Period> & { periods?: unknown };
    return pageOf(ctx.db, {
      select: periods ? sql`SELECT ${columns}, ${periods.select} AS periods` : sql`SELECT ${columns}`,
      from: sql`(SELECT worker_id, max(updated_at) AS last_declared_at FROM wage_declaration
        WHERE employer_id = ${employerId} AND status <> 'DRAFT' GROUP BY worker_id) x JOIN worker w ON w.id = x.worker_id`,
      where: workerFilterSql(filter, viewer),
      order: [
        {
          expression: sql.raw("x.last_declared_at"),
          descending: true,
          // An instant: cursors read it from their own column (db/page.ts), never from the row.
          value: () => undefined,
          type: "timestamptz",
        },
      ],
      idColumn: sql.raw("w.id"),
      toNode: (row: Row): ListedWorker<Period> => {
        if (periods) row.joinedDimonaPeriods = periods.read(row.periods);
        return row;
      },
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }

  // ---- wizard drafts --------------------------------------------------------------------

  /** Adds a draft to a draft submission (wizard step 3). */
  async addDraft(ctx: RequestContext, input: AddDeclarationInput): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const submission = isUuid(input.submissionId)
        ? await tx.one<{ id: string; employerId: string; status: string }>(sql`
            SELECT id, employer_id AS "employerId", status FROM submission WHERE id = ${input.submissionId} FOR UPDATE`)
        : undefined;
      if (!submission || !declaresFor(viewer, submission.employerId)) throw notFound("Submission");
      const { content, workerId } = await checkDeclaration(tx, input, {
        employerId: submission.employerId,
        requireDimona: true,
      });
      if (submission.status !== "DRAFT")
        throw invalidState("This submission has been transmitted: start a new one to declare more.");
      const [id] = await createDeclarations(tx, {
        actorId: viewer.userId,
        employerId: submission.employerId,
        submissionId: submission.id,
        submitted: false,
        declarations: [{ workerId, content }],
      });
      return this.reload(tx, id!);
    });
  }

  /** Replaces a draft's content (wizard overview, pencil). */
  async updateDraft(ctx: RequestContext, id: string, input: DeclarationInput): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const declaration = await this.lockOwn(tx, viewer, id);
      const { content, workerId } = await checkDeclaration(tx, input, {
        employerId: declaration.employerId,
        requireDimona: true,
      });
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: null,
        items: [{ declaration, action: { type: "editDraft" }, content, workerId }],
      });
      return this.reload(tx, id);
    });
  }

  /** Removes a draft (wizard overview, bin); returns its id. */
  async removeDraft(ctx: RequestContext, id: string): Promise<string> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const declaration = await this.lockOwn(tx, viewer, id);
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: null,
        items: [{ declaration, action: { type: "removeDraft" } }],
      });
      return id;
    });
  }

  // ---- submitted declarations -------------------------------------------------------------

  /** New content for a submitted declaration (cancel-and-replace): a new version, controlled. */
  async modify(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: DeclarationInput,
  ): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const declaration = await this.lockOwn(tx, viewer, id);
      const { content } = await checkDeclaration(tx, input, {
        employerId: declaration.employerId,
        requireDimona: true,
        sameWorkerAs: declaration.workerId,
      });
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: null,
        items: [{ declaration, action: { type: "modify" }, expectedVersion, content }],
      });
      return this.reload(tx, id);
    });
  }

  /** Deletes a submitted declaration: cancels the version in force, or withdraws a refused one. */
  async delete(ctx: RequestContext, id: string, expectedVersion: number): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const declaration = await this.lockOwn(tx, viewer, id);
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: null,
        items: [{ declaration, action: { type: "delete" }, expectedVersion }],
      });
      return this.reload(tx, id);
    });
  }

  // ---- shared steps -----------------------------------------------------------------------

  /** Locks a declaration of an employer the viewer declares for; another's is NOT_FOUND. */
  private async lockOwn(tx: Db, viewer: Viewer, id: string): Promise<LockedDeclaration> {
    const row = await lockDeclaration(tx, id);
    if (!row || !declaresFor(viewer, row.employerId)) throw notFound("Declaration");
    return row;
  }

  async reload(tx: Db, id: string): Promise<WageDeclaration> {
    const row = await tx.one<DeclarationRow>(
      sql`SELECT ${DECLARATION_COLUMNS} FROM wage_declaration d WHERE d.id = ${id}`,
    );
    return toDeclaration(row!);
  }
}

/** Locks one declaration for a change; undefined when there is none with that id. */
export async function lockDeclaration(tx: Db, id: string): Promise<LockedDeclaration | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await lockDeclarations(tx, sql`d.id = ${id}`);
  return row;
}

/** A declaration filter as SQL on alias `d`; dates are checked and reported with their path. */
export function declarationFilterSql(
  filter: WageDeclarationFilter | undefined,
  errors: FieldErrors,
  path: (string | number)[],
  viewer: Viewer,
): Sql {
  if (!filter) return sql.raw("TRUE");
  const parts: Sql[] = [];
  if (filter.employerId) parts.push(idFilterSql(sql.raw("d.employer_id"), filter.employerId));
  if (filter.workerId) parts.push(idFilterSql(sql.raw("d.worker_id"), filter.workerId));
  if (filter.submissionId) parts.push(idFilterSql(sql.raw("d.submission_id"), filter.submissionId));
  if (filter.ssin) {
    const ssin = filter.ssin;
    const conditions: Sql[] = [];
    if (ssin.eq != null) conditions.push(sql`sw.ssin = ${ssin.eq}`);
    if (ssin.in != null) conditions.push(sql`sw.ssin = ANY(${ssin.in}::text[])`);
    parts.push(sql`d.worker_id IN (SELECT sw.id FROM worker sw WHERE ${sql.and(conditions)})`);
  }
  if (filter.status) {
    if (filter.status.eq != null) parts.push(sql`d.status = ${filter.status.eq}`);
    if (filter.status.in != null) parts.push(sql`d.status = ANY(${filter.status.in}::text[])`);
  }
  if (filter.calculationPeriodOverlaps) {
    const { start, end } = filter.calculationPeriodOverlaps;
    const at = [...path, "calculationPeriodOverlaps"];
    if (!isIsoDate(start)) errors.add([...at, "start"], "INVALID_DATE", "start is not a calendar date.");
    if (!isIsoDate(end)) errors.add([...at, "end"], "INVALID_DATE", "end is not a calendar date.");
    if (isIsoDate(start) && isIsoDate(end) && start > end)
      errors.add([...at, "end"], "RANGE_ORDER", "end must not be before start.");
    parts.push(sql`d.calculation_start <= ${end}::date AND d.calculation_end >= ${start}::date`);
  }
  if (filter.anomalyCode) {
    parts.push(sql`EXISTS (SELECT 1 FROM declaration_version av JOIN anomaly a ON a.version_id = av.id
      WHERE av.declaration_id = d.id AND av.number = d.newest_version AND ${stringFilterSql(sql.raw("a.code"), filter.anomalyCode)})`);
  }
  if (filter.submittedAt) parts.push(instantFilterSql(sql.raw("d.submitted_at"), filter.submittedAt));
  if (filter.search != null && filter.search.trim() !== "") {
    const text = filter.search.trim();
    const digits = text.replace(/[.\-\s]/g, "");
    parts.push(sql`(d.payslip_reference ILIKE ${"%" + text.replace(/[\\%_]/g, (c) => "\\" + c) + "%"}
      OR d.worker_id IN (SELECT sw.id FROM worker sw WHERE ${stringFilterSql(sql.raw("(sw.first_name || ' ' || sw.last_name)"), { contains: text })}
        ${/^\d{1,11}$/.test(digits) ? sql`OR sw.ssin LIKE ${digits + "%"}` : sql.empty}))`);
  }
  if (filter.worker)
    parts.push(sql`d.worker_id IN (SELECT w.id FROM worker w WHERE ${workerFilterSql(filter.worker, viewer)})`);
  if (filter.employer)
    parts.push(sql`d.employer_id IN (SELECT e.id FROM employer e WHERE ${employerFilterSql(filter.employer)})`);
  filter.and?.forEach((f, i) => parts.push(declarationFilterSql(f, errors, [...path, "and", i], viewer)));
  if (filter.or)
    parts.push(sql.or(filter.or.map((f, i) => declarationFilterSql(f, errors, [...path, "or", i], viewer))));
  if (filter.not) parts.push(notSql(declarationFilterSql(filter.not, errors, [...path, "not"], viewer)));
  return sql.and(parts);
}
