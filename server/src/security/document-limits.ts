/**
 * Bounds on a GraphQL document before it is parsed and validated (docs/operations.md#limits),
 * over HTTP (graphql/document-limits.ts, ahead of Apollo) and over WebSocket (server.ts's
 * onSubscribe). Validation is what a large document makes slow: graphql-js compares every pair
 * of fields with the same response name (OverlappingFieldsCanBeMerged), so a few thousand
 * aliases of one field take the event loop for seconds. The checks here cost no more than
 * reading the text once:
 * - its length (a comparison, before anything reads it);
 * - its tokens (graphql-js stops parsing at `maxTokens`);
 * - the fields it selects, counted on the parsed document: each field once, a fragment's fields
 *   once per spread (memoised, so that fragments spread in fragments cannot blow the count up).
 */
import { GraphQLError, Kind, parse, type DocumentNode, type SelectionSetNode } from "graphql";
import { badUserInput, type AppError } from "../errors";

export interface DocumentLimits {
  /** Longest document, in bytes of UTF-8 (MAX_QUERY_BYTES). */
  maxBytes: number;
  /** Most tokens (names, punctuation, values; not comments) a document may have (MAX_QUERY_TOKENS). */
  maxTokens: number;
  /** Most fields a document may select, aliases and fragment spreads counted out (MAX_QUERY_FIELDS). */
  maxFields: number;
}

/**
 * Parses a document within the limits. Throws BAD_USER_INPUT (an AppError, with an
 * OUT_OF_RANGE field error) for a document over a limit, and graphql-js's syntax error for one
 * that does not parse.
 */
export function parseWithinLimits(query: string, limits: DocumentLimits): DocumentNode {
  // A UTF-8 byte is at most one UTF-16 unit; the exact count only when the length leaves doubt.
  if (query.length > limits.maxBytes || (query.length * 3 > limits.maxBytes && byteLength(query) > limits.maxBytes))
    throw refusal(
      `The document is too large: it has ${byteLength(query).toLocaleString("en")} bytes, at most ` +
        `${limits.maxBytes.toLocaleString("en")} are allowed. Send values as variables.`,
    );
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /more th\w+ \d+ tokens/.test(error.message))
      throw refusal(
        `The document is too long: it has more than ${limits.maxTokens.toLocaleString("en")} tokens, ` +
          "the most allowed. Send values as variables.",
      );
    throw error;
  }
  const fields = selectedFields(document, limits.maxFields);
  if (fields > limits.maxFields)
    throw refusal(
      `The document selects too many fields: more than ${limits.maxFields.toLocaleString("en")} ` +
        "(each alias and each field of a spread fragment counts), the most allowed.",
    );
  return document;
}

/**
 * The fields a document selects: each field node once, a fragment's fields once per spread,
 * and the fragments no operation spreads once. Stops counting above `atMost`.
 */
export function selectedFields(document: DocumentNode, atMost = Number.MAX_SAFE_INTEGER): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  const counted = new Map<string, number>();
  const counting = new Set<string>();
  const countFragment = (name: string): number => {
    const known = counted.get(name);
    if (known !== undefined) return known;
    const set = fragments.get(name);
    // Unknown and cyclic spreads do not pass validation; nothing to count here.
    if (!set || counting.has(name)) return 0;
    counting.add(name);
    const fields = countSet(set);
    counting.delete(name);
    counted.set(name, fields);
    return fields;
  };
  const countSet = (set: SelectionSetNode): number => {
    let fields = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields += 1 + (selection.selectionSet ? countSet(selection.selectionSet) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields += countSet(selection.selectionSet);
      else fields += countFragment(selection.name.value);
      // Saturates: a count above the limit is refused however far above.
      if (fields > atMost) return atMost + 1;
    }
    return fields;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total += countSet(definition.selectionSet);
    if (total > atMost) return atMost + 1;
  }
  for (const name of fragments.keys()) if (!counted.has(name)) total += countFragment(name);
  return Math.min(total, atMost + 1);
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function refusal(message: string): AppError {
  return badUserInput([{ path: [], code: "OUT_OF_RANGE", message }], message);
}
