import {
  projection,
  sameNamedFields,
  selectColumns,
  type ColumnMap,
  type NestedList,
  type ListJoins,
  RecordJoin,
} from "../../db/columns";
import { requireEmployerPermission, RULES, signedIn, visibleById, visibleWhere } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { containsPattern, idFilterSql, stringFilterSql, notSql } from "../../db/filters";
import { isUuid } from "../../db/ids";
import { pageOf, type PageArgs, type SortKey } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import { isIsoDate } from "../../domain/dates";
import { isValidSsin } from "../../domain/ssin";
import { FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";

/** The orders of a worker list (the GraphQL enum WorkerOrder, worker.type.ts). */
export enum WorkerOrder {
  LAST_NAME_ASC = "LAST_NAME_ASC",
  LAST_NAME_DESC = "LAST_NAME_DESC",
  SSIN_ASC = "SSIN_ASC",
}

/** A filter of workers (the GraphQL input WorkerFilter); `and`, `or`, `not` nest. */
export interface WorkerFilter {
  ssin?: { eq?: string; in?: string[] };
  lastName?: { eq?: string; in?: string[]; contains?: string };
  employerId?: { eq?: string; in?: string[] };
  search?: string;
  and?: WorkerFilter[];
  or?: WorkerFilter[];
  not?: WorkerFilter;
}

export interface WorkerRow {
  id: string;
  ssin: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  pensionerFrom: string | null;
  createdAt: Date;
}

export const WORKER_COLUMN_MAP: ColumnMap<WorkerRow> = {
  id: "id",
  ssin: "ssin",
  firstName: "first_name",
  lastName: "last_name",
  birthDate: "birth_date",
  pensionerFrom: "pensioner_from",
  createdAt: "created_at",
};
export const WORKER_COLUMNS = selectColumns("w", WORKER_COLUMN_MAP);
/** Each Worker field reads the row field of its name (db/columns.ts `projection`). */
export const WORKER_NEEDS = sameNamedFields(WORKER_COLUMN_MAP);

/**
 * A row's worker, read in a list's own statement when its nodes ask for it (db/columns.ts
 * RecordJoin): `key` is the row's `worker_id` column, which always points to a worker, and the
 * row's `workerId` field is the worker's id.
 */
export function workerJoin(key: string): RecordJoin<WorkerRow> {
  return new RecordJoin({
    table: "worker",
    alias: "jw",
    prefix: "worker",
    columns: WORKER_COLUMN_MAP,
    needs: WORKER_NEEDS,
    key,
    idFrom: "workerId",
  });
}

/**
 * What a list of workers is asked for: the nodes' fields, and their Dimona periods (without
 * arguments) to read in the same statement, as the Dimona service writes them.
 */
export type WorkerJoins<Period> = ListJoins<never, { dimonaPeriods?: NestedList<Period> }>;

/** A worker of a list, with the Dimona periods the list read with it (undefined: not read). */
export type ListedWorker<Period> = WorkerRow & { joinedDimonaPeriods?: Period[] };

const LAST_NAME = (descending: boolean): SortKey<WorkerRow>[] => [
  { expression: sql.raw("w.last_name"), descending, value: (r) => r.lastName, type: "text" },
  { expression: sql.raw("w.first_name"), descending, value: (r) => r.firstName, type: "text" },
];
const ORDER: Record<WorkerOrder, SortKey<WorkerRow>[]> = {
  [WorkerOrder.LAST_NAME_ASC]: LAST_NAME(false),
  [WorkerOrder.LAST_NAME_DESC]: LAST_NAME(true),
  [WorkerOrder.SSIN_ASC]: [{ expression: sql.raw("w.ssin"), descending: false, value: (r) => r.ssin, type: "text" }],
};
const NEWEST_FIRST: SortKey<WorkerRow>[] = [
  { expression: sql.raw("w.created_at"), descending: true, value: (r) => r.createdAt, type: "timestamptz" },
];
/** The row fields each order's keys read for cursors (an instant comes with its own cursor column, db/page.ts). */
const SORT_FIELDS: Record<WorkerOrder, (keyof WorkerRow)[]> = {
  [WorkerOrder.LAST_NAME_ASC]: ["lastName", "firstName"],
  [WorkerOrder.LAST_NAME_DESC]: ["lastName", "firstName"],
  [WorkerOrder.SSIN_ASC]: ["ssin"],
};

/** Workers, as far as the caller may see them (access/ RULES.worker). */
export class WorkerService {
  async list<Period = never>(
    ctx: RequestContext,
    filter: WorkerFilter | undefined,
    orderBy: WorkerOrder[] | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: WorkerJoins<Period> = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const keys = orderBy?.length ? orderBy.flatMap((o) => ORDER[o]) : NEWEST_FIRST;
    const sortFields = orderBy?.flatMap((o) => SORT_FIELDS[o]) ?? [];
    const columns = selectColumns("w", projection(WORKER_COLUMN_MAP, ["id", ...sortFields], WORKER_NEEDS, join.fields));
    const periods = join.dimonaPeriods;
    type Row = ListedWorker<Period> & { periods?: unknown };
    return pageOf(ctx.db, {
      select: periods ? sql`SELECT ${columns}, ${periods.select} AS periods` : sql`SELECT ${columns}`,
      from: sql`worker w`,
      where: sql.and([RULES.worker.condition(viewer, sql.raw("w")), workerFilterSql(filter, viewer)]),
      order: keys,
      idColumn: sql.raw("w.id"),
      toNode: periods
        ? (row: Row): ListedWorker<Period> => {
            row.joinedDimonaPeriods = periods.read(row.periods);
            return row;
          }
        : (row: Row): ListedWorker<Period> => row,
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }

  /** One worker by id or by SSIN (exactly one of them); NOT_FOUND when not visible. */
  async get(ctx: RequestContext, id: string | undefined, ssin: string | undefined): Promise<WorkerRow> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    if ((id == null) === (ssin == null)) errors.add([], "ONE_OF", "Give exactly one of id and ssin.");
    if (ssin != null && !isValidSsin(ssin))
      errors.add(["ssin"], "INVALID_CHECK_DIGIT", "This SSIN has a wrong check digit.");
    errors.check();
    const read = { columns: WORKER_COLUMNS };
    return id != null
      ? visibleById<WorkerRow>(ctx.db, viewer, RULES.worker, id, read)
      : visibleWhere<WorkerRow>(ctx.db, viewer, RULES.worker, sql`w.ssin = ${ssin}`, read);
  }

  /**
   * Wizard steps 1-2: workers with a non-cancelled FLX Dimona period of the employer that
   * overlaps from..to. Needs both DIMONA_CONSULTATION and FLEXI_AT_WORK, as the guide says.
   */
  async flexiJobbers(ctx: RequestContext, employerId: string, from: string, to: string): Promise<WorkerRow[]> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    if (!isIsoDate(from)) errors.add(["from"], "INVALID_DATE", "from is not a calendar date.");
    if (!isIsoDate(to)) errors.add(["to"], "INVALID_DATE", "to is not a calendar date.");
    if (errors.isEmpty && from > to) errors.add(["to"], "RANGE_ORDER", "to must not be before from.");
    errors.check();
    if (!isUuid(employerId)) throw notFound("Employer");
    requireEmployerPermission(viewer, employerId, "DIMONA_CONSULTATION");
    requireEmployerPermission(viewer, employerId, "FLEXI_AT_WORK");
    return ctx.db.query<WorkerRow>(sql`
      SELECT ${WORKER_COLUMNS} FROM worker w
      WHERE EXISTS (SELECT 1 FROM dimona_period dp WHERE dp.worker_id = w.id AND dp.employer_id = ${employerId}
        AND dp.worker_type = 'FLX' AND NOT dp.cancelled
        AND dp.start_date <= ${to}::date AND COALESCE(dp.end_date, dp.start_date) >= ${from}::date)
      ORDER BY w.last_name, w.first_name, w.id`);
  }
}

/** A worker filter as SQL on alias `w`; `and`, `or`, `not` nest. */
/**
 * A worker filter as SQL on alias `w`. `employerId` looks only at the Dimona periods and
 * declarations the viewer may see: whether a worker also works elsewhere is not its business.
 */
export function workerFilterSql(filter: WorkerFilter | undefined, viewer: Viewer): Sql {
  if (!filter) return sql.raw("TRUE");
  const parts: Sql[] = [];
  if (filter.ssin?.eq != null) parts.push(sql`w.ssin = ${filter.ssin.eq}`);
  if (filter.ssin?.in != null) parts.push(sql`w.ssin = ANY(${filter.ssin.in}::text[])`);
  if (filter.lastName) parts.push(stringFilterSql(sql.raw("w.last_name"), filter.lastName));
  if (filter.employerId) {
    const byDimona = idFilterSql(sql.raw("f_dp.employer_id"), filter.employerId);
    const byDeclaration = idFilterSql(sql.raw("f_wd.employer_id"), filter.employerId);
    parts.push(sql`(EXISTS (SELECT 1 FROM dimona_period f_dp WHERE f_dp.worker_id = w.id AND ${byDimona}
        AND ${RULES.dimonaPeriod.condition(viewer, sql.raw("f_dp"))})
      OR EXISTS (SELECT 1 FROM wage_declaration f_wd WHERE f_wd.worker_id = w.id AND ${byDeclaration}
        AND ${RULES.wageDeclaration.condition(viewer, sql.raw("f_wd"))}))`);
  }
  if (filter.search != null && filter.search.trim() !== "") {
    const text = filter.search.trim();
    const digits = text.replace(/[.\-\s]/g, "");
    const like = containsPattern(text);
    parts.push(
      sql.or([
        sql`w.last_name ILIKE ${like}`,
        sql`w.first_name ILIKE ${like}`,
        ...(/^\d+$/.test(digits) ? [sql`w.ssin LIKE ${digits + "%"}`] : []),
      ]),
    );
  }
  if (filter.and) parts.push(sql.and(filter.and.map((f) => workerFilterSql(f, viewer))));
  if (filter.or) parts.push(sql.or(filter.or.map((f) => workerFilterSql(f, viewer))));
  if (filter.not) parts.push(notSql(workerFilterSql(filter.not, viewer)));
  return sql.and(parts);
}
