import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { ExecutionResult } from "graphql";
import { buildFlexiSchema } from "../graphql/schema";
import { startServer, type RunningServer } from "../server";
import { Services, type ServicesOptions } from "../services";
import type { HttpSecuritySettings } from "../security/settings";
import { createTestDatabase, type TestDatabase } from "./database";
import { startControlsWorker, type ControlsWorker } from "../controls/controls-worker";

export const TEST_SECRET = "test-secret-of-at-least-32-characters!!";

/** A GraphQL answer as the client sees it. */
export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: {
      code?: string;
      fieldErrors?: { path: (string | number)[]; code: string; message: string }[];
      itemErrors?: { index: number; id: string; code: string; message: string }[];
    };
  }[];
  extensions?: { sqlStatements?: number };
}

/** The real server on a free port, over a fresh migrated database. */
export interface TestApi {
  database: TestDatabase;
  server: RunningServer;
  /** The controls worker of this API (as in `npm start`), unless started with `controls: false`. */
  controls: ControlsWorker | undefined;
  services: Services;
  /** POST /graphql as a client would, optionally with a token. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLAnswer<T>>;
  /** signIn through the API; returns the token. */
  signIn(login: string, password: string): Promise<string>;
  /** A graphql-ws client with `connectionParams.authorization = "Bearer <token>"`. */
  wsClient(token?: string): Client;
  close(): Promise<void>;
}

export interface TestApiOptions {
  tokenTtlSeconds?: number;
  /** Run the controls worker in the process (default true). */
  controls?: boolean;
  /** The sweeper's one-minute rule, shortened for tests (the sweeper runs when a test calls `controls.sweep()`). */
  controlsStaleAfterMs?: number;
  /** The server's security settings (query and body limits, introspection, proxies, HSTS); defaults otherwise. */
  security?: Partial<HttpSecuritySettings>;
  /** Sign-in limits and OIDC. */
  services?: ServicesOptions;
  /** STATEMENT_TIMEOUT_MS of the API's pool (default: none). */
  statementTimeoutMs?: number;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase(undefined, { statementTimeoutMs: options.statementTimeoutMs });
  const services = new Services(
    database.dataSource,
    { secret: TEST_SECRET, ttlSeconds: options.tokenTtlSeconds ?? 3600 },
    options.services,
  );
  const server = await startServer({
    schema: await buildFlexiSchema(),
    services,
    port: 0,
    host: "127.0.0.1",
    exposeStatementCount: true,
    security: options.security,
  });
  const controls =
    options.controls === false
      ? undefined
      : await startControlsWorker({
          connectionString: database.url,
          db: database.db,
          concurrency: 2,
          sweepIntervalMs: 3_600_000,
          staleAfterMs: options.controlsStaleAfterMs ?? 60_000,
        });
  const clients: Client[] = [];

  const request = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLAnswer<T>> => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLAnswer<T>;
    } catch {
      throw new Error(`not JSON (HTTP ${response.status}): ${text}`);
    }
  };

  return {
    database,
    server,
    controls,
    services,
    request,
    async signIn(login, password) {
      const answer = await request<{ signIn: { token: string } }>(
        `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token } }`,
        { login, password },
      );
      const token = answer.data?.signIn.token;
      if (!token) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(answer.errors)}`);
      return token;
    },
    wsClient(token) {
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.stop();
      await controls?.stop();
      await services.close();
      await database.drop();
    },
  };
}

/** Runs one operation over graphql-ws and returns its single result. */
export function wsRequest<T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult<T>> {
  return new Promise((resolve, reject) => {
    let result: ExecutionResult<T> | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          result = value as ExecutionResult<T>;
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => (result ? resolve(result) : reject(new Error("no result"))),
      },
    );
  });
}

/** The codes of an answer's errors. */
export function errorCodes(answer: GraphQLAnswer<unknown>): (string | undefined)[] {
  return (answer.errors ?? []).map((e) => e.extensions?.code);
}

/** Polls until `check` returns a value other than undefined (or throws after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
