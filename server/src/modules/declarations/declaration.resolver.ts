import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeSubmission, declaresFor } from "../../auth/tenancy";
import { allowedPersonActions, type PersonActionType, type PersonRole } from "../../domain/declaration-lifecycle";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { nodeFields, selects } from "../../graphql/selection";
import { User } from "../access/access.type";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { Submission } from "../submissions/submission.type";
import { toSubmission } from "../submissions/submission.service";
import { Worker, WorkerConnection, WorkerFilter } from "../workers/worker.type";
import { anomaliesOf, propertiesOf, submissionById, userOf, versionsOf } from "./declaration-loaders";
import { toVersion } from "./declaration-rows";
import {
  AddDeclarationInput,
  Anomaly,
  DeclarationAction,
  DeclarationInput,
  DeclarationVersion,
  WageDeclaration,
  WageDeclarationConnection,
  WageDeclarationFilter,
  WageDeclarationOrder,
  WageProperty,
} from "./declaration.type";

/** The GraphQL value of each action a person can take. */
const ACTION_OF: Record<PersonActionType, DeclarationAction> = {
  modify: DeclarationAction.MODIFY,
  delete: DeclarationAction.DELETE,
  editDraft: DeclarationAction.EDIT_DRAFT,
  removeDraft: DeclarationAction.REMOVE_DRAFT,
  correct: DeclarationAction.CORRECT,
  accept: DeclarationAction.ACCEPT,
  refuse: DeclarationAction.REFUSE,
  revalidate: DeclarationAction.REVALIDATE,
};

@Resolver(() => WageDeclaration)
export class DeclarationResolver {
  @Query(() => WageDeclarationConnection, { description: "Declarations the caller may see; newest first." })
  wageDeclarations(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => WageDeclarationFilter, { nullable: true }) filter?: WageDeclarationFilter,
    @Arg("orderBy", () => [WageDeclarationOrder], { nullable: true }) orderBy?: WageDeclarationOrder[],
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
    last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    const fields = nodeFields(info);
    const join = {
      fields,
      worker: fields.has("worker") ? nodeFields(info, "worker") : undefined,
      employer: fields.has("employer") ? nodeFields(info, "employer") : undefined,
      withCursors: selects(info, "edges") || selects(info, "pageInfo"),
    };
    return ctx.services.declarations.list(
      ctx,
      filter,
      orderBy,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
      join,
    );
  }

  @Query(() => WageDeclaration, { nullable: true })
  wageDeclaration(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.declarations.get(ctx, id);
  }

  @Query(() => WorkerConnection, {
    description: "Workers for whom the employer transmitted declarations (the guide's home overview).",
  })
  declaredWorkers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("employerId", () => ID) employerId: string,
    @Arg("filter", () => WorkerFilter, { nullable: true }) filter?: WorkerFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
    last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.declarations.declaredWorkers(
      ctx,
      employerId,
      filter,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
    );
  }

  @Mutation(() => WageDeclaration, { description: "Wizard: adds a flexi-jobber's wage data to a draft submission." })
  addDeclaration(@Ctx() ctx: RequestContext, @Arg("input", () => AddDeclarationInput) input: AddDeclarationInput) {
    return ctx.services.declarations.addDraft(ctx, input);
  }

  @Mutation(() => WageDeclaration, { description: "Wizard overview (pencil): replaces a draft's content." })
  updateDraftDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DeclarationInput) input: DeclarationInput,
  ) {
    return ctx.services.declarations.updateDraft(ctx, id, input);
  }

  @Mutation(() => ID, { description: "Wizard overview (bin): removes a draft; returns its id." })
  removeDraftDeclaration(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.declarations.removeDraft(ctx, id);
  }

  @Mutation(() => WageDeclaration, {
    description: "New content for a transmitted declaration (cancel-and-replace): a new version, controlled again.",
  })
  modifyDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => DeclarationInput) input: DeclarationInput,
  ) {
    return ctx.services.declarations.modify(ctx, id, expectedVersion, input);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Deletes a transmitted declaration: a cancellation, or at once when it was refused and nothing is in force.",
  })
  deleteDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
  ) {
    return ctx.services.declarations.delete(ctx, id, expectedVersion);
  }

  @Mutation(() => WageDeclaration, {
    description: "Back office: new content with a reason; a new version, controlled again; the employer is told.",
  })
  correctDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => DeclarationInput) input: DeclarationInput,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.backOffice.correct(ctx, id, expectedVersion, input, reason);
  }

  @Mutation(() => WageDeclaration, { description: "Back office: accepts the newest version by hand, with a reason." })
  acceptDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.backOffice.accept(ctx, id, expectedVersion, reason);
  }

  @Mutation(() => WageDeclaration, { description: "Back office: refuses the newest version by hand, with a reason." })
  refuseDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.backOffice.refuse(ctx, id, expectedVersion, reason);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Back office: runs the controls again on the newest version (pending, accepted with warnings or refused).",
  })
  revalidateDeclaration(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.backOffice.revalidate(ctx, id);
  }

  @Mutation(() => Int, { description: "Queues controls again for every matching declaration; returns how many." })
  revalidateDeclarations(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => WageDeclarationFilter) filter: WageDeclarationFilter,
  ) {
    return ctx.services.backOffice.revalidateMany(ctx, filter);
  }

  // Not async: a list that joined the employer and worker answers these without a promise.
  @FieldResolver(() => Employer)
  employer(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Employer | Promise<Employer> {
    const joined = declaration.joined?.employer;
    if (joined) return toEmployer(joined);
    return ctx.loaders.employer.load(declaration.row.employerId).then((row) => {
      if (!row) throw notFound("Employer");
      return toEmployer(row);
    });
  }

  @FieldResolver(() => Worker)
  worker(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Worker | Promise<Worker> {
    const joined = declaration.joined?.worker;
    if (joined) return joined;
    return ctx.loaders.worker.load(declaration.row.workerId).then((row) => {
      if (!row) throw notFound("Worker");
      return row;
    });
  }

  @FieldResolver(() => Submission, { nullable: true })
  async submission(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Promise<Submission | null> {
    const row = await submissionById(ctx, declaration.row.submissionId);
    // The worker may read a declaration about them, not the submission that holds others'.
    return row && ctx.viewer && canSeeSubmission(ctx.viewer, row) ? toSubmission(row) : null;
  }

  @FieldResolver(() => [WageProperty])
  properties(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Promise<WageProperty[]> {
    return propertiesOf(ctx, { declarationId: declaration.id, number: declaration.row.newestVersion });
  }

  @FieldResolver(() => [Anomaly])
  anomalies(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Promise<Anomaly[]> {
    return anomaliesOf(ctx, { declarationId: declaration.id, number: declaration.row.newestVersion });
  }

  @FieldResolver(() => DeclarationVersion, {
    nullable: true,
    description:
      "The last accepted version, which totals and the ceiling counter use; null when none was ever accepted.",
  })
  async inForce(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Promise<DeclarationVersion | null> {
    const number = declaration.row.inForceVersion;
    if (number === null) return null;
    const version = (await versionsOf(ctx, declaration.id)).find((v) => v.number === number);
    return version ? toVersion(version) : null;
  }

  @FieldResolver(() => [DeclarationAction], {
    description:
      "What the caller can do to this declaration now: the lifecycle's actions from its status, for the caller's role. An employer's declarant gets MODIFY, DELETE, EDIT_DRAFT, REMOVE_DRAFT; the back office gets CORRECT, ACCEPT, REFUSE, REVALIDATE; anyone else (a worker) none.",
  })
  allowedActions(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): DeclarationAction[] {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const roles: PersonRole[] = [];
    if (declaresFor(viewer, declaration.row.employerId)) roles.push("employer");
    if (viewer.backOffice) roles.push("backOffice");
    return allowedPersonActions(declaration.row.status, roles).map((type) => ACTION_OF[type]);
  }

  @FieldResolver(() => [DeclarationVersion], { description: "Every version, oldest first." })
  async history(@Root() declaration: WageDeclaration, @Ctx() ctx: RequestContext): Promise<DeclarationVersion[]> {
    return (await versionsOf(ctx, declaration.id)).map(toVersion);
  }
}

@Resolver(() => DeclarationVersion)
export class DeclarationVersionResolver {
  @FieldResolver(() => [WageProperty])
  properties(@Root() version: DeclarationVersion, @Ctx() ctx: RequestContext): Promise<WageProperty[]> {
    return propertiesOf(ctx, { declarationId: version.row.declarationId, number: version.number });
  }

  @FieldResolver(() => [Anomaly])
  anomalies(@Root() version: DeclarationVersion, @Ctx() ctx: RequestContext): Promise<Anomaly[]> {
    return anomaliesOf(ctx, { declarationId: version.row.declarationId, number: version.number });
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() version: DeclarationVersion, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return version.row.createdBy ? userOf(ctx, version.row.createdBy) : null;
  }
}

/** Worker.latestDeclaration: the worker's newest declaration the caller may see. */
@Resolver(() => Worker)
export class WorkerDeclarationResolver {
  @FieldResolver(() => WageDeclaration, { nullable: true })
  latestDeclaration(
    @Root() worker: Worker,
    @Ctx() ctx: RequestContext,
    @Arg("employerId", () => ID, { nullable: true }) employerId?: string,
  ): Promise<WageDeclaration | null> {
    return ctx.loaders
      .get<string, WageDeclaration | null>(`worker.latestDeclaration:${employerId ?? ""}`, (ids) =>
        ctx.services.declarations.latestOfWorkers(ctx, ids, employerId),
      )
      .load(worker.id);
  }
}
