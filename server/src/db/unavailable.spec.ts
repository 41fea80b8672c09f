/**
 * Which errors say "the database cannot be reached" (db/unavailable.ts), taken from a real
 * PostgreSQL and a real closed port, and the HTTP answer they get (graphql/format-error.ts).
 */
import * as net from "node:net";
import { Client } from "pg";
import { QueryFailedError } from "typeorm";
import { httpHeadOfErrors } from "../graphql/format-error";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { isDatabaseUnavailable } from "./unavailable";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("no error");
}

it("a refused connection, a connection ended by the server (57P01) and its next use are 'unavailable'", async () => {
  const url = new URL(database.url);
  url.port = String(await closedPort());
  const refused = await errorOf(async () => {
    const client = new Client({ connectionString: url.toString() });
    client.on("error", () => undefined);
    await client.connect();
  });
  expect((refused as { code?: string }).code).toBe("ECONNREFUSED");
  expect(isDatabaseUnavailable(refused)).toBe(true);

  const victim = new Client({ connectionString: database.url });
  const lost = new Promise<unknown>((resolve) => victim.on("error", resolve));
  await victim.connect();
  const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  await database.dataSource.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
  const terminated = await lost;
  expect((terminated as { code?: string }).code).toBe("57P01");
  expect(isDatabaseUnavailable(terminated)).toBe(true);
  const next = await errorOf(() => victim.query("SELECT 1"));
  expect(isDatabaseUnavailable(next)).toBe(true);
  // As TypeORM wraps a driver's error.
  expect(isDatabaseUnavailable(new QueryFailedError("SELECT 1", [], terminated as Error))).toBe(true);
});

it("a transaction whose connection the server ended: TypeORM's next statement in it is 'unavailable'", async () => {
  // TypeORM gives the connection up on its error event; the transaction's next statement then
  // fails with TypeORM's own error, without a code (seen when PostgreSQL was killed during a bulk submission).
  let next: unknown;
  await errorOf(() =>
    database.dataSource.transaction(async (manager) => {
      const [{ pid }] = (await manager.query("SELECT pg_backend_pid() AS pid")) as { pid: number }[];
      await database.dataSource.query("SELECT pg_terminate_backend($1)", [pid]);
      await expect(manager.query("SELECT 1")).rejects.toBeDefined();
      while (!manager.queryRunner?.isReleased) await new Promise((resolve) => setTimeout(resolve, 5));
      next = await errorOf(() => manager.query("SELECT 1"));
    }),
  );
  expect((next as Error).name).toBe("QueryRunnerProviderAlreadyReleasedError");
  expect(isDatabaseUnavailable(next)).toBe(true);
});

it("a failing statement is not 'unavailable'", async () => {
  const syntax = await errorOf(() => database.dataSource.query("SELEC 1"));
  expect(isDatabaseUnavailable(syntax)).toBe(false);
  const division = await errorOf(() => database.dataSource.query("SELECT 1/0"));
  expect(isDatabaseUnavailable(division)).toBe(false);
  expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
});

it("an answer with SERVICE_UNAVAILABLE is HTTP 503 with Retry-After; others keep their status", () => {
  expect(
    httpHeadOfErrors([{ message: "x", extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 3 } }]),
  ).toEqual({ status: 503, headers: { "retry-after": "3" } });
  expect(httpHeadOfErrors([{ message: "x", extensions: { code: "NOT_FOUND" } }])).toBeUndefined();
  expect(httpHeadOfErrors(undefined)).toBeUndefined();
});
