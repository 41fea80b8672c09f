import {
  projection,
  sameNamedFields,
  selectColumns,
  type ColumnMap,
  type NestedList,
  type ListJoins,
  RecordJoin,
} from "../../db/columns";
import { RULES, signedIn, visibleById } from "../../access";
import { containsPattern, stringFilterSql, type TextCondition } from "../../db/filters";
import { pageOf, type PageArgs, type SortKey } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import { parseNssoNumber } from "../../domain/nsso-number";
import type { RequestContext } from "../../auth/request-context";
import { toLanguageEnum, type LanguageEnum } from "../../domain/language";
import type { User } from "../access/access.service";

/** An employer as the API shows it (the GraphQL type Employer, employer.type.ts). */
export interface Employer {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  nssoNumber: string | null;
  nssoProvisional: boolean;
  language: LanguageEnum;
  employerClasses: string[];
  /** The employer's users when the list that read it read them too (undefined: not read). */
  joinedUsers: User[] | undefined;
}

/** What a list of employers is asked for: the nodes' fields, and their users (Employer.users, as the access management service writes them) to read in the same statement. */
export type EmployerJoins = ListJoins<never, { users?: NestedList<User> }>;

/** Which employers to list (the GraphQL input EmployerFilter). */
export interface EmployerFilter {
  search?: string;
  enterpriseNumber?: TextCondition;
}

/** The orders of an employer list (the GraphQL enum EmployerOrder, registered by employer.type.ts). */
export enum EmployerOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}

export interface EmployerRow {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  nssoNumber: string | null;
  language: string;
  employerClasses: string[];
  createdAt: Date;
}

export const EMPLOYER_COLUMN_MAP: ColumnMap<EmployerRow> = {
  id: "id",
  name: "name",
  enterpriseNumber: "enterprise_number",
  nssoNumber: "nsso_number",
  language: "language",
  employerClasses: "employer_classes",
  createdAt: "created_at",
};
export const EMPLOYER_COLUMNS = selectColumns("e", EMPLOYER_COLUMN_MAP);
/** The row fields each Employer field reads (db/columns.ts `projection`). */
export const EMPLOYER_NEEDS: Record<string, (keyof EmployerRow)[]> = {
  ...sameNamedFields(EMPLOYER_COLUMN_MAP),
  nssoProvisional: ["nssoNumber"],
};

/**
 * A row's employer, read in a list's own statement when its nodes ask for it (db/columns.ts
 * RecordJoin): `key` is the row's `employer_id` column, which always points to an employer, and
 * the row's `employerId` field is the employer's id.
 */
export function employerJoin(key: string): RecordJoin<EmployerRow> {
  return new RecordJoin({
    table: "employer",
    alias: "je",
    prefix: "employer",
    columns: EMPLOYER_COLUMN_MAP,
    needs: EMPLOYER_NEEDS,
    key,
    idFrom: "employerId",
  });
}

/** The GraphQL shape of an employer row. */
export function toEmployer(row: EmployerRow, joinedUsers?: User[]): Employer {
  return {
    id: row.id,
    name: row.name,
    enterpriseNumber: row.enterpriseNumber,
    nssoNumber: row.nssoNumber,
    nssoProvisional: row.nssoNumber ? (parseNssoNumber(row.nssoNumber)?.provisional ?? false) : false,
    // undefined when a list read the employer for other fields only (projection)
    language: row.language === undefined ? (undefined as unknown as LanguageEnum) : toLanguageEnum(row.language),
    employerClasses: row.employerClasses,
    joinedUsers,
  };
}

const ORDER: Record<EmployerOrder, SortKey<EmployerRow>[]> = {
  [EmployerOrder.NAME_ASC]: [{ expression: sql.raw("e.name"), descending: false, value: (r) => r.name, type: "text" }],
  [EmployerOrder.NAME_DESC]: [{ expression: sql.raw("e.name"), descending: true, value: (r) => r.name, type: "text" }],
};
const NEWEST_FIRST: SortKey<EmployerRow>[] = [
  { expression: sql.raw("e.created_at"), descending: true, value: (r) => r.createdAt, type: "timestamptz" },
];

/** Employers: those the user holds a right for; the back office sees all. */
export class EmployerService {
  async list(
    ctx: RequestContext,
    filter: EmployerFilter | undefined,
    orderBy: EmployerOrder[] | undefined,
    page: PageArgs,
    withTotal: boolean,
    join: EmployerJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const keys = orderBy?.length ? orderBy.flatMap((o) => ORDER[o]) : NEWEST_FIRST;
    // The name is the key of the named orders (cursors); an instant comes with its own cursor column.
    const always: (keyof EmployerRow)[] = orderBy?.length ? ["id", "name"] : ["id"];
    const columns = selectColumns("e", projection(EMPLOYER_COLUMN_MAP, always, EMPLOYER_NEEDS, join.fields));
    const users = join.users;
    type Row = EmployerRow & { users?: unknown };
    return pageOf(ctx.db, {
      select: users ? sql`SELECT ${columns}, ${users.select} AS users` : sql`SELECT ${columns}`,
      from: sql`employer e`,
      where: sql.and([RULES.employer.condition(viewer), employerFilterSql(filter)]),
      order: keys,
      idColumn: sql.raw("e.id"),
      toNode: users ? (row: Row) => toEmployer(row, users.read(row.users)) : (row: Row) => toEmployer(row),
      page,
      withTotal,
      withCursors: join.withCursors,
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Employer> {
    const viewer = signedIn(ctx.viewer);
    return toEmployer(
      await visibleById<EmployerRow>(ctx.db, viewer, RULES.employer, id, { columns: EMPLOYER_COLUMNS }),
    );
  }

  async classes(ctx: RequestContext): Promise<{ code: string; label: string }[]> {
    const viewer = signedIn(ctx.viewer);
    const column = sql.raw(`label_${viewer.language}`);
    return ctx.db.query(sql`SELECT code, ${column} AS label FROM employer_class ORDER BY code`);
  }
}

/** An employer filter as SQL on alias `e` (also used through relations, e.g. declarations by employer). */
export function employerFilterSql(filter: EmployerFilter | undefined): Sql {
  if (!filter) return sql.raw("TRUE");
  const parts: Sql[] = [];
  if (filter.search != null && filter.search.trim() !== "") {
    const text = filter.search.trim();
    const digits = text.replace(/[.\s]/g, "");
    parts.push(
      sql.or([
        sql`e.name ILIKE ${containsPattern(text)}`,
        ...(/^\d+$/.test(digits)
          ? [sql`e.enterprise_number LIKE ${digits + "%"}`, sql`e.nsso_number LIKE ${digits + "%"}`]
          : []),
      ]),
    );
  }
  const en = filter.enterpriseNumber;
  if (en) parts.push(stringFilterSql(sql.raw("e.enterprise_number"), en));
  return sql.and(parts);
}
