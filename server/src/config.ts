import { DEFAULT_VIEWER_CACHE_MS } from "./auth/viewer-cache";
import { parseLogLevel, type LogLevel } from "./ops/logger";
import { readSecuritySettings, type SecuritySettings } from "./security/settings";

/** Every setting of the server, from the environment (listed in the README). */
export interface Config {
  /** HTTP and WebSocket port (PORT, default 4000). */
  port: number;
  /** Interface to listen on (HOST, default all). */
  host: string | undefined;
  /** PostgreSQL to use (DATABASE_URL); unset: the embedded PostgreSQL in the data directory. */
  databaseUrl: string | undefined;
  /** Data directory of the embedded default (FLEXI_DATA_DIR). */
  dataDir: string | undefined;
  /** Port of the embedded PostgreSQL (FLEXI_PG_PORT); unset: a free port. */
  embeddedPgPort: number | undefined;
  /** HS256 secret of the API's tokens (JWT_SECRET); with the embedded default it is generated and kept in the data directory. */
  jwtSecret: string | undefined;
  /** Token lifetime in seconds (TOKEN_TTL_SECONDS, default 8 hours). */
  tokenTtlSeconds: number;
  /** Load the demo data into an empty database (FLEXI_DEMO_DATA, default true). */
  demoData: boolean;
  /** Database connections of this process (DATABASE_POOL_SIZE, default 20). */
  poolSize: number;
  /** Every SQL statement is stopped after this long, in ms (STATEMENT_TIMEOUT_MS, default 10000; 0: no limit); not migrations. */
  statementTimeoutMs: number;
  /** Run the controls worker inside the API process (CONTROLS_WORKER, default true; `npm run worker` runs it alone). */
  controlsWorker: boolean;
  /** Controls jobs run at once by one worker process (CONTROLS_CONCURRENCY, default 2). */
  controlsConcurrency: number;
  /** How often the controls sweeper looks for lost work, in ms (CONTROLS_SWEEP_INTERVAL_MS, default 10000). */
  controlsSweepIntervalMs: number;
  /** A pending version without a result this long after queuing is queued again, in ms (CONTROLS_STALE_AFTER_MS, default 60000). */
  controlsStaleAfterMs: number;
  /** Query limits, body limit, sign-in limits, headers, OIDC (security/settings.ts documents each variable). */
  security: SecuritySettings;
  /** Least severe level logged (LOG_LEVEL: fatal, error, warn, info, debug, trace, silent; default info). */
  logLevel: LogLevel;
  /** How long a session's user and rights are kept between requests, in ms (VIEWER_CACHE_MS, default 10000; 0 reads them on every request). */
  viewerCacheMs: number;
  /** On SIGTERM/SIGINT, the process exits with 1 if stopping takes longer, in ms (SHUTDOWN_TIMEOUT_MS, default 10000). */
  shutdownTimeoutMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env.PORT, 4000, "PORT"),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.FLEXI_DATA_DIR || undefined,
    embeddedPgPort: env.FLEXI_PG_PORT ? integer(env.FLEXI_PG_PORT, 0, "FLEXI_PG_PORT") : undefined,
    jwtSecret: env.JWT_SECRET || undefined,
    tokenTtlSeconds: integer(env.TOKEN_TTL_SECONDS, 8 * 3600, "TOKEN_TTL_SECONDS"),
    demoData: (env.FLEXI_DEMO_DATA ?? "true") !== "false",
    poolSize: integer(env.DATABASE_POOL_SIZE, 20, "DATABASE_POOL_SIZE"),
    statementTimeoutMs: integer(env.STATEMENT_TIMEOUT_MS, 10_000, "STATEMENT_TIMEOUT_MS"),
    controlsWorker: (env.CONTROLS_WORKER ?? "true") !== "false",
    controlsConcurrency: integer(env.CONTROLS_CONCURRENCY, 2, "CONTROLS_CONCURRENCY"),
    controlsSweepIntervalMs: integer(env.CONTROLS_SWEEP_INTERVAL_MS, 10_000, "CONTROLS_SWEEP_INTERVAL_MS"),
    controlsStaleAfterMs: integer(env.CONTROLS_STALE_AFTER_MS, 60_000, "CONTROLS_STALE_AFTER_MS"),
    security: readSecuritySettings(env),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    viewerCacheMs: integer(env.VIEWER_CACHE_MS, DEFAULT_VIEWER_CACHE_MS, "VIEWER_CACHE_MS"),
    shutdownTimeoutMs: integer(env.SHUTDOWN_TIMEOUT_MS, 10_000, "SHUTDOWN_TIMEOUT_MS"),
  };
}

function integer(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}
