/**
 * The back office's decisions on declarations (docs/domain-rules.md#the-lifecycle, docs/architecture.md#tenancy-access-and-errors): correct (new content, a new
 * version controlled again), accept and refuse by hand, and run the controls again. Each carries
 * a reason, writes an audit entry with the fields before and after, and tells the employer
 * through the e-Box, in the transaction of the change.
 */
import { RULES, signedIn } from "../../access";
import { queueControls } from "../../controls/queue";
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { resultMessageType } from "../../domain/controls";
import { isAcceptedStatus, nextState, type ControlsOutcome } from "../../domain/declaration-lifecycle";
import type { DeclarationStatusCode } from "../../domain/declaration-status";
import { fieldChanges } from "../../domain/field-changes";
import { formatMoney } from "../../domain/money";
import { recordStatusChanges } from "../../events/status-events";
import { badUserInput, fieldErrorsOf, FieldErrors, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { writeAudit, type AuditRecord } from "../audit/audit-writer";
import { writeEboxMessages } from "../ebox/ebox-writer";
import { raiseCeilingAlerts } from "../income/ceiling-alerts";
import { checkDeclaration } from "./declaration-input-check";
import { declarationMessage } from "./declaration-messages";
import { loadVersionContent } from "./declaration-store";
import {
  checkVersion,
  declarationFilterSql,
  lockDeclaration,
  LOCKED_DECLARATION_COLUMNS,
  stateOf,
  type DeclarationService,
  type LockedDeclaration,
} from "./declaration.service";
import type { DeclarationInput, WageDeclaration, WageDeclarationFilter } from "./declaration.type";

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
      const row = await lockForOffice(tx, id);
      const reasonErrors = new FieldErrors();
      const why = requireReason(reason, reasonErrors);
      let checked;
      try {
        checked = await checkDeclaration(tx, input, {
          employerId: row.employerId,
          requireDimona: false,
          sameWorkerAs: row.workerId,
        });
      } catch (error) {
        // One answer with every problem: the input's and the reason's.
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors) throw badUserInput([...fieldErrors, ...reasonErrors.errors]);
        throw error;
      }
      reasonErrors.check();
      checkVersion(row, expectedVersion);
      const effect = this.declarations.decide(row, { type: "correct" });
      const before = await contentSnapshot(tx, row.id, row.newestVersion);
      await this.declarations.applyPersonChange(tx, {
        row,
        effect,
        actorId: viewer.userId,
        reason: why,
        content: checked.content,
      });
      const after = await contentSnapshot(tx, row.id, effect.newVersion!.number);
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "correctDeclaration",
          entityType: "WageDeclaration",
          entityId: row.id,
          employerId: row.employerId,
          reason: why,
          changes: fieldChanges(before, after),
        },
      ]);
      const corrected = { ...row, newestVersion: effect.newVersion!.number };
      await writeEboxMessages(tx, [
        await declarationMessage(tx, corrected, {
          type: "CORRECTED_BY_BACK_OFFICE",
          status: "CORRECTED",
          inForceVersion: effect.inForceVersion,
          reason: why,
        }),
      ]);
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
      const row = await lockForOffice(tx, id);
      checkVersion(row, expectedVersion);
      const effect = this.declarations.decide(row, { type: action });
      await this.declarations.applyPersonChange(tx, {
        row,
        effect,
        actorId: viewer.userId,
        reason: why,
        content: null,
      });
      const outcome = effect.newestStatus as ControlsOutcome;
      if (isAcceptedStatus(outcome))
        await raiseCeilingAlerts(tx, [{ workerId: row.workerId, year: Number(row.calculationStart.slice(0, 4)) }]);
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: `${action}Declaration`,
          entityType: "WageDeclaration",
          entityId: row.id,
          employerId: row.employerId,
          reason: why,
          changes: fieldChanges(
            { status: row.status, inForceVersion: row.inForceVersion },
            { status: effect.newestStatus, inForceVersion: effect.inForceVersion },
          ),
        },
      ]);
      await writeEboxMessages(tx, [
        await declarationMessage(tx, row, {
          type: resultMessageType(row.kind, outcome),
          status: effect.newestStatus,
          inForceVersion: effect.inForceVersion,
        }),
      ]);
      return this.declarations.reload(tx, id);
    });
  }

  /** Runs the controls again on one declaration's newest version. */
  async revalidate(ctx: RequestContext, id: string): Promise<WageDeclaration> {
    const viewer = signedIn(ctx.viewer);
    return ctx.db.transaction(async (tx) => {
      const row = await lockForOffice(tx, id);
      const effect = this.declarations.decide(row, { type: "revalidate" });
      await this.revalidateLocked(tx, [{ row, inForceVersion: effect.inForceVersion }], viewer.userId);
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
      const rows = await tx.query<LockedDeclaration>(sql`
        SELECT ${LOCKED_DECLARATION_COLUMNS}
        FROM wage_declaration d
        WHERE ${RULES.wageDeclaration.condition(viewer, sql.raw("d"))} AND ${where}
          AND d.status IN ('PENDING', 'ACCEPTED_WITH_WARNINGS', 'REFUSED')
        ORDER BY d.id LIMIT ${MAX_REVALIDATE}
        FOR UPDATE OF d`);
      const decided = rows.map((row) => {
        const result = nextState(stateOf(row), { type: "revalidate" });
        if (!result.ok) throw new Error(`revalidate refused for a selected declaration: ${result.reason}`);
        return { row, inForceVersion: result.effect.inForceVersion };
      });
      await this.revalidateLocked(tx, decided, viewer.userId);
      return decided.length;
    });
  }

  /** Set-based: the newest versions back to PENDING, their events, their control jobs, the audit. */
  private async revalidateLocked(
    tx: Db,
    items: { row: LockedDeclaration; inForceVersion: number | null }[],
    actorId: string,
  ): Promise<void> {
    if (items.length === 0) return;
    const ids = items.map((i) => i.row.id);
    const versions = await tx.query<{ id: string }>(sql`
      UPDATE declaration_version v SET status = 'PENDING', processed_at = NULL
      FROM wage_declaration d WHERE d.id = ANY(${ids}::uuid[]) AND v.declaration_id = d.id AND v.number = d.newest_version
      RETURNING v.id`);
    await tx.query(sql`
      UPDATE wage_declaration w SET status = 'PENDING', version = w.version + 1, in_force_version = x.in_force, processed_at = NULL, updated_at = now()
      FROM unnest(${ids}::uuid[], ${items.map((i) => i.inForceVersion)}::int[]) AS x(id, in_force) WHERE w.id = x.id`);
    const reason = "Controls run again by the back office.";
    await recordStatusChanges(
      tx,
      items
        .filter((i) => i.row.status !== "PENDING")
        .map((i) => ({
          declarationId: i.row.id,
          employerId: i.row.employerId,
          workerId: i.row.workerId,
          versionNumber: i.row.newestVersion,
          from: i.row.status,
          to: "PENDING" as DeclarationStatusCode,
          actorId,
          reason,
        })),
    );
    await queueControls(
      tx,
      versions.map((v) => v.id),
    );
    await writeAudit(
      tx,
      items.map((i): AuditRecord => ({
        actorId,
        action: "revalidateDeclaration",
        entityType: "WageDeclaration",
        entityId: i.row.id,
        employerId: i.row.employerId,
        reason: null,
        changes: fieldChanges({ status: i.row.status }, { status: "PENDING" }),
      })),
    );
  }
}

/** Locks a declaration for the back office: any employer's, but never a draft (drafts are the employer's). */
async function lockForOffice(tx: Db, id: string): Promise<LockedDeclaration> {
  const row = await lockDeclaration(tx, id);
  if (!row || row.status === "DRAFT") throw notFound("Declaration");
  return row;
}

/** A version's content as the audit trail shows it. */
async function contentSnapshot(tx: Db, declarationId: string, number: number): Promise<Record<string, unknown>> {
  const content = await loadVersionContent(tx, declarationId, number);
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
