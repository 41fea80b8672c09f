/**
 * A small client of the Flexi at work API for front-end teams and payroll software: typed
 * queries and mutations over HTTP, subscriptions over graphql-ws, and watches of status
 * changes and e-Box messages that resume after a disconnect from the last entry they delivered
 * (the server replays what was missed, in commit order, none twice), also when the server ended
 * the connection because its token expired (close code 4401): they connect again with a new
 * token from the token function.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { DeclarationStatusChanged, EboxMessageReceived } from "./operations";
import type { SdkDeclarationStatusChangedSubscription, SdkEboxMessageReceivedSubscription } from "./gql/graphql";

/**
 * An error answer of the API: its code (docs/architecture.md#tenancy-access-and-errors), for
 * BAD_USER_INPUT every field error, and for a bulk decision refused as a whole every refused item
 * (`index` in the list sent).
 */
export class FlexiApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors: { path: (string | number)[]; code: string; message: string }[] = [],
    readonly itemErrors: { index: number; id: string; code: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "FlexiApiError";
  }
}

/** The close code with which the server ends a WebSocket when the session of its token ends. */
export const SESSION_EXPIRED_CLOSE_CODE = 4401;

/** What a token function is told when asked. */
export interface TokenRequest {
  /**
   * True when the server closed the last connection because its token expired (close code
   * 4401): return a new token (sign in again, or refresh it at the OIDC issuer), not that one.
   */
  renew: boolean;
}

/** A token, or none (signed out). */
export type TokenValue = string | null | undefined;

export interface FlexiClientOptions {
  /** The GraphQL endpoint, e.g. "http://localhost:4000/graphql" (the WebSocket uses the same path). */
  url: string;
  /**
   * A token from `signIn` (or an OIDC token where configured); may be changed later with setToken.
   * A function is asked before each request and each connection, for an application that keeps
   * the token elsewhere (a browser's storage, where it may also expire); it may answer with a
   * promise. Watches survive the end of a token through it: see TokenRequest.renew.
   */
  token?: string | ((request: TokenRequest) => TokenValue | Promise<TokenValue>);
  /**
   * The language the API's texts (anomaly messages, e-Box) should come in: sent as
   * accept-language over HTTP and as `language` when the WebSocket connects.
   */
  language?: string | (() => string | null | undefined);
  /** A WebSocket implementation where the platform has none (Node.js before 22: `ws`). */
  webSocketImpl?: unknown;
  fetch?: typeof fetch;
}

export type StatusEvent = SdkDeclarationStatusChangedSubscription["declarationStatusChanged"];
export type EboxMessageEvent = SdkEboxMessageReceivedSubscription["eboxMessageReceived"];

export interface FlexiClient {
  request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /**
   * A subscription; one the server refuses because its database cannot be reached for a moment
   * (SERVICE_UNAVAILABLE, also reported to `onError`) is tried again by itself after the wait
   * the server asks for. Returns a function that stops it.
   */
  subscribe<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    onData: (data: R) => void,
    onError?: (error: unknown) => void,
  ): () => void;
  /**
   * Status changes the caller may see, resumed after every reconnect from the last event
   * delivered (or from `after`), also after the server closed the connection because the token
   * expired (4401; the token function is asked for a new one). Returns a function that stops watching.
   */
  watchStatus(
    options: { employerId?: string; declarationId?: string; after?: string },
    onEvent: (event: StatusEvent) => void,
    onError?: (error: unknown) => void,
  ): () => void;
  /**
   * New e-Box messages the caller may read (of one employer, or all), resumed after every
   * reconnect from the last message delivered (or from `after`, a message's logCursor), also
   * after the end of a token, as watchStatus.
   */
  watchEbox(
    options: { employerId?: string; after?: string },
    onMessage: (message: EboxMessageEvent) => void,
    onError?: (error: unknown) => void,
  ): () => void;
  /**
   * Calls `listener` each time the WebSocket is connected again after a loss (a dropped
   * connection, or the end of a token). Subscriptions resume by themselves, but what was
   * committed meanwhile never arrives as an event, so an application that shows data read
   * earlier reads it again. Returns a function that stops it.
   */
  onReconnect(listener: () => void): () => void;
  setToken(token: string | undefined): void;
  /** Drops the WebSocket at once, as a network failure would; watches resume on the next connection. */
  terminate(): void;
  /** The cursor of the last status event delivered by watchStatus. */
  readonly lastCursor: string | undefined;
  close(): Promise<void>;
}

export function createFlexiClient(options: FlexiClientOptions): FlexiClient {
  let token = options.token;
  const currentToken = async (request: TokenRequest) =>
    (typeof token === "function" ? await token(request) : token) ?? undefined;
  const currentLanguage = () =>
    (typeof options.language === "function" ? options.language() : options.language) ?? undefined;
  let lastCursor: string | undefined;
  const doFetch = options.fetch ?? fetch;
  let ws: Client | undefined;
  /** The last connection was closed because its token expired: the next one needs a new token. */
  let tokenExpired = false;
  /** Whether the connection just made follows a loss (graphql-ws's own retries, or the end of a token). */
  let reconnected = false;
  const socket = (): Client => {
    ws ??= createClient({
      url: options.url.replace(/^http/, "ws"),
      webSocketImpl: options.webSocketImpl,
      connectionParams: async () => {
        const bearer = await currentToken({ renew: tokenExpired });
        const language = currentLanguage();
        return { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(language ? { language } : {}) };
      },
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      // graphql-ws gives up after a 4401 (the token's end); the watches then subscribe again, which connects anew.
      on: {
        closed: (event) => {
          if (isSessionExpiry(event)) tokenExpired = true;
        },
        connected: (_socket, _payload, wasRetry) => {
          reconnected = wasRetry || tokenExpired;
          tokenExpired = false;
        },
      },
    });
    return ws;
  };

  /**
   * A watch of a commit-ordered log that survives reconnects: after the socket closes, it
   * subscribes again from the last entry delivered (the server replays what was missed), and
   * drops anything at or before that entry, so each arrives once, in order.
   */
  const resumingWatch = <E>(
    subscribeFrom: (
      after: string | undefined,
      onData: (entry: E) => void,
      onError: (error: unknown) => void,
    ) => () => void,
    cursorOf: (entry: E) => string,
    lastDelivered: () => string | undefined,
    deliver: (entry: E) => void,
    onError: ((error: unknown) => void) | undefined,
  ): (() => void) => {
    let stopped = false;
    let stop: (() => void) | undefined;
    // graphql-ws would re-subscribe with the first variables; a new subscription carries the last cursor.
    const start = () => {
      if (stopped) return;
      stop = subscribeFrom(
        lastDelivered(),
        (entry) => {
          const last = lastDelivered();
          // Cursors are commit-ordered numbers: anything at or before the last one was delivered already.
          if (last !== undefined && Number(cursorOf(entry)) <= Number(last)) return;
          deliver(entry);
        },
        // The end of a token is no error of a watch: it goes on with a new one.
        (error) => {
          if (!isSessionExpiry(error)) onError?.(error);
        },
      );
    };
    const offClosed = socket().on("closed", () => {
      if (stopped) return;
      stop?.();
      setTimeout(start, 0); // the client reconnects lazily on the new subscription
    });
    start();
    return () => {
      stopped = true;
      offClosed();
      stop?.();
    };
  };

  const client: FlexiClient = {
    async request(document, variables) {
      const bearer = await currentToken({ renew: false });
      const language = currentLanguage();
      const response = await doFetch(options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(language ? { "accept-language": language } : {}),
        },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      const answer = (await response.json()) as {
        data?: unknown;
        errors?: {
          message: string;
          extensions?: {
            code?: string;
            fieldErrors?: FlexiApiError["fieldErrors"];
            itemErrors?: FlexiApiError["itemErrors"];
          };
        }[];
      };
      const error = answer.errors?.[0];
      if (error)
        throw new FlexiApiError(
          error.message,
          error.extensions?.code ?? "INTERNAL_SERVER_ERROR",
          error.extensions?.fieldErrors ?? [],
          error.extensions?.itemErrors ?? [],
        );
      return answer.data as never;
    },
    subscribe(document, variables, onData, onError) {
      let stopped = false;
      let stop: () => void = () => undefined;
      let retry: ReturnType<typeof setTimeout> | undefined;
      const attempt = () => {
        stop = socket().subscribe(
          { query: print(document), variables },
          {
            next: (result) => {
              if (result.errors?.length)
                onError?.(
                  new FlexiApiError(
                    result.errors[0]!.message,
                    String(result.errors[0]!.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
                  ),
                );
              else if (result.data) onData(result.data as never);
            },
            error: (error) => {
              // The server's database is away for a moment: subscribed again after the wait it asks for.
              const unavailable = serviceUnavailable(error);
              if (unavailable !== undefined && !stopped) {
                onError?.(unavailable.error);
                retry = setTimeout(attempt, unavailable.retryMs);
                return;
              }
              onError?.(error);
            },
            complete: () => undefined,
          },
        );
      };
      attempt();
      return () => {
        stopped = true;
        clearTimeout(retry);
        stop();
      };
    },
    watchStatus(watch, onEvent, onError) {
      lastCursor = watch.after ?? lastCursor;
      return resumingWatch<StatusEvent>(
        (after, onData, onWatchError) =>
          client.subscribe(
            DeclarationStatusChanged,
            { employerId: watch.employerId, declarationId: watch.declarationId, after },
            (data) => onData(data.declarationStatusChanged),
            onWatchError,
          ),
        (event) => event.cursor,
        () => lastCursor,
        (event) => {
          lastCursor = event.cursor;
          onEvent(event);
        },
        onError,
      );
    },
    watchEbox(watch, onMessage, onError) {
      let last = watch.after;
      return resumingWatch<EboxMessageEvent>(
        (after, onData, onWatchError) =>
          client.subscribe(
            EboxMessageReceived,
            { employerId: watch.employerId, after },
            (data) => onData(data.eboxMessageReceived),
            onWatchError,
          ),
        (message) => message.logCursor,
        () => last,
        (message) => {
          last = message.logCursor;
          onMessage(message);
        },
        onError,
      );
    },
    onReconnect(listener) {
      return socket().on("connected", () => {
        if (reconnected) listener();
      });
    },
    setToken(next) {
      token = next;
    },
    terminate() {
      ws?.terminate();
    },
    get lastCursor() {
      return lastCursor;
    },
    async close() {
      await ws?.dispose();
      ws = undefined;
    },
  };
  return client;
}

/** Bounds of the wait before a subscription refused with SERVICE_UNAVAILABLE is tried again. */
const UNAVAILABLE_RETRY_MS = { min: 500, max: 10_000 };

/**
 * A subscription refused because the server's database cannot be reached (SERVICE_UNAVAILABLE,
 * sent by graphql-ws as the operation's errors): the error and how long to wait before trying again.
 */
function serviceUnavailable(error: unknown): { error: FlexiApiError; retryMs: number } | undefined {
  if (!Array.isArray(error)) return undefined;
  const found = (error as { message?: string; extensions?: { code?: unknown; retryAfterSeconds?: unknown } }[]).find(
    (e) => e?.extensions?.code === "SERVICE_UNAVAILABLE",
  );
  if (found === undefined) return undefined;
  const seconds = Number(found.extensions?.retryAfterSeconds);
  const retryMs = Math.min(
    Math.max(Number.isFinite(seconds) ? seconds * 1000 : 0, UNAVAILABLE_RETRY_MS.min),
    UNAVAILABLE_RETRY_MS.max,
  );
  return { error: new FlexiApiError(found.message ?? "Service unavailable", "SERVICE_UNAVAILABLE"), retryMs };
}

/** The server's close of a connection whose token expired (or whose session ended). */
function isSessionExpiry(event: unknown): boolean {
  return (
    typeof event === "object" && event !== null && (event as { code?: unknown }).code === SESSION_EXPIRED_CLOSE_CODE
  );
}
