import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { FlexiCeiling } from "./flexi-ceiling.type";

@Resolver(() => FlexiCeiling)
export class FlexiCeilingResolver {
  @Query(() => [FlexiCeiling], {
    description: "The annual tax-free ceilings, oldest year first; any signed-in user. Errors: UNAUTHENTICATED.",
  })
  flexiCeilings(@Ctx() ctx: GraphQLContext) {
    return ctx.services.ceilings.list(ctx);
  }
}
