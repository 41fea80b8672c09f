/**
 * GraphQL over HTTP at /graphql, served on `node:http` straight into Apollo Server (its HTTP
 * integration API, `executeHTTPGraphQLRequest`) rather than through Express, whose routing,
 * helmet chain and body parser were a third of what the smallest request cost (bench/README.md).
 * Every request still goes through Apollo's whole pipeline and plugins; what Express did is done
 * here, to the same effect and with the same answers:
 * - the request's log line and id (ops/request-log.ts) and the security headers (security/headers.ts);
 * - the JSON body as Express's parser read it (http/request-body.ts);
 * - the checks Apollo has no hook for, before it reads the request: document limits
 *   (graphql/document-limits.ts) and deep input or subscriptions (graphql/client-mistakes.ts);
 * - the context of the operation (graphql/context.ts), which carries the request's log scope.
 * The console's files and the probes stay with Express (server.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from "@apollo/server";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { bearerToken } from "../auth/tokens";
import { runCountingStatements } from "../db/statement-counter";
import { refusedBeforeApollo, searchParameters, type HttpGraphQLParams } from "../graphql/client-mistakes";
import { createContext, type GraphQLContext } from "../graphql/context";
import type { DocumentLimitsCheck } from "../graphql/document-limits";
import { formatError, refuseWhenUnavailable } from "../graphql/format-error";
import type { Logger } from "../ops/logger";
import { openRequestScope, recordGraphQLError, tagErrorWithScope, type RequestScope } from "../ops/request-log";
import { cameOverHttps, clientAddress } from "../security/client-address";
import type { SecurityHeaders } from "../security/headers";
import type { Services } from "../services";
import { BodyError, readJsonBody, type BodyErrorKind } from "./request-body";

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  securityHeaders: SecurityHeaders;
  documentLimits: DocumentLimitsCheck;
  maxBodyBytes: number;
  trustProxyHops: number;
  logger: Logger;
  /** Tests: count each request's SQL statements (graphql/context.ts statementCount). */
  countStatements?: boolean;
}

/**
 * True for the paths Apollo serves: /graphql and below, in any case (as Express's mount matched
 * them), also in a request target in absolute form (`http://host/graphql`), whose path Express
 * matched the same way.
 */
export function isGraphQLPath(url: string | undefined): boolean {
  let target = url ?? "";
  if (!target.startsWith("/")) target = target.replace(ABSOLUTE_FORM_ORIGIN, "");
  const path = target.slice(0, 9).toLowerCase();
  return path === "/graphql" ? true : path.startsWith("/graphql") && "/?#".includes(path[8] ?? "");
}

/** The scheme and authority of an absolute-form request target: `http://host:port`. */
const ABSOLUTE_FORM_ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** The handler of every HTTP request to /graphql. */
export function graphqlHandler(options: GraphQLHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const scope = openRequestScope(req, res, options.logger);
    const head = [
      ...options.securityHeaders(req.headers.host, cameOverHttps(req, options.trustProxyHops)).flat(),
      "x-request-id",
      scope.id,
    ];
    serve(options, req, res, scope, head).catch((error: unknown) => {
      // A fault of the server itself (the client's mistakes are answered above): logged, never shown.
      scope.logger.error({ err: error }, "request failed");
      if (res.headersSent) res.destroy();
      else send(res, 500, head, errorsBody([plainError("Internal server error.", "INTERNAL_SERVER_ERROR", scope)]));
    });
  };
}

async function serve(
  options: GraphQLHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  scope: RequestScope,
  head: string[],
): Promise<void> {
  const refuse = (error: BodyError) => send(res, error.status, head, errorsBody([bodyError(error.kind, scope)]));
  let body: { json: unknown } | undefined;
  try {
    body = await readJsonBody(req, options.maxBodyBytes, refuse);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    // An aborted upload was answered already.
    if (!res.headersSent) refuse(error);
    return;
  }
  const url = req.url ?? "";
  const search = searchOf(url);
  const params: HttpGraphQLParams =
    req.method === "GET"
      ? searchParameters(givenOnce(new URLSearchParams(search)))
      : body && typeof body.json === "object" && body.json !== null && !Array.isArray(body.json)
        ? (body.json as HttpGraphQLParams)
        : {};
  const accept = req.headers.accept ?? "";
  const overLimit = options.documentLimits(params.query);
  if (overLimit) {
    // As Apollo answers a document it cannot run: 400 for graphql-response+json clients, 200 for plain JSON ones.
    const status = accept.includes("application/graphql-response+json") ? 400 : 200;
    send(res, status, head, errorsBody([format(overLimit, scope)]));
    return;
  }
  const refused = refusedBeforeApollo(params);
  if (refused) {
    send(res, 400, head, errorsBody([format(refused, scope)]));
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const run = () =>
    options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "").toUpperCase(), headers, search, body: body?.json },
      context: async () => {
        try {
          // A database out of reach is SERVICE_UNAVAILABLE with 503 and Retry-After (graphql/format-error.ts).
          return await refuseWhenUnavailable(createContext)(
            options.services,
            {
              token: bearerToken(req.headers.authorization),
              language: req.headers["accept-language"],
              clientAddress: clientAddress(req, options.trustProxyHops),
            },
            scope,
          );
        } catch (error) {
          // Apollo answers it through formatError, which then logs it under this request.
          tagErrorWithScope(error, scope);
          throw error;
        }
      },
    });
  const response = options.countStatements ? await runCountingStatements({ statements: 0 }, run) : await run();
  await sendApolloResponse(res, response, head, scope);
}

/** The search part of a request's URL (`?…`, without a fragment), as Apollo reads GET parameters from it. */
function searchOf(url: string): string {
  const query = url.indexOf("?");
  if (query < 0) return "";
  const hash = url.indexOf("#", query);
  return hash < 0 ? url.slice(query) : url.slice(query, hash);
}

/**
 * The search parameters the checks before Apollo read: those given once. A `query`, `variables`
 * or `extensions` given twice is Apollo's to refuse ("may only be specified once"), as it was
 * when Express's query parser handed the checks a list, which they passed over.
 */
function givenOnce(search: URLSearchParams): URLSearchParams {
  const once = new URLSearchParams();
  for (const name of ["query", "variables", "extensions"]) {
    const values = search.getAll(name);
    if (values.length === 1) once.set(name, values[0]!);
  }
  return once;
}

async function sendApolloResponse(
  res: ServerResponse,
  response: HTTPGraphQLResponse,
  head: string[],
  scope: RequestScope,
): Promise<void> {
  const status = response.status ?? 200;
  const complete = response.body.kind === "complete";
  // Express's res.send, which sent complete answers before, wrote this one name capitalised.
  for (const [name, value] of response.headers)
    head.push(complete && name === "content-type" ? "Content-Type" : name, value);
  if (response.body.kind === "complete") {
    // Refused by Apollo outside its pipeline (a wrong method, a request without a query, an Accept
    // it cannot answer, even after the pipeline ran): no plugin saw these errors, so they are read
    // from the answer, except those the pipeline already listed.
    if (status >= 400) scope.noteAnsweredErrors(response.body.string);
    send(res, status, head, response.body.string);
    return;
  }
  res.writeHead(status, head);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function send(res: ServerResponse, status: number, head: string[], body: string): void {
  if (!head.some((name, i) => i % 2 === 0 && name.toLowerCase() === "content-type"))
    head.push("Content-Type", "application/json; charset=utf-8");
  head.push("Content-Length", String(Buffer.byteLength(body)));
  res.writeHead(status, head);
  res.end(body);
}

function errorsBody(errors: GraphQLFormattedError[]): string {
  return JSON.stringify({ errors });
}

function format(error: GraphQLError, scope: RequestScope): GraphQLFormattedError {
  return formatError(error.toJSON(), error, scope);
}

/** An error answered outside GraphQL's formatting: counted and logged as formatError does for the others. */
export function plainError(message: string, code: string, scope: RequestScope | undefined): GraphQLFormattedError {
  recordGraphQLError(code, message, undefined, scope);
  return { message, extensions: { code, ...(code === "BAD_USER_INPUT" ? { fieldErrors: [] } : {}) } };
}

const BODY_MESSAGES: Record<BodyErrorKind, string> = {
  "not-json": "The request body is not valid JSON.",
  "too-large": "The request body is too large.",
  unreadable: "The request cannot be read.",
};

/** A body that cannot be read, answered as the client's mistake (BAD_USER_INPUT). */
export function bodyError(kind: BodyErrorKind, scope: RequestScope | undefined): GraphQLFormattedError {
  return plainError(BODY_MESSAGES[kind], "BAD_USER_INPUT", scope);
}
