import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG } from "../../graphql/descriptions";
import { PagingArgs } from "../../graphql/paging.args";
import { DateScalar, SsinScalar } from "../../graphql/scalars";
import { fieldsKey, listJoins, nodeFields, selectedFields, selects } from "../../graphql/selection";
import { DimonaPeriod } from "../dimona/dimona-period.type";
import { Worker, WorkerConnection, WorkerFilter, WorkerOrder } from "./worker.type";

/**
 * What a list of workers (`workers`, `declaredWorkers`) is asked for: the nodes' fields, and their
 * Dimona periods without arguments, read in the list's own statement (with arguments, each
 * worker's periods go through their loader).
 */
export function workerListJoins(ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const join = listJoins(info);
  return {
    ...join,
    dimonaPeriods: join.fields?.has("dimonaPeriods")
      ? ctx.services.dimona.periodsOfWorkerSql(ctx, "w", nodeFields(info, "dimonaPeriods"))
      : undefined,
  };
}

@Resolver(() => Worker)
export class WorkerResolver {
  @Query(() => WorkerConnection, {
    description:
      "Workers the caller may see (see Worker), most recently registered first. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  workers(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => WorkerFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: WorkerFilter,
    @Arg("orderBy", () => [WorkerOrder], { nullable: true, description: ORDER_BY_ARG }) orderBy?: WorkerOrder[],
  ) {
    return ctx.services.workers.list(
      ctx,
      filter,
      orderBy,
      paging,
      selects(info, "totalCount"),
      workerListJoins(ctx, info),
    );
  }

  @Query(() => Worker, {
    nullable: true,
    description:
      "One worker, by exactly one of id and ssin (BAD_USER_INPUT ONE_OF otherwise). Errors: NOT_FOUND when unknown or not visible; BAD_USER_INPUT (INVALID_CHECK_DIGIT at `ssin`).",
  })
  worker(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { nullable: true, description: "The worker's id." }) id?: string,
    @Arg("ssin", () => SsinScalar, { nullable: true, description: "The worker's SSIN." }) ssin?: string,
  ) {
    return ctx.services.workers.get(ctx, id, ssin);
  }

  @Query(() => [Worker], {
    description:
      "Wizard steps 1-2: workers with a non-cancelled FLX Dimona period of the employer overlapping from..to. A plain list. Needs DIMONA_CONSULTATION and FLEXI_AT_WORK of the employer. Errors: FORBIDDEN, NOT_FOUND (employer), BAD_USER_INPUT (dates, RANGE_ORDER at `to`).",
  })
  flexiJobbers(
    @Ctx() ctx: GraphQLContext,
    @Arg("employerId", () => ID, { description: "The employer declaring." }) employerId: string,
    @Arg("from", () => DateScalar, { description: "First day of the period searched." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last day of the period searched; not before from." }) to: string,
  ) {
    return ctx.services.workers.flexiJobbers(ctx, employerId, from, to);
  }

  @FieldResolver(() => [DimonaPeriod], {
    description: "The worker's Dimona periods the caller may see, latest start first. Errors: BAD_USER_INPUT (dates).",
  })
  dimonaPeriods(
    @Root() worker: Worker,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("employerId", () => ID, { nullable: true, description: "Only periods with this employer." })
    employerId?: string,
    @Arg("from", () => DateScalar, { nullable: true, description: "Only periods that end on or after this day." })
    from?: string,
    @Arg("to", () => DateScalar, { nullable: true, description: "Only periods that start on or before this day." })
    to?: string,
  ) {
    if (worker.joinedDimonaPeriods && employerId == null && from == null && to == null)
      return worker.joinedDimonaPeriods;
    // One loader per arguments and fields asked: each reads the columns its fields need.
    const asked = selectedFields(info);
    return ctx.loaders
      .get<string, DimonaPeriod[]>(`dimonaPeriods:${employerId}:${from}:${to}:${fieldsKey(asked)}`, (ids) =>
        ctx.services.dimona.ofWorkers(ctx, ids, { employerId, from, to }, asked),
      )
      .load(worker.id);
  }
}
