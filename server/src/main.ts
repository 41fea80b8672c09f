/**
 * `npm start`: the whole product in one process. Without DATABASE_URL it runs a real PostgreSQL
 * from npm in the data directory (design §2), applies migrations, loads demo data into an empty
 * database, and serves the API on PORT (default 4000).
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readConfig } from "./config";
import { createDataSource, migrate } from "./db/data-source";
import { Db } from "./db/db";
import { defaultDataDir, ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres";
import { DEMO_USERS, isDatabaseEmpty, loadDemoData } from "./demo/demo-data";
import { buildFlexiSchema } from "./graphql/schema";
import { startServer } from "./server";
import { Services } from "./services";

const DATABASE_NAME = "flexi";

/** The embedded PostgreSQL, when this process runs one: it outlives the process unless stopped. */
let embedded: EmbeddedPostgres | undefined;

async function main(): Promise<void> {
  const config = readConfig();
  let databaseUrl = config.databaseUrl;
  const dataDir = config.dataDir ?? defaultDataDir();
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL in ${dataDir} ...`);
    embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPgPort });
    await ensureDatabase(embedded, DATABASE_NAME);
    databaseUrl = embedded.connectionString(DATABASE_NAME);
    console.log(`PostgreSQL ${embedded.reused ? "reused" : "started"} on port ${embedded.port}`);
  }

  const dataSource = createDataSource({ url: databaseUrl, poolSize: config.poolSize });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ...`);
    await server?.stop().catch((e: unknown) => console.error(e));
    if (dataSource.isInitialized) await dataSource.destroy().catch((e: unknown) => console.error(e));
    await embedded?.stop().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
  const db = new Db(dataSource);
  if (config.demoData && (await isDatabaseEmpty(db))) {
    const counts = await loadDemoData(db);
    console.log(`Demo data loaded: ${JSON.stringify(counts)}`);
  }

  const secret = config.jwtSecret ?? (embedded ? await secretInDataDir(dataDir) : undefined);
  if (!secret) throw new Error("JWT_SECRET is required when DATABASE_URL is set (every process must share it)");
  const services = new Services(dataSource, { secret, ttlSeconds: config.tokenTtlSeconds });
  server = await startServer({ schema: await buildFlexiSchema(), services, port: config.port, host: config.host });

  if (config.demoData) console.log(`\nDemo sign-ins (mutation signIn(login, password)):\n${signInTable()}`);
  console.log(`\nFlexi at work API: ${server.url} (HTTP and WebSocket)`);
}

function signInTable(): string {
  const rows = [["role", "employer", "login", "password"], ...DEMO_USERS.map((u) => [u.role, u.employer, u.login, u.password])];
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
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
