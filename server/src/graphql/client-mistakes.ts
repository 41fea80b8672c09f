/**
 * Mistakes of a client that graphql-js and Apollo would otherwise answer as a server failure
 * (docs/operations.md#limits): variables nested so deep that coercing them overflows the stack,
 * an operation that cannot be picked from the document (several without `operationName`, an
 * unknown name), a subscription sent over HTTP. Each is BAD_USER_INPUT, over HTTP (the checks
 * http/graphql-handler.ts runs before Apollo, and this module's Apollo plugin) and over WebSocket
 * (server.ts calls the same checks).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { getOperationAST, GraphQLError, Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { badUserInput } from "../errors";
import type { GraphQLContext } from "./context";
import { toGraphQLError } from "./format-error";

/**
 * Deepest nesting of lists and objects in the variables (and extensions) of a request. The
 * deepest input of the schema a client needs is a filter with a few and/or/not levels; graphql-js
 * coerces variables by recursion and overflows the stack some thousands of levels down.
 */
export const MAX_INPUT_NESTING = 32;

/**
 * How deep lists and objects nest in a JSON value, counted without recursion (so that the
 * count itself cannot overflow), and no further than `limit + 1`.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.value === null || typeof next.value !== "object") continue;
    const depth = next.depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const item of Object.values(next.value)) pending.push({ value: item, depth });
  }
  return deepest;
}

/** Refuses variables or extensions nested deeper than {@link MAX_INPUT_NESTING}, before anything reads them. */
export function refuseDeepInput(parts: { variables?: unknown; extensions?: unknown }): void {
  for (const [name, value] of Object.entries(parts)) {
    // The variables object is one level itself.
    if (nestingDepth(value, MAX_INPUT_NESTING + 1) > MAX_INPUT_NESTING + 1) {
      const message = `The ${name} are nested too deep: at most ${MAX_INPUT_NESTING} levels of lists and objects are allowed.`;
      throw badUserInput([{ path: [name], code: "OUT_OF_RANGE", message }], message);
    }
  }
}

/**
 * The operation of a document to run: the one named `operationName`, or the only one when no
 * name is given. Anything else is the client's mistake.
 */
export function pickOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode {
  const operation = getOperationAST(document, operationName);
  if (operation) return operation;
  const count = document.definitions.filter((d) => d.kind === "OperationDefinition").length;
  const message = operationName
    ? `The document has no operation named "${operationName}".`
    : count > 1
      ? "The document has several operations: name the one to run in operationName."
      : "The document has no operation to run.";
  throw badUserInput([{ path: ["operationName"], code: "NOT_FOUND", message }], message);
}

/** The parts of a GraphQL request over HTTP: a POST's JSON body, or a GET's search parameters. */
export interface HttpGraphQLParams {
  query?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** A GET request's parameters as Apollo will read them (variables and extensions are JSON texts). */
export function searchParameters(search: URLSearchParams): HttpGraphQLParams {
  return {
    query: search.get("query") ?? undefined,
    variables: jsonParameter(search.get("variables")),
    extensions: jsonParameter(search.get("extensions")),
  };
}

/**
 * Mistakes refused before Apollo (and its plugins) reads the request, with HTTP 400 and
 * BAD_USER_INPUT, as Apollo offers no earlier hook whose errors are answered as the client's:
 * - deep variables and extensions, of a POST's JSON body or a GET's search parameters;
 * - a document with a subscription: graphql-ws serves those, and graphql-js's validation throws
 *   (instead of reporting) on a subscription whose root fields are skipped by a variable.
 * Returns the error to answer, or nothing when the request may go on.
 */
export function refusedBeforeApollo(params: HttpGraphQLParams): GraphQLError | undefined {
  try {
    refuseDeepInput({ variables: params.variables, extensions: params.extensions });
    if (typeof params.query === "string") refuseSubscription(params.query);
    return undefined;
  } catch (error) {
    return toGraphQLError(error);
  }
}

/** Refuses a document with a subscription operation; a document that does not parse is left to Apollo. */
function refuseSubscription(text: string): void {
  if (!/\bsubscription\b/.test(text)) return;
  let document: DocumentNode;
  try {
    document = parse(text, { noLocation: true });
  } catch {
    return;
  }
  if (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === "subscription"))
    throw badUserInput([{ path: [], code: "NOT_ALLOWED", message: SUBSCRIPTIONS_OVER_WS }], SUBSCRIPTIONS_OVER_WS);
}

const SUBSCRIPTIONS_OVER_WS = "Subscriptions run over WebSocket (graphql-transport-ws at /graphql), not over HTTP.";

/**
 * graphql-js's validation of a document, whose errors it returns, except that some rules throw
 * on a mistake of the document (SingleFieldSubscriptionsRule on a root field skipped by a
 * variable): that error is returned as the others.
 */
export function validateOrRefuse(validate: () => readonly GraphQLError[]): readonly GraphQLError[] {
  try {
    return validate();
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
}

/** A JSON search parameter as Apollo will read it; anything it cannot read is left to Apollo to refuse. */
function jsonParameter(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The operation in Apollo's pipeline, once Apollo has validated the document: one that can be
 * picked, and no subscription (graphql-ws serves those). Answered with HTTP 400, which
 * server.ts's JSON client rule turns into 200 for clients that accept only JSON.
 */
export const clientMistakesPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request: { operationName } }) {
        try {
          const operation = pickOperation(document, operationName);
          if (operation.operation === "subscription")
            throw badUserInput(
              [{ path: [], code: "NOT_ALLOWED", message: SUBSCRIPTIONS_OVER_WS }],
              SUBSCRIPTIONS_OVER_WS,
            );
        } catch (error) {
          throw toGraphQLError(error, { status: 400 });
        }
      },
    };
  },
};
