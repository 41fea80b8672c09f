import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { unauthenticated, forbidden, AppError } from "../errors";
import type { PermissionCode } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import type { RecordKind } from "./records";

/**
 * Who may call each root field. Every Query, Mutation and Subscription field has an entry; a
 * test fails when one is missing (policy.spec.ts). The gate (anyone, signed in, back office) is
 * checked here before anything runs; what narrows a signed-in caller further depends on the
 * records asked for, so the service checks it, and the entry names it:
 *
 * - `own`: the caller's own user or session, or reference data every user may read;
 * - `rowsOf(kind)`: only the rows (or subscription events) the rule of that kind lets the caller
 *   see (rules.ts);
 * - `oneOf(kind, argument)`: the record the argument names, NOT_FOUND outside that rule
 *   (visible.ts `visibleById`);
 * - `permissionAt(argument, ...)`: the caller holds these permissions at the employer the
 *   argument names, or is the back office; an employer it has nothing to do with is NOT_FOUND,
 *   one it knows without the right FORBIDDEN (scope.ts `requireEmployerPermission`);
 * - `declaresForThe(kind, argument)`: the record the argument names belongs to an employer the
 *   caller declares for (FLEXI_AT_WORK there; the back office as such does not), else NOT_FOUND.
 */
export type PolicyEntry =
  { gate: "anyone" } | { gate: "backOffice" } | { gate: "signedIn"; narrowedBy: Narrowing; note?: string };

export type Narrowing =
  | { kind: "own"; what: string }
  | { kind: "rows"; rule: RecordKind }
  | { kind: "one"; rule: RecordKind; argument: string }
  | { kind: "employerPermission"; permissions: readonly PermissionCode[]; argument: string }
  | { kind: "declaresFor"; rule: RecordKind; argument: string };

const anyone: PolicyEntry = { gate: "anyone" };
const backOffice: PolicyEntry = { gate: "backOffice" };
const own = (what: string): PolicyEntry => ({ gate: "signedIn", narrowedBy: { kind: "own", what } });
const rowsOf = (rule: RecordKind, note?: string): PolicyEntry => ({
  gate: "signedIn",
  narrowedBy: { kind: "rows", rule },
  note,
});
const oneOf = (rule: RecordKind, argument: string, note?: string): PolicyEntry => ({
  gate: "signedIn",
  narrowedBy: { kind: "one", rule, argument },
  note,
});
const permissionAt = (argument: string, ...permissions: PermissionCode[]): PolicyEntry => ({
  gate: "signedIn",
  narrowedBy: { kind: "employerPermission", permissions, argument },
});
const declaresForThe = (rule: RecordKind, argument: string): PolicyEntry => ({
  gate: "signedIn",
  narrowedBy: { kind: "declaresFor", rule, argument },
});

export const OPERATION_POLICY: Record<"Query" | "Mutation" | "Subscription", Record<string, PolicyEntry>> = {
  Query: {
    me: own("the caller's user and rights"),
    employers: rowsOf("employer"),
    employer: oneOf("employer", "id"),
    workers: rowsOf("worker"),
    worker: oneOf("worker", "id", "or by `ssin`, the same rule"),
    dimonaPeriods: rowsOf("dimonaPeriod"),
    flexiJobbers: permissionAt("employerId", "DIMONA_CONSULTATION", "FLEXI_AT_WORK"),
    checkSubmissionPeriod: own("rules on the arguments alone, no record read"),
    checkDeclarationInput: own("rules on the argument alone, no record read"),
    employerClasses: own("reference data"),
    flexiCeilings: own("reference data"),
    wageDeclarations: rowsOf("wageDeclaration"),
    wageDeclaration: oneOf("wageDeclaration", "id"),
    wageDeclarationTotals: rowsOf("wageDeclaration", "sums over the declarations the caller sees"),
    declaredWorkers: permissionAt("employerId", "FLEXI_AT_WORK"),
    submissions: rowsOf("submission"),
    submission: oneOf("submission", "id"),
    auditEntries: rowsOf("auditEntry"),
    flexiIncome: oneOf(
      "worker",
      "ssin",
      "the back office and the worker themself read all of it; another caller needs FLEXI_AT_WORK somewhere and reads only the share of the employers it declares for",
    ),
    ceilingAlerts: rowsOf("ceilingAlert"),
    eboxMessages: rowsOf("eboxMessage"),
  },
  Mutation: {
    signIn: anyone,
    signOut: own("the caller's session"),
    changePassword: own("the caller's password"),
    // The wizard and the employer's own declarations.
    createSubmission: permissionAt("input.employerId", "FLEXI_AT_WORK"),
    discardSubmission: declaresForThe("submission", "id"),
    selectSubmissionWorkers: declaresForThe("submission", "id"),
    addDeclaration: declaresForThe("submission", "input.submissionId"),
    updateDraftDeclaration: declaresForThe("wageDeclaration", "id"),
    removeDraftDeclaration: declaresForThe("wageDeclaration", "id"),
    submitSubmission: declaresForThe("submission", "id"),
    submitDeclarations: permissionAt("input.employerId", "FLEXI_AT_WORK"),
    modifyDeclaration: declaresForThe("wageDeclaration", "id"),
    deleteDeclaration: declaresForThe("wageDeclaration", "id"),
    // The back office's decisions on declarations.
    correctDeclaration: backOffice,
    acceptDeclaration: backOffice,
    refuseDeclaration: backOffice,
    acceptDeclarations: backOffice,
    refuseDeclarations: backOffice,
    revalidateDeclaration: backOffice,
    revalidateDeclarations: backOffice,
    markEboxMessageRead: oneOf("eboxMessage", "id"),
    // Reference data: the back office only.
    registerWorker: backOffice,
    correctWorker: backOffice,
    registerDimonaPeriod: backOffice,
    correctDimonaPeriod: backOffice,
    correctEmployer: backOffice,
    setFlexiCeiling: backOffice,
    // ACCESS_ADMIN of the employer grants and revokes DIMONA_CONSULTATION and FLEXI_AT_WORK; ACCESS_ADMIN itself: the back office only.
    grantAccess: permissionAt("input.employerId", "ACCESS_ADMIN"),
    revokeAccess: permissionAt("input.employerId", "ACCESS_ADMIN"),
  },
  Subscription: {
    declarationStatusChanged: rowsOf("wageDeclaration", "each event, in memory"),
    eboxMessageReceived: rowsOf("eboxMessage", "each message, in memory"),
    submissionProgress: oneOf("submission", "submissionId"),
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
    const entry = OPERATION_POLICY[rootType][field];
    if (!entry) throw new AppError("FORBIDDEN", `No access policy for ${rootType}.${field}.`);
    if (entry.gate === "anyone") continue;
    if (!viewer) throw unauthenticated();
    if (entry.gate === "backOffice" && !viewer.backOffice) throw forbidden();
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
