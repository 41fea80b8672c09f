/**
 * The closed set of error codes of the API. Services raise them as AppError; the GraphQL layer
 * turns an AppError into what a client sees (graphql/format-error.ts), and anything else into
 * INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INVALID_STATE",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one field of an input is refused; `path` is relative to the input. */
export interface FieldError {
  path: (string | number)[];
  code: FieldErrorCode;
  message: string;
}

/** Codes of field errors, so that clients can translate them. */
export type FieldErrorCode =
  | "REQUIRED"
  | "ONE_OF"
  | "INVALID_FORMAT"
  | "INVALID_CHECK_DIGIT"
  | "INVALID_DATE"
  | "OUT_OF_RANGE"
  | "TOO_LONG"
  | "TOO_SHORT"
  | "TOO_PRECISE"
  | "NOT_FOUND"
  | "RANGE_ORDER"
  | "DUPLICATE"
  | "NOT_ALLOWED"
  | "WRONG_PASSWORD";

/** The codes a service may raise: every code but INTERNAL_SERVER_ERROR, which is what any other failure becomes. */
export type AppErrorCode = Exclude<ErrorCode, "INTERNAL_SERVER_ERROR">;

/**
 * Why one item of a set-based mutation is refused (acceptDeclarations, refuseDeclarations): such
 * a mutation is all or nothing, and its error lists every item refused, by its position in the
 * input list, so that a client can name each one.
 */
export interface ItemError {
  index: number;
  id: string;
  code: Extract<ErrorCode, "NOT_FOUND" | "CONFLICT" | "INVALID_STATE">;
  message: string;
}

/** What an error carries beside its message: the refused fields or items, or when to try again. */
export interface AppErrorExtra {
  fieldErrors?: FieldError[];
  itemErrors?: ItemError[];
  retryAfterSeconds?: number;
}

/** An error the API reports to its caller as is. Anything else becomes INTERNAL_SERVER_ERROR. */
export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extra: Readonly<AppErrorExtra> = {},
  ) {
    super(message);
  }
}

/** The refused fields of a BAD_USER_INPUT error; undefined for any other error. */
export function fieldErrorsOf(error: unknown): FieldError[] | undefined {
  return error instanceof AppError ? error.extra.fieldErrors : undefined;
}

export const unauthenticated = (message = "Sign in first.") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "You do not have the right to do this.") => new AppError("FORBIDDEN", message);
/** A record that does not exist or that the caller may not see: the same answer, so ids leak nothing. */
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found.`);
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const invalidState = (message: string) => new AppError("INVALID_STATE", message);
/** Too many attempts (sign-in, docs/operations.md#limits): try again after `retryAfterSeconds`. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", message, { retryAfterSeconds });
/**
 * The database cannot be reached right now (docs/operations.md#when-the-database-goes-away): nothing
 * was wrong with the request; the same request may succeed after `retryAfterSeconds`.
 */
export const serviceUnavailable = (retryAfterSeconds = 2) =>
  new AppError("SERVICE_UNAVAILABLE", "The database cannot be reached at the moment; try again in a few seconds.", {
    retryAfterSeconds,
  });

/**
 * A set-based mutation refused as a whole: the code of the first item refused, and every item
 * refused in `itemErrors`.
 */
export function itemsRefused(itemErrors: ItemError[], total: number): AppError {
  const first = itemErrors[0];
  if (!first) throw new Error("itemsRefused needs at least one refused item");
  return new AppError(
    first.code,
    `Nothing was changed: ${itemErrors.length} of ${total} items cannot be carried out (item ${first.index}: ${first.message})`,
    { itemErrors },
  );
}

export function badUserInput(fieldErrors: FieldError[], message?: string): AppError {
  return new AppError("BAD_USER_INPUT", message ?? summarize(fieldErrors), { fieldErrors });
}

function summarize(fieldErrors: FieldError[]): string {
  const first = fieldErrors[0];
  if (!first) return "The input is not valid.";
  const where = first.path.length ? `${first.path.join(".")}: ` : "";
  const more = fieldErrors.length > 1 ? ` (and ${fieldErrors.length - 1} more)` : "";
  return `The input is not valid. ${where}${first.message}${more}`;
}

/**
 * Collects every failing rule of one input so that they are reported at once (docs/domain-rules.md#input-rules).
 * `check()` throws BAD_USER_INPUT when anything was collected.
 */
export class FieldErrors {
  readonly errors: FieldError[] = [];

  add(path: (string | number)[], code: FieldErrorCode, message: string): this {
    this.errors.push({ path, code, message });
    return this;
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  check(): void {
    if (!this.isEmpty) throw badUserInput(this.errors);
  }
}
