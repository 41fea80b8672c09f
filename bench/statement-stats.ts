/**
 * Per-statement time inside PostgreSQL during a load window, from pg_stat_statements (shipped
 * with the embedded PostgreSQL): for `npm run bench:profile` only. Loading the module needs a
 * restart of the bench's PostgreSQL (ALTER SYSTEM in its own cluster); `disable` undoes it.
 */
import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/src/db/embedded-postgres";
import { benchDataDir, DATABASE } from "./common";

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: "bench-statement-stats" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function restart(pg: EmbeddedPostgres): Promise<EmbeddedPostgres> {
  const port = pg.port;
  await pg.stop();
  return startEmbeddedPostgres({ dataDir: benchDataDir(), port });
}

/** Loads pg_stat_statements (restarting PostgreSQL when needed); returns the handle to use from now on. */
export async function enableStatementStats(pg: EmbeddedPostgres): Promise<EmbeddedPostgres> {
  const url = pg.connectionString(DATABASE);
  const loaded = await withClient(
    url,
    async (c) =>
      (await c.query<{ shared_preload_libraries: string }>("SHOW shared_preload_libraries")).rows[0]!
        .shared_preload_libraries,
  );
  let handle = pg;
  if (!loaded.includes("pg_stat_statements")) {
    await withClient(url, (c) => c.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"));
    handle = await restart(pg);
  }
  await withClient(handle.connectionString(DATABASE), async (c) => {
    await c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await c.query("ALTER SYSTEM SET pg_stat_statements.track_planning = on");
    await c.query("SELECT pg_reload_conf()");
  });
  return handle;
}

/** Unloads pg_stat_statements again (a restart); returns the handle to use from now on. */
export async function disableStatementStats(pg: EmbeddedPostgres): Promise<EmbeddedPostgres> {
  await withClient(pg.connectionString(DATABASE), async (c) => {
    await c.query("ALTER SYSTEM RESET shared_preload_libraries");
    await c.query("ALTER SYSTEM RESET pg_stat_statements.track_planning");
  });
  return restart(pg);
}

export function resetStatementStats(url: string): Promise<unknown> {
  return withClient(url, (c) => c.query("SELECT pg_stat_statements_reset()"));
}

/**
 * The statements of the window by total time (planning + execution), per request of the window,
 * or in total when `over` names the window instead (then `requests` is 1).
 */
export async function topStatements(url: string, requests: number, limit = 8, over?: string): Promise<string[]> {
  const rows = await withClient(
    url,
    async (c) =>
      (
        await c.query<{ query: string; calls: string; exec: number; plan: number }>(`
    SELECT s.query, s.calls, s.total_exec_time AS exec, s.total_plan_time AS plan
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'
    ORDER BY s.total_exec_time + s.total_plan_time DESC LIMIT ${limit}`)
      ).rows,
  );
  const per = over ? "" : "/req";
  const lines = [
    over
      ? `PostgreSQL time by statement over ${over} (pg_stat_statements):`
      : `PostgreSQL time per request by statement (pg_stat_statements, ${requests} requests):`,
  ];
  for (const r of rows) {
    const calls = Number(r.calls);
    const text = r.query.replace(/\s+/g, " ").trim();
    lines.push(
      `  ${(calls / requests).toFixed(over ? 0 : 2).padStart(5)} calls${per}  plan ${(r.plan / calls).toFixed(3)} + exec ${(r.exec / calls).toFixed(3)} ms/call  = ${((r.plan + r.exec) / requests).toFixed(over ? 1 : 3)} ms${per}  ${text.slice(0, 110)}${text.length > 110 ? "..." : ""}`,
    );
  }
  return lines;
}
