/**
 * The back office sets the annual ceiling of a year (docs/domain-rules.md#the-annual-ceiling: 2026 stays provisional until the
 * indexed figure is published). One transaction with its audit entry; the ceiling's audit
 * entityId is the uuid derived from its year (ceiling-id.ts), since audit_entry.entity_id is a uuid.
 */
import { backOfficeOnly } from "../../access";
import { sql } from "../../db/sql";
import { fieldChanges } from "../../domain/field-changes";
import { ceilingAuditValues, checkCeiling, type CeilingValues } from "../../domain/reference-data";
import { FieldErrors } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { writeAudit } from "../audit/audit-writer";
import { flexiCeilingId } from "./ceiling-id";
import { CEILING_COLUMNS, toFlexiCeiling, type FlexiCeiling, type FlexiCeilingRow } from "./flexi-ceiling.service";

const AUDITED_FIELDS = ["year", "amount", "provisional", "source"] as const;

function values(row: FlexiCeilingRow): CeilingValues {
  return { year: row.year, amountCents: Number(row.amountCents), provisional: row.provisional, source: row.source };
}

export class CeilingMaintenanceService {
  /**
   * Sets the ceiling of a year: creates it or replaces amount, provisional flag and source.
   * Setting the values a year already has changes nothing and writes no audit entry: the answer
   * is the ceiling as it stands.
   */
  async set(
    ctx: RequestContext,
    year: number,
    amount: string,
    provisional: boolean,
    source: string | null | undefined,
  ): Promise<FlexiCeiling> {
    const viewer = backOfficeOnly(ctx.viewer);
    const checked = checkCeiling({ year, amount, provisional, source });
    const errors = new FieldErrors();
    for (const p of checked.problems) errors.add(p.path, p.code, p.message);
    errors.check();
    const ceiling = checked.value!;
    return ctx.db.transaction(async (tx) => {
      // A new year is inserted at once; a concurrent set of the same new year waits here and then
      // finds the row, so each of them audits what it really replaced.
      const created = await tx.one<FlexiCeilingRow>(sql`
        INSERT INTO flexi_ceiling (year, amount_cents, provisional, source)
        VALUES (${ceiling.year}, ${ceiling.amountCents}, ${ceiling.provisional}, ${ceiling.source})
        ON CONFLICT (year) DO NOTHING
        RETURNING ${CEILING_COLUMNS}`);
      const current = created
        ? undefined
        : (await tx.one<FlexiCeilingRow>(
            sql`SELECT ${CEILING_COLUMNS} FROM flexi_ceiling WHERE year = ${ceiling.year} FOR UPDATE`,
          ))!;
      const changes = fieldChanges(
        current ? ceilingAuditValues(values(current)) : {},
        ceilingAuditValues(ceiling),
        AUDITED_FIELDS,
      );
      if (current && changes.length === 0) return toFlexiCeiling(current);
      const row =
        created ??
        (await tx.one<FlexiCeilingRow>(sql`
        UPDATE flexi_ceiling SET amount_cents = ${ceiling.amountCents}, provisional = ${ceiling.provisional}, source = ${ceiling.source}
        WHERE year = ${ceiling.year}
        RETURNING ${CEILING_COLUMNS}`))!;
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "setFlexiCeiling",
          entityType: "FlexiCeiling",
          entityId: flexiCeilingId(ceiling.year),
          employerId: null,
          reason: null,
          changes,
        },
      ]);
      return toFlexiCeiling(row);
    });
  }
}
