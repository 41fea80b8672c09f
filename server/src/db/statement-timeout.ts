import { badUserInput, type AppError } from "../errors";

/** PostgreSQL's code for a statement it cancelled, here always by `statement_timeout` (STATEMENT_TIMEOUT_MS). */
export const QUERY_CANCELED = "57014";

/**
 * What a caller sees of a statement stopped by the statement timeout: BAD_USER_INPUT with an
 * OUT_OF_RANGE field error on the whole request, as for the other limits of a request
 * (docs/operations.md#limits) — the request asked for more than one statement may do, and asking
 * for less is what helps. Undefined when the error is anything else. The error may come wrapped:
 * by graphql-js or Apollo (`originalError`), by TypeORM (`driverError`) or as a `cause`.
 */
export function statementTimeoutError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let hops = 0; hops < 5 && current !== null && typeof current === "object"; hops++) {
    const candidate = current as { code?: unknown; originalError?: unknown; driverError?: unknown; cause?: unknown };
    if (candidate.code === QUERY_CANCELED) {
      const message =
        "The request took too long in the database and was stopped. Ask for fewer rows, fewer nested lists or a narrower filter.";
      return badUserInput([{ path: [], code: "OUT_OF_RANGE", message }], message);
    }
    current = candidate.originalError ?? candidate.driverError ?? candidate.cause;
  }
  return undefined;
}
