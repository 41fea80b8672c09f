import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import {
  AppError,
  ERROR_CODES,
  serviceUnavailable,
  type AppErrorCode,
  type ErrorCode,
  type FieldError,
} from "../errors";
import { statementTimeoutError } from "../db/statement-timeout";
import { databaseUnavailableError, isDatabaseUnavailable } from "../db/unavailable";
import { logger as processLogger } from "../ops/logger";
import { recordGraphQLError, scopeOfError, type RequestScope } from "../ops/request-log";

/** graphql-js and Apollo codes for a request that cannot run as sent: the caller's input. */
const INPUT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Maps every error to the closed set of codes (docs/architecture.md#tenancy-access-and-errors). Known codes pass with their message;
 * anything else is INTERNAL_SERVER_ERROR with a plain message, and is logged here, never sent:
 * no stack trace, SQL or internal message reaches the client. Every error sent is counted by
 * its code (metrics) and listed in its request's log line: `scope`, which Apollo's errors
 * carry themselves (ops/request-log.ts scopeOfError), and the answers given before Apollo pass.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  scope: RequestScope | undefined = scopeOfError(error),
): GraphQLFormattedError {
  const sent = toClosedSet(formatted, error, scope);
  recordGraphQLError(String(sent.extensions?.code), sent.message, sent.path, scope);
  return sent;
}

/**
 * What a client sees of each code a service may raise, beside the code and the message. A
 * `Record` of every code: a new code does not compile until it is given its extensions here.
 */
const EXTENSIONS: Record<AppErrorCode, (error: AppError) => Record<string, unknown>> = {
  UNAUTHENTICATED: () => ({}),
  FORBIDDEN: () => ({}),
  NOT_FOUND: (error) => itemErrors(error),
  CONFLICT: (error) => itemErrors(error),
  INVALID_STATE: (error) => itemErrors(error),
  BAD_USER_INPUT: (error) => ({ fieldErrors: error.extra.fieldErrors ?? inferFieldErrors(error.message) }),
  RATE_LIMITED: (error) =>
    typeof error.extra.retryAfterSeconds === "number" ? { retryAfterSeconds: error.extra.retryAfterSeconds } : {},
  SERVICE_UNAVAILABLE: (error) => ({ retryAfterSeconds: error.extra.retryAfterSeconds ?? 2 }),
};

/** The refused items of a set-based mutation (errors.ts `itemsRefused`), when there are any. */
function itemErrors(error: AppError): Record<string, unknown> {
  return error.extra.itemErrors ? { itemErrors: error.extra.itemErrors } : {};
}

/** The extensions a client sees of a service's error. */
export function appErrorExtensions(error: AppError): Record<string, unknown> {
  return { code: error.code, ...EXTENSIONS[error.code](error) };
}

/**
 * A service's error as a GraphQL error, for the places that must hand one over before
 * execution (Apollo's plugins, graphql-ws's onSubscribe). `http`: the status of an answer
 * refused before execution. Anything that is not an AppError is left to formatError, which
 * makes it INTERNAL_SERVER_ERROR.
 */
export function toGraphQLError(error: unknown, http?: { status: number }): GraphQLError {
  if (error instanceof GraphQLError) {
    if (http) error.extensions.http = http;
    return error;
  }
  if (error instanceof AppError)
    return new GraphQLError(error.message, {
      originalError: error,
      extensions: { ...appErrorExtensions(error), ...(http ? { http } : {}) },
    });
  return new GraphQLError(error instanceof Error ? error.message : String(error), {
    originalError: error instanceof Error ? error : undefined,
  });
}

/** The AppError behind an error of graphql-js, graphql-jit or Apollo, if any. */
function appErrorOf(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof GraphQLError) return appErrorOf(error.originalError);
  return undefined;
}

function toClosedSet(
  formatted: GraphQLFormattedError,
  error: unknown,
  scope: RequestScope | undefined,
): GraphQLFormattedError {
  // A statement stopped by STATEMENT_TIMEOUT_MS: the request's size, not a server failure; PostgreSQL's words are not sent.
  const timeout = statementTimeoutError(error);
  if (timeout) return { message: timeout.message, path: formatted.path, extensions: appErrorExtensions(timeout) };
  // The database is away (down, restarting, a connection cut): the caller may try again, nothing was wrong with the request.
  const unavailable = databaseUnavailableError(error);
  if (unavailable) {
    (scope?.logger ?? processLogger).warn({ err: error }, "the database cannot be reached");
    return { message: unavailable.message, path: formatted.path, extensions: appErrorExtensions(unavailable) };
  }
  const appError = appErrorOf(error);
  if (appError) {
    const { message, locations, path } = formatted;
    return { message, locations, path, extensions: appErrorExtensions(appError) };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== "INTERNAL_SERVER_ERROR") {
    const extensions: Record<string, unknown> = { code };
    if (code === "BAD_USER_INPUT")
      extensions.fieldErrors = formatted.extensions?.fieldErrors ?? inferFieldErrors(formatted.message);
    if (
      (code === "RATE_LIMITED" || code === "SERVICE_UNAVAILABLE") &&
      typeof formatted.extensions?.retryAfterSeconds === "number"
    )
      extensions.retryAfterSeconds = formatted.extensions.retryAfterSeconds;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if ((code && INPUT_CODES.has(code)) || isRequestRefusedByApollo(error)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: "BAD_USER_INPUT" satisfies ErrorCode, fieldErrors: inferFieldErrors(formatted.message) },
    };
  }
  (scope?.logger ?? processLogger).error({ err: error }, "internal error");
  return {
    message: "Internal server error.",
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" satisfies ErrorCode },
  };
}

/**
 * Apollo refuses some requests as sent with an HTTP status 4xx but no code (a persisted query
 * whose hash does not match, or of an unsupported version): the caller's input too.
 */
function isRequestRefusedByApollo(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * graphql-js reports a variable of the wrong form as `Variable "$input" got invalid value ... at
 * "input.properties[0].grossWage"`: the path is recovered from that, relative to the variable.
 */
function inferFieldErrors(message: string): FieldError[] {
  const variable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/s.exec(message);
  if (variable) {
    const path = variable[2] ? parsePath(variable[2]).slice(1) : [];
    return [{ path: path.length ? path : [variable[1]!], code: "INVALID_FORMAT", message }];
  }
  return [{ path: [], code: "INVALID_FORMAT", message }];
}

function parsePath(text: string): (string | number)[] {
  return text
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** What an HTTP answer carrying these errors gets beside its body, when it is not the usual status. */
export interface ErrorHttpHead {
  status: number;
  headers: Record<string, string>;
}

/**
 * The one rule from the codes of an answer's errors to its HTTP status: an answer with
 * SERVICE_UNAVAILABLE (the database is away) is 503 with Retry-After, whatever else it holds,
 * so that proxies, load balancers and clients see a passing failure and try again. Undefined:
 * the status the transport would give anyway.
 */
export function httpHeadOfErrors(errors: readonly GraphQLFormattedError[] | undefined): ErrorHttpHead | undefined {
  const unavailable = errors?.find((error) => error.extensions?.code === "SERVICE_UNAVAILABLE");
  if (!unavailable) return undefined;
  const retryAfter = unavailable.extensions?.retryAfterSeconds;
  return {
    status: 503,
    headers: { "retry-after": String(typeof retryAfter === "number" && retryAfter > 0 ? Math.ceil(retryAfter) : 2) },
  };
}

/** Applies httpHeadOfErrors to Apollo's answers over HTTP. */
export const errorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const head = httpHeadOfErrors(response.body.singleResult.errors);
        if (!head) return;
        response.http.status = head.status;
        for (const [name, value] of Object.entries(head.headers)) response.http.headers.set(name, value);
      },
    };
  },
};

/**
 * A failure before execution (building the request's context: the token's session is read from
 * the database) that says the database is away, as the GraphQL error Apollo answers with 503 and
 * Retry-After; any other failure is passed on unchanged.
 */
export function unavailableBeforeExecution(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  const appError = serviceUnavailable();
  const head = httpHeadOfErrors([{ message: appError.message, extensions: appErrorExtensions(appError) }])!;
  return new GraphQLError(appError.message, {
    originalError: appError,
    extensions: {
      ...appErrorExtensions(appError),
      http: { status: head.status, headers: new Map(Object.entries(head.headers)) },
    },
  });
}

/**
 * For a step before execution that may read the database (the context of a request or of a
 * subscription): rethrows "the database is away" as SERVICE_UNAVAILABLE (unavailableBeforeExecution).
 */
export function refuseWhenUnavailable<Args extends unknown[], Result>(
  step: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await step(...args);
    } catch (error) {
      throw unavailableBeforeExecution(error);
    }
  };
}

/**
 * For graphql-ws's onSubscribe: "the database is away" becomes the subscription's error
 * SERVICE_UNAVAILABLE (with retryAfterSeconds) rather than a closed socket, so that the client
 * keeps its other subscriptions and may subscribe again later. Any other error is rethrown.
 */
export function subscriptionErrorsWhenUnavailable(error: unknown): GraphQLError[] {
  if (!isDatabaseUnavailable(error)) throw error;
  processLogger.warn({ err: error }, "subscription refused: the database cannot be reached");
  return [toGraphQLError(serviceUnavailable())];
}
