/**
 * The lifecycle engine: the one place that changes a declaration's lifecycle state, and that
 * writes everything following from a change.
 *
 * Which transitions are allowed, and what each one decides (new version or not, new status,
 * version in force, controls or not), is the pure table of domain/declaration-lifecycle.ts; this
 * module only carries those decisions out. Every path goes through it: the wizard (drafts and
 * their submission), bulk submission, modify and delete, the controls' outcome, and the back
 * office's correct, accept, refuse and revalidate.
 *
 * Why here: the effects of a transition must never drift apart between paths, and must commit or
 * roll back together, so they are written in the caller's transaction, for any number of
 * declarations with the same handful of set-based statements (bulk submission of 2,000
 * declarations, a controls batch of 500, a revalidation of 10,000):
 * - the new version with its content (a copy of an earlier one for a cancellation),
 * - the declaration row's copy of its newest version, status, version in force and concurrency token,
 * - the status event (status log and subscriptions),
 * - the controls job of a version to control,
 * - the ceiling alert of pay just accepted,
 * - the e-Box message of a decision or a back-office correction,
 * - the audit entry of a back-office action.
 *
 * `applyTransitions` is all or nothing: one stale token or one refused transition refuses the
 * whole call (CONFLICT or INVALID_STATE) before anything is written.
 */
import { randomUUID } from "node:crypto";
import { queueControls } from "../../controls/queue";
import type { Db } from "../../db/db";
import { sql, type Sql } from "../../db/sql";
import { resultMessageType } from "../../domain/controls";
import type { DeclarationContent } from "../../domain/declaration-input";
import {
  isAcceptedStatus,
  nextState,
  type ControlsOutcome,
  type DeclarationState,
  type LifecycleAction,
  type LifecycleActionType,
  type LifecycleEffect,
} from "../../domain/declaration-lifecycle";
import type { DeclarationStatusCode } from "../../domain/declaration-status";
import { fieldChanges } from "../../domain/field-changes";
import { composeEboxMessage } from "../../domain/ebox-texts";
import { formatMoney } from "../../domain/money";
import { recordStatusChanges, type StatusChange } from "../../events/status-events";
import { conflict, invalidState } from "../../errors";
import { writeAudit, type AuditRecord } from "../audit/audit-writer";
import { writeEboxMessages, type EboxMessageToWrite } from "../ebox/ebox-writer";
import { raiseCeilingAlerts } from "../income/ceiling-alerts";
import { declarationMessages, type MessageChoice } from "./declaration-messages";
import { DECLARATION_COLUMNS } from "./declaration-rows";
import { insertVersions, loadVersionContents, replaceDraftContents, type VersionKey } from "./declaration-store";
import type { DeclarationRow } from "../../db/declaration-row";

// ---- locking ------------------------------------------------------------------------------

/** A declaration locked for a change, with what the lifecycle needs beyond its columns. */
export interface LockedDeclaration extends DeclarationRow {
  /** The last accepted version before the newest one (null when none). */
  lastAcceptedBefore: number | null;
}

/** A declaration's columns on alias `d` plus what the lifecycle needs: its last accepted version before the newest. */
export const LOCKED_DECLARATION_COLUMNS = sql`${DECLARATION_COLUMNS},
  (SELECT max(lv.number) FROM declaration_version lv WHERE lv.declaration_id = d.id AND lv.number < d.newest_version
    AND lv.status IN ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')) AS "lastAcceptedBefore"`;

/**
 * Locks the declarations (alias `d`) matching a condition for a change, in id order so that two
 * callers never deadlock; at most `limit` of them.
 */
export function lockDeclarations(tx: Db, where: Sql, limit?: number): Promise<LockedDeclaration[]> {
  return tx.query<LockedDeclaration>(sql`
    SELECT ${LOCKED_DECLARATION_COLUMNS} FROM wage_declaration d
    WHERE ${where} ORDER BY d.id ${limit === undefined ? sql.empty : sql`LIMIT ${limit}`} FOR UPDATE OF d`);
}

/** The lifecycle's view of a locked declaration. */
export function stateOf(row: LockedDeclaration): DeclarationState {
  return {
    newestStatus: row.status,
    newestKind: row.kind,
    newestVersion: row.newestVersion,
    inForceVersion: row.inForceVersion,
    lastAcceptedBeforeNewest: row.lastAcceptedBefore,
  };
}

// ---- transitions of existing declarations --------------------------------------------------

/** One declaration and what happens to it. */
export interface TransitionItem {
  /** Locked in the caller's transaction (`lockDeclarations`). */
  declaration: LockedDeclaration;
  action: LifecycleAction;
  /** The concurrency token the person read; a different one is CONFLICT. */
  expectedVersion?: number;
  /** New content: modify and correct (the new version's), editDraft (replaces the draft's). */
  content?: DeclarationContent;
  /** editDraft: the worker the new content names. */
  workerId?: string;
}

export interface TransitionRequest {
  /** The person acting; null for the controls (the system). */
  actorId: string | null;
  /** The back office's reason: on the new version, the status event, the audit entry and the e-Box. */
  reason: string | null;
  items: readonly TransitionItem[];
}

/** A transition carried out. */
export interface AppliedTransition {
  declaration: LockedDeclaration;
  action: LifecycleAction;
  effect: LifecycleEffect;
}

/**
 * The reasons the API writes itself, stored with their code (status_event.reason_code), which
 * DeclarationStatusEvent.reasonCode gives to clients: they show a text of their own for the code
 * rather than match these English words. A person's reason has no code, whatever its words.
 */
const EVENT_REASON_TEXTS = {
  CONTROLS_RUN_AGAIN: "Controls run again by the back office.",
} as const;
export type EventReasonCode = keyof typeof EVENT_REASON_TEXTS;

/** The reason a status event gives when the caller gives none. */
const EVENT_REASON: Partial<Record<LifecycleActionType, EventReasonCode>> = {
  revalidate: "CONTROLS_RUN_AGAIN",
};

/** Whether a stored reason code is one this code knows (an older or newer one reads as none). */
export function isEventReasonCode(code: string | null): code is EventReasonCode {
  return code !== null && Object.hasOwn(EVENT_REASON_TEXTS, code);
}

/** The audit entry's action name of each back-office transition (the others are not audited). */
const AUDITED: Partial<Record<LifecycleActionType, string>> = {
  correct: "correctDeclaration",
  accept: "acceptDeclaration",
  refuse: "refuseDeclaration",
  revalidate: "revalidateDeclaration",
};

/**
 * Applies transitions to locked declarations and writes all their effects (see the top of this
 * file). Checks every item first: a stale token is CONFLICT, a transition the table refuses is
 * INVALID_STATE, and then nothing is written.
 */
export async function applyTransitions(tx: Db, request: TransitionRequest): Promise<AppliedTransition[]> {
  const applied = request.items.map((item) => decide(item));
  if (applied.length === 0) return [];
  const itemOf = new Map(request.items.map((item) => [item.declaration.id, item]));
  const removed = applied.filter((a) => a.effect.removesDeclaration);
  const drafts = applied.filter((a) => a.effect.replacesDraftContent);
  const newVersions = applied.filter((a) => a.effect.newVersion !== null);
  const inPlace = applied.filter(
    (a) => a.effect.newVersion === null && !a.effect.removesDeclaration && !a.effect.replacesDraftContent,
  );

  const beforeCorrection = await auditSnapshots(tx, applied, (a) => a.declaration.newestVersion);
  await removeDrafts(tx, removed);
  await replaceDrafts(tx, drafts, itemOf);
  const newVersionIds = await writeNewVersions(tx, newVersions, itemOf, request);
  const inPlaceVersionIds = await writeInPlace(tx, inPlace);

  await recordStatusChanges(tx, statusChanges(applied, request));
  const controlled = [...newVersions, ...inPlace].filter((a) => a.effect.runControls);
  const idOf = new Map([...newVersionIds, ...inPlaceVersionIds]);
  await queueControls(
    tx,
    controlled.map((a) => idOf.get(a.declaration.id)!),
  );
  await raiseCeilingAlerts(
    tx,
    inPlace
      .filter((a) => isAcceptedStatus(a.effect.newestStatus))
      .map((a) => ({ workerId: a.declaration.workerId, year: Number(a.declaration.calculationStart.slice(0, 4)) })),
  );
  const afterCorrection = await auditSnapshots(tx, applied, (a) => a.effect.newVersion?.number ?? null);
  await writeAudit(tx, auditRecords(applied, request, beforeCorrection, afterCorrection));
  await writeEboxMessages(tx, await messages(tx, applied, request));
  return applied;
}

/** Why the engine refuses one item: a stale concurrency token, or a transition the table refuses. */
export interface RefusedTransition {
  declarationId: string;
  code: "CONFLICT" | "INVALID_STATE";
  message: string;
}

/** The table's answer for one item, after its concurrency token. */
function check(item: TransitionItem): AppliedTransition | RefusedTransition {
  const { declaration, action, expectedVersion } = item;
  if (expectedVersion !== undefined && declaration.version !== expectedVersion) {
    return {
      declarationId: declaration.id,
      code: "CONFLICT",
      message: `The declaration has changed since you read it (version ${declaration.version}, you sent ${expectedVersion}): reload it and try again.`,
    };
  }
  const result = nextState(stateOf(declaration), action);
  if (!result.ok) return { declarationId: declaration.id, code: "INVALID_STATE", message: result.reason };
  return { declaration, action, effect: result.effect };
}

/**
 * Every item `applyTransitions` would refuse, in the order given, without writing anything: a
 * set-based caller names each one to its user instead of only the first.
 */
export function refusedTransitions(items: readonly TransitionItem[]): (RefusedTransition & { index: number })[] {
  return items.flatMap((item, index) => {
    const checked = check(item);
    return "code" in checked ? [{ ...checked, index }] : [];
  });
}

function decide(item: TransitionItem): AppliedTransition {
  const checked = check(item);
  if (!("code" in checked)) return checked;
  throw checked.code === "CONFLICT" ? conflict(checked.message) : invalidState(checked.message);
}

async function removeDrafts(tx: Db, items: readonly AppliedTransition[]): Promise<void> {
  if (items.length === 0) return;
  await tx.query(sql`DELETE FROM wage_declaration WHERE id = ANY(${items.map((a) => a.declaration.id)}::uuid[])`);
}

/** A draft's new content: its only version's content, and the declaration's copy of it (and its worker). */
async function replaceDrafts(
  tx: Db,
  items: readonly AppliedTransition[],
  itemOf: ReadonlyMap<string, TransitionItem>,
): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((a) => a.declaration.id);
  const versions = await tx.query<{ id: string; declarationId: string }>(sql`
    SELECT id, declaration_id AS "declarationId" FROM declaration_version WHERE declaration_id = ANY(${ids}::uuid[]) AND number = 1`);
  const versionOf = new Map(versions.map((v) => [v.declarationId, v.id]));
  const contents = items.map((a) => requiredContent(itemOf.get(a.declaration.id)));
  await replaceDraftContents(
    tx,
    items.map((a, i) => ({ versionId: versionOf.get(a.declaration.id)!, content: contents[i]! })),
  );
  await tx.query(sql`
    UPDATE wage_declaration w SET worker_id = x.worker_id, ${copiedColumns}, version = w.version + 1, updated_at = now()
    FROM ${contentRows(ids, contents, {
      workerIds: items.map((a) => itemOf.get(a.declaration.id)?.workerId ?? a.declaration.workerId),
    })}
    WHERE w.id = x.id`);
}

/**
 * New versions (modify, correct, delete by cancellation): their content (the input, or a copy of
 * the version the table names), and the declaration's copy of it. Returns the new version ids.
 */
async function writeNewVersions(
  tx: Db,
  items: readonly AppliedTransition[],
  itemOf: ReadonlyMap<string, TransitionItem>,
  request: TransitionRequest,
): Promise<[string, string][]> {
  if (items.length === 0) return [];
  const copies: VersionKey[] = items.flatMap((a) =>
    a.effect.newVersion!.content.from === "VERSION"
      ? [{ declarationId: a.declaration.id, number: a.effect.newVersion!.content.version }]
      : [],
  );
  const copied = new Map(
    (await loadVersionContents(tx, copies)).map((content, i) => [copies[i]!.declarationId, content]),
  );
  const contents = items.map((a) =>
    a.effect.newVersion!.content.from === "VERSION"
      ? copied.get(a.declaration.id)!
      : requiredContent(itemOf.get(a.declaration.id)),
  );
  const versionIds = await insertVersions(
    tx,
    items.map((a, i) => ({
      declarationId: a.declaration.id,
      number: a.effect.newVersion!.number,
      kind: a.effect.newVersion!.kind,
      status: a.effect.newVersion!.status,
      content: contents[i]!,
      createdBy: request.actorId,
      reason: request.reason,
      submitted: true,
    })),
  );
  const ids = items.map((a) => a.declaration.id);
  await tx.query(sql`
    UPDATE wage_declaration w SET version = w.version + 1, newest_version = x.newest_version, status = x.status,
      kind = x.kind, in_force_version = x.in_force, ${copiedColumns}, submitted_at = now(), processed_at = NULL,
      updated_at = now()
    FROM ${contentRows(ids, contents, {
      newestVersions: items.map((a) => a.effect.newVersion!.number),
      statuses: items.map((a) => a.effect.newestStatus),
      kinds: items.map((a) => a.effect.newVersion!.kind),
      inForce: items.map((a) => a.effect.inForceVersion),
    })}
    WHERE w.id = x.id`);
  return items.map((a, i) => [a.declaration.id, versionIds[i]!]);
}

/**
 * Status changes of the newest version in place (submit, controls done, withdraw, accept, refuse,
 * revalidate): a decided version gets its processing time, one back to PENDING loses it, a draft
 * submitted gets its submission time. Returns the newest version ids.
 */
async function writeInPlace(tx: Db, items: readonly AppliedTransition[]): Promise<[string, string][]> {
  if (items.length === 0) return [];
  const ids = items.map((a) => a.declaration.id);
  const statuses = items.map((a) => a.effect.newestStatus);
  const submitted = items.map((a) => a.declaration.status === "DRAFT");
  const versions = await tx.query<{ id: string; declarationId: string }>(sql`
    UPDATE declaration_version v SET status = x.status,
      processed_at = CASE WHEN x.status = 'PENDING' THEN NULL ELSE now() END,
      submitted_at = CASE WHEN x.submitted THEN now() ELSE v.submitted_at END
    FROM unnest(${ids}::uuid[], ${statuses}::text[], ${submitted}::boolean[]) AS x(id, status, submitted)
    JOIN wage_declaration d ON d.id = x.id
    WHERE v.declaration_id = d.id AND v.number = d.newest_version
    RETURNING v.id, v.declaration_id AS "declarationId"`);
  await tx.query(sql`
    UPDATE wage_declaration w SET status = x.status, version = w.version + x.person_change,
      in_force_version = x.in_force, processed_at = CASE WHEN x.status = 'PENDING' THEN NULL ELSE now() END,
      submitted_at = CASE WHEN x.submitted THEN now() ELSE w.submitted_at END, updated_at = now()
    FROM unnest(${ids}::uuid[], ${statuses}::text[], ${items.map((a) => a.effect.inForceVersion)}::int[],
      ${items.map((a) => (a.effect.personChange ? 1 : 0))}::int[], ${submitted}::boolean[])
      AS x(id, status, in_force, person_change, submitted)
    WHERE w.id = x.id`);
  return versions.map((v) => [v.declarationId, v.id]);
}

function statusChanges(applied: readonly AppliedTransition[], request: TransitionRequest): StatusChange[] {
  return applied.flatMap(({ declaration, action, effect }) => {
    if (!effect.statusChange) return [];
    // The API's own reason, with its code, only where the caller gives none.
    const own = request.reason === null ? EVENT_REASON[action.type] : undefined;
    return [
      {
        declarationId: declaration.id,
        employerId: declaration.employerId,
        workerId: declaration.workerId,
        versionNumber: effect.newVersion?.number ?? declaration.newestVersion,
        from: effect.statusChange.from,
        to: effect.statusChange.to,
        actorId: request.actorId,
        reason: own ? EVENT_REASON_TEXTS[own] : request.reason,
        reasonCode: own ?? null,
      },
    ];
  });
}

/** The content of each corrected declaration's version `numberOf` names, as the audit trail shows it. */
async function auditSnapshots(
  tx: Db,
  applied: readonly AppliedTransition[],
  numberOf: (a: AppliedTransition) => number | null,
): Promise<Map<string, Record<string, unknown>>> {
  const keys = applied.flatMap((a) => {
    const number = a.action.type === "correct" ? numberOf(a) : null;
    return number === null ? [] : [{ declarationId: a.declaration.id, number }];
  });
  const contents = await loadVersionContents(tx, keys);
  return new Map(keys.map((key, i) => [key.declarationId, contentSnapshot(contents[i]!)]));
}

function auditRecords(
  applied: readonly AppliedTransition[],
  request: TransitionRequest,
  before: ReadonlyMap<string, Record<string, unknown>>,
  after: ReadonlyMap<string, Record<string, unknown>>,
): AuditRecord[] {
  return applied.flatMap(({ declaration, action, effect }): AuditRecord[] => {
    const name = AUDITED[action.type];
    if (name === undefined || request.actorId === null) return [];
    const changes =
      action.type === "correct"
        ? fieldChanges(before.get(declaration.id)!, after.get(declaration.id)!)
        : action.type === "revalidate"
          ? fieldChanges({ status: declaration.status }, { status: effect.newestStatus })
          : fieldChanges(
              { status: declaration.status, inForceVersion: declaration.inForceVersion },
              { status: effect.newestStatus, inForceVersion: effect.inForceVersion },
            );
    return [
      {
        actorId: request.actorId,
        action: name,
        entityType: "WageDeclaration",
        entityId: declaration.id,
        employerId: declaration.employerId,
        reason: request.reason,
        changes,
      },
    ];
  });
}

/**
 * The e-Box: a decision on the newest version in place (the controls' outcome, a withdrawal, the
 * back office's accept or refuse, the latter with its reason) reports its result; a back-office
 * correction says so with its reason. The first versions of a bulk submission are reported together by one summary once all
 * are controlled, not one by one.
 */
async function messages(
  tx: Db,
  applied: readonly AppliedTransition[],
  request: TransitionRequest,
): Promise<EboxMessageToWrite[]> {
  const controlled = applied.filter((a) => a.action.type === "controlsDone");
  const channelOf = await channels(
    tx,
    controlled.map((a) => a.declaration.submissionId),
  );
  const choices = applied.flatMap(({ declaration, action, effect }): MessageChoice[] => {
    if (action.type === "correct") {
      return [
        {
          declarationId: declaration.id,
          type: "CORRECTED_BY_BACK_OFFICE",
          status: "CORRECTED",
          inForceVersion: effect.inForceVersion,
          reason: request.reason ?? "",
          anomalyOrder: "code",
        },
      ];
    }
    const outcome = effect.newestStatus;
    if (effect.newVersion !== null || effect.statusChange === null || !isOutcome(outcome)) return [];
    const byControls = action.type === "controlsDone";
    if (byControls && channelOf.get(declaration.submissionId) === "BULK" && declaration.newestVersion === 1) return [];
    // The back office's accept or refuse by hand carries its reason to the employer.
    const byHand = action.type === "accept" || action.type === "refuse";
    return [
      {
        declarationId: declaration.id,
        type: resultMessageType(declaration.kind, outcome),
        status: outcome,
        inForceVersion: effect.inForceVersion,
        anomalyOrder: byControls ? "catalogue" : "code",
        ...(byHand && request.reason !== null
          ? { reason: request.reason, decisionToken: declaration.version + (effect.personChange ? 1 : 0) }
          : {}),
      },
    ];
  });
  const results = await declarationMessages(tx, choices);
  const bulk = [...new Set(controlled.map((a) => a.declaration.submissionId))].filter(
    (id) => channelOf.get(id) === "BULK",
  );
  return [...results, ...(await finishedBulkSummaries(tx, bulk))];
}

/** Whether a status decides the version (an outcome the e-Box reports). */
function isOutcome(status: DeclarationStatusCode): status is ControlsOutcome {
  return status !== "DRAFT" && status !== "PENDING";
}

async function channels(tx: Db, submissionIds: readonly string[]): Promise<Map<string, "WIZARD" | "BULK">> {
  if (submissionIds.length === 0) return new Map();
  const rows = await tx.query<{ id: string; channel: "WIZARD" | "BULK" }>(sql`
    SELECT id, channel FROM submission WHERE id = ANY(${[...new Set(submissionIds)]}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.channel]));
}

/**
 * The summary message of each bulk submission whose declarations are now all controlled. The
 * submission row is locked first: of two jobs finishing the same submission at once, the one
 * that locks second sees the first one's results committed, so exactly one of them writes it.
 */
async function finishedBulkSummaries(tx: Db, submissionIds: string[]): Promise<EboxMessageToWrite[]> {
  if (submissionIds.length === 0) return [];
  await tx.query(sql`SELECT id FROM submission WHERE id = ANY(${submissionIds}::uuid[]) ORDER BY id FOR UPDATE`);
  const finished = await tx.query<{
    id: string;
    employerId: string;
    reference: string;
    total: number;
    accepted: number;
    acceptedWithWarnings: number;
    refused: number;
  }>(sql`
    SELECT s.id, s.employer_id AS "employerId", s.reference, count(*)::int AS total,
      count(*) FILTER (WHERE d.status = 'ACCEPTED')::int AS accepted,
      count(*) FILTER (WHERE d.status = 'ACCEPTED_WITH_WARNINGS')::int AS "acceptedWithWarnings",
      count(*) FILTER (WHERE d.status = 'REFUSED')::int AS refused
    FROM submission s JOIN wage_declaration d ON d.submission_id = s.id
    WHERE s.id = ANY(${submissionIds}::uuid[])
    GROUP BY s.id
    HAVING count(*) FILTER (WHERE d.status = 'PENDING') = 0`);
  return finished.map((s) => {
    const composed = composeEboxMessage({
      type: "SUBMISSION_SUMMARY",
      submissionReference: s.reference,
      total: s.total,
      accepted: s.accepted,
      acceptedWithWarnings: s.acceptedWithWarnings,
      refused: s.refused,
    });
    return {
      employerId: s.employerId,
      declarationId: null,
      submissionId: s.id,
      dedupKey: `submission:${s.id}:summary`,
      type: "SUBMISSION_SUMMARY",
      subject: composed.subject,
      body: composed.body,
    };
  });
}

// ---- new declarations -----------------------------------------------------------------------

/** A declaration to create in a submission. */
export interface NewDeclaration {
  workerId: string;
  content: DeclarationContent;
}

export interface CreateRequest {
  actorId: string;
  employerId: string;
  submissionId: string;
  /**
   * false: drafts (the wizard, until its submission is submitted); true: submitted at once (bulk
   * submission), as the table's `submit` of a draft decides, without the draft ever being stored.
   */
  submitted: boolean;
  declarations: readonly NewDeclaration[];
}

/** The state of a declaration as it is created: a draft ORIGINAL, version 1. */
const NEW_DRAFT: DeclarationState = {
  newestStatus: "DRAFT",
  newestKind: "ORIGINAL",
  newestVersion: 1,
  inForceVersion: null,
  lastAcceptedBeforeNewest: null,
};

/**
 * Creates declarations with their first version: a draft, or submitted at once with its status
 * event (from no status: the declaration did not exist) and its controls job. Returns their ids
 * in order.
 */
export async function createDeclarations(tx: Db, request: CreateRequest): Promise<string[]> {
  const { declarations } = request;
  if (declarations.length === 0) return [];
  let status: DeclarationStatusCode = "DRAFT";
  let runControls = false;
  if (request.submitted) {
    const result = nextState(NEW_DRAFT, { type: "submit" });
    if (!result.ok) throw new Error(`the lifecycle refuses to submit a new draft: ${result.reason}`);
    status = result.effect.newestStatus;
    runControls = result.effect.runControls;
  }
  const ids = request.submitted
    ? await insertSubmittedRows(tx, request, status)
    : await insertDraftRows(tx, request, status);
  const versionIds = await insertVersions(
    tx,
    declarations.map((d, i) => ({
      declarationId: ids[i]!,
      number: NEW_DRAFT.newestVersion,
      kind: NEW_DRAFT.newestKind,
      status,
      content: d.content,
      createdBy: request.actorId,
      reason: null,
      submitted: request.submitted,
    })),
  );
  if (request.submitted) {
    await recordStatusChanges(
      tx,
      declarations.map((d, i) => ({
        declarationId: ids[i]!,
        employerId: request.employerId,
        workerId: d.workerId,
        versionNumber: NEW_DRAFT.newestVersion,
        from: null,
        to: status,
        actorId: request.actorId,
        reason: null,
        reasonCode: null,
      })),
    );
  }
  if (runControls) await queueControls(tx, versionIds);
  return ids;
}

/** Declarations submitted at once (bulk): named here, so that one statement inserts any number. */
async function insertSubmittedRows(tx: Db, request: CreateRequest, status: DeclarationStatusCode): Promise<string[]> {
  const ids = request.declarations.map(() => randomUUID());
  await tx.query(sql`
    INSERT INTO wage_declaration (id, employer_id, worker_id, submission_id, status, kind, payslip_reference,
      calculation_start, calculation_end, calculation_date, total_cents, submitted_at)
    SELECT x.id, ${request.employerId}, x.worker_id, ${request.submissionId}, ${status}, ${NEW_DRAFT.newestKind},
      x.payslip_reference, x.calculation_start, x.calculation_end, x.calculation_date, x.total_cents, now()
    FROM ${contentRows(
      ids,
      request.declarations.map((d) => d.content),
      { workerIds: request.declarations.map((d) => d.workerId) },
    )}`);
  return ids;
}

/**
 * Drafts, named by the table's own default one row at a time (the wizard adds one draft per
 * call): the demo data (demo/demo-declarations.ts) makes that default deterministic.
 */
async function insertDraftRows(tx: Db, request: CreateRequest, status: DeclarationStatusCode): Promise<string[]> {
  const ids: string[] = [];
  for (const { workerId, content } of request.declarations) {
    const row = await tx.one<{ id: string }>(sql`
      INSERT INTO wage_declaration (employer_id, worker_id, submission_id, status, kind, payslip_reference,
        calculation_start, calculation_end, calculation_date, total_cents)
      VALUES (${request.employerId}, ${workerId}, ${request.submissionId}, ${status}, ${NEW_DRAFT.newestKind},
        ${content.payslipReference}, ${content.calculationPeriod.start}, ${content.calculationPeriod.end},
        ${content.calculationDate}, ${content.totalCents})
      RETURNING id`);
    ids.push(row!.id);
  }
  return ids;
}

// ---- shared pieces ------------------------------------------------------------------------------

/** The declaration columns that copy its newest version's content, set from `x` (see `contentRows`). */
const copiedColumns = sql.raw(`payslip_reference = x.payslip_reference, calculation_start = x.calculation_start,
  calculation_end = x.calculation_end, calculation_date = x.calculation_date, total_cents = x.total_cents`);

/** Optional per-row columns of `contentRows`. */
interface ExtraColumns {
  workerIds?: readonly string[];
  newestVersions?: readonly number[];
  statuses?: readonly DeclarationStatusCode[];
  kinds?: readonly string[];
  inForce?: readonly (number | null)[];
}

/** One row `x` per declaration id with its content's copied columns, and the extra columns given. */
function contentRows(ids: readonly string[], contents: readonly DeclarationContent[], extra: ExtraColumns): Sql {
  const col = <T>(pick: (c: DeclarationContent) => T): T[] => contents.map(pick);
  const columns: Sql[] = [
    sql`${[...ids]}::uuid[]`,
    sql`${col((c) => c.payslipReference)}::text[]`,
    sql`${col((c) => c.calculationPeriod.start)}::date[]`,
    sql`${col((c) => c.calculationPeriod.end)}::date[]`,
    sql`${col((c) => c.calculationDate)}::date[]`,
    sql`${col((c) => c.totalCents)}::bigint[]`,
  ];
  const names = ["id", "payslip_reference", "calculation_start", "calculation_end", "calculation_date", "total_cents"];
  const add = (values: readonly unknown[] | undefined, type: string, name: string) => {
    if (values === undefined) return;
    columns.push(sql`${[...values]}${sql.raw(`::${type}[]`)}`);
    names.push(name);
  };
  add(extra.workerIds, "uuid", "worker_id");
  add(extra.newestVersions, "int", "newest_version");
  add(extra.statuses, "text", "status");
  add(extra.kinds, "text", "kind");
  add(extra.inForce, "int", "in_force");
  return sql`unnest(${sql.join(columns)}) AS x(${sql.raw(names.join(", "))})`;
}

function requiredContent(item: TransitionItem | undefined): DeclarationContent {
  if (!item?.content) throw new Error(`the ${item?.action.type ?? "unknown"} transition needs the new content`);
  return item.content;
}

/** A version's content as the audit trail shows it. */
function contentSnapshot(content: DeclarationContent): Record<string, unknown> {
  return {
    payslipReference: content.payslipReference,
    calculationPeriod: `${content.calculationPeriod.start} – ${content.calculationPeriod.end}`,
    calculationDate: content.calculationDate,
    total: formatMoney(content.totalCents),
    properties: content.properties.map((p) => ({
      employerClass: p.employerClass,
      workerCode: p.workerCode,
      validity: `${p.validity.start} – ${p.validity.end}`,
      grossWage: p.grossWageCents === null ? null : formatMoney(p.grossWageCents),
      premiums: p.premiums.map((premium) => `${formatMoney(premium.amountCents)}/${premium.frequencyMonths}`),
    })),
  };
}
