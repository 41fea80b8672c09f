import { createRequestContext, type RequestContext, type RequestCredentials } from "../auth/request-context";
import { IncomeReads } from "../access";
import type { Services } from "../services";
import type { RequestScope } from "../ops/request-log";
import { Loaders } from "./loaders";

/**
 * What every resolver receives: the request context the services take (auth/request-context.ts),
 * plus this request's batch loaders and the process's services, which only resolvers use.
 */
export interface GraphQLContext extends RequestContext {
  loaders: Loaders;
  services: Services;
  /** The log line of the HTTP request this operation came with (none over WebSocket): ops/request-log.ts. */
  requestScope?: RequestScope;
}

/** Builds the context of one HTTP request or WebSocket operation. */
export async function createContext(
  services: Services,
  request: RequestCredentials,
  requestScope?: RequestScope,
): Promise<GraphQLContext> {
  const context = await createRequestContext(services, request);
  return {
    ...context,
    loaders: new Loaders(services.db),
    services,
    incomeReads: context.viewer?.backOffice ? new IncomeReads() : undefined,
    requestScope,
  };
}
