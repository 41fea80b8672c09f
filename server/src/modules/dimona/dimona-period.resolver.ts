import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
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
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => DimonaPeriodFilter, { nullable: true }) filter?: DimonaPeriodFilter,
    @Arg("orderBy", () => [DimonaPeriodOrder], { nullable: true }) orderBy?: DimonaPeriodOrder[],
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
    last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.dimona.list(
      ctx,
      filter,
      orderBy,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
    );
  }

  @FieldResolver(() => Employer)
  async employer(@Root() period: DimonaPeriod, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(period.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }

  @FieldResolver(() => Worker)
  async worker(@Root() period: DimonaPeriod, @Ctx() ctx: RequestContext): Promise<Worker> {
    const row = await ctx.loaders.worker.load(period.workerId);
    if (!row) throw notFound("Worker");
    return row;
  }
}
