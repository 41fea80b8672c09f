import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { selects } from "../../graphql/selection";
import { Worker } from "../workers/worker.type";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { SsinScalar } from "../../graphql/scalars";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import {
  CeilingAlert,
  CeilingAlertConnection,
  CeilingAlertFilter,
  FlexiIncome,
  FlexiIncomeShare,
} from "./flexi-income.type";

@Resolver(() => FlexiIncome)
export class FlexiIncomeResolver {
  @Query(() => FlexiIncome, {
    description: "A worker's flexi income of a calendar year against the ceiling; an employer sees only its own share.",
  })
  flexiIncome(
    @Ctx() ctx: RequestContext,
    @Arg("ssin", () => SsinScalar) ssin: string,
    @Arg("year", () => Int) year: number,
  ) {
    return ctx.services.income.of(ctx, ssin, year);
  }
}

@Resolver(() => FlexiIncomeShare)
export class FlexiIncomeShareResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() share: FlexiIncomeShare, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(share.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }
}

@Resolver(() => CeilingAlert)
export class CeilingAlertResolver {
  @Query(() => CeilingAlertConnection, {
    description:
      "Workers whose accepted flexi income of a year passed the ceiling, newest first: all for the back office, their own for a worker.",
  })
  ceilingAlerts(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => CeilingAlertFilter, { nullable: true }) filter?: CeilingAlertFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
    last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.ceilingAlerts.list(
      ctx,
      filter,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
    );
  }

  @FieldResolver(() => Worker)
  async worker(@Root() alert: CeilingAlert, @Ctx() ctx: RequestContext): Promise<Worker> {
    const row = await ctx.loaders.worker.load(alert.workerId);
    if (!row) throw notFound("Worker");
    return row;
  }
}
