import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { REFERENCE_REASON_ARG } from "../../graphql/descriptions";
import { CorrectEmployerInput } from "./employer-maintenance.input";
import { Employer } from "./employer.type";

/** The back office's corrections of employers (reference data). */
@Resolver(() => Employer)
export class EmployerMaintenanceResolver {
  @Mutation(() => Employer, {
    description:
      "Back office only: corrects an employer's name, classes, NSSO number or language, with a reason. Audited. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (e.g. DUPLICATE at `nssoNumber` when another employer has it).",
  })
  correctEmployer(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The employer's id." }) id: string,
    @Arg("input", () => CorrectEmployerInput, { description: "The fields to change." }) input: CorrectEmployerInput,
    @Arg("reason", () => String, { description: REFERENCE_REASON_ARG }) reason: string,
  ) {
    return ctx.services.employerMaintenance.correct(ctx, id, input, reason);
  }
}
