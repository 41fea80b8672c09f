import { isUuid } from "./ids";
import { sql, type Sql } from "./sql";

/** The contract's filter inputs as SQL conditions, shared by every list. */

/** `{ eq, in, contains }` on a text column; `contains` is case-insensitive and literal. */
export function stringFilterSql(column: Sql, filter: { eq?: string; in?: string[]; contains?: string }): Sql {
  const parts: Sql[] = [];
  if (filter.eq != null) parts.push(sql`${column} = ${filter.eq}`);
  if (filter.in != null) parts.push(sql`${column} = ANY(${filter.in}::text[])`);
  if (filter.contains != null) parts.push(sql`${column} ILIKE ${containsPattern(filter.contains)}`);
  return sql.and(parts);
}

/** `{ eq, in }` on a uuid column; ids that are not UUIDs match nothing (never a database error). */
export function idFilterSql(column: Sql, filter: { eq?: string; in?: string[] }): Sql {
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
