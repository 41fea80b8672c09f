/**
 * What a viewer may do with a declaration, by its status: the employer modifies or deletes, the
 * back office corrects, accepts, refuses or revalidates. The one place these rules live in the
 * console: the employer's worker page and the back office's declaration page both ask here.
 */
import type { DeclarationStatus } from "../gql/graphql";

export type DeclarationAction = "MODIFY" | "DELETE" | "ACCEPT" | "REFUSE" | "CORRECT" | "REVALIDATE";

/** Who looks at the declaration: the employer's declarant or a back-office agent. */
export type ViewerRole = "employer" | "backOffice";

/** A person may send a modification or a deletion of a declaration the controls have decided on. */
const CHANGEABLE: ReadonlySet<DeclarationStatus> = new Set(["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"]);
/** The back office corrects the content of a declaration the controls have decided on. */
const CORRECTABLE: ReadonlySet<DeclarationStatus> = new Set(["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"]);
/** The back office decides on (or has controlled again) a declaration that is pending or has anomalies. */
const DECIDABLE: ReadonlySet<DeclarationStatus> = new Set(["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"]);

export function allowedActions(declaration: { status: DeclarationStatus }, role: ViewerRole): DeclarationAction[] {
  const { status } = declaration;
  if (role === "employer") return CHANGEABLE.has(status) ? ["MODIFY", "DELETE"] : [];
  return [
    ...(CORRECTABLE.has(status) ? (["CORRECT"] as const) : []),
    ...(DECIDABLE.has(status) ? (["ACCEPT", "REFUSE", "REVALIDATE"] as const) : []),
  ];
}
