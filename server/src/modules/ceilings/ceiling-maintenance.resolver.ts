import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { MoneyScalar } from "../../graphql/scalars";
import { FlexiCeiling } from "./flexi-ceiling.type";

/** The back office sets the annual ceilings (reference data). */
@Resolver(() => FlexiCeiling)
export class CeilingMaintenanceResolver {
  @Mutation(() => FlexiCeiling, {
    description:
      "Back office only (FORBIDDEN otherwise): sets the ceiling of a year, creating or replacing it. Audited when it changes. Errors: BAD_USER_INPUT with fieldErrors at `year`, `amount`, `source`.",
  })
  setFlexiCeiling(
    @Ctx() ctx: GraphQLContext,
    @Arg("year", () => Int, { description: "The income year, 2024 to 2100 (OUT_OF_RANGE)." }) year: number,
    @Arg("amount", () => MoneyScalar, { description: "The ceiling in euro: more than 0, at most 2 decimals." })
    amount: string,
    @Arg("provisional", () => Boolean, { description: "True while the indexed figure is not published." })
    provisional: boolean,
    @Arg("source", () => String, {
      nullable: true,
      description: "Where the figure comes from (law, circular), at most 500 characters; null: none.",
    })
    source?: string | null,
  ) {
    return ctx.services.ceilingMaintenance.set(ctx, year, amount, provisional, source);
  }
}
