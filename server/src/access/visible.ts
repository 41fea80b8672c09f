import type { Db } from "../db/db";
import { isUuid } from "../db/ids";
import { sql, type Sql } from "../db/sql";
import { notFound } from "../errors";
import type { Viewer } from "../auth/viewer";
import type { RecordKind } from "./records";
import type { AccessRule } from "./rules";

/** What to read of the record: columns on the rule's alias; with `set`, the same statement updates it first. */
export interface VisibleRead {
  columns: Sql;
  set?: Sql;
}

/**
 * One record by id, within what the viewer may see, else the record's NOT_FOUND: a record of
 * another employer looks exactly like one that does not exist, and an id that is not a UUID
 * names none. One statement.
 */
export async function visibleById<Row, K extends RecordKind = RecordKind>(
  db: Db,
  viewer: Viewer,
  rule: AccessRule<K>,
  id: string,
  read: VisibleRead,
): Promise<Row> {
  if (!isUuid(id)) throw notFound(rule.notFound);
  return visibleWhere<Row, K>(db, viewer, rule, sql`${sql.raw(rule.alias)}.id = ${id}`, read);
}

/** The same by another unique key (a worker's SSIN): `match` is a condition on the rule's alias. */
export async function visibleWhere<Row, K extends RecordKind = RecordKind>(
  db: Db,
  viewer: Viewer,
  rule: AccessRule<K>,
  match: Sql,
  read: VisibleRead,
): Promise<Row> {
  const table = sql.raw(rule.table);
  const alias = sql.raw(rule.alias);
  const where = sql`${match} AND ${rule.condition(viewer, alias)}`;
  const row = read.set
    ? await db.one<Row>(sql`UPDATE ${table} AS ${alias} SET ${read.set} WHERE ${where} RETURNING ${read.columns}`)
    : await db.one<Row>(sql`SELECT ${read.columns} FROM ${table} ${alias} WHERE ${where}`);
  if (!row) throw notFound(rule.notFound);
  return row;
}
