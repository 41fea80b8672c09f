import { isUuid } from "./ids";
import { sql, type Sql } from "./sql";

/** The contract's filter inputs as SQL conditions, shared by every list. */

/** `{ eq, in }` on an id or a code (the GraphQL inputs IdFilter and SsinFilter, graphql/common.types.ts). */
export interface EqualityCondition {
  eq?: string;
  in?: string[];
}

/** `{ eq, in, contains }` on a text (the GraphQL input StringFilter). */
export interface TextCondition extends EqualityCondition {
  contains?: string;
}

/** `{ gte, lte }` on an instant (the GraphQL input DateTimeFilter). */
export interface InstantCondition {
  gte?: Date | null;
  lte?: Date | null;
}

/** `{ eq, in, contains }` on a text column; `contains` is case-insensitive and literal. */
export function stringFilterSql(column: Sql, filter: TextCondition): Sql {
  const parts: Sql[] = [];
  if (filter.eq != null) parts.push(sql`${column} = ${filter.eq}`);
  if (filter.in != null) parts.push(sql`${column} = ANY(${filter.in}::text[])`);
  if (filter.contains != null) parts.push(sql`${column} ILIKE ${containsPattern(filter.contains)}`);
  return sql.and(parts);
}

/** `{ eq, in }` on a uuid column; ids that are not UUIDs match nothing (never a database error). */
export function idFilterSql(column: Sql, filter: EqualityCondition): Sql {
  const parts: Sql[] = [];
  if (filter.eq != null) parts.push(isUuid(filter.eq) ? sql`${column} = ${filter.eq}` : sql.raw("FALSE"));
  if (filter.in != null) parts.push(sql`${column} = ANY(${filter.in.filter(isUuid)}::uuid[])`);
  return sql.and(parts);
}

/** An ILIKE pattern that finds the user's text literally (%, _ and \ escaped). */
export function containsPattern(text: string): string {
  return "%" + text.replace(/[\\%_]/g, (c) => "\\" + c) + "%";
}

/** A list of code values for a CHECK constraint, so that the database and the code name the same values. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(", ");
}

/**
 * `not: F` as the complement of F: rows where F is NULL (a NULL column) are in the complement,
 * not in neither list.
 */
export function notSql(condition: Sql): Sql {
  return sql`NOT COALESCE(${condition}, FALSE)`;
}

/**
 * `{ gte, lte }` on a timestamptz column. The API shows instants to the millisecond while the
 * database keeps microseconds, so `lte` covers its whole millisecond: an instant the API showed
 * finds its row both as `gte` and as `lte`.
 */
export function instantFilterSql(column: Sql, filter: InstantCondition): Sql {
  const parts: Sql[] = [];
  if (filter.gte != null) parts.push(sql`${column} >= ${filter.gte}::timestamptz`);
  if (filter.lte != null) parts.push(sql`${column} < ${filter.lte}::timestamptz + interval '1 millisecond'`);
  return sql.and(parts);
}
