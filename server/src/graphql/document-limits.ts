/**
 * The document limits (security/document-limits.ts) over HTTP, ahead of Apollo: Apollo parses
 * and validates in one step with no hook between, so a document over a limit is answered here,
 * before Apollo reads it, as a GraphQL error in the closed set (BAD_USER_INPUT). Documents that
 * passed are remembered (up to 4 MB of them, then forgotten all at once), so that the console's
 * and the SDK's operations are parsed here only once per process.
 */
import type { RequestHandler } from "express";
import { AppError } from "../errors";
import { parseWithinLimits, type DocumentLimits } from "../security/document-limits";
import { formatError, toGraphQLError } from "./format-error";

/** Characters of passed documents kept at most. */
const REMEMBERED_CHARS = 4_000_000;

export function refuseOversizedDocuments(limits: DocumentLimits): RequestHandler {
  const passed = new Set<string>();
  let rememberedChars = 0;
  return (req, res, next) => {
    const query = queryOf(req.method === "GET" ? req.query : req.body);
    if (query === undefined || passed.has(query)) return next();
    try {
      parseWithinLimits(query, limits);
    } catch (error) {
      // A syntax error is Apollo's to report, in its own words.
      if (!(error instanceof AppError)) return next();
      const graphQLError = toGraphQLError(error);
      const accept = req.headers.accept ?? "";
      // As Apollo answers a document it cannot run: 400 for graphql-response+json clients, 200 for plain JSON ones.
      res
        .status(accept.includes("application/graphql-response+json") ? 400 : 200)
        .json({ errors: [formatError(graphQLError.toJSON(), graphQLError)] });
      return;
    }
    if (rememberedChars + query.length > REMEMBERED_CHARS) {
      passed.clear();
      rememberedChars = 0;
    }
    passed.add(query);
    rememberedChars += query.length;
    next();
  };
}

function queryOf(params: unknown): string | undefined {
  if (params === null || typeof params !== "object" || Array.isArray(params)) return undefined;
  const query = (params as { query?: unknown }).query;
  return typeof query === "string" ? query : undefined;
}
