/**
 * One log line per HTTP request, written when its answer ends: request id, method,
 * path, status, duration, GraphQL operation name and type, the user, the error codes; the
 * variables too at LOG_LEVEL=debug (passwords redacted, long lists cut). The same moment
 * counts the request in the metrics.
 *
 * A request's scope (its id, and what GraphQL learns about it) is handed along explicitly: the
 * GraphQL context carries it (graphql/context.ts), and the errors of an operation are tagged
 * with it (scopeErrors) so that formatError can list them in the right log line. No
 * AsyncLocalStorage: on Node 20 and 22 it puts a hook on every promise of the process, a cost
 * every request paid (bench/README.md).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import type { RequestContext } from "../auth/request-context";
import { logger as processLogger, type Logger } from "./logger";
import { isSecretKey, REDACTED } from "./mask";
import { graphqlErrors, httpRequestDuration, httpRequests, httpRequestsInFlight } from "./metrics";

/** What the log line of one HTTP request will say, filled in while the request is served. */
export class RequestScope {
  operationName?: string;
  operationType?: string;
  userId?: string;
  readonly errors: { code: string; message: string; path?: readonly (string | number)[] }[] = [];
  variables?: unknown;
  private child?: Logger;

  constructor(
    readonly id: string,
    private readonly base: Logger,
  ) {}

  /** A logger whose lines carry this request's id (made on first use: most requests log one line only). */
  get logger(): Logger {
    return (this.child ??= this.base.child({ reqId: this.id }));
  }

  /**
   * Lists in the line the errors of an answer that formatError already counted but could not
   * place (Apollo refuses some requests outside the pipeline its plugins see): read from the
   * answer, skipping those the line already lists (an answer of the pipeline itself).
   */
  noteAnsweredErrors(body: string): void {
    try {
      const answer = JSON.parse(body) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
      const listed = this.errors.length;
      for (const error of answer.errors ?? []) {
        const code = String(error.extensions?.code);
        const message = cut(String(error.message), MAX_MESSAGE);
        const already = this.errors.slice(0, listed).some((known) => known.code === code && known.message === message);
        if (!already && this.errors.length < MAX_LOGGED_ERRORS) this.errors.push({ code, message });
      }
    } catch {
      // Not JSON: nothing to list.
    }
  }

  /** Whether debug lines are written (then the line lists the variables too). */
  get debugEnabled(): boolean {
    return this.base.isLevelEnabled("debug");
  }

  /**
   * The request's own line, written once when its answer ends; `line` starts with this request's
   * `reqId`, so that the base logger writes the same line as the child's without making one.
   */
  writeLine(level: "debug" | "info" | "warn" | "error", line: Record<string, unknown>): void {
    this.base[level](line, "request");
  }
}

/** Scopes of the requests Express serves (the console, the probes), for requestLogger(req). */
const scopes = new WeakMap<IncomingMessage, RequestScope>();

/** The scope of a request Express serves. */
export function requestScopeOf(req: IncomingMessage): RequestScope | undefined {
  return scopes.get(req);
}

/** The logger of a request Express serves (with its request id), else the process's. */
export function requestLogger(req?: IncomingMessage): Logger {
  return (req && scopes.get(req))?.logger ?? processLogger;
}

/** Errors listed in a request's log line at most, and the length of their messages there. */
const MAX_LOGGED_ERRORS = 10;
const MAX_MESSAGE = 1000;

/**
 * Counts a GraphQL error sent to a client, by its final code, and lists it in the log line of
 * its request when it has one (WebSocket operations have none). Called where errors get their
 * final form (formatError, and the answers given before Apollo).
 */
export function recordGraphQLError(
  code: string,
  message: string,
  path: readonly (string | number)[] | undefined,
  scope: RequestScope | undefined,
): void {
  graphqlErrors.inc({ code });
  if (scope && scope.errors.length < MAX_LOGGED_ERRORS)
    scope.errors.push({ code, message: cut(message, MAX_MESSAGE), ...(path ? { path } : {}) });
}

/** The scope of the request whose operation raised an error (see requestLogPlugin's didEncounterErrors). */
const errorScopes = new WeakMap<object, RequestScope>();

/** Marks an error as raised by this request's operation, for formatError (see scopeOfError). */
export function tagErrorWithScope(error: unknown, scope: RequestScope): void {
  if (typeof error === "object" && error !== null) errorScopes.set(error, scope);
}

/** The request an error belongs to, once tagged: the error itself, or the one it wraps (Apollo wraps some). */
export function scopeOfError(error: unknown): RequestScope | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const original = (error as { originalError?: unknown }).originalError;
  return errorScopes.get(error) ?? (original !== undefined ? scopeOfError(original) : undefined);
}

/** An incoming request id is kept when it is a plain token; anything else is replaced. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

const PROBES = new Set(["healthz", "readyz", "metrics"]);

function routeOf(path: string): string {
  if (path === "/graphql") return "graphql";
  const end = path.indexOf("/", 1);
  const first = end < 0 ? path.slice(1) : path.slice(1, end);
  if (first.toLowerCase() === "graphql") return "graphql";
  return PROBES.has(first) ? first : "other";
}

/**
 * Opens the scope of an HTTP request (its id is the caller's to send in `x-request-id`), and
 * logs and counts the request once when its answer ends (or the client goes away).
 */
export function openRequestScope(
  req: IncomingMessage,
  res: ServerResponse,
  base: Logger = processLogger,
): RequestScope {
  const started = process.hrtime.bigint();
  // Read now: Express rewrites req.url while a mounted route (the console's assets) serves it.
  const url = req.url ?? "";
  const scope = new RequestScope(requestIdFrom(req.headers["x-request-id"]), base);
  httpRequestsInFlight.inc();
  res.once("close", () => {
    httpRequestsInFlight.dec();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    const route = routeOf(path);
    const operationType = scope.operationType ?? (route === "graphql" ? "unknown" : "none");
    const status = res.statusCode;
    httpRequests.inc({ route, status: String(status), operation_type: operationType });
    httpRequestDuration.observe({ route, operation_type: operationType }, seconds);
    // Built field by field, in this order, with the request id first (a line per request: no spreads).
    const line: Record<string, unknown> = {
      reqId: scope.id,
      method: req.method,
      path,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
    };
    if (scope.operationName) line.operationName = scope.operationName;
    if (route === "graphql") line.operationType = operationType;
    if (scope.userId) line.userId = scope.userId;
    if (scope.errors.length) {
      line.errorCodes = [...new Set(scope.errors.map((e) => e.code))];
      line.errors = scope.errors;
    }
    if (scope.variables !== undefined) line.variables = scope.variables;
    if (!res.writableFinished) line.aborted = true;
    // Probes and scrapes come every few seconds: only at debug when they succeed; a failing probe is a warning.
    const probe = PROBES.has(route);
    scope.writeLine(probe ? (status < 400 ? "debug" : "warn") : status >= 500 ? "error" : "info", line);
  });
  return scope;
}

/** Express: the first middleware of the routes Express serves; the request's id is echoed in `x-request-id`. */
export function requestLogging(base: Logger = processLogger): RequestHandler {
  return (req, res, next) => {
    const scope = openRequestScope(req, res, base);
    res.setHeader("x-request-id", scope.id);
    scopes.set(req, scope);
    next();
  };
}

/** What a GraphQL context must carry for the request log: its HTTP request's scope, if any. */
interface LoggedContext extends RequestContext {
  requestScope?: RequestScope;
}

/**
 * Tells the request's scope which operation runs, for whom, and (at debug) with which
 * variables; and tags the operation's errors with the scope before formatError sees them
 * (Apollo hands didEncounterErrors the very error objects it then formats).
 */
export const requestLogPlugin: ApolloServerPlugin<LoggedContext> = {
  async requestDidStart({ request, contextValue }) {
    const scope = contextValue.requestScope;
    if (!scope) return;
    if (request.operationName) scope.operationName = request.operationName;
    if (contextValue.viewer) scope.userId = contextValue.viewer.userId;
    return {
      async didResolveOperation({ operation, operationName, document }) {
        if (operation) scope.operationType = operation.operation;
        if (operationName) scope.operationName = operationName;
        if (request.variables && scope.debugEnabled) scope.variables = loggableVariables(document, request.variables);
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) tagErrorWithScope(error, scope);
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
