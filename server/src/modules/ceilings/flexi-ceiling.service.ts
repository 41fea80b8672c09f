import { signedIn } from "../../access";
import { sql } from "../../db/sql";
import { formatMoney } from "../../domain/money";
import type { RequestContext } from "../../auth/request-context";
import { flexiCeilingId } from "./ceiling-id";

/** A flexi_ceiling row as read by {@link CEILING_COLUMNS}. */
export interface FlexiCeilingRow {
  year: number;
  amountCents: string;
  provisional: boolean;
  source: string | null;
}

/** A year's ceiling as the API shows it (the GraphQL type FlexiCeiling, flexi-ceiling.type.ts). */
export interface FlexiCeiling {
  id: string;
  year: number;
  amount: string;
  provisional: boolean;
  source: string | null;
}

export const CEILING_COLUMNS = sql.raw(`year, amount_cents AS "amountCents", provisional, source`);

export function toFlexiCeiling(row: FlexiCeilingRow): FlexiCeiling {
  return {
    id: flexiCeilingId(row.year),
    year: row.year,
    amount: formatMoney(Number(row.amountCents)),
    provisional: row.provisional,
    source: row.source,
  };
}

/** The annual ceilings (reference data everyone may read). */
export class FlexiCeilingService {
  async list(ctx: RequestContext): Promise<FlexiCeiling[]> {
    signedIn(ctx.viewer);
    const rows = await ctx.db.query<FlexiCeilingRow>(sql`SELECT ${CEILING_COLUMNS} FROM flexi_ceiling ORDER BY year`);
    return rows.map(toFlexiCeiling);
  }
}
