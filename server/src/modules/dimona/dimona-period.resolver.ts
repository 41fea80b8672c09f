import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG } from "../../graphql/descriptions";
import { PagingArgs } from "../../graphql/paging.args";
import { listJoins, selects } from "../../graphql/selection";
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
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => DimonaPeriodFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: DimonaPeriodFilter,
    @Arg("orderBy", () => [DimonaPeriodOrder], { nullable: true, description: ORDER_BY_ARG })
    orderBy?: DimonaPeriodOrder[],
  ) {
    const join = listJoins(info, ["worker", "employer"]);
    return ctx.services.dimona.list(ctx, filter, orderBy, paging, selects(info, "totalCount"), join);
  }

  // Not async: a list that joined the employer and worker answers these without a promise.
  @FieldResolver(() => Employer, { description: "The employer the worker may work for." })
  employer(@Root() period: DimonaPeriod, @Ctx() ctx: GraphQLContext): Employer | Promise<Employer> {
    const joined = period.joined?.employer;
    if (joined) return toEmployer(joined);
    return ctx.loaders.employer.load(period.employerId).then((row) => {
      if (!row) throw notFound("Employer");
      return toEmployer(row);
    });
  }

  @FieldResolver(() => Worker, { description: "The worker the period is for." })
  worker(@Root() period: DimonaPeriod, @Ctx() ctx: GraphQLContext): Worker | Promise<Worker> {
    const joined = period.joined?.worker;
    if (joined) return joined;
    return ctx.loaders.worker.load(period.workerId).then((row) => {
      if (!row) throw notFound("Worker");
      return row;
    });
  }
}
