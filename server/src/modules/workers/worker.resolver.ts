import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root, Args } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { PagingArgs } from "../../graphql/paging.args";
import { DateScalar, SsinScalar } from "../../graphql/scalars";
import { fieldsKey, selectedFields, selects } from "../../graphql/selection";
import { DimonaPeriod } from "../dimona/dimona-period.type";
import { Worker, WorkerConnection, WorkerFilter, WorkerOrder } from "./worker.type";

@Resolver(() => Worker)
export class WorkerResolver {
  @Query(() => WorkerConnection, { description: "Workers the caller may see." })
  workers(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => WorkerFilter, { nullable: true }) filter?: WorkerFilter,
    @Arg("orderBy", () => [WorkerOrder], { nullable: true }) orderBy?: WorkerOrder[],
  ) {
    return ctx.services.workers.list(ctx, filter, orderBy, paging, selects(info, "totalCount"));
  }

  @Query(() => Worker, { nullable: true, description: "Exactly one of id and ssin." })
  worker(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("ssin", () => SsinScalar, { nullable: true }) ssin?: string,
  ) {
    return ctx.services.workers.get(ctx, id, ssin);
  }

  @Query(() => [Worker], {
    description:
      "Wizard steps 1-2: workers with a non-cancelled FLX Dimona period of the employer overlapping from..to. A plain list.",
  })
  flexiJobbers(
    @Ctx() ctx: GraphQLContext,
    @Arg("employerId", () => ID) employerId: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
  ) {
    return ctx.services.workers.flexiJobbers(ctx, employerId, from, to);
  }

  @FieldResolver(() => [DimonaPeriod], { description: "The worker's Dimona periods the caller may see, newest first." })
  dimonaPeriods(
    @Root() worker: Worker,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("employerId", () => ID, { nullable: true }) employerId?: string,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string,
  ) {
    // One loader per arguments and fields asked: each reads the columns its fields need.
    const asked = selectedFields(info);
    return ctx.loaders
      .get<string, DimonaPeriod[]>(`dimonaPeriods:${employerId}:${from}:${to}:${fieldsKey(asked)}`, (ids) =>
        ctx.services.dimona.ofWorkers(ctx, ids, { employerId, from, to }, asked),
      )
      .load(worker.id);
  }
}
