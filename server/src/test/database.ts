import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../db/data-source";
import { Db } from "../db/db";

export const TEMPLATE_DATABASE = "flexi_template";

/** Handed from the global set-up to the test files through FLEXI_TEST_PG. */
export interface TestDatabaseServer {
  /** postgres://user:password@host:port (no database). */
  baseUrl: string;
  dataDir: string;
}

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  db: Db;
  drop(): Promise<void>;
}

function server(): TestDatabaseServer {
  const raw = process.env.FLEXI_TEST_PG;
  if (!raw) throw new Error("FLEXI_TEST_PG is not set: run the tests through jest (server/jest.config.js)");
  return JSON.parse(raw) as TestDatabaseServer;
}

/** Runs SQL on the server's maintenance database. */
async function admin(statement: string): Promise<void> {
  const client = new Client({ connectionString: `${server().baseUrl}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database cloned from the template (fast: no migrations per file). */
export async function createTestDatabase(
  template = TEMPLATE_DATABASE,
  options: { statementTimeoutMs?: number } = {},
): Promise<TestDatabase> {
  const name = `flexi_test_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = `${server().baseUrl}/${name}`;
  const dataSource = createDataSource({ url, poolSize: 10, statementTimeoutMs: options.statementTimeoutMs });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    db: new Db(dataSource),
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A database with nothing in it, not even migrations (for the migration tests). */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `flexi_empty_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: `${server().baseUrl}/${name}`, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
