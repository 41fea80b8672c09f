/**
 * The back office's decisions on declarations (docs/domain-rules.md#the-lifecycle, docs/architecture.md#tenancy-access-and-errors): correct (new content, a new
 * version controlled again), accept and refuse by hand, and run the controls again. Each carries
 * a reason; the lifecycle engine (lifecycle-engine.ts) writes the change with its audit entry
 * (the fields before and after) and its e-Box message, in the transaction of the change.
 */
import { RULES, signedIn } from "../../access";
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { isUuid } from "../../db/ids";
import { badUserInput, fieldErrorsOf, FieldErrors, itemsRefused, notFound, type ItemError } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import type { DeclarationRow } from "../../db/declaration-row";
import { checkDeclaration } from "./declaration-input-check";
import { DECLARATION_COLUMNS, toDeclaration } from "./declaration-rows";
import { declarationFilterSql, lockDeclaration, type DeclarationService } from "./declaration.service";
import {
  applyTransitions,
  lockDeclarations,
  refusedTransitions,
  type LockedDeclaration,
  type TransitionItem,
} from "./lifecycle-engine";
import type { DeclarationInput, WageDeclaration, WageDeclarationFilter } from "./declaration-shapes";

/** Declarations revalidated per call at most; the count returned says how many were. */
export const MAX_REVALIDATE = 10_000;

/** Declarations accepted or refused per call of acceptDeclarations / refuseDeclarations at most. */
export const MAX_DECISIONS = 500;

/** One declaration of a bulk decision, with the concurrency token the agent read. */
export interface DecisionItem {
  id: string;
  expectedVersion: number;
}

/** A reason is required for every back-office change; only surrounding blanks are dropped. */
function requireReason(reason: string, errors = new FieldErrors()): string {
  const text = reason.trim();
  if (text === "")
    errors.add(["reason"], "REQUIRED", "Give the reason for this change: the employer and the audit trail see it.");
  return text;
}

export class BackOfficeDeclarationService {
  constructor(private readonly declarations: DeclarationService) {}

  /** New content for a declaration, with a reason: a new version, controlled again. */
  async correct(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: DeclarationInput,
    reason: string,
  ): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const declaration = await lockForOffice(tx, id);
      const reasonErrors = new FieldErrors();
      const why = requireReason(reason, reasonErrors);
      let checked;
      try {
        checked = await checkDeclaration(tx, input, {
          employerId: declaration.employerId,
          requireDimona: false,
          sameWorkerAs: declaration.workerId,
        });
      } catch (error) {
        // One answer with every problem: the input's and the reason's.
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors) throw badUserInput([...fieldErrors, ...reasonErrors.errors]);
        throw error;
      }
      reasonErrors.check();
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: why,
        items: [{ declaration, action: { type: "correct" }, expectedVersion, content: checked.content }],
      });
      return this.declarations.reload(tx, id);
    });
  }

  async accept(ctx: RequestContext, id: string, expectedVersion: number, reason: string): Promise<WageDeclaration> {
    return this.decideByHand(ctx, id, expectedVersion, reason, "accept");
  }

  async refuse(ctx: RequestContext, id: string, expectedVersion: number, reason: string): Promise<WageDeclaration> {
    return this.decideByHand(ctx, id, expectedVersion, reason, "refuse");
  }

  /** Accept or refuse the newest version by hand: its status changes in place. */
  private async decideByHand(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    reason: string,
    action: "accept" | "refuse",
  ): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const why = requireReason(reason, errors);
    errors.check();
    return ctx.db.transaction(async (tx) => {
      const declaration = await lockForOffice(tx, id);
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: why,
        items: [{ declaration, action: { type: action }, expectedVersion }],
      });
      return this.declarations.reload(tx, id);
    });
  }

  async acceptMany(ctx: RequestContext, items: readonly DecisionItem[], reason: string): Promise<WageDeclaration[]> {
    return this.decideManyByHand(ctx, items, reason, "accept");
  }

  async refuseMany(ctx: RequestContext, items: readonly DecisionItem[], reason: string): Promise<WageDeclaration[]> {
    return this.decideManyByHand(ctx, items, reason, "refuse");
  }

  /**
   * Accepts or refuses many declarations by hand with one reason, all or nothing (one
   * transaction, one set of statements: see docs/decisions/0019-bulk-decisions-all-or-nothing.md).
   * Every item is checked first; when any is missing, stale or in a status that does not allow
   * the decision, nothing is written and the error lists each of them.
   */
  private async decideManyByHand(
    ctx: RequestContext,
    items: readonly DecisionItem[],
    reason: string,
    action: "accept" | "refuse",
  ): Promise<WageDeclaration[]> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const why = requireReason(reason, errors);
    if (items.length > MAX_DECISIONS)
      errors.add(["items"], "OUT_OF_RANGE", `At most ${MAX_DECISIONS} declarations per call; split the list.`);
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      if (firstIndex.has(item.id))
        errors.add(["items", index, "id"], "DUPLICATE", `This declaration is already item ${firstIndex.get(item.id)}.`);
      else firstIndex.set(item.id, index);
    });
    errors.check();
    if (items.length === 0) return [];
    return ctx.db.transaction(async (tx) => {
      const ids = items.map((item) => item.id).filter(isUuid);
      const locked = await lockDeclarations(tx, sql`d.id = ANY(${ids}::uuid[]) AND d.status <> 'DRAFT'`);
      const byId = new Map(locked.map((row) => [row.id, row]));
      const missing: ItemError[] = [];
      const transitions: TransitionItem[] = [];
      const indexOf: number[] = [];
      items.forEach((item, index) => {
        const declaration = byId.get(item.id);
        if (!declaration) {
          missing.push({ index, id: item.id, code: "NOT_FOUND", message: "Declaration not found." });
          return;
        }
        transitions.push({ declaration, action: { type: action }, expectedVersion: item.expectedVersion });
        indexOf.push(index);
      });
      const refused: ItemError[] = refusedTransitions(transitions).map((r) => ({
        index: indexOf[r.index]!,
        id: r.declarationId,
        code: r.code,
        message: r.message,
      }));
      const problems = [...missing, ...refused].sort((a, b) => a.index - b.index);
      if (problems.length > 0) throw itemsRefused(problems, items.length);
      await applyTransitions(tx, { actorId: viewer.userId, reason: why, items: transitions });
      const rows = await tx.query<DeclarationRow>(
        sql`SELECT ${DECLARATION_COLUMNS} FROM wage_declaration d WHERE d.id = ANY(${ids}::uuid[])`,
      );
      const rowOf = new Map(rows.map((row) => [row.id, row]));
      return items.map((item) => toDeclaration(rowOf.get(item.id)!));
    });
  }

  /** Runs the controls again on one declaration's newest version. */
  async revalidate(ctx: RequestContext, id: string): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const declaration = await lockForOffice(tx, id);
      await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: null,
        items: [{ declaration, action: { type: "revalidate" } }],
      });
      return this.declarations.reload(tx, id);
    });
  }

  /**
   * Runs the controls again on every matching declaration that can be revalidated (pending,
   * accepted with warnings, refused), at most MAX_REVALIDATE; returns how many.
   */
  async revalidateMany(ctx: RequestContext, filter: WageDeclarationFilter): Promise<number> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const where = declarationFilterSql(filter, errors, ["filter"], viewer);
    errors.check();
    return ctx.db.transaction(async (tx) => {
      const declarations = await lockDeclarations(
        tx,
        sql`${RULES.wageDeclaration.condition(viewer, sql.raw("d"))} AND ${where}
          AND d.status IN ('PENDING', 'ACCEPTED_WITH_WARNINGS', 'REFUSED')`,
        MAX_REVALIDATE,
      );
      const applied = await applyTransitions(tx, {
        actorId: viewer.userId,
        reason: null,
        items: declarations.map((declaration) => ({ declaration, action: { type: "revalidate" } })),
      });
      return applied.length;
    });
  }
}

/** Locks a declaration for the back office: any employer's, but never a draft (drafts are the employer's). */
async function lockForOffice(tx: Db, id: string): Promise<LockedDeclaration> {
  const row = await lockDeclaration(tx, id);
  if (!row || row.status === "DRAFT") throw notFound("Declaration");
  return row;
}
