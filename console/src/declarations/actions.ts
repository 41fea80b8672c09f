/**
 * The back office's bulk review: accept or refuse many declarations with the same reason, one by
 * one through the data provider, so that one stale or illegal row does not stop the others, and
 * each failure is reported.
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

export interface BulkFailure {
  id: string;
  code: string;
  error: unknown;
}

export interface BulkResult {
  succeeded: string[];
  failed: BulkFailure[];
}

/**
 * Accepts or refuses each declaration with the same reason. `knownVersion` gives the version the
 * agent saw in the list; a row selected on another page is read first.
 */
export async function decideMany(
  dataProvider: FlexiDataProvider,
  decision: Decision,
  ids: string[],
  knownVersion: (id: string) => number | undefined,
  reason: string,
): Promise<BulkResult> {
  const result: BulkResult = { succeeded: [], failed: [] };
  for (const id of ids) {
    try {
      const version = knownVersion(id) ?? (await dataProvider.declarationVersion({ id })).wageDeclaration?.version;
      if (version == null) throw new FlexiApiError("This declaration does not exist.", "NOT_FOUND");
      await decide(dataProvider, decision, id, version, reason);
      result.succeeded.push(id);
    } catch (error) {
      result.failed.push({ id, code: error instanceof FlexiApiError ? error.code : "INTERNAL_SERVER_ERROR", error });
    }
  }
  return result;
}
