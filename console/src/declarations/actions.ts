/**
 * The back office's decisions by hand: one declaration (its page), or many with the same reason
 * in one request (the review queue's selection). The API decides many all or nothing
 * (docs/decisions/0019-bulk-decisions-all-or-nothing.md): either every one is decided, or none is
 * and the error names each declaration that stood in the way.
 */
import type { FlexiDataProvider } from "../api/dataProvider";
import { FlexiApiError } from "../api/flexi";

export type Decision = "accept" | "refuse";

/** Accepts or refuses one declaration with the version the agent saw. */
export async function decide(
  dataProvider: FlexiDataProvider,
  decision: Decision,
  id: string,
  expectedVersion: number,
  reason: string,
): Promise<void> {
  const variables = { id, expectedVersion, reason };
  if (decision === "accept") await dataProvider.acceptDeclaration(variables);
  else await dataProvider.refuseDeclaration(variables);
}

/** A declaration the API would not decide, and why (NOT_FOUND, CONFLICT or INVALID_STATE). */
export interface RefusedItem {
  id: string;
  code: string;
}

/**
 * Accepts or refuses these declarations (each with the version the agent saw) in one request.
 * Resolves with the refused items when the API refused the whole call because of some of them;
 * any other error (the reason, the network) is thrown.
 */
export async function decideAll(
  dataProvider: FlexiDataProvider,
  decision: Decision,
  items: { id: string; expectedVersion: number }[],
  reason: string,
): Promise<RefusedItem[]> {
  try {
    if (decision === "accept") await dataProvider.acceptDeclarations({ items, reason });
    else await dataProvider.refuseDeclarations({ items, reason });
    return [];
  } catch (error) {
    if (error instanceof FlexiApiError && error.itemErrors.length > 0)
      return error.itemErrors.map((item) => ({ id: item.id, code: item.code }));
    throw error;
  }
}
