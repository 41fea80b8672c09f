import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { unauthenticated, forbidden, AppError } from "../errors";
import type { Viewer } from "./viewer";

/**
 * Who may call each root field (docs/architecture.md#tenancy-access-and-errors). Every Query, Mutation and Subscription field has
 * an entry; a test fails when one is missing. Per-employer rights (DIMONA_CONSULTATION,
 * FLEXI_AT_WORK, ACCESS_ADMIN) and tenancy are then checked by the services through
 * auth/tenancy.ts, because they depend on the records asked for.
 *
 * - anyone: no sign-in needed;
 * - signedIn: any signed-in user; the service narrows what they see;
 * - backOffice: back-office agents only.
 */
export type Access = "anyone" | "signedIn" | "backOffice";

export const OPERATION_POLICY: Record<"Query" | "Mutation" | "Subscription", Record<string, Access>> = {
  Query: {
    me: "signedIn",
    employers: "signedIn", // employers the user holds a right for; back office: all
    employer: "signedIn",
    workers: "signedIn", // DIMONA_CONSULTATION / FLEXI_AT_WORK employers' workers, own SSIN, back office
    worker: "signedIn",
    dimonaPeriods: "signedIn", // DIMONA_CONSULTATION employers, own periods, back office
    flexiJobbers: "signedIn", // DIMONA_CONSULTATION + FLEXI_AT_WORK of that employer (the wizard)
    employerClasses: "signedIn",
    flexiCeilings: "signedIn",
    wageDeclarations: "signedIn", // FLEXI_AT_WORK employers (with their drafts), own SSIN, back office (no drafts)
    wageDeclaration: "signedIn",
    wageDeclarationTotals: "signedIn", // over the declarations the caller may see
    declaredWorkers: "signedIn", // FLEXI_AT_WORK of that employer
    submissions: "signedIn", // FLEXI_AT_WORK employers; back office: transmitted ones
    submission: "signedIn",
    auditEntries: "signedIn", // back office: all; declarants and access administrators: their employer's entries
    flexiIncome: "signedIn",
    ceilingAlerts: "signedIn", // back office: all; a worker: their own; employers: none // back office and the worker themself: all; FLEXI_AT_WORK employers: own share
    eboxMessages: "signedIn", // FLEXI_AT_WORK employers' e-Boxes; the back office reads none
  },
  Mutation: {
    signIn: "anyone",
    signOut: "signedIn",
    changePassword: "signedIn",
    // The wizard and the employer's own declarations: FLEXI_AT_WORK of the declaration's employer.
    createSubmission: "signedIn",
    discardSubmission: "signedIn",
    addDeclaration: "signedIn",
    updateDraftDeclaration: "signedIn",
    removeDraftDeclaration: "signedIn",
    submitSubmission: "signedIn",
    submitDeclarations: "signedIn", // payroll software: FLEXI_AT_WORK of the employer
    modifyDeclaration: "signedIn",
    deleteDeclaration: "signedIn",
    // The back office's decisions on declarations.
    correctDeclaration: "backOffice",
    acceptDeclaration: "backOffice",
    refuseDeclaration: "backOffice",
    revalidateDeclaration: "backOffice",
    revalidateDeclarations: "backOffice",
    markEboxMessageRead: "signedIn", // a message of a FLEXI_AT_WORK employer
    // Reference data: the back office only.
    registerWorker: "backOffice",
    correctWorker: "backOffice",
    registerDimonaPeriod: "backOffice",
    correctDimonaPeriod: "backOffice",
    correctEmployer: "backOffice",
    setFlexiCeiling: "backOffice",
    // ACCESS_ADMIN of the employer grants and revokes DIMONA_CONSULTATION and FLEXI_AT_WORK; ACCESS_ADMIN: back office only.
    grantAccess: "signedIn",
    revokeAccess: "signedIn",
  },
  Subscription: {
    declarationStatusChanged: "signedIn", // filtered per event: FLEXI_AT_WORK employers, own SSIN, back office
    eboxMessageReceived: "signedIn", // filtered per message: FLEXI_AT_WORK employers
    submissionProgress: "signedIn", // a submission the caller may see
  },
};

/**
 * Checks the root fields of an operation against the policy, before anything runs. Unknown
 * root fields are refused: a field without an entry is never open by accident.
 */
export function checkOperationAccess(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  viewer: Viewer | null,
): void {
  const rootType =
    operation.operation === "query" ? "Query" : operation.operation === "mutation" ? "Mutation" : "Subscription";
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  for (const field of rootFields(operation.selectionSet, fragments, new Set())) {
    if (field.startsWith("__")) continue; // introspection
    const access = OPERATION_POLICY[rootType][field];
    if (!access) throw new AppError("FORBIDDEN", `No access policy for ${rootType}.${field}.`);
    if (access === "anyone") continue;
    if (!viewer) throw unauthenticated();
    if (access === "backOffice" && !viewer.backOffice) throw forbidden();
  }
}

function* rootFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): Generator<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection.name.value;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* rootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) yield* rootFields(fragment.selectionSet, fragments, seen);
    }
  }
}
