import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root, Args } from "type-graphql";
import { selects } from "../../graphql/selection";
import { Worker } from "../workers/worker.type";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { PagingArgs } from "../../graphql/paging.args";
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
    @Ctx() ctx: GraphQLContext,
    @Arg("ssin", () => SsinScalar) ssin: string,
    @Arg("year", () => Int) year: number,
  ) {
    return ctx.services.income.of(ctx, ssin, year);
  }
}

@Resolver(() => FlexiIncomeShare)
export class FlexiIncomeShareResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() share: FlexiIncomeShare, @Ctx() ctx: GraphQLContext): Promise<Employer> {
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
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => CeilingAlertFilter, { nullable: true }) filter?: CeilingAlertFilter,
  ) {
    return ctx.services.ceilingAlerts.list(ctx, filter, paging, selects(info, "totalCount"));
  }

  @FieldResolver(() => Worker)
  async worker(@Root() alert: CeilingAlert, @Ctx() ctx: GraphQLContext): Promise<Worker> {
    const row = await ctx.loaders.worker.load(alert.workerId);
    if (!row) throw notFound("Worker");
    return row;
  }
}
