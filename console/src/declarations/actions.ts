/**
 * The back office's decisions on declarations: each a typed mutation with the declaration's own
 * concurrency token (expectedVersion) and, for accept and refuse, a reason. Bulk review runs them
 * one by one, so that one stale or illegal row does not stop the others, and reports each failure.
 */
import { ApiError, request } from "../../api/client";
import type { DeclarationInput } from "../../gql/graphql";
import {
  OfficeAcceptDeclaration,
  OfficeCorrectDeclaration,
  OfficeDeclarationVersion,
  OfficeRefuseDeclaration,
  OfficeRevalidateDeclaration,
} from "./operations";

export type Decision = "accept" | "refuse";

export async function decide(decision: Decision, id: string, expectedVersion: number, reason: string): Promise<void> {
  const variables = { id, expectedVersion, reason };
  if (decision === "accept") await request(OfficeAcceptDeclaration, variables);
  else await request(OfficeRefuseDeclaration, variables);
}

export async function correctDeclaration(
  id: string,
  expectedVersion: number,
  input: DeclarationInput,
  reason: string,
): Promise<void> {
  await request(OfficeCorrectDeclaration, { id, expectedVersion, input, reason });
}

export async function revalidateDeclaration(id: string): Promise<void> {
  await request(OfficeRevalidateDeclaration, { id });
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
  decision: Decision,
  ids: string[],
  knownVersion: (id: string) => number | undefined,
  reason: string,
): Promise<BulkResult> {
  const result: BulkResult = { succeeded: [], failed: [] };
  for (const id of ids) {
    try {
      const version = knownVersion(id) ?? (await request(OfficeDeclarationVersion, { id })).wageDeclaration?.version;
      if (version == null) throw new ApiError("This declaration does not exist.", "NOT_FOUND");
      await decide(decision, id, version, reason);
      result.succeeded.push(id);
    } catch (error) {
      result.failed.push({ id, code: error instanceof ApiError ? error.code : "INTERNAL_SERVER_ERROR", error });
    }
  }
  return result;
}
