import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { CorrectWorkerInput, RegisterWorkerInput } from "./worker-maintenance.input";
import { Worker } from "./worker.type";

/** The back office's maintenance of workers (reference data). */
@Resolver(() => Worker)
export class WorkerMaintenanceResolver {
  @Mutation(() => Worker, {
    description: "Back office: registers a worker; an SSIN already registered is refused. Audited.",
  })
  registerWorker(@Ctx() ctx: GraphQLContext, @Arg("input", () => RegisterWorkerInput) input: RegisterWorkerInput) {
    return ctx.services.workerMaintenance.register(ctx, input);
  }

  @Mutation(() => Worker, {
    description: "Back office: corrects the given fields of a worker, with a reason. Audited.",
  })
  correctWorker(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CorrectWorkerInput) input: CorrectWorkerInput,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.workerMaintenance.correct(ctx, id, input, reason);
  }
}
