/**
 * A worker's flexi income of a year against the tax-free ceiling (docs/domain-rules.md#flexi-income): in-force versions
 * count in the calendar year of their calculation period; pay for a period starting on or after
 * the worker's pension date counts apart, without ceiling. The back office and the worker see
 * everything; an employer sees only its own share, because the worker's pay elsewhere is not
 * its business. Every back-office read of another person's income is audited (data
 * protection, docs/decisions/0009-audited-back-office-pay-reads.md): who read whose income, when.
 */
import { ownEmployerIds, RULES, signedIn } from "../../access";
import { sql, type Sql } from "../../db/sql";
import { formatMoney } from "../../domain/money";
import { isValidSsin } from "../../domain/ssin";
import { FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { idFilterSql, type EqualityCondition } from "../../db/filters";
import { pageOf, type PageArgs } from "../../db/page";
import { type ListJoins, selectWithJoined } from "../../db/columns";
import { type WorkerRow, workerJoin } from "../workers/worker.service";
import { writeAudit } from "../audit/audit-writer";

/** One employer's part of a worker's flexi income (the GraphQL type FlexiIncomeShare, flexi-income.type.ts). */
export interface FlexiIncomeShare {
  employerId: string;
  total: string;
  pending: string;
}

/** A worker's flexi income of one year (the GraphQL type FlexiIncome). */
export interface FlexiIncome {
  ssin: string;
  year: number;
  total: string;
  pending: string;
  pensionerTotal: string;
  ceiling: string | null;
  remaining: string | null;
  exceeded: boolean | null;
  byEmployer: FlexiIncomeShare[];
}

/** A worker's accepted income of a year passed the ceiling (the GraphQL type CeilingAlert). */
export interface CeilingAlert {
  id: string;
  workerId: string;
  year: number;
  total: string;
  ceiling: string;
  raisedAt: Date;
  /** The worker when the list that read this alert joined them; undefined: not joined. */
  joinedWorker?: WorkerRow;
}

/** What a list of alerts is asked for: the nodes' fields, and the worker to read in the same statement. */
export type CeilingAlertJoins = ListJoins<"worker">;

/** Which ceiling alerts to list (the GraphQL input CeilingAlertFilter). */
export interface CeilingAlertFilter {
  year?: number;
  workerId?: EqualityCondition;
}

interface ShareRow {
  employerId: string;
  totalCents: string;
  pensionerCents: string;
  pendingCents: string;
}

export class FlexiIncomeService {
  async of(ctx: RequestContext, ssin: string, year: number): Promise<FlexiIncome> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    if (!isValidSsin(ssin))
      errors.add(["ssin"], "INVALID_CHECK_DIGIT", "This SSIN is not valid: its check digits do not match.");
    if (!Number.isInteger(year) || year < 1 || year > 9999)
      errors.add(["year"], "OUT_OF_RANGE", "The year must be between 1 and 9999.");
    errors.check();

    const everything = viewer.backOffice || viewer.ssin === ssin;
    const declaringFor = ownEmployerIds(viewer, "FLEXI_AT_WORK");
    const worker = await ctx.db.one<{ id: string }>(sql`
      SELECT w.id FROM worker w WHERE w.ssin = ${ssin} AND ${everything ? sql.raw("TRUE") : RULES.worker.condition(viewer, sql.raw("w"))}`);
    if (!worker || (!everything && declaringFor.length === 0)) throw notFound("Worker");
    if (viewer.backOffice && viewer.ssin !== ssin) {
      // Written before the figures are read: no read without its trace.
      await writeAudit(ctx.db, [
        {
          actorId: viewer.userId,
          action: "readFlexiIncome",
          entityType: "Worker",
          entityId: worker.id,
          employerId: null,
          reason: null,
          changes: [],
        },
      ]);
    }

    const employers: Sql = everything ? sql.raw("TRUE") : sql`d.employer_id = ANY(${declaringFor}::uuid[])`;
    const start = `${String(year).padStart(4, "0")}-01-01`;
    const end = `${String(year).padStart(4, "0")}-12-31`;
    const shares = await ctx.db.query<ShareRow>(sql`
      SELECT d.employer_id AS "employerId",
        COALESCE(sum(iv.total_cents) FILTER (WHERE w.pensioner_from IS NULL OR iv.calculation_start < w.pensioner_from), 0)::text AS "totalCents",
        COALESCE(sum(iv.total_cents) FILTER (WHERE iv.calculation_start >= w.pensioner_from), 0)::text AS "pensionerCents",
        COALESCE(sum(d.total_cents) FILTER (WHERE d.status = 'PENDING' AND d.kind <> 'CANCELLATION'
          AND d.calculation_start BETWEEN ${start}::date AND ${end}::date), 0)::text AS "pendingCents"
      FROM wage_declaration d
      JOIN worker w ON w.id = d.worker_id
      LEFT JOIN declaration_version iv ON iv.declaration_id = d.id AND iv.number = d.in_force_version
        AND iv.calculation_start BETWEEN ${start}::date AND ${end}::date
      WHERE d.worker_id = ${worker.id} AND d.status <> 'DRAFT' AND ${employers}
      GROUP BY d.employer_id
      HAVING COALESCE(sum(iv.total_cents), 0) > 0
        OR count(*) FILTER (WHERE d.status = 'PENDING' AND d.calculation_start BETWEEN ${start}::date AND ${end}::date) > 0
      ORDER BY d.employer_id`);

    const cents = (pick: (s: ShareRow) => string) => shares.reduce((sum, s) => sum + Number(pick(s)), 0);
    const total = cents((s) => s.totalCents);
    const ceilingRow = everything
      ? await ctx.db.one<{ amountCents: string }>(
          sql`SELECT amount_cents AS "amountCents" FROM flexi_ceiling WHERE year = ${year}`,
        )
      : undefined;
    const ceiling = ceilingRow ? Number(ceilingRow.amountCents) : null;
    return {
      ssin,
      year,
      total: formatMoney(total),
      pending: formatMoney(cents((s) => s.pendingCents)),
      pensionerTotal: formatMoney(cents((s) => s.pensionerCents)),
      ceiling: ceiling === null ? null : formatMoney(ceiling),
      remaining: ceiling === null ? null : formatMoney(Math.max(0, ceiling - total)),
      exceeded: ceiling === null ? null : total > ceiling,
      byEmployer: shares.map((s) => ({
        employerId: s.employerId,
        total: formatMoney(Number(s.totalCents)),
        pending: formatMoney(Number(s.pendingCents)),
      })),
    };
  }
}

interface AlertRow {
  id: string;
  workerId: string;
  year: number;
  totalCents: string;
  ceilingCents: string;
  raisedAt: Date;
}

/** An alert's worker (always there), read in a list's own statement when its nodes ask for it. */
const JOINED_WORKER = workerJoin("a.worker_id");

/** Ceiling alerts: the back office reads all, a worker their own; employers none (docs/domain-rules.md#ceiling-alerts). */
export class CeilingAlertService {
  async list(
    ctx: RequestContext,
    filter: CeilingAlertFilter | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: CeilingAlertJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const parts: Sql[] = [RULES.ceilingAlert.condition(viewer, sql.raw("a"))];
    if (filter?.year != null) parts.push(sql`a.year = ${filter.year}`);
    if (filter?.workerId) parts.push(idFilterSql(sql.raw("a.worker_id"), filter.workerId));
    const worker = join.worker && JOINED_WORKER.of(join.worker);
    return pageOf(ctx.db, {
      ...selectWithJoined(
        sql`a.id, a.worker_id AS "workerId", a.year, a.total_cents AS "totalCents", a.ceiling_cents AS "ceilingCents", a.raised_at AS "raisedAt"`,
        sql`ceiling_alert a`,
        [worker],
      ),
      where: sql.and(parts),
      order: [
        {
          expression: sql.raw("a.raised_at"),
          descending: true,
          value: (r: AlertRow) => r.raisedAt,
          type: "timestamptz",
        },
      ],
      idColumn: sql.raw("a.id"),
      toNode: (r: AlertRow): CeilingAlert => ({
        id: r.id,
        workerId: r.workerId,
        year: r.year,
        total: formatMoney(Number(r.totalCents)),
        ceiling: formatMoney(Number(r.ceilingCents)),
        raisedAt: r.raisedAt,
        joinedWorker: worker?.read(r),
      }),
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }
}
