export {
  createFlexiClient,
  FlexiApiError,
  type FlexiClient,
  type FlexiClientOptions,
  type StatusEvent,
  type EboxMessageEvent,
} from "./client";
export * from "./operations";
export { graphql } from "./gql";
export type * from "./gql/graphql";
