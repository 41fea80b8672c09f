import { DataSource, type EntityManager } from "typeorm";
import { types, type Pool } from "pg";
import type { Sql } from "./sql";
import { countStatement } from "./statement-counter";
import { parseTimestamptz } from "./timestamps";
import { logger } from "../ops/logger";

// Calendar dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the process time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
types.setTypeParser(types.builtins.TIMESTAMPTZ, parseTimestamptz);

/** Runs SQL built with `sql` on the data source or inside a transaction. */
export class Db {
  constructor(private readonly runner: DataSource | EntityManager) {}

  async query<Row>(statement: Sql): Promise<Row[]> {
    const { text, values } = statement.compile();
    // Outside a transaction, straight to the driver's pool: TypeORM's query runner adds nothing
    // here but a measurable cost on every read (bench (a), (b)).
    const pool = this.pool();
    if (pool) return runOnPool<Row>(pool, text, values);
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

  /** The pg pool behind an initialized data source; undefined inside a transaction. */
  private pool(): Pool | undefined {
    if (!(this.runner instanceof DataSource) || !this.runner.isInitialized) return undefined;
    return (this.runner.driver as unknown as { master?: Pool }).master;
  }
}

async function runOnPool<Row>(pool: Pool, text: string, values: unknown[]): Promise<Row[]> {
  countStatement();
  try {
    return (await pool.query(text, values)).rows as Row[];
  } catch (error) {
    // The same report as the data source's logger gives for statements that go through TypeORM.
    if (process.env.FLEXI_LOG_SQL_ERRORS) logger.error({ err: error, query: text }, "SQL error");
    throw error;
  }
}
