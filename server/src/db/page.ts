import { isIsoDate } from "../domain/dates";
import { FieldErrors } from "../errors";
import type { Db } from "./db";
import { sql, type Sql } from "./sql";

/** Where a page sits in its list (the GraphQL PageInfo, graphql/common.types.ts). */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** What every list returns; `totalCount` is only computed when asked for (-1 otherwise). */
export interface ConnectionResult<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The contract's list arguments (docs/architecture.md#reading-lists). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** Backwards: the last rows before `before` (or of the whole list). */
  last?: number | null;
  before?: string | null;
  offset?: number | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** One key of an ordering: an SQL expression, its direction, and the row field holding its value. */
export interface SortKey<Row> {
  expression: Sql;
  descending: boolean;
  value: (row: Row) => unknown;
  /** SQL type of the value in a cursor, for the comparison. */
  type: "text" | "date" | "timestamptz" | "uuid" | "bigint";
  /**
   * The column may be NULL (PostgreSQL sorts NULLs last ascending, first descending); the
   * keyset condition then takes them into account.
   */
  nullable?: boolean;
}

export interface PageQuery<Row extends { id: string }, Node> {
  /** `SELECT <columns>`: must include every field the sort keys read, and the row's id. */
  select: Sql;
  /** `FROM ... [JOIN ...]`. */
  from: Sql;
  where: Sql;
  /** Ordering; the id column (`idColumn`) is added as the last key, so that it is total. */
  order: SortKey<Row>[];
  idColumn: Sql;
  /** Shapes a row as the GraphQL node. */
  toNode: (row: Row) => Node;
  page: PageArgs;
  /** Whether the caller asked for totalCount (it costs a second statement). */
  withTotal: boolean;
  /**
   * Whether the caller may ask for cursors (edges, pageInfo); without, the sort keys' instants
   * are not read for them. Default true.
   */
  withCursors?: boolean;
}

/**
 * Checks the page arguments; returns the limit, the offset and the direction. `first` or `last`
 * above 500 is BAD_USER_INPUT; forwards (first/after) and backwards (last/before) do not mix.
 */
export function checkPageArgs(
  page: PageArgs,
  errors = new FieldErrors(),
): { limit: number; offset: number; backwards: boolean } {
  const backwards = page.last != null || page.before != null;
  const limit = (backwards ? page.last : page.first) ?? DEFAULT_PAGE_SIZE;
  const offset = page.offset ?? 0;
  const sizeField = backwards && page.last != null ? "last" : "first";
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    errors.add([sizeField], "OUT_OF_RANGE", `${sizeField} must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  if (!Number.isInteger(offset) || offset < 0) errors.add(["offset"], "OUT_OF_RANGE", "offset must be 0 or more.");
  if ((page.after != null || page.before != null) && page.offset != null) {
    errors.add(["offset"], "NOT_ALLOWED", "Use either a cursor or offset, not both.");
  }
  if (backwards && (page.first != null || page.after != null)) {
    errors.add(
      [page.last != null ? "last" : "before"],
      "NOT_ALLOWED",
      "Page forwards (first, after) or backwards (last, before), not both.",
    );
  }
  return { limit, offset, backwards };
}

/** Runs a keyset- or offset-paginated list and shapes it as a connection. */
export async function pageOf<Row extends { id: string }, Node>(
  db: Db,
  query: PageQuery<Row, Node>,
): Promise<ConnectionResult<Node>> {
  const errors = new FieldErrors();
  const { limit, offset, backwards } = checkPageArgs(query.page, errors);
  const last = query.order[query.order.length - 1];
  const listOrder: SortKey<Row>[] = [
    ...query.order,
    { expression: query.idColumn, descending: last?.descending ?? false, value: (row) => row.id, type: "uuid" },
  ];
  // Backwards, the rows are read in the reverse order (PostgreSQL's NULL placement reverses with
  // the direction) and turned round afterwards.
  const order = backwards ? listOrder.map((k) => ({ ...k, descending: !k.descending })) : listOrder;
  const cursor = backwards ? query.page.before : query.page.after;
  const afterValues =
    cursor != null
      ? decodeCursor(
          cursor,
          order.map((k) => k.type),
        )
      : undefined;
  if (afterValues === null)
    errors.add(
      [backwards ? "before" : "after"],
      "INVALID_FORMAT",
      `${backwards ? "before" : "after"} is not a cursor of this list.`,
    );
  errors.check();

  const where = afterValues ? sql.and([query.where, keysetCondition(order, afterValues)]) : query.where;
  const orderBy = sql.join(order.map((k) => sql`${k.expression} ${sql.raw(k.descending ? "DESC" : "ASC")}`));
  // Instants go into cursors with PostgreSQL's microseconds (a JS Date keeps milliseconds, and rows
  // written by one transaction share one now(): a millisecond cursor would skip some of them).
  const instantColumns =
    query.withCursors === false
      ? []
      : order.flatMap((k, i) =>
          k.type === "timestamptz"
            ? [
                sql`, to_char(${k.expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS ${sql.raw(`"${CURSOR_COLUMN}${i}"`)}`,
              ]
            : [],
        );
  const rowsPromise = db.query<Row & Record<string, unknown>>(
    sql`${query.select}${sql.join(instantColumns, "")} FROM ${query.from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${sql.integer(limit + 1)}${offset > 0 ? sql` OFFSET ${sql.integer(offset)}` : sql.empty}`,
  );
  const totalPromise = query.withTotal
    ? db.one<{ count: string }>(sql`SELECT count(*) AS count FROM ${query.from} WHERE ${query.where}`)
    : Promise.resolve(undefined);
  const [rows, total] = await Promise.all([rowsPromise, totalPromise]);

  const page = backwards ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const nodes = page.map((row) => query.toNode(row));
  // Cursors are written only when asked for (edges, or pageInfo's first and last): most lists
  // ask for nodes only, and a cursor per row was a measurable part of a list's cost.
  const cursorOf = (row: Row & Record<string, unknown>): string => {
    if (query.withCursors === false) throw new Error("pageOf: cursors asked of a page read without them");
    return encodeCursor(order.map((k, i) => (k.type === "timestamptz" ? row[`${CURSOR_COLUMN}${i}`] : k.value(row))));
  };
  let edges: { cursor: string; node: Node }[] | undefined;
  return {
    nodes,
    get edges() {
      return (edges ??= page.map((row, i) => ({ cursor: cursorOf(row), node: nodes[i]! })));
    },
    pageInfo: {
      hasNextPage: backwards ? cursor != null : rows.length > limit,
      hasPreviousPage: backwards ? rows.length > limit : afterValues != null || offset > 0,
      get startCursor() {
        return page.length ? cursorOf(page[0]!) : null;
      },
      get endCursor() {
        return page.length ? cursorOf(page[page.length - 1]!) : null;
      },
    },
    totalCount: total ? Number(total.count) : -1,
  };
}

/** Prefix of the extra columns that carry instants for cursors. */
const CURSOR_COLUMN = "__cursor";

/** Rows after the cursor in the given order: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... */
function keysetCondition<Row>(order: SortKey<Row>[], values: unknown[]): Sql {
  const branches = order.map((key, i) => {
    const equalities = order.slice(0, i).map((k, j) => equalTo(k, values[j]));
    return sql.and([...equalities, beyond(key, values[i])]);
  });
  return sql.or(branches);
}

function equalTo<Row>(key: SortKey<Row>, value: unknown): Sql {
  return value === null ? sql`${key.expression} IS NULL` : sql`${key.expression} = ${value}::${sql.raw(key.type)}`;
}

/** Rows whose key sorts after the value; NULLs sort last ascending and first descending. */
function beyond<Row>(key: SortKey<Row>, value: unknown): Sql {
  if (value === null) return key.descending ? sql`${key.expression} IS NOT NULL` : sql.raw("FALSE");
  const compared = sql`${key.expression} ${sql.raw(key.descending ? "<" : ">")} ${value}::${sql.raw(key.type)}`;
  return key.nullable && !key.descending ? sql`(${compared} OR ${key.expression} IS NULL)` : compared;
}

function encodeCursor(values: unknown[]): string {
  const plain = values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify(plain)).toString("base64url");
}

const CURSOR_VALUE: Record<SortKey<unknown>["type"], RegExp> = {
  text: /^[\s\S]{0,1000}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^-?\d{1,18}$/,
};

/**
 * The values of a cursor; null when it is not one of ours (wrong shape, length or value types),
 * so that a forged cursor is BAD_USER_INPUT, never a database error.
 */
function decodeCursor(cursor: string, types: SortKey<unknown>["type"][]): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(values) || values.length !== types.length) return null;
    const ok = values.every((v, i) => {
      if (v === null) return true;
      const pattern = CURSOR_VALUE[types[i]!];
      return (
        (typeof v === "string" || typeof v === "number") && pattern.test(String(v)) && validValue(types[i]!, String(v))
      );
    });
    return ok ? values : null;
  } catch {
    return null;
  }
}

/**
 * A cursor value PostgreSQL will take: a real date (2025-02-30 and year 0 are not), an instant
 * whose date part is real, text without NUL. A forged cursor is then BAD_USER_INPUT, never a
 * database error.
 */
function validValue(type: SortKey<unknown>["type"], value: string): boolean {
  if (type === "date") return isIsoDate(value) && !value.startsWith("0000");
  if (type === "timestamptz")
    return isIsoDate(value.slice(0, 10)) && !value.startsWith("0000") && !Number.isNaN(new Date(value).getTime());
  if (type === "text") return !value.includes("\u0000");
  return true;
}
