/**
 * The declaration lifecycle of docs/domain-rules.md#the-lifecycle as one typed transition table.
 *
 * A declaration is a chain of versions; only the newest one's status changes. Its `inForce`
 * version is the last accepted one (ACCEPTED or ACCEPTED_WITH_WARNINGS): totals, the duplicate
 * control and the ceiling counter use it, so a refused modification or cancellation leaves the
 * earlier version in force.
 *
 * Decisions the design leaves open (each is a row or a guard below):
 * - A processed cancellation (CANCELLED) leaves nothing in force: `inForceVersion` becomes null,
 *   so totals no longer count the declaration. CANCELLED is final: every action is refused.
 * - Deleting a refused declaration with nothing in force withdraws it: the newest version itself
 *   becomes CANCELLED, no new version, no controls.
 * - Controls end an ORIGINAL or MODIFICATION in ACCEPTED, ACCEPTED_WITH_WARNINGS or REFUSED, and a
 *   CANCELLATION in CANCELLED or REFUSED (docs/domain-rules.md#the-asynchronous-controls); any other outcome is refused.
 * - The back office's accept of a CANCELLATION version processes the cancellation (CANCELLED, nothing
 *   in force), since an accepted cancellation cannot itself be in force; refuse makes it REFUSED.
 * - The back office may refuse a PENDING or ACCEPTED_WITH_WARNINGS version, not an already REFUSED
 *   one (that would change nothing, and no transition is a silent no-op); accept is allowed from
 *   PENDING, ACCEPTED_WITH_WARNINGS and REFUSED.
 * - Controls that finish on a version the back office has already decided find it no longer
 *   PENDING: `controlsDone` is refused, and the control job skips it (controls are idempotent).
 */
import type { DeclarationKindCode, DeclarationStatusCode } from "./declaration-status";

/** Statuses whose version counts as accepted: the last such version is the one in force. */
export const ACCEPTED_STATUSES = [
  "ACCEPTED",
  "ACCEPTED_WITH_WARNINGS",
] as const satisfies readonly DeclarationStatusCode[];
export type AcceptedStatusCode = (typeof ACCEPTED_STATUSES)[number];

/** Whether a version with this status is accepted (and so may be in force). */
export function isAcceptedStatus(status: DeclarationStatusCode): status is AcceptedStatusCode {
  return (ACCEPTED_STATUSES as readonly DeclarationStatusCode[]).includes(status);
}

/** What the lifecycle needs to know about a declaration. */
export interface DeclarationState {
  /** Status of the newest version, which is the declaration's status. */
  newestStatus: DeclarationStatusCode;
  /** Kind of the newest version: controls end a CANCELLATION differently. */
  newestKind: DeclarationKindCode;
  /** Number of the newest version (1, 2, ...). */
  newestVersion: number;
  /** The version in force (last accepted), null when none or after a processed cancellation. */
  inForceVersion: number | null;
  /**
   * The last ACCEPTED* version older than the newest one, null when none. Needed when the back
   * office refuses an accepted newest version: the version in force falls back to this one.
   * While the newest is not accepted (and not CANCELLED) it equals `inForceVersion`.
   */
  lastAcceptedBeforeNewest: number | null;
}

/** Outcomes of the asynchronous controls (docs/domain-rules.md#the-asynchronous-controls). */
export type ControlsOutcome = "ACCEPTED" | "ACCEPTED_WITH_WARNINGS" | "REFUSED" | "CANCELLED";

/** Something that happens to a declaration. */
export type LifecycleAction =
  /** The submission holding the draft is submitted. */
  | { type: "submit" }
  /** The asynchronous controls of the newest version finished. */
  | { type: "controlsDone"; outcome: ControlsOutcome }
  /** The employer sends new content (cancel-and-replace). */
  | { type: "modify" }
  /** The back office sends new content, with a reason. */
  | { type: "correct" }
  /** The employer deletes the declaration (bin). */
  | { type: "delete" }
  /** The back office accepts the newest version. */
  | { type: "accept" }
  /** The back office refuses the newest version. */
  | { type: "refuse" }
  /** The back office runs the controls again on the newest version (after correcting what they read). */
  | { type: "revalidate" }
  /** The employer edits a draft (wizard overview, pencil). */
  | { type: "editDraft" }
  /** The employer removes a draft (wizard overview, bin). */
  | { type: "removeDraft" };

export type LifecycleActionType = LifecycleAction["type"];

/** Where a new version's content comes from. */
export type NewVersionContent =
  /** The input of the mutation (modify, correct). */
  | { from: "INPUT" }
  /** A copy of an existing version: a cancellation repeats the content it cancels. */
  | { from: "VERSION"; version: number };

/** A version that the transition creates. */
export interface NewVersion {
  number: number;
  kind: DeclarationKindCode;
  status: DeclarationStatusCode;
  content: NewVersionContent;
}

/** What the service must do for a legal transition. */
export interface LifecycleEffect {
  /** The version to create, or null when the transition changes the newest version in place. */
  newVersion: NewVersion | null;
  /** Status of the newest version afterwards (the new version's when one is created). */
  newestStatus: DeclarationStatusCode;
  /**
   * The declaration's status change, for the status event; null when it does not change.
   * Drafts emit no events: editing or removing one gives null (docs/domain-rules.md#drafts-and-submissions).
   */
  statusChange: { from: DeclarationStatusCode; to: DeclarationStatusCode } | null;
  /** Whether the asynchronous controls must run on the newest version (a job is queued). */
  runControls: boolean;
  /** The version in force afterwards. */
  inForceVersion: number | null;
  /** Whether the content of the (draft) newest version is replaced by the input. */
  replacesDraftContent: boolean;
  /** Whether the declaration is removed altogether (a draft). */
  removesDeclaration: boolean;
  /** A person's change, which increments the concurrency token `version`; false for control results (docs/domain-rules.md#the-lifecycle). */
  personChange: boolean;
  /** The state afterwards; meaningless when `removesDeclaration`. */
  next: DeclarationState;
}

export type LifecycleResult = { ok: true; effect: LifecycleEffect } | { ok: false; reason: string };

/** What a row decides; `nextState` derives the status event and the next state from it. */
type Step = Omit<LifecycleEffect, "statusChange" | "next">;

/** One row of the table: the newest statuses an action is allowed from, and what it does. */
interface Transition<A extends LifecycleAction> {
  from: readonly DeclarationStatusCode[];
  /** Why, in a refusal message, when the status is not in `from`. */
  describe: string;
  /** A refusal beyond the source status (e.g. an outcome that does not fit the version's kind). */
  guard?: (state: DeclarationState, action: A) => string | null;
  apply: (state: DeclarationState, action: A) => Step;
}

type TransitionTable = { [T in LifecycleActionType]: Transition<Extract<LifecycleAction, { type: T }>> };

/** The newest version changes status in place; nothing else happens unless overridden. */
function inPlace(state: DeclarationState, newestStatus: DeclarationStatusCode, personChange: boolean): Step {
  return {
    newVersion: null,
    newestStatus,
    runControls: false,
    inForceVersion: state.inForceVersion,
    replacesDraftContent: false,
    removesDeclaration: false,
    personChange,
  };
}

/**
 * The newest version is decided: an accepted one comes into force, a refused one leaves the
 * earlier accepted version in force, a cancelled one leaves nothing in force.
 */
function decideNewest(state: DeclarationState, status: DeclarationStatusCode, personChange: boolean): Step {
  const inForceVersion = isAcceptedStatus(status)
    ? state.newestVersion
    : status === "CANCELLED"
      ? null
      : state.lastAcceptedBeforeNewest;
  return { ...inPlace(state, status, personChange), inForceVersion };
}

/** A new PENDING version, controlled; what is in force stays until the new version is accepted. */
function newPendingVersion(state: DeclarationState, kind: DeclarationKindCode, content: NewVersionContent): Step {
  return {
    ...inPlace(state, "PENDING", true),
    newVersion: { number: state.newestVersion + 1, kind, status: "PENDING", content },
    runControls: true,
  };
}

/** Modify and correct: new content; ORIGINAL again when nothing is in force (a resend after refusal). */
function newContentVersion(state: DeclarationState): Step {
  return newPendingVersion(state, state.inForceVersion === null ? "ORIGINAL" : "MODIFICATION", { from: "INPUT" });
}

/** The lifecycle of docs/domain-rules.md#the-lifecycle: keyed by action, listing the newest statuses each is allowed from. */
export const LIFECYCLE: TransitionTable = {
  submit: {
    from: ["DRAFT"],
    describe: "only a draft can be submitted",
    apply: (state) => ({ ...inPlace(state, "PENDING", true), runControls: true }),
  },
  controlsDone: {
    from: ["PENDING"],
    describe: "controls finish only on a pending version",
    guard: (state, { outcome }) => {
      const cancellation = state.newestKind === "CANCELLATION";
      if (cancellation && isAcceptedStatus(outcome)) return "a cancellation ends CANCELLED or REFUSED, never accepted";
      if (!cancellation && outcome === "CANCELLED") return "only a CANCELLATION version ends CANCELLED";
      return null;
    },
    apply: (state, { outcome }) => decideNewest(state, outcome, false),
  },
  modify: {
    from: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
    describe: "a declaration can be modified only when its newest version is accepted or refused",
    apply: newContentVersion,
  },
  correct: {
    from: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
    describe: "a declaration can be corrected only when its newest version is accepted or refused",
    apply: newContentVersion,
  },
  delete: {
    from: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
    describe: "a declaration can be deleted only when its newest version is accepted or refused",
    apply: (state) =>
      state.inForceVersion === null
        ? // Refused and never accepted: withdrawn at once, there is nothing to cancel.
          decideNewest(state, "CANCELLED", true)
        : // Cancel the version in force: the newest, or the one before a refused newest.
          newPendingVersion(state, "CANCELLATION", { from: "VERSION", version: state.inForceVersion }),
  },
  accept: {
    from: ["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
    describe: "the back office can accept only a pending, accepted-with-warnings or refused version",
    // Accepting a cancellation processes it: a cancellation is never itself in force.
    apply: (state) => decideNewest(state, state.newestKind === "CANCELLATION" ? "CANCELLED" : "ACCEPTED", true),
  },
  refuse: {
    from: ["PENDING", "ACCEPTED_WITH_WARNINGS"],
    describe: "the back office can refuse only a pending or accepted-with-warnings version",
    apply: (state) => decideNewest(state, "REFUSED", true),
  },
  revalidate: {
    from: ["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
    describe: "the controls can run again only on a pending, accepted-with-warnings or refused version",
    // The newest goes back to PENDING: while it is, the last accepted version before it is in force.
    apply: (state) => ({
      ...inPlace(state, "PENDING", true),
      runControls: true,
      inForceVersion: state.lastAcceptedBeforeNewest,
    }),
  },
  editDraft: {
    from: ["DRAFT"],
    describe: "only a draft can be edited",
    apply: (state) => ({ ...inPlace(state, "DRAFT", true), replacesDraftContent: true }),
  },
  removeDraft: {
    from: ["DRAFT"],
    describe: "only a draft can be removed",
    apply: (state) => ({ ...inPlace(state, "DRAFT", true), removesDeclaration: true }),
  },
};

/**
 * Applies an action to a declaration's state.
 * @returns the effect to carry out, or `{ ok: false, reason }` for an illegal transition (the
 *   service answers INVALID_STATE with the reason); never a silent no-op
 * @throws RangeError when `state` is inconsistent (a bug or corrupt data, not a user's mistake)
 */
export function nextState(state: DeclarationState, action: LifecycleAction): LifecycleResult {
  assertConsistent(state);
  // Each row is typed for its own action; TypeScript cannot correlate the union here.
  const transition = LIFECYCLE[action.type] as Transition<LifecycleAction>;
  if (!transition.from.includes(state.newestStatus)) {
    return {
      ok: false,
      reason: `Cannot ${action.type} while the declaration is ${state.newestStatus}: ${transition.describe}.`,
    };
  }
  const refusal = transition.guard?.(state, action) ?? null;
  if (refusal !== null) return { ok: false, reason: `Cannot ${action.type}: ${refusal}.` };

  const step = transition.apply(state, action);
  const next: DeclarationState = step.newVersion
    ? {
        newestStatus: step.newestStatus,
        newestKind: step.newVersion.kind,
        newestVersion: step.newVersion.number,
        inForceVersion: step.inForceVersion,
        // The old newest becomes an earlier version; the one in force is the last accepted of those.
        lastAcceptedBeforeNewest: state.inForceVersion,
      }
    : { ...state, newestStatus: step.newestStatus, inForceVersion: step.inForceVersion };
  // Drafts stay DRAFT when edited or removed, so they emit no status event (docs/domain-rules.md#drafts-and-submissions).
  const statusChange =
    state.newestStatus === step.newestStatus ? null : { from: state.newestStatus, to: step.newestStatus };
  return { ok: true, effect: { ...step, statusChange, next } };
}

/** Invariants of docs/domain-rules.md#the-lifecycle that every stored declaration satisfies. */
function assertConsistent(state: DeclarationState): void {
  const problem = inconsistency(state);
  if (problem !== null) throw new RangeError(`inconsistent declaration state (${problem}): ${JSON.stringify(state)}`);
}

function inconsistency(s: DeclarationState): string | null {
  if (!Number.isSafeInteger(s.newestVersion) || s.newestVersion < 1) return "newestVersion must be 1 or more";
  if (
    s.inForceVersion !== null &&
    !(Number.isSafeInteger(s.inForceVersion) && s.inForceVersion >= 1 && s.inForceVersion <= s.newestVersion)
  ) {
    return "inForceVersion must be a version up to the newest";
  }
  if (
    s.lastAcceptedBeforeNewest !== null &&
    !(
      Number.isSafeInteger(s.lastAcceptedBeforeNewest) &&
      s.lastAcceptedBeforeNewest >= 1 &&
      s.lastAcceptedBeforeNewest < s.newestVersion
    )
  ) {
    return "lastAcceptedBeforeNewest must be a version before the newest";
  }
  if (s.newestStatus === "DRAFT" && (s.newestVersion !== 1 || s.newestKind !== "ORIGINAL"))
    return "only version 1, an ORIGINAL, can be a draft";
  if (isAcceptedStatus(s.newestStatus)) {
    if (s.inForceVersion !== s.newestVersion) return "an accepted newest version is the one in force";
    if (s.newestKind === "CANCELLATION") return "a cancellation is never accepted";
  } else if (s.newestStatus === "CANCELLED") {
    if (s.inForceVersion !== null) return "nothing is in force after a cancellation";
  } else if (s.inForceVersion !== s.lastAcceptedBeforeNewest) {
    return "while the newest is not accepted, the last accepted earlier version is in force";
  }
  return null;
}

/** Who may trigger an action by hand: the employer's declarant or the back office. The others are the system's. */
export const PERSON_ACTIONS = {
  employer: ["modify", "delete", "editDraft", "removeDraft"],
  backOffice: ["correct", "accept", "refuse", "revalidate"],
} as const satisfies Record<string, readonly LifecycleActionType[]>;
export type PersonRole = keyof typeof PERSON_ACTIONS;
export type PersonActionType = (typeof PERSON_ACTIONS)[PersonRole][number];

/**
 * The actions a person in these roles may take on a declaration whose newest version has this
 * status, in the table's order. Only the source status decides: no person's action has a guard
 * beyond it (declaration-lifecycle.spec.ts checks this against `nextState` on every state).
 */
export function allowedPersonActions(status: DeclarationStatusCode, roles: readonly PersonRole[]): PersonActionType[] {
  const mine = new Set<LifecycleActionType>(roles.flatMap((role) => PERSON_ACTIONS[role]));
  return (Object.keys(LIFECYCLE) as LifecycleActionType[]).filter(
    (type): type is PersonActionType => mine.has(type) && LIFECYCLE[type].from.includes(status),
  );
}
