/**
 * `npm start`: the whole product in one process. Without DATABASE_URL it runs a real PostgreSQL
 * from npm in the data directory (docs/operations.md#the-embedded-postgresql), applies migrations, loads demo data into an empty
 * database, serves the API on PORT (default 4000) and runs the controls worker (CONTROLS_WORKER).
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readConfig } from "./config";
import { startControlsWorker, type ControlsWorker } from "./controls/controls-worker";
import { Db } from "./db/db";
import { DEMO_USERS, isDatabaseEmpty, loadDemoData } from "./demo/demo-data";
import { buildFlexiSchema } from "./graphql/schema";
import { startServer, type RunningServer } from "./server";
import { Services } from "./services";
import { openDatabase, stopOnSignals, type OpenDatabase } from "./startup";

let database: OpenDatabase | undefined;

async function main(): Promise<void> {
  const config = readConfig();
  let server: RunningServer | undefined;
  let controls: ControlsWorker | undefined;
  let services: Services | undefined;
  stopOnSignals(
    () => [
      async () => server?.stop(),
      async () => controls?.stop(),
      async () => services?.close(),
      async () => database?.dataSource.isInitialized && database.dataSource.destroy(),
      async () => database?.embedded?.stop(),
    ],
    { timeoutMs: config.shutdownTimeoutMs },
  );

  database = await openDatabase(config, "flexi-api");
  const db = new Db(database.dataSource);
  if (config.demoData && (await isDatabaseEmpty(db))) {
    const counts = await loadDemoData(db);
    console.log(`Demo data loaded: ${JSON.stringify(counts)}`);
  }

  const secret = config.jwtSecret ?? (database.embedded ? await secretInDataDir(database.dataDir) : undefined);
  if (!secret) throw new Error("JWT_SECRET is required when DATABASE_URL is set (every process must share it)");
  services = new Services(
    database.dataSource,
    { secret, ttlSeconds: config.tokenTtlSeconds },
    { signInLimits: config.security.signIn, oidc: config.security.oidc, viewerCacheMs: config.viewerCacheMs },
  );
  const consoleDir = path.join(__dirname, "..", "..", "console", "dist");
  const hasConsole = existsSync(path.join(consoleDir, "index.html"));
  server = await startServer({
    schema: await buildFlexiSchema(),
    services,
    port: config.port,
    host: config.host,
    consoleDir: hasConsole ? consoleDir : undefined,
    security: config.security.http,
    // In-flight requests get half the shutdown time; the rest is for the controls worker and the database.
    stopGracePeriodMs: Math.floor(config.shutdownTimeoutMs / 2),
  });
  if (config.controlsWorker) {
    controls = await startControlsWorker({
      connectionString: database.databaseUrl,
      db,
      concurrency: config.controlsConcurrency,
      sweepIntervalMs: config.controlsSweepIntervalMs,
      staleAfterMs: config.controlsStaleAfterMs,
    });
    console.log(`Controls worker running (pool ${controls.poolId})`);
  }

  if (config.demoData) console.log(`\nDemo sign-ins (mutation signIn(login, password)):\n${signInTable()}`);
  if (hasConsole) console.log(`\nFlexi at work console: ${server.url.replace(/graphql$/, "")}`);
  else console.log("\nThe console is not built (npm run build): only the API runs.");
  console.log(`Flexi at work API: ${server.url} (HTTP and WebSocket)`);
}

function signInTable(): string {
  const rows = [
    ["role", "employer", "login", "password"],
    ...DEMO_USERS.map((u) => [u.role, u.employer, u.login, u.password]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => "  " + r.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")).join("\n");
}

/** The token secret of the embedded default: generated once, kept beside the data. */
async function secretInDataDir(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "jwt-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("hex");
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

main().catch(async (error: unknown) => {
  console.error("Flexi at work could not start:", error instanceof Error ? error.message : error);
  await database?.embedded?.stop().catch(() => undefined);
  process.exit(1);
});
