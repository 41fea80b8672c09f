import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { SsinScalar } from "../../graphql/scalars";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { FlexiIncome, FlexiIncomeShare } from "./flexi-income.type";

@Resolver(() => FlexiIncome)
export class FlexiIncomeResolver {
  @Query(() => FlexiIncome, { description: "A worker's flexi income of a calendar year against the ceiling; an employer sees only its own share." })
  flexiIncome(@Ctx() ctx: RequestContext, @Arg("ssin", () => SsinScalar) ssin: string, @Arg("year", () => Int) year: number) {
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
