import type { DataSource, EntityManager } from "typeorm";
import { types } from "pg";
import type { Sql } from "./sql";

// Calendar dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the process time zone.
types.setTypeParser(1082, (value: string) => value);

/** Runs SQL built with `sql` on the data source or inside a transaction. */
export class Db {
  constructor(private readonly runner: DataSource | EntityManager) {}

  async query<Row>(statement: Sql): Promise<Row[]> {
    const { text, values } = statement.compile();
    const result: unknown = await this.runner.query(text, values);
    // TypeORM answers UPDATE and DELETE with [rows, rowCount]; rows are objects, never arrays.
    if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number") {
      return result[0] as Row[];
    }
    return result as Row[];
  }

  async one<Row>(statement: Sql): Promise<Row | undefined> {
    return (await this.query<Row>(statement))[0];
  }

  /** One transaction; the callback's Db and EntityManager run inside it. */
  async transaction<T>(work: (db: Db, manager: EntityManager) => Promise<T>): Promise<T> {
    const manager = "manager" in this.runner ? this.runner.manager : this.runner;
    return manager.transaction((tx) => work(new Db(tx), tx));
  }
}
