import { signedIn } from "../../auth/tenancy";
import { sql } from "../../db/sql";
import { formatMoney } from "../../domain/money";
import type { RequestContext } from "../../graphql/context";
import type { FlexiCeiling } from "./flexi-ceiling.type";

/** The annual ceilings (reference data everyone may read). */
export class FlexiCeilingService {
  async list(ctx: RequestContext): Promise<FlexiCeiling[]> {
    signedIn(ctx.viewer);
    const rows = await ctx.db.query<{ year: number; amountCents: string; provisional: boolean; source: string | null }>(
      sql`SELECT year, amount_cents AS "amountCents", provisional, source FROM flexi_ceiling ORDER BY year`);
    return rows.map((r) => ({ year: r.year, amount: formatMoney(Number(r.amountCents)), provisional: r.provisional, source: r.source }));
  }
}
