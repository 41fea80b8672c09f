import {
  ACCEPTED_STATUSES,
  allowedPersonActions,
  isAcceptedStatus,
  LIFECYCLE,
  nextState,
  type DeclarationState,
  type LifecycleAction,
  type LifecycleEffect,
} from "./declaration-lifecycle";
import { DECLARATION_STATUSES } from "./declaration-status";

/** Representative states: every status, with the kinds and in-force situations that matter. */
const STATES = {
  draft: {
    newestStatus: "DRAFT",
    newestKind: "ORIGINAL",
    newestVersion: 1,
    inForceVersion: null,
    lastAcceptedBeforeNewest: null,
  },
  pendingOriginal: {
    newestStatus: "PENDING",
    newestKind: "ORIGINAL",
    newestVersion: 1,
    inForceVersion: null,
    lastAcceptedBeforeNewest: null,
  },
  pendingModification: {
    newestStatus: "PENDING",
    newestKind: "MODIFICATION",
    newestVersion: 2,
    inForceVersion: 1,
    lastAcceptedBeforeNewest: 1,
  },
  pendingCancellation: {
    newestStatus: "PENDING",
    newestKind: "CANCELLATION",
    newestVersion: 2,
    inForceVersion: 1,
    lastAcceptedBeforeNewest: 1,
  },
  accepted: {
    newestStatus: "ACCEPTED",
    newestKind: "ORIGINAL",
    newestVersion: 1,
    inForceVersion: 1,
    lastAcceptedBeforeNewest: null,
  },
  acceptedWithWarnings: {
    newestStatus: "ACCEPTED_WITH_WARNINGS",
    newestKind: "MODIFICATION",
    newestVersion: 2,
    inForceVersion: 2,
    lastAcceptedBeforeNewest: 1,
  },
  refusedNothingInForce: {
    newestStatus: "REFUSED",
    newestKind: "ORIGINAL",
    newestVersion: 1,
    inForceVersion: null,
    lastAcceptedBeforeNewest: null,
  },
  refusedModification: {
    newestStatus: "REFUSED",
    newestKind: "MODIFICATION",
    newestVersion: 2,
    inForceVersion: 1,
    lastAcceptedBeforeNewest: 1,
  },
  refusedCancellation: {
    newestStatus: "REFUSED",
    newestKind: "CANCELLATION",
    newestVersion: 2,
    inForceVersion: 1,
    lastAcceptedBeforeNewest: 1,
  },
  cancelled: {
    newestStatus: "CANCELLED",
    newestKind: "CANCELLATION",
    newestVersion: 2,
    inForceVersion: null,
    lastAcceptedBeforeNewest: 1,
  },
  withdrawn: {
    newestStatus: "CANCELLED",
    newestKind: "ORIGINAL",
    newestVersion: 1,
    inForceVersion: null,
    lastAcceptedBeforeNewest: null,
  },
} satisfies Record<string, DeclarationState>;
type StateName = keyof typeof STATES;

const ACTIONS = {
  submit: { type: "submit" },
  "controls ACCEPTED": { type: "controlsDone", outcome: "ACCEPTED" },
  "controls ACCEPTED_WITH_WARNINGS": { type: "controlsDone", outcome: "ACCEPTED_WITH_WARNINGS" },
  "controls REFUSED": { type: "controlsDone", outcome: "REFUSED" },
  "controls CANCELLED": { type: "controlsDone", outcome: "CANCELLED" },
  modify: { type: "modify" },
  correct: { type: "correct" },
  delete: { type: "delete" },
  accept: { type: "accept" },
  refuse: { type: "refuse" },
  revalidate: { type: "revalidate" },
  editDraft: { type: "editDraft" },
  removeDraft: { type: "removeDraft" },
} satisfies Record<string, LifecycleAction>;
type ActionName = keyof typeof ACTIONS;

/**
 * One line per effect: "+v2 MODIFICATION PENDING from input" for a new version, "-> STATUS" for
 * the newest version's status, then what is in force and what else happens.
 */
function summarize(effect: LifecycleEffect): string {
  const parts: string[] = [];
  if (effect.newVersion) {
    const { number, kind, status, content } = effect.newVersion;
    parts.push(`+v${number} ${kind} ${status} from ${content.from === "INPUT" ? "input" : `v${content.version}`}`);
  } else {
    parts.push(`-> ${effect.newestStatus}`);
  }
  parts.push(`in force ${effect.inForceVersion ?? "none"}`);
  if (effect.runControls) parts.push("controls");
  if (effect.replacesDraftContent) parts.push("edit");
  if (effect.removesDeclaration) parts.push("remove");
  return parts.join(", ");
}

const NO = "refused";

/** The whole table of docs/domain-rules.md#the-lifecycle: every action from every status. */
const EXPECTED: Record<StateName, Record<ActionName, string>> = {
  draft: {
    submit: "-> PENDING, in force none, controls",
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": NO,
    "controls CANCELLED": NO,
    modify: NO,
    correct: NO,
    delete: NO,
    accept: NO,
    refuse: NO,
    revalidate: NO,
    editDraft: "-> DRAFT, in force none, edit",
    removeDraft: "-> DRAFT, in force none, remove",
  },
  pendingOriginal: {
    submit: NO,
    "controls ACCEPTED": "-> ACCEPTED, in force 1",
    "controls ACCEPTED_WITH_WARNINGS": "-> ACCEPTED_WITH_WARNINGS, in force 1",
    "controls REFUSED": "-> REFUSED, in force none",
    "controls CANCELLED": NO,
    modify: NO,
    correct: NO,
    delete: NO,
    accept: "-> ACCEPTED, in force 1",
    refuse: "-> REFUSED, in force none",
    revalidate: "-> PENDING, in force none, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  pendingModification: {
    submit: NO,
    "controls ACCEPTED": "-> ACCEPTED, in force 2",
    "controls ACCEPTED_WITH_WARNINGS": "-> ACCEPTED_WITH_WARNINGS, in force 2",
    "controls REFUSED": "-> REFUSED, in force 1",
    "controls CANCELLED": NO,
    modify: NO,
    correct: NO,
    delete: NO,
    accept: "-> ACCEPTED, in force 2",
    refuse: "-> REFUSED, in force 1",
    revalidate: "-> PENDING, in force 1, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  pendingCancellation: {
    submit: NO,
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": "-> REFUSED, in force 1",
    "controls CANCELLED": "-> CANCELLED, in force none",
    modify: NO,
    correct: NO,
    delete: NO,
    accept: "-> CANCELLED, in force none",
    refuse: "-> REFUSED, in force 1",
    revalidate: "-> PENDING, in force 1, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  accepted: {
    submit: NO,
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": NO,
    "controls CANCELLED": NO,
    modify: "+v2 MODIFICATION PENDING from input, in force 1, controls",
    correct: "+v2 MODIFICATION PENDING from input, in force 1, controls",
    delete: "+v2 CANCELLATION PENDING from v1, in force 1, controls",
    accept: NO,
    refuse: NO,
    revalidate: NO,
    editDraft: NO,
    removeDraft: NO,
  },
  acceptedWithWarnings: {
    submit: NO,
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": NO,
    "controls CANCELLED": NO,
    modify: "+v3 MODIFICATION PENDING from input, in force 2, controls",
    correct: "+v3 MODIFICATION PENDING from input, in force 2, controls",
    delete: "+v3 CANCELLATION PENDING from v2, in force 2, controls",
    accept: "-> ACCEPTED, in force 2",
    refuse: "-> REFUSED, in force 1",
    revalidate: "-> PENDING, in force 1, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  refusedNothingInForce: {
    submit: NO,
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": NO,
    "controls CANCELLED": NO,
    modify: "+v2 ORIGINAL PENDING from input, in force none, controls",
    correct: "+v2 ORIGINAL PENDING from input, in force none, controls",
    delete: "-> CANCELLED, in force none",
    accept: "-> ACCEPTED, in force 1",
    refuse: NO,
    revalidate: "-> PENDING, in force none, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  refusedModification: {
    submit: NO,
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": NO,
    "controls CANCELLED": NO,
    modify: "+v3 MODIFICATION PENDING from input, in force 1, controls",
    correct: "+v3 MODIFICATION PENDING from input, in force 1, controls",
    delete: "+v3 CANCELLATION PENDING from v1, in force 1, controls",
    accept: "-> ACCEPTED, in force 2",
    refuse: NO,
    revalidate: "-> PENDING, in force 1, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  refusedCancellation: {
    submit: NO,
    "controls ACCEPTED": NO,
    "controls ACCEPTED_WITH_WARNINGS": NO,
    "controls REFUSED": NO,
    "controls CANCELLED": NO,
    modify: "+v3 MODIFICATION PENDING from input, in force 1, controls",
    correct: "+v3 MODIFICATION PENDING from input, in force 1, controls",
    delete: "+v3 CANCELLATION PENDING from v1, in force 1, controls",
    accept: "-> CANCELLED, in force none",
    refuse: NO,
    revalidate: "-> PENDING, in force 1, controls",
    editDraft: NO,
    removeDraft: NO,
  },
  cancelled: Object.fromEntries(Object.keys(ACTIONS).map((a) => [a, NO])) as Record<ActionName, string>,
  withdrawn: Object.fromEntries(Object.keys(ACTIONS).map((a) => [a, NO])) as Record<ActionName, string>,
};

const CELLS = (Object.keys(STATES) as StateName[]).flatMap((state) =>
  (Object.keys(ACTIONS) as ActionName[]).map((action) => [state, action, EXPECTED[state][action]] as const),
);

/** Applies actions in turn, failing the test on an illegal one; returns every effect. */
function run(state: DeclarationState, ...actions: LifecycleAction[]): LifecycleEffect[] {
  const effects: LifecycleEffect[] = [];
  let current = state;
  for (const action of actions) {
    const result = nextState(current, action);
    if (!result.ok) throw new Error(`${action.type} refused: ${result.reason}`);
    effects.push(result.effect);
    current = result.effect.next;
  }
  return effects;
}

function last<T>(items: T[]): T {
  const item = items[items.length - 1];
  if (item === undefined) throw new Error("empty");
  return item;
}

describe("nextState: every action from every status", () => {
  it("covers every status", () => {
    const covered = new Set(Object.values(STATES).map((s) => s.newestStatus));
    expect([...covered].sort()).toEqual([...DECLARATION_STATUSES].sort());
  });

  it.each(CELLS)("%s + %s: %s", (stateName, actionName, expected) => {
    const state: DeclarationState = STATES[stateName];
    const result = nextState(state, ACTIONS[actionName]);
    if (expected === NO) {
      expect(result).toEqual({ ok: false, reason: expect.any(String) });
      if (!result.ok) expect(result.reason).toMatch(/^Cannot /);
      return;
    }
    if (!result.ok) throw new Error(`expected ${expected}, refused: ${result.reason}`);
    expect(summarize(result.effect)).toBe(expected);
    // Every legal effect leaves a consistent state: applying any action to it never throws.
    for (const action of Object.values(ACTIONS)) expect(() => nextState(result.effect.next, action)).not.toThrow();
  });

  it("never changes anything silently: a legal transition changes the status, adds a version, or edits or removes a draft", () => {
    for (const [stateName, actionName, expected] of CELLS) {
      if (expected === NO) continue;
      const result = nextState(STATES[stateName], ACTIONS[actionName]);
      if (!result.ok) throw new Error(result.reason);
      const { effect } = result;
      // Revalidating a pending version changes no status but queues its controls again.
      expect(
        effect.statusChange !== null ||
          effect.newVersion !== null ||
          effect.replacesDraftContent ||
          effect.removesDeclaration ||
          effect.runControls,
      ).toBe(true);
    }
  });

  it("marks control results as not a person's change, and everything else as one", () => {
    for (const [stateName, actionName, expected] of CELLS) {
      if (expected === NO) continue;
      const result = nextState(STATES[stateName], ACTIONS[actionName]);
      if (!result.ok) throw new Error(result.reason);
      expect(result.effect.personChange).toBe(ACTIONS[actionName].type !== "controlsDone");
    }
  });
});

describe("nextState: scenarios of docs/domain-rules.md#the-lifecycle", () => {
  it("draft, submit, accepted: the first status event is DRAFT -> PENDING, drafts emit none", () => {
    const effects = run(
      STATES.draft,
      { type: "editDraft" },
      { type: "submit" },
      { type: "controlsDone", outcome: "ACCEPTED" },
    );
    expect(effects.map((e) => e.statusChange)).toEqual([
      null,
      { from: "DRAFT", to: "PENDING" },
      { from: "PENDING", to: "ACCEPTED" },
    ]);
    expect(last(effects).next).toEqual({
      newestStatus: "ACCEPTED",
      newestKind: "ORIGINAL",
      newestVersion: 1,
      inForceVersion: 1,
      lastAcceptedBeforeNewest: null,
    });
  });

  it("a refused modification leaves the earlier version in force", () => {
    const effects = run(STATES.accepted, { type: "modify" }, { type: "controlsDone", outcome: "REFUSED" });
    expect(effects[0]!.statusChange).toEqual({ from: "ACCEPTED", to: "PENDING" });
    expect(effects[0]!.inForceVersion).toBe(1);
    expect(last(effects).next).toEqual({
      newestStatus: "REFUSED",
      newestKind: "MODIFICATION",
      newestVersion: 2,
      inForceVersion: 1,
      lastAcceptedBeforeNewest: 1,
    });
  });

  it("an accepted modification comes into force", () => {
    const effects = run(
      STATES.accepted,
      { type: "correct" },
      { type: "controlsDone", outcome: "ACCEPTED_WITH_WARNINGS" },
    );
    expect(last(effects).inForceVersion).toBe(2);
    expect(last(effects).next.lastAcceptedBeforeNewest).toBe(1);
  });

  it("deleting a refused declaration with nothing in force cancels it at once, without controls or a new version", () => {
    const [effect] = run(
      STATES.pendingOriginal,
      { type: "controlsDone", outcome: "REFUSED" },
      { type: "delete" },
    ).slice(1);
    expect(effect).toMatchObject({
      newVersion: null,
      newestStatus: "CANCELLED",
      statusChange: { from: "REFUSED", to: "CANCELLED" },
      runControls: false,
      inForceVersion: null,
    });
  });

  it("deleting a refused modification cancels the earlier version in force, with its content", () => {
    const effects = run(STATES.refusedModification, { type: "delete" }, { type: "controlsDone", outcome: "CANCELLED" });
    expect(effects[0]!.newVersion).toEqual({
      number: 3,
      kind: "CANCELLATION",
      status: "PENDING",
      content: { from: "VERSION", version: 1 },
    });
    expect(effects[0]!.inForceVersion).toBe(1);
    expect(last(effects).inForceVersion).toBeNull();
    expect(last(effects).statusChange).toEqual({ from: "PENDING", to: "CANCELLED" });
  });

  it("a refused cancellation leaves the version in force; a later modification is a MODIFICATION", () => {
    const effects = run(
      STATES.accepted,
      { type: "delete" },
      { type: "controlsDone", outcome: "REFUSED" },
      { type: "modify" },
    );
    expect(effects[1]!.inForceVersion).toBe(1);
    expect(effects[2]!.newVersion).toMatchObject({ number: 3, kind: "MODIFICATION" });
  });

  it("after a processed cancellation nothing is in force and nothing more is possible", () => {
    const effects = run(STATES.accepted, { type: "delete" }, { type: "controlsDone", outcome: "CANCELLED" });
    const after = last(effects).next;
    expect(after.inForceVersion).toBeNull();
    for (const action of Object.values(ACTIONS)) expect(nextState(after, action).ok).toBe(false);
  });

  it("a resend after refusal is an ORIGINAL that comes into force when accepted", () => {
    const effects = run(
      STATES.refusedNothingInForce,
      { type: "modify" },
      { type: "controlsDone", outcome: "ACCEPTED" },
    );
    expect(effects[0]!.newVersion).toMatchObject({ number: 2, kind: "ORIGINAL", content: { from: "INPUT" } });
    expect(last(effects).inForceVersion).toBe(2);
  });

  it("the back office refusing an accepted-with-warnings modification puts the earlier version back in force", () => {
    const [effect] = run(STATES.acceptedWithWarnings, { type: "refuse" });
    expect(effect!.inForceVersion).toBe(1);
    expect(effect!.statusChange).toEqual({ from: "ACCEPTED_WITH_WARNINGS", to: "REFUSED" });
  });

  it("the back office refusing an accepted-with-warnings original leaves nothing in force", () => {
    const effects = run(
      STATES.pendingOriginal,
      { type: "controlsDone", outcome: "ACCEPTED_WITH_WARNINGS" },
      { type: "refuse" },
    );
    expect(last(effects).inForceVersion).toBeNull();
  });

  it("controls finishing after the back office decided are refused, so the job skips them", () => {
    const [accepted] = run(STATES.pendingOriginal, { type: "accept" });
    const late = nextState(accepted!.next, { type: "controlsDone", outcome: "REFUSED" });
    expect(late.ok).toBe(false);
  });

  it("modifying while PENDING is an illegal transition with a clear reason", () => {
    const result = nextState(STATES.pendingModification, { type: "modify" });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("PENDING") });
  });

  it("refuses controls that do not fit the version's kind", () => {
    expect(nextState(STATES.pendingOriginal, { type: "controlsDone", outcome: "CANCELLED" })).toEqual({
      ok: false,
      reason: expect.stringContaining("CANCELLATION"),
    });
    expect(nextState(STATES.pendingCancellation, { type: "controlsDone", outcome: "ACCEPTED" }).ok).toBe(false);
  });
});

describe("nextState: inconsistent states", () => {
  it.each([
    ["an accepted newest version not in force", { ...STATES.accepted, inForceVersion: null }],
    ["something in force after a cancellation", { ...STATES.cancelled, inForceVersion: 1 }],
    ["a draft beyond version 1", { ...STATES.draft, newestVersion: 2 }],
    ["an in-force version after the newest", { ...STATES.refusedModification, inForceVersion: 3 }],
    [
      "a pending version with another in force than the last accepted",
      { ...STATES.pendingModification, lastAcceptedBeforeNewest: null },
    ],
    ["version 0", { ...STATES.draft, newestVersion: 0 }],
    ["an accepted cancellation", { ...STATES.accepted, newestKind: "CANCELLATION" }],
  ] as const)("throws for %s", (_name, state) => {
    expect(() => nextState(state as DeclarationState, { type: "modify" })).toThrow(RangeError);
  });
});

describe("accepted statuses and the table", () => {
  it("counts ACCEPTED and ACCEPTED_WITH_WARNINGS as accepted, nothing else", () => {
    expect(ACCEPTED_STATUSES).toEqual(["ACCEPTED", "ACCEPTED_WITH_WARNINGS"]);
    expect(DECLARATION_STATUSES.filter(isAcceptedStatus)).toEqual(["ACCEPTED", "ACCEPTED_WITH_WARNINGS"]);
  });

  it("lists the allowed source statuses per action", () => {
    expect(Object.fromEntries(Object.entries(LIFECYCLE).map(([action, row]) => [action, row.from]))).toEqual({
      submit: ["DRAFT"],
      controlsDone: ["PENDING"],
      modify: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
      correct: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
      delete: ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
      accept: ["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
      refuse: ["PENDING", "ACCEPTED_WITH_WARNINGS"],
      revalidate: ["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"],
      editDraft: ["DRAFT"],
      removeDraft: ["DRAFT"],
    });
  });
});

describe("allowedPersonActions: what a person may do, from the table", () => {
  it("agrees with nextState on every representative state: an action is listed exactly when the table allows it", () => {
    for (const state of Object.values(STATES) as DeclarationState[]) {
      const listed = allowedPersonActions(state.newestStatus, ["employer", "backOffice"]);
      const allowed = (
        ["modify", "delete", "editDraft", "removeDraft", "correct", "accept", "refuse", "revalidate"] as const
      ).filter((type) => nextState(state, { type }).ok);
      expect([...listed].sort()).toEqual([...allowed].sort());
    }
  });

  it("gives the employer its actions and the back office its own", () => {
    expect(allowedPersonActions("DRAFT", ["employer"])).toEqual(["editDraft", "removeDraft"]);
    expect(allowedPersonActions("DRAFT", ["backOffice"])).toEqual([]);
    expect(allowedPersonActions("PENDING", ["employer"])).toEqual([]);
    expect(allowedPersonActions("PENDING", ["backOffice"])).toEqual(["accept", "refuse", "revalidate"]);
    expect(allowedPersonActions("ACCEPTED", ["employer"])).toEqual(["modify", "delete"]);
    expect(allowedPersonActions("ACCEPTED", ["backOffice"])).toEqual(["correct"]);
    expect(allowedPersonActions("REFUSED", ["backOffice"])).toEqual(["correct", "accept", "revalidate"]);
    expect(allowedPersonActions("CANCELLED", ["employer", "backOffice"])).toEqual([]);
    expect(allowedPersonActions("ACCEPTED", [])).toEqual([]);
  });
});
