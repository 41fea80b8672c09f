import { RULES, signedIn } from "../../access";
import type { Viewer } from "../../auth/viewer";
import {
  jsonObjectOf,
  projection,
  sameNamedFields,
  selectColumns,
  type ColumnMap,
  type NestedList,
  type ListJoins,
  selectWithJoined,
} from "../../db/columns";
import { idFilterSql, notSql, type EqualityCondition } from "../../db/filters";
import { isUuid } from "../../db/ids";
import { pageOf, type PageArgs, type SortKey } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import { isIsoDate, type DateRange } from "../../domain/dates";
import type { DimonaWorkerType } from "../../domain/reference-data";
import { FieldErrors } from "../../errors";
import { employerFilterSql, type EmployerFilter, type EmployerRow, employerJoin } from "../employers/employer.service";
import { workerFilterSql, type WorkerFilter, type WorkerRow, workerJoin } from "../workers/worker.service";
import type { RequestContext } from "../../auth/request-context";

/** A Dimona period as the API shows it (the GraphQL type DimonaPeriod, dimona-period.type.ts). */
export interface DimonaPeriod {
  id: string;
  periodId: string;
  employerId: string;
  workerId: string;
  workerType: DimonaWorkerType;
  jointCommittee: string;
  startDate: string;
  startHour: string | null;
  endDate: string | null;
  endHour: string | null;
  plannedHours: number | null;
  cancelled: boolean;
  /** The worker and employer when the list that read this period joined them (only the fields asked). */
  joined: DimonaJoined | undefined;
}

/** Related records a list of periods read in its own statement. */
export interface DimonaJoined {
  worker: WorkerRow | undefined;
  employer: EmployerRow | undefined;
}

/** What a list of periods is asked for: the nodes' fields, and related records to read in the same statement. */
export type DimonaJoins = ListJoins<"worker" | "employer">;

/** Which Dimona periods to list (the GraphQL input DimonaPeriodFilter); `and`, `or`, `not` nest. */
export interface DimonaPeriodFilter {
  employerId?: EqualityCondition;
  workerId?: EqualityCondition;
  workerType?: DimonaWorkerType[];
  overlaps?: DateRange;
  cancelled?: boolean;
  worker?: WorkerFilter;
  employer?: EmployerFilter;
  and?: DimonaPeriodFilter[];
  or?: DimonaPeriodFilter[];
  not?: DimonaPeriodFilter;
}

/** The orders of a list of periods (the GraphQL enum DimonaPeriodOrder, registered by dimona-period.type.ts). */
export enum DimonaPeriodOrder {
  START_DATE_ASC = "START_DATE_ASC",
  START_DATE_DESC = "START_DATE_DESC",
}

interface DimonaPeriodRow extends Omit<DimonaPeriod, "plannedHours" | "joined"> {
  plannedHours: string | null;
}

const DIMONA_COLUMN_MAP: ColumnMap<DimonaPeriodRow> = {
  id: "id",
  periodId: "period_id",
  employerId: "employer_id",
  workerId: "worker_id",
  workerType: "worker_type",
  jointCommittee: "joint_committee",
  startDate: "start_date",
  startHour: "start_hour",
  endDate: "end_date",
  endHour: "end_hour",
  plannedHours: "planned_hours",
  cancelled: "cancelled",
};

export const DIMONA_COLUMNS = selectColumns("dp", DIMONA_COLUMN_MAP);

/** The columns for the fields asked (db/columns.ts `projection`); the worker id always, to group the rows by worker. */
function dimonaColumnsFor(asked: ReadonlySet<string> | undefined): Sql {
  return selectColumns("dp", projection(DIMONA_COLUMN_MAP, ["workerId"], DIMONA_NEEDS, asked));
}

/** Each field reads the row field of its name; `employer` and `worker` read the ids (dimona-period.resolver.ts). */
const DIMONA_NEEDS = {
  ...sameNamedFields(DIMONA_COLUMN_MAP),
  employer: ["employerId"],
  worker: ["workerId"],
} satisfies Record<string, (keyof DimonaPeriodRow)[]>;

/** A period's worker and employer (which always exist), read in a list's own statement when its nodes ask for them. */
const JOINED_WORKER = workerJoin("dp.worker_id");
const JOINED_EMPLOYER = employerJoin("dp.employer_id");

/** The GraphQL shape of a Dimona row; a row read for some fields only leaves the others undefined. */
export function toDimonaPeriod(row: DimonaPeriodRow, joined?: DimonaJoined): DimonaPeriod {
  // Written out rather than spread: every period gets one object shape, whatever columns were read
  // (a spread of rows of many shapes was a fifth of a nested list's cost).
  return {
    id: row.id,
    periodId: row.periodId,
    employerId: row.employerId,
    workerId: row.workerId,
    workerType: row.workerType as DimonaWorkerType,
    jointCommittee: row.jointCommittee,
    startDate: row.startDate,
    startHour: row.startHour,
    endDate: row.endDate,
    endHour: row.endHour,
    plannedHours: row.plannedHours == null ? null : Number(row.plannedHours),
    cancelled: row.cancelled,
    joined,
  };
}

const START = (descending: boolean): SortKey<DimonaPeriodRow>[] => [
  { expression: sql.raw("dp.start_date"), descending, value: (r) => r.startDate, type: "date" },
];
const ORDER: Record<DimonaPeriodOrder, SortKey<DimonaPeriodRow>[]> = {
  [DimonaPeriodOrder.START_DATE_ASC]: START(false),
  [DimonaPeriodOrder.START_DATE_DESC]: START(true),
};

/** Dimona periods: reference data that employers consult (DIMONA_CONSULTATION). */
export class DimonaPeriodService {
  async list(
    ctx: RequestContext,
    filter: DimonaPeriodFilter | undefined,
    orderBy: DimonaPeriodOrder[] | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: DimonaJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const where = dimonaFilterSql(filter, errors, ["filter"], viewer);
    errors.check();
    const keys = orderBy?.length ? orderBy.flatMap((o) => ORDER[o]) : START(true); // newest first
    // The start date is every order's key (cursors).
    const own = projection(DIMONA_COLUMN_MAP, ["id", "startDate"], DIMONA_NEEDS, join.fields);
    const worker = join.worker && JOINED_WORKER.of(join.worker);
    const employer = join.employer && JOINED_EMPLOYER.of(join.employer);
    return pageOf(ctx.db, {
      ...selectWithJoined(selectColumns("dp", own), sql`dimona_period dp`, [worker, employer]),
      where: sql.and([RULES.dimonaPeriod.condition(viewer, sql.raw("dp")), where]),
      order: keys,
      idColumn: sql.raw("dp.id"),
      toNode: (row: DimonaPeriodRow) =>
        toDimonaPeriod(
          row,
          worker || employer ? { worker: worker?.read(row), employer: employer?.read(row) } : undefined,
        ),
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }

  /**
   * Worker.dimonaPeriods without arguments, for a list of workers that reads them in its own
   * statement: a correlated subquery on the workers' alias that gives the periods the viewer may
   * see (the rule and order of `ofWorkers`) as a JSON array, and how to read that back.
   */
  periodsOfWorkerSql(ctx: RequestContext, workerAlias: string, asked: ReadonlySet<string>): NestedList<DimonaPeriod> {
    const viewer = signedIn(ctx.viewer);
    const columns = projection(DIMONA_COLUMN_MAP, [], DIMONA_NEEDS, asked);
    const select = sql`(SELECT json_agg(${jsonObjectOf("np", columns)} ORDER BY np.start_date DESC, np.id)
      FROM dimona_period np WHERE np.worker_id = ${sql.raw(workerAlias)}.id AND ${RULES.dimonaPeriod.condition(viewer, sql.raw("np"))})`;
    return {
      select,
      read: (value) => (value == null ? [] : (value as DimonaPeriodRow[]).map((row) => toDimonaPeriod(row))),
    };
  }

  /**
   * Worker.dimonaPeriods for many workers in one statement (a per-request loader calls this),
   * narrowed to what the viewer may see.
   */
  async ofWorkers(
    ctx: RequestContext,
    workerIds: readonly string[],
    args: { employerId?: string; from?: string; to?: string },
    asked?: ReadonlySet<string>,
  ): Promise<DimonaPeriod[][]> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    if (args.from != null && !isIsoDate(args.from))
      errors.add(["from"], "INVALID_DATE", "from is not a calendar date.");
    if (args.to != null && !isIsoDate(args.to)) errors.add(["to"], "INVALID_DATE", "to is not a calendar date.");
    errors.check();
    const parts: Sql[] = [
      sql`dp.worker_id = ANY(${[...workerIds]}::uuid[])`,
      RULES.dimonaPeriod.condition(viewer, sql.raw("dp")),
    ];
    if (args.employerId != null)
      parts.push(isUuid(args.employerId) ? sql`dp.employer_id = ${args.employerId}` : sql.raw("FALSE"));
    if (args.to != null) parts.push(sql`dp.start_date <= ${args.to}::date`);
    if (args.from != null) parts.push(sql`COALESCE(dp.end_date, dp.start_date) >= ${args.from}::date`);
    const rows = await ctx.db.query<DimonaPeriodRow>(
      sql`SELECT ${dimonaColumnsFor(asked)} FROM dimona_period dp WHERE ${sql.and(parts)} ORDER BY dp.start_date DESC, dp.id`,
    );
    const byWorker = new Map<string, DimonaPeriod[]>();
    for (const row of rows) {
      const list = byWorker.get(row.workerId) ?? [];
      list.push(toDimonaPeriod(row));
      byWorker.set(row.workerId, list);
    }
    return workerIds.map((id) => byWorker.get(id) ?? []);
  }
}

/** A Dimona filter as SQL on alias `dp`; date ranges are checked and reported with their path. */
function dimonaFilterSql(
  filter: DimonaPeriodFilter | undefined,
  errors: FieldErrors,
  path: (string | number)[],
  viewer: Viewer,
): Sql {
  if (!filter) return sql.raw("TRUE");
  const parts: Sql[] = [];
  if (filter.employerId) parts.push(idFilterSql(sql.raw("dp.employer_id"), filter.employerId));
  if (filter.workerId) parts.push(idFilterSql(sql.raw("dp.worker_id"), filter.workerId));
  if (filter.workerType) parts.push(sql`dp.worker_type = ANY(${filter.workerType}::text[])`);
  if (filter.cancelled != null) parts.push(sql`dp.cancelled = ${filter.cancelled}`);
  if (filter.overlaps) {
    const { start, end } = filter.overlaps;
    if (!isIsoDate(start)) errors.add([...path, "overlaps", "start"], "INVALID_DATE", "start is not a calendar date.");
    if (!isIsoDate(end)) errors.add([...path, "overlaps", "end"], "INVALID_DATE", "end is not a calendar date.");
    if (isIsoDate(start) && isIsoDate(end) && start > end)
      errors.add([...path, "overlaps", "end"], "RANGE_ORDER", "end must not be before start.");
    parts.push(sql`dp.start_date <= ${end}::date AND COALESCE(dp.end_date, dp.start_date) >= ${start}::date`);
  }
  if (filter.worker)
    parts.push(sql`dp.worker_id IN (SELECT w.id FROM worker w WHERE ${workerFilterSql(filter.worker, viewer)})`);
  if (filter.employer)
    parts.push(sql`dp.employer_id IN (SELECT e.id FROM employer e WHERE ${employerFilterSql(filter.employer)})`);
  filter.and?.forEach((f, i) => parts.push(dimonaFilterSql(f, errors, [...path, "and", i], viewer)));
  if (filter.or) parts.push(sql.or(filter.or.map((f, i) => dimonaFilterSql(f, errors, [...path, "or", i], viewer))));
  if (filter.not) parts.push(notSql(dimonaFilterSql(filter.not, errors, [...path, "not"], viewer)));
  return sql.and(parts);
}
