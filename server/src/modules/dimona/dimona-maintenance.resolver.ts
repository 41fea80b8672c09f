import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { CorrectDimonaPeriodInput, RegisterDimonaPeriodInput } from "./dimona-maintenance.input";
import { DimonaPeriod } from "./dimona-period.type";

/** The back office's maintenance of Dimona periods (reference data, docs/domain-rules.md#dimona). */
@Resolver(() => DimonaPeriod)
export class DimonaMaintenanceResolver {
  @Mutation(() => DimonaPeriod, {
    description:
      "Back office: registers a Dimona period as reference data; checks only that worker and employer exist and start <= end. Audited.",
  })
  registerDimonaPeriod(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => RegisterDimonaPeriodInput) input: RegisterDimonaPeriodInput,
  ) {
    return ctx.services.dimonaMaintenance.register(ctx, input);
  }

  @Mutation(() => DimonaPeriod, {
    description:
      "Back office: corrects or cancels a Dimona period, with a reason. Later controls see the change. Audited.",
  })
  correctDimonaPeriod(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CorrectDimonaPeriodInput) input: CorrectDimonaPeriodInput,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.dimonaMaintenance.correct(ctx, id, input, reason);
  }
}
