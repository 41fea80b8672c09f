import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { CorrectEmployerInput } from "./employer-maintenance.input";
import { Employer } from "./employer.type";

/** The back office's corrections of employers (reference data). */
@Resolver(() => Employer)
export class EmployerMaintenanceResolver {
  @Mutation(() => Employer, {
    description: "Back office: corrects an employer's name, classes, NSSO number or language, with a reason. Audited.",
  })
  correctEmployer(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CorrectEmployerInput) input: CorrectEmployerInput,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.employerMaintenance.correct(ctx, id, input, reason);
  }
}
