import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { REFERENCE_REASON_ARG } from "../../graphql/descriptions";
import { CorrectDimonaPeriodInput, RegisterDimonaPeriodInput } from "./dimona-maintenance.input";
import { DimonaPeriod } from "./dimona-period.type";

/** The back office's maintenance of Dimona periods (reference data, docs/domain-rules.md#dimona). */
@Resolver(() => DimonaPeriod)
export class DimonaMaintenanceResolver {
  @Mutation(() => DimonaPeriod, {
    description:
      "Back office only (FORBIDDEN otherwise): registers a Dimona period as reference data; checks only that worker and employer exist and start <= end, not Dimona's own rules. Audited. Errors: BAD_USER_INPUT with fieldErrors.",
  })
  registerDimonaPeriod(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => RegisterDimonaPeriodInput, { description: "The period to register." })
    input: RegisterDimonaPeriodInput,
  ) {
    return ctx.services.dimonaMaintenance.register(ctx, input);
  }

  @Mutation(() => DimonaPeriod, {
    description:
      "Back office only: corrects or cancels a Dimona period, with a reason. Later controls see the change (revalidateDeclaration runs them again). Audited. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (input and reason together).",
  })
  correctDimonaPeriod(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The Dimona period's id (DimonaPeriod.id, not periodId)." }) id: string,
    @Arg("input", () => CorrectDimonaPeriodInput, { description: "The fields to change." })
    input: CorrectDimonaPeriodInput,
    @Arg("reason", () => String, { description: REFERENCE_REASON_ARG }) reason: string,
  ) {
    return ctx.services.dimonaMaintenance.correct(ctx, id, input, reason);
  }
}
