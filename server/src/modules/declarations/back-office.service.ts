/**
 * The back office's decisions on declarations (docs/domain-rules.md#the-lifecycle, docs/architecture.md#tenancy-access-and-errors): correct (new content, a new
 * version controlled again), accept and refuse by hand, and run the controls again. Each carries
 * a reason; the lifecycle engine (lifecycle-engine.ts) writes the change with its audit entry
 * (the fields before and after) and its e-Box message, in the transaction of the change.
 */
import { RULES, signedIn } from "../../access";
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { badUserInput, fieldErrorsOf, FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { checkDeclaration } from "./declaration-input-check";
import { declarationFilterSql, lockDeclaration, type DeclarationService } from "./declaration.service";
import { applyTransitions, lockDeclarations, type LockedDeclaration } from "./lifecycle-engine";
import type { DeclarationInput, WageDeclaration, WageDeclarationFilter } from "./declaration-shapes";

/** Declarations revalidated per call at most; the count returned says how many were. */
export const MAX_REVALIDATE = 10_000;

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
