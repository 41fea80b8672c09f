import { createRequestContext, type RequestContext, type RequestCredentials } from "../auth/request-context";
import { IncomeReads } from "../access";
import type { Services } from "../services";
import { Loaders } from "./loaders";

/**
 * What every resolver receives: the request context the services take (auth/request-context.ts),
 * plus this request's batch loaders and the process's services, which only resolvers use.
 */
export interface GraphQLContext extends RequestContext {
  loaders: Loaders;
  services: Services;
}

/** Builds the context of one HTTP request or WebSocket operation. */
export async function createContext(services: Services, request: RequestCredentials): Promise<GraphQLContext> {
  const context = await createRequestContext(services, request);
  return {
    ...context,
    loaders: new Loaders(services.db),
    services,
    incomeReads: context.viewer?.backOffice ? new IncomeReads() : undefined,
  };
}
