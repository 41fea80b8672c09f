/**
 * /readyz (docs/operations.md#health-readiness-and-metrics): ready when the database answers and every migration is applied; 503
 * with the reason otherwise. /healthz answers as long as the process is up.
 */
import { Db } from "../db/db";
import { createDataSource } from "../db/data-source";
import { MIGRATIONS } from "../db/migrations";
import { sql } from "../db/sql";
import { startTestApi, type TestApi } from "../test/api";
import { createEmptyDatabase } from "../test/database";
import { checkReadiness } from "./readiness";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ controls: false });
});
afterAll(() => api.close());

const base = () => api.server.url.replace(/\/graphql$/, "");

async function get(path: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(base() + path);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const lastMigration = () => {
  const last = MIGRATIONS[MIGRATIONS.length - 1] as new () => { name: string };
  return new last().name;
};

it("is ready on a migrated database, and not ready (503, with the reason) once a migration is missing", async () => {
  expect(await get("/readyz")).toMatchObject({ status: 200, body: { status: "ready" } });

  const name = lastMigration();
  const [row] = await api.database.db.query<{ id: number; timestamp: string; name: string }>(sql`
    DELETE FROM typeorm_migration WHERE name = ${name} RETURNING id, timestamp, name`);
  expect(row).toBeDefined();
  try {
    const notReady = await get("/readyz");
    expect(notReady).toMatchObject({
      status: 503,
      body: { status: "not ready", reason: `migrations pending: ${name}` },
    });
    expect(notReady.headers.get("cache-control")).toBe("no-store");
    // The process itself is still up.
    expect(await get("/healthz")).toMatchObject({ status: 200, body: { status: "ok" } });
  } finally {
    await api.database.db.query(
      sql`INSERT INTO typeorm_migration (id, timestamp, name) VALUES (${row!.id}, ${row!.timestamp}, ${name})`,
    );
  }
  expect(await get("/readyz")).toMatchObject({ status: 200, body: { status: "ready" } });
});

it("an empty database has every migration pending", async () => {
  const empty = await createEmptyDatabase();
  const dataSource = createDataSource({ url: empty.url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const readiness = await checkReadiness(new Db(dataSource));
    expect(readiness).toEqual({ ready: false, reason: expect.stringMatching(/^migrations pending: Initial\d+, /) });
  } finally {
    await dataSource.destroy();
    await empty.drop();
  }
});

it("a database that fails or does not answer in time is not ready, without its error in the reason", async () => {
  const failing = {
    one: () => Promise.reject(new Error("password authentication failed for user flexi")),
    query: () => Promise.reject(new Error("x")),
  } as unknown as Db;
  expect(await checkReadiness(failing)).toEqual({ ready: false, reason: "the database does not answer" });
  const hanging = {
    one: () => new Promise(() => undefined),
    query: () => new Promise(() => undefined),
  } as unknown as Db;
  expect(await checkReadiness(hanging, 50)).toEqual({
    ready: false,
    reason: "the database did not answer within 50 ms",
  });
});
