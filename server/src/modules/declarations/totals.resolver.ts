/**
 * Aggregates of declared amounts: counts and sums grouped by worker, employer, month
 * of the calculation period or status, over the declarations the caller may see, in one
 * statement. Sums are of each declaration's newest version (its `total`). A sum shows the pay of
 * every worker it includes: the back office's read of one is audited for each of them
 * (access/income-reads.ts), the workers selected in SQL from the groups shown.
 */
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { RULES, signedIn, type GroupKey, type WorkerGroups } from "../../access";
import { sql, type Sql } from "../../db/sql";
import { formatMoney } from "../../domain/money";
import { FieldErrors } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG } from "../../graphql/descriptions";
import { MoneyScalar } from "../../graphql/scalars";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { Worker } from "../workers/worker.type";
import { declarationFilterSql } from "./declaration.service";
import { DeclarationStatus, WageDeclarationFilter } from "./declaration.type";

export enum DeclarationTotalsGroup {
  WORKER = "WORKER",
  EMPLOYER = "EMPLOYER",
  MONTH = "MONTH",
  STATUS = "STATUS",
}
registerEnumType(DeclarationTotalsGroup, {
  name: "DeclarationTotalsGroup",
  description: "What declaration totals are grouped by.",
  valuesConfig: {
    WORKER: { description: "One group per worker (WageDeclarationTotal.worker)." },
    EMPLOYER: { description: "One group per employer (WageDeclarationTotal.employer)." },
    MONTH: { description: 'One group per month of the calculation period\'s start ("2025-03").' },
    STATUS: { description: "One group per declaration status (of the newest version)." },
  },
});

/** Groups returned at most (a month per worker per employer of a big employer stays far below). */
const MAX_GROUPS = 10_000;

@ObjectType({ description: "Count and sum of declared amounts of one group; the fields not grouped by are null." })
export class WageDeclarationTotal {
  workerId!: string | null;
  employerId!: string | null;
  /** The groups of this query, and this one's key in them: whose pay the total shows (access/income-reads.ts). */
  groups!: WorkerGroups;
  key!: GroupKey;
  @Field(() => String, { nullable: true, description: 'Month of the calculation period, "2025-03".' }) month!:
    string | null;
  @Field(() => DeclarationStatus, { nullable: true, description: "The status of the group, when grouped by STATUS." })
  status!: DeclarationStatus | null;
  @Field(() => Int, { description: "How many declarations the group holds." }) count!: number;
  @Field(() => MoneyScalar, { description: "Sum of the declarations' totals (newest versions)." }) total!: string;
}

const COLUMNS: Record<DeclarationTotalsGroup, { expression: Sql; alias: string }> = {
  WORKER: { expression: sql.raw("d.worker_id"), alias: "workerId" },
  EMPLOYER: { expression: sql.raw("d.employer_id"), alias: "employerId" },
  MONTH: { expression: sql.raw("to_char(d.calculation_start, 'YYYY-MM')"), alias: "month" },
  STATUS: { expression: sql.raw("d.status"), alias: "status" },
};

@Resolver(() => WageDeclarationTotal)
export class DeclarationTotalsResolver {
  @Query(() => [WageDeclarationTotal], {
    description:
      "Counts and sums of declared amounts, grouped, over the declarations the caller may see (as wageDeclarations), ordered by the groups; at most 10,000 groups. Errors: UNAUTHENTICATED; BAD_USER_INPUT (REQUIRED at `groupBy` when empty, filter dates).",
  })
  async wageDeclarationTotals(
    @Ctx() ctx: GraphQLContext,
    @Arg("groupBy", () => [DeclarationTotalsGroup], { description: "At least one grouping; repeats are ignored." })
    groupBy: DeclarationTotalsGroup[],
    @Arg("filter", () => WageDeclarationFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: WageDeclarationFilter,
  ): Promise<WageDeclarationTotal[]> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    const where = declarationFilterSql(filter, errors, ["filter"], viewer);
    const groups = [...new Set(groupBy)];
    if (groups.length === 0)
      errors.add(["groupBy"], "REQUIRED", "Group by at least one of WORKER, EMPLOYER, MONTH, STATUS.");
    errors.check();
    const selected = Object.values(DeclarationTotalsGroup).map((g) =>
      groups.includes(g)
        ? sql`${COLUMNS[g].expression} AS ${sql.raw(`"${COLUMNS[g].alias}"`)}`
        : sql.raw(`NULL AS "${COLUMNS[g].alias}"`),
    );
    const grouped = groups.map((g) => COLUMNS[g].expression);
    const declarations = sql`wage_declaration d WHERE ${RULES.wageDeclaration.condition(viewer, sql.raw("d"))} AND ${where}`;
    // The groups as text, in the order of `grouped`: the key a total is audited by.
    const key = sql`ARRAY[${sql.join(grouped.map((g) => sql`(${g})::text`))}]`;
    const workerGroups: WorkerGroups = {
      workersOf: (keys) => sql`
        SELECT d.worker_id FROM ${declarations}
          AND (${sql.join(grouped.map((g) => sql`(${g})::text`))}) IN (SELECT * FROM unnest(${sql.join(
            grouped.map((_, i) => sql`${keys.map((k) => k[i] ?? null)}::text[]`),
          )}))`,
    };
    const rows = await ctx.db.query<{
      workerId: string | null;
      employerId: string | null;
      month: string | null;
      status: DeclarationStatus | null;
      count: number;
      totalCents: string;
      key: string[];
    }>(sql`
      SELECT ${sql.join(selected)}, count(*)::int AS count, COALESCE(sum(d.total_cents), 0)::text AS "totalCents",
        ${key} AS key
      FROM ${declarations}
      GROUP BY ${sql.join(grouped)}
      ORDER BY ${sql.join(grouped)}
      LIMIT ${MAX_GROUPS}`);
    return rows.map((r) =>
      Object.assign(new WageDeclarationTotal(), {
        ...r,
        groups: workerGroups,
        total: formatMoney(Number(r.totalCents)),
      }),
    );
  }

  @FieldResolver(() => Worker, { nullable: true, description: "The worker of the group, when grouped by WORKER." })
  async worker(@Root() total: WageDeclarationTotal, @Ctx() ctx: GraphQLContext): Promise<Worker | null> {
    return total.workerId ? ((await ctx.loaders.worker.load(total.workerId)) ?? null) : null;
  }

  @FieldResolver(() => Employer, {
    nullable: true,
    description: "The employer of the group, when grouped by EMPLOYER.",
  })
  async employer(@Root() total: WageDeclarationTotal, @Ctx() ctx: GraphQLContext): Promise<Employer | null> {
    const row = total.employerId ? await ctx.loaders.employer.load(total.employerId) : undefined;
    return row ? toEmployer(row) : null;
  }
}
