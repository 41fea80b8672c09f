import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import express from "express";
import { execute, subscribe, validate, GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { bearerToken } from "./auth/tokens";
import { compiledExecutionGateway } from "./graphql/compiled-execution";
import { clientMistakesPlugin, pickOperation, refuseDeepInput, validateOrRefuse } from "./graphql/client-mistakes";
import { auditSubscriptionEvent, checkOperationAccess, incomeReadsPlugin, unauditedReaders } from "./access";
import { createContext, type GraphQLContext } from "./graphql/context";
import { AppError } from "./errors";
import {
  errorStatusPlugin,
  formatError,
  toGraphQLError,
  subscriptionErrorsWhenUnavailable,
} from "./graphql/format-error";
import { refuseUnstorableText } from "./graphql/unstorable-text";
import type { Services } from "./services";
import { NoSchemaIntrospectionCustomRule, specifiedRules } from "graphql";
import { clientAddress } from "./security/client-address";
import { securityHeaders, securityHeadersMiddleware } from "./security/headers";
import { checkQueryLimits, type QueryLimits } from "./security/limits";
import { parseWithinLimits, type DocumentLimits } from "./security/document-limits";
import { checkFilterLimits, type FilterLimits } from "./security/filter-limits";
import { documentLimitsCheck } from "./graphql/document-limits";
import { bodyError, graphqlHandler, isGraphQLPath, plainError } from "./http/graphql-handler";
import { DEFAULT_HTTP_SECURITY, type HttpSecuritySettings } from "./security/settings";
import { controlsJobCounts } from "./controls/controls-worker";
import { logger as processLogger, type Logger } from "./ops/logger";
import { addMetricsSource, instrumentRootFields } from "./ops/metrics";
import { requestLogger, requestLogging, requestLogPlugin, requestScopeOf } from "./ops/request-log";
import { opsRoutes } from "./ops/routes";
import { SessionExpiry } from "./events/session-expiry";

export interface ServerOptions {
  schema: GraphQLSchema;
  services: Services;
  port: number;
  host?: string;
  /** Tests: report the SQL statements of each request in `extensions.sqlStatements`. */
  exposeStatementCount?: boolean;
  /** The built console (console/dist), served at `/` when given. */
  consoleDir?: string;
  /** Query limits, body limit, introspection, proxies, HSTS (security/settings.ts; defaults for what is not given). */
  security?: Partial<HttpSecuritySettings>;
  /** Where request and error logs go (ops/logger.ts); the process's logger by default. */
  logger?: Logger;
  /** On stop, in-flight HTTP requests get this long to finish before their connections are cut (default 10000 ms). */
  stopGracePeriodMs?: number;
}

export interface RunningServer {
  httpServer: Server;
  port: number;
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

/**
 * Checks the operation before it runs, once Apollo has parsed and validated it: the query limits
 * (security/limits.ts), the access policy (access/policy.ts), and text PostgreSQL cannot store.
 */
function beforeExecutionPlugin(limits: QueryLimits, filterLimits: FilterLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue, request }) {
          if (!operation) return;
          try {
            checkQueryLimits(schema, document, operation, request.variables, limits);
            checkFilterLimits(schema, document, operation, request.variables, filterLimits);
            checkOperationAccess(document, operation, contextValue.viewer);
            refuseUnstorableText(document, request.variables);
          } catch (error) {
            // Refused before execution: still an ordinary GraphQL answer (HTTP 200), not a server failure.
            throw error instanceof AppError || error instanceof GraphQLError
              ? toGraphQLError(error, { status: 200 })
              : error;
          }
        },
      };
    },
  };
}

/**
 * The HTTP and WebSocket server (Express 5 + Apollo Server 5 + graphql-ws on one port,
 * so an HTTP server of our own carries both). GraphQL at /graphql for both; /healthz answers while the process is up.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const security = { ...DEFAULT_HTTP_SECURITY, ...options.security };
  const limits = { maxDepth: security.maxQueryDepth, maxCost: security.maxQueryCost };
  const documentLimits: DocumentLimits = {
    maxBytes: security.maxQueryBytes,
    maxTokens: security.maxQueryTokens,
    maxFields: security.maxQueryFields,
  };
  const filterLimits: FilterLimits = { maxBranches: security.maxFilterBranches, maxDepth: security.maxFilterDepth };
  // Without introspection, an error may not name the schema's fields, types and values either.
  const hideSuggestions = !security.introspection;
  app.disable("x-powered-by");
  // No ETag on API answers: a hash of every answer's body (27 kB for a list with its nested
  // lists) for a POST no cache will revalidate. The console's files keep express.static's own.
  app.set("etag", false);
  app.set("trust proxy", security.trustProxyHops);
  const headersFor = securityHeaders(security);
  const logger = options.logger ?? processLogger;
  app.use(securityHeadersMiddleware(headersFor));
  app.use(requestLogging(logger));
  // /graphql goes straight to Apollo (http/graphql-handler.ts); the console and the probes to Express.
  let graphql: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const httpServer = createServer((req, res) =>
    graphql && isGraphQLPath(req.url) ? graphql(req, res) : app(req, res),
  );
  instrumentRootFields(options.schema);
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: security.maxBodyBytes });
  // Closes each connection when the session of its token ends (4401).
  const sessionExpiry = new SessionExpiry(options.services.db);
  const wsCleanup = useServer(
    {
      schema: options.schema,
      onSubscribe: async (ctx, _id, payload) => {
        // Same policy as over HTTP; graphql-ws then runs the operation with our context.
        const params = ctx.connectionParams as { authorization?: unknown; language?: unknown } | undefined;
        const token = bearerToken(params?.authorization);
        let context: GraphQLContext;
        try {
          context = await createContext(options.services, {
            token,
            language: typeof params?.language === "string" ? params.language : null,
            clientAddress: clientAddress(ctx.extra.request, security.trustProxyHops),
          });
          if (token && context.viewer) await sessionExpiry.watch(ctx.extra.socket, token, context.viewer.sessionId);
        } catch (error) {
          return subscriptionErrorsWhenUnavailable(error);
        }
        // Parse and validation errors are the caller's input, as over HTTP (formatError makes them BAD_USER_INPUT).
        const asInputError = (error: GraphQLError, code: string) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            extensions: { code },
          });
        let document;
        try {
          // Bounded before it is parsed and validated (security/document-limits.ts), as over HTTP.
          document = parseWithinLimits(payload.query, documentLimits);
        } catch (error) {
          if (error instanceof AppError) return [toGraphQLError(error)];
          return [
            asInputError(
              error instanceof GraphQLError ? error : new GraphQLError("Cannot parse the operation."),
              "GRAPHQL_PARSE_FAILED",
            ),
          ];
        }
        const errors = validateOrRefuse(() =>
          validate(
            options.schema,
            document,
            security.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule],
            { hideSuggestions },
          ),
        );
        if (errors.length) return errors.map((e) => asInputError(e, "GRAPHQL_VALIDATION_FAILED"));
        try {
          refuseDeepInput({ variables: payload.variables, extensions: payload.extensions });
          const operation = pickOperation(document, payload.operationName);
          checkQueryLimits(options.schema, document, operation, payload.variables, limits);
          checkFilterLimits(options.schema, document, operation, payload.variables, filterLimits);
          checkOperationAccess(document, operation, context.viewer);
          refuseUnstorableText(document, payload.variables);
        } catch (error) {
          return [toGraphQLError(error)];
        }
        return {
          schema: options.schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: context,
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formattedError(formatError(e.toJSON(), e))),
      onNext: async (ctx, _id, payload, args, result) => {
        // Past the session's end the socket is closed here, and graphql-ws sends nothing on a closed socket.
        if (!sessionExpiry.allows(ctx.extra.socket)) return result;
        const audited = await auditSubscriptionEvent(
          args.contextValue as GraphQLContext,
          payload.operationName ?? null,
          result,
        );
        if ("errors" in audited && audited.errors) {
          return { ...audited, errors: audited.errors.map((e) => formattedError(formatError(e.toJSON(), e))) };
        }
        return audited;
      },
      execute: (args) => execute({ ...args, hideSuggestions }),
      subscribe: (args) => subscribe({ ...args, hideSuggestions }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    gateway: compiledExecutionGateway(options.schema, {
      hideSuggestions,
      leanerForm: unauditedReaders(options.schema),
    }),
    validationOptions: { hideSuggestions },
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: security.introspection,
    // Also checked ahead of Apollo (refuseOversizedDocuments below); Apollo's own parse stops there too.
    parseOptions: { maxTokens: security.maxQueryTokens },
    // Apollo's default, said out loud: a request a browser could send cross-site without a preflight is refused.
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.stopGracePeriodMs }),
      requestLogPlugin,
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are used; the default plugin would wrap every resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      clientMistakesPlugin,
      beforeExecutionPlugin(limits, filterLimits),
      jsonClientStatusPlugin,
      errorStatusPlugin,
      incomeReadsPlugin,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      ...(options.exposeStatementCount ? [statementCountPlugin] : []),
    ],
  });
  await apollo.start();
  const removeMetricsSource = addMetricsSource({
    subscribers: () => ({
      status: options.services.statusRelay.subscriberCount,
      ebox: options.services.eboxRelay.subscriberCount,
    }),
    webSocketConnections: () => wsServer.clients.size,
    controlsJobs: () => controlsJobCounts(options.services.db),
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(opsRoutes(options.services.db, security.metricsToken));
  graphql = graphqlHandler({
    apollo,
    services: options.services,
    securityHeaders: headersFor,
    documentLimits: documentLimitsCheck(documentLimits),
    maxBodyBytes: security.maxBodyBytes,
    trustProxyHops: security.trustProxyHops,
    logger,
    countStatements: options.exposeStatementCount,
  });

  if (options.consoleDir) serveConsole(app, options.consoleDir);
  app.use(expressErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    httpServer,
    port,
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    stop: async () => {
      removeMetricsSource();
      await apollo.stop();
    },
  };
}

/**
 * The console: its hashed assets cached for a year, any other path answered with index.html so
 * that the single-page app's routes survive a reload. Each text file is sent compressed, from the
 * brotli (.br) or gzip (.gz) copy the console's build writes next to it (console/vite.config.ts),
 * when the browser accepts that encoding.
 */
function serveConsole(app: express.Express, dir: string): void {
  app.use(precompressed(dir));
  app.use("/assets", express.static(path.join(dir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  app.get(/^\/(?!graphql|healthz).*/, (req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    const index = path.join(dir, "index.html");
    res.sendFile(index + compressedCopy(req, res, index));
  });
}

/** The console's compressed copies, best first. */
const COPIES = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/**
 * For a compressible file: the suffix of the compressed copy to send ("" for the file itself),
 * with the headers that say so (its own type, its encoding, and that the answer varies by it).
 */
function compressedCopy(req: express.Request, res: express.Response, file: string): string {
  res.vary("Accept-Encoding");
  const accepted = req.acceptsEncodings(COPIES.map((c) => c.encoding));
  const copy = COPIES.find((c) => c.encoding === accepted && existsSync(file + c.suffix));
  if (!copy) return "";
  res.type(path.extname(file));
  res.setHeader("Content-Encoding", copy.encoding);
  return copy.suffix;
}

/** Points a request for a compressible file of the console at its compressed copy (then served as any file). */
function precompressed(dir: string): express.RequestHandler {
  const root = path.resolve(dir);
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !COMPRESSIBLE.test(req.path)) return next();
    let file: string;
    try {
      file = path.join(root, decodeURIComponent(req.path));
    } catch {
      return next();
    }
    if (!file.startsWith(root + path.sep) || !existsSync(file)) return next();
    const suffix = compressedCopy(req, res, file);
    if (suffix) req.url = req.path + suffix + req.url.slice(req.path.length);
    next();
  };
}

/**
 * Express's own errors (a path it cannot decode, a file it cannot read) answered as GraphQL
 * errors in JSON, never as an HTML page with a stack trace.
 */
const expressErrorHandler: express.ErrorRequestHandler = (error: { status?: number }, req, res, _next) => {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status >= 500) requestLogger(req).error({ err: error }, "request failed");
  const scope = requestScopeOf(req);
  const answer =
    status < 500
      ? bodyError("unreadable", scope)
      : plainError("Internal server error.", "INTERNAL_SERVER_ERROR", scope);
  res.status(status).json({ errors: [answer] });
};

function formattedError(formatted: ReturnType<typeof formatError>): GraphQLError {
  return new GraphQLError(formatted.message, { extensions: formatted.extensions });
}

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets its request errors
 * (a document that does not parse or validate, variables that do not coerce) with status 200,
 * as the spec recommends; `application/graphql-response+json` keeps Apollo's 400.
 */
const jsonClientStatusPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response }) {
        const accept = request.http?.headers.get("accept") ?? "";
        if (response.http.status === 400 && !accept.includes("application/graphql-response+json"))
          response.http.status = 200;
      },
    };
  },
};

/** Adds `extensions.sqlStatements` to each response (tests of docs/architecture.md#reading-lists). */
const statementCountPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const counter = contextValue.statementCount;
        if (response.body.kind === "single" && counter) {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: counter.statements,
          };
        }
      },
    };
  },
};
