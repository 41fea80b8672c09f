import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { REFERENCE_REASON_ARG } from "../../graphql/descriptions";
import { CorrectWorkerInput, RegisterWorkerInput } from "./worker-maintenance.input";
import { Worker } from "./worker.type";

/** The back office's maintenance of workers (reference data). */
@Resolver(() => Worker)
export class WorkerMaintenanceResolver {
  @Mutation(() => Worker, {
    description:
      "Back office only: registers a worker. Audited. Errors: FORBIDDEN, BAD_USER_INPUT (DUPLICATE at `ssin` when already registered).",
  })
  registerWorker(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => RegisterWorkerInput, { description: "The worker to register." }) input: RegisterWorkerInput,
  ) {
    return ctx.services.workerMaintenance.register(ctx, input);
  }

  @Mutation(() => Worker, {
    description:
      "Back office only: corrects the given fields of a worker, with a reason. Audited. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT.",
  })
  correctWorker(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The worker's id." }) id: string,
    @Arg("input", () => CorrectWorkerInput, { description: "The fields to change." }) input: CorrectWorkerInput,
    @Arg("reason", () => String, { description: REFERENCE_REASON_ARG }) reason: string,
  ) {
    return ctx.services.workerMaintenance.correct(ctx, id, input, reason);
  }
}
