import { DataSource, type EntityManager } from "typeorm";
import { types, type Pool } from "pg";
import type { Sql } from "./sql";
import { countStatement } from "./statement-counter";
import { rowObjects } from "./row-objects";
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
    const name = PREPARED.nameOf(text);
    // Read as arrays and made objects of one shape per statement (row-objects.ts).
    const result = await pool.query<unknown[]>(
      name ? { name, text, values, rowMode: "array" } : { text, values, rowMode: "array" },
    );
    return rowObjects<Row>(result.fields, result.rows);
  } catch (error) {
    // The same report as the data source's logger gives for statements that go through TypeORM.
    if (process.env.FLEXI_LOG_SQL_ERRORS) logger.error({ err: error, query: text }, "SQL error");
    throw error;
  }
}

/**
 * Names for statements worth preparing. A named statement is parsed and planned once per
 * connection, then only bound and executed: the plan was a third of PostgreSQL's time for a list
 * query (bench (a)). Texts come from the code, but filters can combine into very many; so a text
 * is named only once it has run a few times, and only so many are named per process (each costs
 * memory on every connection); the rest run unnamed, as before.
 */
export class PreparedStatementNames {
  private readonly named = new Map<string, string>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxNamed = 200,
    private readonly runsBeforeNaming = 3,
    private readonly maxCandidates = 2000,
  ) {}

  nameOf(text: string): string | undefined {
    const name = this.named.get(text);
    if (name !== undefined || this.named.size >= this.maxNamed) return name;
    const runs = (this.seen.get(text) ?? 0) + 1;
    if (runs < this.runsBeforeNaming) {
      if (!this.seen.has(text) && this.seen.size >= this.maxCandidates) this.seen.clear();
      this.seen.set(text, runs);
      return undefined;
    }
    this.seen.delete(text);
    const fresh = `flexi_${this.named.size + 1}`;
    this.named.set(text, fresh);
    return fresh;
  }
}

const PREPARED = new PreparedStatementNames();
