/**
 * The document limits (security/document-limits.ts) over HTTP, ahead of Apollo: Apollo parses
 * and validates in one step with no hook between, so a document over a limit is answered before
 * Apollo reads it (http/graphql-handler.ts), as a GraphQL error in the closed set
 * (BAD_USER_INPUT). Documents that passed are remembered (up to 4 MB of them, then forgotten all
 * at once), so that the console's and the SDK's operations are checked only once per process.
 */
import type { GraphQLError } from "graphql";
import { AppError } from "../errors";
import { parseWithinLimits, type DocumentLimits } from "../security/document-limits";
import { toGraphQLError } from "./format-error";

/** Characters of passed documents kept at most. */
const REMEMBERED_CHARS = 4_000_000;

/** The check of one process: the error to answer for a document over a limit, or nothing. */
export type DocumentLimitsCheck = (query: unknown) => GraphQLError | undefined;

export function documentLimitsCheck(limits: DocumentLimits): DocumentLimitsCheck {
  const passed = new Set<string>();
  let rememberedChars = 0;
  return (query) => {
    if (typeof query !== "string" || passed.has(query)) return undefined;
    try {
      parseWithinLimits(query, limits);
    } catch (error) {
      // A syntax error is Apollo's to report, in its own words.
      return error instanceof AppError ? toGraphQLError(error) : undefined;
    }
    if (rememberedChars + query.length > REMEMBERED_CHARS) {
      passed.clear();
      rememberedChars = 0;
    }
    passed.add(query);
    rememberedChars += query.length;
    return undefined;
  };
}
