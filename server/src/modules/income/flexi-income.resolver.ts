import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root, Args } from "type-graphql";
import { listJoins, selects } from "../../graphql/selection";
import { Worker } from "../workers/worker.type";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG } from "../../graphql/descriptions";
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
    description:
      "A worker's flexi income of a calendar year against the ceiling: all of it for the back office (each read is audited) and the worker themself; an employer with FLEXI_AT_WORK sees only its own share. Errors: NOT_FOUND (worker unknown or not visible), BAD_USER_INPUT (INVALID_CHECK_DIGIT at `ssin`, OUT_OF_RANGE at `year`).",
  })
  flexiIncome(
    @Ctx() ctx: GraphQLContext,
    @Arg("ssin", () => SsinScalar, { description: "The worker's SSIN." }) ssin: string,
    @Arg("year", () => Int, { description: "The calendar year, e.g. 2025." }) year: number,
  ) {
    return ctx.services.income.of(ctx, ssin, year);
  }
}

@Resolver(() => FlexiIncomeShare)
export class FlexiIncomeShareResolver {
  @FieldResolver(() => Employer, { description: "The employer whose declarations make up this share." })
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
      "Workers whose accepted flexi income of a year passed the ceiling, newest first: all for the back office, their own for a worker, none for employers. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  ceilingAlerts(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => CeilingAlertFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: CeilingAlertFilter,
  ) {
    return ctx.services.ceilingAlerts.list(
      ctx,
      filter,
      paging,
      selects(info, "totalCount"),
      listJoins(info, ["worker"]),
    );
  }

  // Not async: a list that joined the worker answers it without a promise.
  @FieldResolver(() => Worker, { description: "The worker whose income passed the ceiling." })
  worker(@Root() alert: CeilingAlert, @Ctx() ctx: GraphQLContext): Worker | Promise<Worker> {
    if (alert.joinedWorker) return alert.joinedWorker;
    return ctx.loaders.worker.load(alert.workerId).then((row) => {
      if (!row) throw notFound("Worker");
      return row;
    });
  }
}
