import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { MoneyScalar } from "../../graphql/scalars";
import { FlexiCeiling } from "./flexi-ceiling.type";

/** The back office sets the annual ceilings (reference data). */
@Resolver(() => FlexiCeiling)
export class CeilingMaintenanceResolver {
  @Mutation(() => FlexiCeiling, {
    description:
      "Back office: sets the ceiling of a year (2024-2100; amount > 0, at most 2 decimals), creating or replacing it. Audited when it changes.",
  })
  setFlexiCeiling(
    @Ctx() ctx: GraphQLContext,
    @Arg("year", () => Int) year: number,
    @Arg("amount", () => MoneyScalar) amount: string,
    @Arg("provisional", () => Boolean) provisional: boolean,
    @Arg("source", () => String, { nullable: true }) source?: string | null,
  ) {
    return ctx.services.ceilingMaintenance.set(ctx, year, amount, provisional, source);
  }
}
