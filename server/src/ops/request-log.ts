/**
 * One log line per HTTP request, written when its answer ends: request id, method,
 * path, status, duration, GraphQL operation name and type, the user, the error codes; the
 * variables too at LOG_LEVEL=debug (passwords redacted, long lists cut). The same moment
 * counts the request in the metrics.
 *
 * A request's scope (its id and child logger, and what GraphQL learns about it) follows the
 * request through AsyncLocalStorage, so that formatError can log an internal error with the
 * request id without being handed anything.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import type { RequestContext } from "../auth/request-context";
import { logger as processLogger, type Logger } from "./logger";
import { isSecretKey, REDACTED } from "./mask";
import { graphqlErrors, httpRequestDuration, httpRequests, httpRequestsInFlight } from "./metrics";

export interface RequestScope {
  id: string;
  logger: Logger;
  operationName?: string;
  operationType?: string;
  userId?: string;
  errors: { code: string; message: string; path?: readonly (string | number)[] }[];
  variables?: unknown;
}

const storage = new AsyncLocalStorage<RequestScope>();
const scopes = new WeakMap<IncomingMessage, RequestScope>();

/** The scope of the HTTP request being handled, if any (none on WebSocket operations). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** The logger of this request (with its request id), else the process's. */
export function requestLogger(req?: IncomingMessage): Logger {
  return (req && scopes.get(req))?.logger ?? storage.getStore()?.logger ?? processLogger;
}

/** Errors listed in a request's log line at most, and the length of their messages there. */
const MAX_LOGGED_ERRORS = 10;
const MAX_MESSAGE = 1000;

/**
 * Counts a GraphQL error sent to a client, by its final code, and lists it in the log line of
 * the request being handled. Called where errors get their final form (formatError, and the
 * body-error handler).
 */
export function recordGraphQLError(
  code: string,
  message: string,
  path?: readonly (string | number)[],
  req?: IncomingMessage,
): void {
  graphqlErrors.inc({ code });
  const scope = (req && scopes.get(req)) ?? storage.getStore();
  if (scope && scope.errors.length < MAX_LOGGED_ERRORS)
    scope.errors.push({ code, message: cut(message, MAX_MESSAGE), ...(path ? { path } : {}) });
}

/** An incoming request id is kept when it is a plain token; anything else is replaced. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

const PROBES = new Set(["healthz", "readyz", "metrics"]);

function routeOf(path: string): string {
  const first = path.split("/")[1] ?? "";
  if (first === "graphql") return "graphql";
  return PROBES.has(first) ? first : "other";
}

/**
 * The first middleware: gives the request its id (echoed in `x-request-id`), opens its scope,
 * and logs and counts it once when the answer ends (or the client goes away).
 */
export function requestLogging(base: Logger = processLogger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", id);
    const scope: RequestScope = { id, logger: base.child({ reqId: id }), errors: [] };
    scopes.set(req, scope);
    httpRequestsInFlight.inc();
    res.once("close", () => {
      httpRequestsInFlight.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = req.originalUrl.split("?")[0] ?? "";
      const route = routeOf(path);
      const operationType = scope.operationType ?? (route === "graphql" ? "unknown" : "none");
      const status = res.statusCode;
      httpRequests.inc({ route, status: String(status), operation_type: operationType });
      httpRequestDuration.observe({ route, operation_type: operationType }, seconds);
      const line = {
        method: req.method,
        path,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(scope.operationName ? { operationName: scope.operationName } : {}),
        ...(route === "graphql" ? { operationType } : {}),
        ...(scope.userId ? { userId: scope.userId } : {}),
        ...(scope.errors.length
          ? { errorCodes: [...new Set(scope.errors.map((e) => e.code))], errors: scope.errors }
          : {}),
        ...(scope.variables !== undefined ? { variables: scope.variables } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      // Probes and scrapes come every few seconds: only at debug when they succeed; a failing probe is a warning.
      const probe = PROBES.has(route);
      const level = probe ? (status < 400 ? "debug" : "warn") : status >= 500 ? "error" : "info";
      scope.logger[level](line, "request");
    });
    storage.run(scope, next);
  };
}

/**
 * Enters the request's scope again after the body is read: body parsing resumes the chain
 * from stream callbacks, which AsyncLocalStorage does not follow.
 */
export function requestScope(): RequestHandler {
  return (req, _res, next) => {
    const scope = scopes.get(req);
    if (scope) storage.run(scope, next);
    else next();
  };
}

/** Tells the request's scope which operation runs, for whom, and (at debug) with which variables. */
export const requestLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ request, contextValue }) {
    const scope = storage.getStore();
    if (!scope) return;
    if (request.operationName) scope.operationName = request.operationName;
    if (contextValue.viewer) scope.userId = contextValue.viewer.userId;
    return {
      async didResolveOperation({ operation, operationName, document }) {
        if (operation) scope.operationType = operation.operation;
        if (operationName) scope.operationName = operationName;
        if (request.variables && scope.logger.isLevelEnabled("debug"))
          scope.variables = loggableVariables(document, request.variables);
      },
    };
  },
};

/**
 * The variables as a log may show them: a variable passed to a secret argument (`password`,
 * `token`, ...) or to any argument of a field about passwords (`changePassword(current, next)`)
 * is redacted whatever its name; long lists and texts are cut.
 */
export function loggableVariables(document: DocumentNode, variables: Record<string, unknown>): Record<string, unknown> {
  const secret = secretVariables(document);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables)) out[name] = secret.has(name) ? REDACTED : summarize(value, 0);
  return out;
}

function secretVariables(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      const chain = [...ancestors, parent].filter(
        (a): a is ASTNode => !Array.isArray(a) && typeof a === "object" && a !== null && "kind" in a,
      );
      const fieldAt = chain.map((a) => a.kind).lastIndexOf(Kind.FIELD);
      if (fieldAt < 0) return; // a variable definition, not a use
      const field = chain[fieldAt] as { name: { value: string } };
      const argumentNames = chain
        .slice(fieldAt + 1)
        .flatMap((a) => (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD ? [a.name.value] : []));
      if (/password/i.test(field.name.value) || argumentNames.some(isSecretKey)) names.add(node.name.value);
    },
  });
  return names;
}

const MAX_ITEMS = 5;
const MAX_TEXT = 200;
const MAX_DEPTH = 6;

/** A text cut to `max` characters; a cut text must not end in the first digits of an SSIN the mask no longer recognises. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).replace(/\d+$/, "")}…` : text;
}

function summarize(value: unknown, depth: number): unknown {
  if (typeof value === "string") return cut(value, MAX_TEXT);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => summarize(item, depth + 1));
    return value.length > MAX_ITEMS ? [...shown, `… ${value.length - MAX_ITEMS} more`] : shown;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, summarize(item, depth + 1)]));
}
