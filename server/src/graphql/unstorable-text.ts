import { Kind, visit, type DocumentNode } from "graphql";
import { badUserInput, type FieldError } from "../errors";

/**
 * PostgreSQL cannot store the NUL character in text: a value holding one would fail in the
 * database as an internal error. It is refused for every operation before anything runs, as
 * BAD_USER_INPUT with the path of each offending value (relative to its variable when that is an
 * input object, as the other field errors are).
 */
export function refuseUnstorableText(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): void {
  const errors: FieldError[] = [];
  const message = "Text may not contain the NUL character (U+0000).";
  for (const [name, value] of Object.entries(variables ?? {})) {
    const nested = value !== null && typeof value === "object";
    for (const path of nulPaths(value, nested ? [] : [name])) errors.push({ path, code: "INVALID_FORMAT", message });
  }
  if (literalNulIn(document)) errors.push({ path: [], code: "INVALID_FORMAT", message });
  if (errors.length > 0) throw badUserInput(errors);
}

/** Whether a document's string literals hold a NUL; looked at once per document (Apollo reuses parsed documents). */
function literalNulIn(document: DocumentNode): boolean {
  let found = LITERAL_NUL.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (node.value.includes("\u0000")) found = true;
      },
    });
    LITERAL_NUL.set(document, found);
  }
  return found;
}

const LITERAL_NUL = new WeakMap<DocumentNode, boolean>();

function nulPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (typeof value === "string") return value.includes("\u0000") ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => nulPaths(item, [...path, key]));
  }
  return [];
}
