import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root, Args } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { PagingArgs } from "../../graphql/paging.args";
import { selects } from "../../graphql/selection";
import { Employer } from "../employers/employer.type";
import { toEmployer } from "../employers/employer.service";
import { Worker } from "../workers/worker.type";
import { DimonaPeriod, DimonaPeriodConnection, DimonaPeriodFilter, DimonaPeriodOrder } from "./dimona-period.type";
import { notFound } from "../../errors";

@Resolver(() => DimonaPeriod)
export class DimonaPeriodResolver {
  @Query(() => DimonaPeriodConnection, { description: "Dimona periods of the employers the caller may consult." })
  dimonaPeriods(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => DimonaPeriodFilter, { nullable: true }) filter?: DimonaPeriodFilter,
    @Arg("orderBy", () => [DimonaPeriodOrder], { nullable: true }) orderBy?: DimonaPeriodOrder[],
  ) {
    return ctx.services.dimona.list(ctx, filter, orderBy, paging, selects(info, "totalCount"));
  }

  @FieldResolver(() => Employer)
  async employer(@Root() period: DimonaPeriod, @Ctx() ctx: GraphQLContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(period.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }

  @FieldResolver(() => Worker)
  async worker(@Root() period: DimonaPeriod, @Ctx() ctx: GraphQLContext): Promise<Worker> {
    const row = await ctx.loaders.worker.load(period.workerId);
    if (!row) throw notFound("Worker");
    return row;
  }
}
