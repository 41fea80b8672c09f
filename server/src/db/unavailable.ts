import { serviceUnavailable, type AppError } from "../errors";

/**
 * SQLSTATEs of a server that is not there for us right now: class 08 (connection exceptions),
 * an administrator's or a crash's shutdown (57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now: starting up, in recovery), and no free connection slot (53300).
 */
const UNAVAILABLE_SQLSTATES = new Set([
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/** Socket errors of a server that is down, restarting or out of reach. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** What node-postgres says, without a code, of a connection that broke or could not be made. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /is not queryable/i,
  /^Client was closed/i,
  /the database system is (starting up|shutting down|in recovery|not yet accepting connections)/i,
  // TypeORM gives up a transaction's connection when that connection breaks; its next statements,
  // and the rollback, say so in these words.
  /^Query runner already released/i,
  /^Database connection provided by a query runner was already released/i,
];

/**
 * Whether an error says that the database could not be reached (down, restarting, a connection
 * cut or refused), as opposed to a statement that failed. The error may come wrapped: by
 * graphql-js or Apollo (`originalError`), by TypeORM (`driverError`), as a `cause`, or inside an
 * AggregateError (a connection tried on several addresses).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || typeof error !== "object") return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    originalError?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof candidate.code === "string") {
    if (UNAVAILABLE_SQLSTATES.has(candidate.code) || UNAVAILABLE_SOCKET_CODES.has(candidate.code)) return true;
  }
  if (
    typeof candidate.message === "string" &&
    UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(candidate.message as string))
  )
    return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  return [candidate.originalError, candidate.driverError, candidate.cause].some(
    (inner) => inner !== undefined && inner !== error && isDatabaseUnavailable(inner, depth + 1),
  );
}

/** SERVICE_UNAVAILABLE for an error that says the database could not be reached; undefined for anything else. */
export function databaseUnavailableError(error: unknown): AppError | undefined {
  return isDatabaseUnavailable(error) ? serviceUnavailable() : undefined;
}
