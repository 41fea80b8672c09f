import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG, PAGE_ARGS } from "../../graphql/descriptions";
import { selects } from "../../graphql/selection";
import { Employer } from "../employers/employer.type";
import { toEmployer } from "../employers/employer.service";
import { Worker } from "../workers/worker.type";
import { DimonaPeriod, DimonaPeriodConnection, DimonaPeriodFilter, DimonaPeriodOrder } from "./dimona-period.type";
import { notFound } from "../../errors";

@Resolver(() => DimonaPeriod)
export class DimonaPeriodResolver {
  @Query(() => DimonaPeriodConnection, {
    description:
      "Dimona periods the caller may see, newest start first: its employers' with DIMONA_CONSULTATION, all for the back office, their own for a worker. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments or filter dates.",
  })
  dimonaPeriods(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => DimonaPeriodFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: DimonaPeriodFilter,
    @Arg("orderBy", () => [DimonaPeriodOrder], { nullable: true, description: ORDER_BY_ARG })
    orderBy?: DimonaPeriodOrder[],
    @Arg("first", () => Int, { nullable: true, description: PAGE_ARGS.first }) first?: number,
    @Arg("after", () => String, { nullable: true, description: PAGE_ARGS.after }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: PAGE_ARGS.last })
    last?: number,
    @Arg("before", () => String, { nullable: true, description: PAGE_ARGS.before }) before?: string,
    @Arg("offset", () => Int, { nullable: true, description: PAGE_ARGS.offset }) offset?: number,
  ) {
    return ctx.services.dimona.list(
      ctx,
      filter,
      orderBy,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
    );
  }

  @FieldResolver(() => Employer, { description: "The employer the worker may work for." })
  async employer(@Root() period: DimonaPeriod, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(period.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }

  @FieldResolver(() => Worker, { description: "The worker the period is for." })
  async worker(@Root() period: DimonaPeriod, @Ctx() ctx: RequestContext): Promise<Worker> {
    const row = await ctx.loaders.worker.load(period.workerId);
    if (!row) throw notFound("Worker");
    return row;
  }
}
