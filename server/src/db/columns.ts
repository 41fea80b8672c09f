import { sql, type Sql } from "./sql";

/**
 * A table's columns as the row fields they fill, `{ field: "column" }`: one list from which a
 * plain select, and a select joined into another table's rows, are both written.
 */
export type ColumnMap<Row> = { readonly [Field in keyof Row]: string };

/** `w.id, w.first_name AS "firstName", ...` for a table under an alias. */
export function selectColumns<Row>(alias: string, columns: ColumnMap<Row>): Sql {
  return sql.raw(
    fields(columns)
      .map((field) => {
        const column = columns[field];
        return column === field ? `${alias}.${column}` : `${alias}.${column} AS "${String(field)}"`;
      })
      .join(", "),
  );
}

/**
 * The same columns named `"<prefix>.<field>"`, for a table joined into another's rows (a list
 * that reads its rows' worker in the same statement); `joinedRowReader` takes them back out.
 */
function selectJoinedColumns<Row>(alias: string, columns: ColumnMap<Row>, prefix: string): Sql {
  return sql.raw(
    fields(columns)
      .map((field) => `${alias}.${columns[field]} AS "${prefix}.${String(field)}"`)
      .join(", "),
  );
}

/**
 * Reads the joined table's rows back out of rows read with `selectJoinedColumns` (the column
 * names are worked out once, not per row).
 */
function joinedRowReader<Row>(columns: ColumnMap<Row>, prefix: string): (row: object) => Row {
  const pairs = fields(columns).map((field) => [String(field), `${prefix}.${String(field)}`] as const);
  return (row) => {
    const source = row as Record<string, unknown>;
    const joined: Record<string, unknown> = {};
    for (const [field, column] of pairs) joined[field] = source[column];
    return joined as Row;
  };
}

function fields<Row>(columns: ColumnMap<Row>): (keyof Row)[] {
  return Object.keys(columns) as (keyof Row)[];
}

/**
 * The columns of a read that answers only the GraphQL fields asked (`asked`; undefined: all):
 * the row fields in `always` (ids that nested fields and cursors read), and those that each
 * asked field needs (`needs`, by GraphQL field name; a field not listed needs none of its own).
 * Reading fewer columns is most of what a list query costs in node (bench (a), (b)).
 */
export function projection<Row>(
  columns: ColumnMap<Row>,
  always: readonly (keyof Row)[],
  needs: Readonly<Record<string, readonly (keyof Row)[]>>,
  asked: ReadonlySet<string> | undefined,
): ColumnMap<Row> {
  if (!asked) return columns;
  const chosen = new Set<keyof Row>(always);
  for (const field of asked) for (const rowField of needs[field] ?? []) chosen.add(rowField);
  const picked: Partial<Record<keyof Row, string>> = {};
  for (const field of fields(columns)) if (chosen.has(field)) picked[field] = columns[field];
  return picked as ColumnMap<Row>;
}

/** `needs` for `projection` where each GraphQL field reads the row field of the same name. */
export function sameNamedFields<Row>(columns: ColumnMap<Row>): Record<string, (keyof Row)[]> {
  return Object.fromEntries(fields(columns).map((field) => [String(field), [field]]));
}

/**
 * `json_build_object('field', alias.column, ...)`: a row as a JSON object with the row's field
 * names, for a related list that PostgreSQL builds inside another list's statement (json_agg).
 * Dates come out as `YYYY-MM-DD` and numbers as numbers, as the row's own columns read them;
 * an instant comes out as text and must be made a Date again.
 */
export function jsonObjectOf<Row>(alias: string, columns: ColumnMap<Row>): Sql {
  return sql.raw(
    `json_build_object(${fields(columns)
      .map((field) => `'${String(field)}', ${alias}.${columns[field]}`)
      .join(", ")})`,
  );
}

/**
 * A related list that a list of records reads in its own statement: `select` is a correlated
 * subquery on the outer record's alias giving the related rows as a JSON array (NULL for none),
 * `read` turns that value into the related records as the API shows them.
 */
export interface NestedList<T> {
  select: Sql;
  read: (value: unknown) => T[];
}

/**
 * What a list is asked for, as a resolver reads it from the query: the fields of each node
 * (undefined: every column), for each related record named in `Related` the fields asked of it
 * (read by a join in the same statement; undefined: not joined), whether edges or pageInfo are
 * asked (cursors; default true), and what a service adds (`Extra`, e.g. a NestedList).
 */
export type ListJoins<Related extends string = never, Extra = unknown> = {
  fields?: ReadonlySet<string>;
  withCursors?: boolean;
} & { [Name in Related]?: ReadonlySet<string> } & Extra;

/** The columns a list reads of a record it joins (RecordJoin), for one set of fields asked. */
export interface JoinedRecord<Row> {
  /** `jw.ssin AS "worker.ssin", ...`; undefined when no column of the joined table is needed. */
  select: Sql | undefined;
  /** `LEFT JOIN worker jw ON jw.id = d.worker_id`; undefined with `select`. */
  from: Sql | undefined;
  /** The record, read back out of a row of the list. */
  read(row: object): Row;
}

/**
 * A record that a list reads in its own statement through a foreign key of its rows (a
 * declaration's worker): the columns asked of it, named `"<prefix>.<field>"`, the join, and how to
 * read it back. LEFT JOIN, so that a count, which reads none of its columns, leaves it out.
 *
 * `idFrom` names the row field of a key that is never NULL and always points to a row: the
 * record's id is then that field (which the list reads anyway), not read a second time from the
 * joined table, and the table is not joined when nothing else of it is asked. Without `idFrom`
 * (a key that may be NULL or point nowhere), the id is read from the joined table and is null
 * when there is no such record.
 *
 * `visible`, a condition on the joined table (its access rule, say) written for the alias it is
 * given, goes into the join: a record the viewer may not see reads as absent, id null, so that no
 * visibility facts need to be read with it and checked row by row. Not with `idFrom`, whose id is
 * the key's whatever is joined.
 *
 * Worked out once per set of fields asked (listJoins keeps one set per document).
 */
export class RecordJoin<Row extends { id: string | null }> {
  private readonly byAsked = new WeakMap<ReadonlySet<string>, JoinedRecord<Row>>();

  constructor(
    private readonly spec: {
      table: string;
      alias: string;
      prefix: string;
      columns: ColumnMap<Row>;
      /** Row fields read whatever is asked (the record's visibility facts, say); the id without `idFrom`. */
      always?: readonly (keyof Row)[];
      needs: Readonly<Record<string, readonly (keyof Row)[]>>;
      /** The referring column, `d.worker_id`. */
      key: string;
      idFrom?: string;
    },
  ) {}

  of(asked: ReadonlySet<string>, visible?: (alias: Sql) => Sql): JoinedRecord<Row> {
    let joined = this.byAsked.get(asked);
    if (!joined) this.byAsked.set(asked, (joined = this.build(asked)));
    if (visible === undefined || joined.from === undefined) return joined;
    if (this.spec.idFrom !== undefined)
      throw new Error(`RecordJoin ${this.spec.prefix}: visible needs the id read from the joined table`);
    return { ...joined, from: sql`${joined.from} AND (${visible(sql.raw(this.spec.alias))})` };
  }

  private build(asked: ReadonlySet<string>): JoinedRecord<Row> {
    const { table, alias, prefix, key, idFrom } = this.spec;
    const always = this.spec.always ?? (idFrom === undefined ? ["id" as keyof Row] : []);
    const projected = projection(this.spec.columns, always, this.spec.needs, asked);
    const picked =
      idFrom === undefined
        ? projected
        : (Object.fromEntries(Object.entries(projected).filter(([field]) => field !== "id")) as ColumnMap<Row>);
    const readColumns = joinedRowReader(picked, prefix);
    const read =
      idFrom === undefined
        ? readColumns
        : (row: object) => {
            const record = readColumns(row);
            record.id = (row as Record<string, string>)[idFrom]!;
            return record;
          };
    if (fields(picked).length === 0) return { select: undefined, from: undefined, read };
    return {
      select: selectJoinedColumns(alias, picked, prefix),
      from: sql.raw(`LEFT JOIN ${table} ${alias} ON ${alias}.id = ${key}`),
      read,
    };
  }
}

/**
 * A list's `SELECT` and `FROM` with the records it joins (`RecordJoin.of`; undefined where not
 * asked): its own columns, then each joined record's, and its table followed by their joins.
 */
export function selectWithJoined(
  columns: Sql,
  table: Sql,
  joined: readonly (JoinedRecord<unknown> | undefined)[],
): { select: Sql; from: Sql } {
  const selects = [columns];
  const froms = [table];
  for (const record of joined) {
    if (record?.select) selects.push(record.select);
    if (record?.from) froms.push(record.from);
  }
  return { select: sql`SELECT ${sql.join(selects)}`, from: sql.join(froms, " ") };
}
