import type { GraphQLSchema } from "graphql";

/**
 * Schema descriptions that several types, fields or arguments share, written once so that the
 * same rule reads the same everywhere (schema-descriptions.spec.ts checks that nothing is left
 * without one).
 */

/** The paging arguments of every connection (db/page.ts applies them). */
export const PAGE_ARGS = {
  first:
    "Forwards: at most this many rows, 0 to 500 (default 50); more is BAD_USER_INPUT at `first`. Not together with `last` or `before`.",
  after:
    "Forwards: the rows after this cursor (an edge's `cursor` or `pageInfo.endCursor` of the same list, filter and order). A cursor of another list is BAD_USER_INPUT; not together with `offset`.",
  last: "Backwards: the last rows (before `before`, else of the whole list), 0 to 500 (default 50), still in the list's order. Not together with `first` or `after`.",
  before:
    "Backwards: the rows before this cursor (an edge's `cursor` or `pageInfo.startCursor` of the same list, filter and order). Not together with `offset`.",
  offset:
    "Skips this many rows (0 or more, default 0), for numbered pages; not together with `after` or `before`. Cursors stay stable while rows are added, offsets do not.",
} as const;

/** `and`, `or` and `not` of every filter input; the other fields of one filter all have to match. */
export const FILTER_COMBINATORS = {
  and: "Every one of these filters matches (as well as this filter's other fields).",
  or: "At least one of these filters matches (as well as this filter's other fields).",
  not: "This filter does not match.",
} as const;

/** The `id` of a record type. */
export const RECORD_ID = "The record's UUID, stable for its lifetime.";

/** The `id` argument of a mutation on a declaration. */
export const DECLARATION_ID_ARG =
  "The declaration's id; NOT_FOUND when it does not exist or the caller may not see it.";

/** The concurrency token of a person's change to a declaration. */
export const EXPECTED_VERSION_ARG =
  "The declaration's `version` as the caller last read it; CONFLICT when it has changed since (read it again), and nothing is written.";

/** The reason of a back-office decision on a declaration. */
export const DECLARATION_REASON_ARG =
  "Why the back office does this: required, not blank (BAD_USER_INPUT at `reason`). The employer (status events, e-Box) and the audit trail see it.";

/** The reason of a back-office correction of reference data. */
export const REFERENCE_REASON_ARG =
  "Why the back office makes this correction: required, not blank, at most 1000 characters (BAD_USER_INPUT at `reason`). The audit trail keeps it.";

/** The employer id condition of a filter. */
export const EMPLOYER_ID_FILTER = "Only records of these employers (by id).";

/** `createdAt` of a record. */
export const CREATED_AT = "When the record was created (DateTime, UTC).";

/** The fields of every connection (graphql/connection.ts, and the e-Box's own connection). */
export const CONNECTION_DESCRIPTIONS = {
  nodes: "The page's records, in the list's order: the simplest way to read a page.",
  edges: "The page's records with their cursors, in the list's order; ask for them only when paging by cursor.",
  pageInfo: "Cursors and whether more rows come before or after this page.",
  totalCount:
    "How many records match the filter, whatever the paging arguments. It costs a second query: ask for it only when shown.",
} as const;

/** The fields of every connection edge. */
export const EDGE_DESCRIPTIONS = {
  cursor: "Opaque cursor of this row: give it as `after` or `before` to the same list with the same filter and order.",
} as const;

/** The `filter` argument of a list. */
export const LIST_FILTER_ARG =
  "Conditions on the rows; unset: every row the caller may see. Ids of records the caller may not see simply match nothing.";

/** The `orderBy` argument of a list. */
export const ORDER_BY_ARG =
  "Sort keys, the first one deciding first; ties are broken by id so that cursors stay exact. Unset or empty: the list's default order.";

/** What each root type is for; type-graphql builds the root types without a description. */
const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    "Reads. Send the token as `Authorization: Bearer <token>`; without one every field is UNAUTHENTICATED. Lists are connections (first/after or last/before, at most 500 rows a page).",
  Mutation:
    "Changes, each one transaction: all or nothing. Errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (with `extensions.fieldErrors`: path, code, message of every problem), CONFLICT, INVALID_STATE, RATE_LIMITED, SERVICE_UNAVAILABLE (the database cannot be reached for a moment: try again after `extensions.retryAfterSeconds`).",
  Subscription:
    'Live events over the WebSocket at /graphql (graphql-ws); give the token as connectionParams.authorization = "Bearer <token>". Events arrive in commit order and can be resumed with `after`.',
} as const;

/** Gives the schema's root types their descriptions (the schema is built by type-graphql). */
export function describeRootTypes(schema: GraphQLSchema): void {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type && type.name in ROOT_TYPE_DESCRIPTIONS) {
      type.description = ROOT_TYPE_DESCRIPTIONS[type.name as keyof typeof ROOT_TYPE_DESCRIPTIONS];
    }
  }
}
