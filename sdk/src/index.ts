export {
  createFlexiClient,
  FlexiApiError,
  SESSION_EXPIRED_CLOSE_CODE,
  type FlexiClient,
  type FlexiClientOptions,
  type StatusEvent,
  type EboxMessageEvent,
  type TokenRequest,
  type TokenValue,
} from "./client";
export * from "./operations";
export { graphql } from "./gql";
export type * from "./gql/graphql";
