import { workerListJoins } from "../workers/worker.resolver";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { declaresFor, RULES } from "../../access";
import { MAX_DECISIONS } from "./back-office.service";
import { allowedPersonActions, type PersonActionType, type PersonRole } from "../../domain/declaration-lifecycle";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import {
  DECLARATION_ID_ARG,
  DECLARATION_REASON_ARG,
  EXPECTED_VERSION_ARG,
  LIST_FILTER_ARG,
  ORDER_BY_ARG,
} from "../../graphql/descriptions";
import { PagingArgs } from "../../graphql/paging.args";
import { listJoins, selects } from "../../graphql/selection";
import { User } from "../access/access.type";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { Submission } from "../submissions/submission.type";
import { toSubmission } from "../submissions/submission.service";
import { Worker, WorkerConnection, WorkerFilter } from "../workers/worker.type";
import { anomaliesOf, decisionReasonOf, propertiesOf, submissionById, userOf, versionsOf } from "./declaration.loaders";
import { toVersion } from "./declaration-rows";
import {
  AddDeclarationInput,
  Anomaly,
  DeclarationDecisionInput,
  DeclarationAction,
  DeclarationInput,
  DeclarationVersion,
  WageDeclaration,
  WageDeclarationConnection,
  WageDeclarationFilter,
  WageDeclarationOrder,
  WageProperty,
} from "./declaration.type";

/** The declarations of a bulk decision. */
const DECISION_ITEMS_ARG =
  "The declarations to decide, each with the version the agent read, in the order the answer gives them back; an empty list changes nothing.";

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
  @Query(() => WageDeclarationConnection, {
    description:
      "Declarations the caller may see, most recently changed first: its employers' with FLEXI_AT_WORK (drafts included), every transmitted one for the back office, their own for a worker. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments or filter dates.",
  })
  wageDeclarations(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => WageDeclarationFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: WageDeclarationFilter,
    @Arg("orderBy", () => [WageDeclarationOrder], { nullable: true, description: ORDER_BY_ARG })
    orderBy?: WageDeclarationOrder[],
  ) {
    const join = listJoins(info, ["worker", "employer"]);
    return ctx.services.declarations.list(ctx, filter, orderBy, paging, selects(info, "totalCount"), join);
  }

  @Query(() => WageDeclaration, {
    nullable: true,
    description: "One declaration. Errors: NOT_FOUND when it does not exist or the caller may not see it.",
  })
  wageDeclaration(@Ctx() ctx: GraphQLContext, @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string) {
    return ctx.services.declarations.get(ctx, id);
  }

  @Query(() => WorkerConnection, {
    description:
      "Workers for whom the employer transmitted declarations (the home overview), needs FLEXI_AT_WORK of the employer. Errors: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND (employer), BAD_USER_INPUT for paging arguments.",
  })
  declaredWorkers(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("employerId", () => ID, { description: "The employer whose declared workers to list." }) employerId: string,
    @Arg("filter", () => WorkerFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: WorkerFilter,
  ) {
    const join = workerListJoins(ctx, info);
    return ctx.services.declarations.declaredWorkers(
      ctx,
      employerId,
      filter,
      paging,
      selects(info, "totalCount"),
      join,
    );
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Wizard: adds a flexi-jobber's wage data as a DRAFT to a draft submission; needs FLEXI_AT_WORK of its employer. Errors: NOT_FOUND (submission), INVALID_STATE (submission transmitted), BAD_USER_INPUT with every broken rule in fieldErrors.",
  })
  addDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => AddDeclarationInput, { description: "The declaration and its draft submission." })
    input: AddDeclarationInput,
  ) {
    return ctx.services.declarations.addDraft(ctx, input);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Wizard overview (pencil): replaces a DRAFT's whole content; no status event. Errors: NOT_FOUND, INVALID_STATE (not a draft), BAD_USER_INPUT.",
  })
  updateDraftDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
    @Arg("input", () => DeclarationInput, { description: "The draft's new content." }) input: DeclarationInput,
  ) {
    return ctx.services.declarations.updateDraft(ctx, id, input);
  }

  @Mutation(() => ID, {
    description:
      "Wizard overview (bin): removes a DRAFT; returns its id. Errors: NOT_FOUND, INVALID_STATE (not a draft).",
  })
  removeDraftDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
  ) {
    return ctx.services.declarations.removeDraft(ctx, id);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "New content for a transmitted declaration (cancel-and-replace): a new PENDING version, controlled again; allowed when the newest version is accepted (with or without warnings) or REFUSED. Needs FLEXI_AT_WORK of its employer. Errors: NOT_FOUND, CONFLICT (stale expectedVersion), INVALID_STATE (e.g. PENDING or CANCELLED), BAD_USER_INPUT.",
  })
  modifyDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
    @Arg("expectedVersion", () => Int, { description: EXPECTED_VERSION_ARG }) expectedVersion: number,
    @Arg("input", () => DeclarationInput, { description: "The whole new content; the worker stays the same." })
    input: DeclarationInput,
  ) {
    return ctx.services.declarations.modify(ctx, id, expectedVersion, input);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Deletes a transmitted declaration: a CANCELLATION version, controlled, when it is accepted (or refused with an earlier version in force); CANCELLED at once when it was refused and nothing is in force. Errors: NOT_FOUND, CONFLICT, INVALID_STATE (e.g. PENDING or CANCELLED).",
  })
  deleteDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
    @Arg("expectedVersion", () => Int, { description: EXPECTED_VERSION_ARG }) expectedVersion: number,
  ) {
    return ctx.services.declarations.delete(ctx, id, expectedVersion);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Back office only: new content with a reason; a new PENDING version, controlled again; the employer gets an e-Box message. Audited. Errors: FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE, BAD_USER_INPUT (input and reason together).",
  })
  correctDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
    @Arg("expectedVersion", () => Int, { description: EXPECTED_VERSION_ARG }) expectedVersion: number,
    @Arg("input", () => DeclarationInput, { description: "The whole corrected content; the worker stays the same." })
    input: DeclarationInput,
    @Arg("reason", () => String, { description: DECLARATION_REASON_ARG }) reason: string,
  ) {
    return ctx.services.backOffice.correct(ctx, id, expectedVersion, input, reason);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Back office only: accepts the newest version by hand (from PENDING, ACCEPTED_WITH_WARNINGS or REFUSED), with a reason; an accepted cancellation becomes CANCELLED. Audited. Errors: FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE, BAD_USER_INPUT (reason).",
  })
  acceptDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
    @Arg("expectedVersion", () => Int, { description: EXPECTED_VERSION_ARG }) expectedVersion: number,
    @Arg("reason", () => String, { description: DECLARATION_REASON_ARG }) reason: string,
  ) {
    return ctx.services.backOffice.accept(ctx, id, expectedVersion, reason);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Back office only: refuses the newest version by hand (from PENDING or ACCEPTED_WITH_WARNINGS), with a reason; an earlier accepted version stays in force. Audited. Errors: FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE, BAD_USER_INPUT (reason).",
  })
  refuseDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
    @Arg("expectedVersion", () => Int, { description: EXPECTED_VERSION_ARG }) expectedVersion: number,
    @Arg("reason", () => String, { description: DECLARATION_REASON_ARG }) reason: string,
  ) {
    return ctx.services.backOffice.refuse(ctx, id, expectedVersion, reason);
  }

  @Mutation(() => [WageDeclaration], {
    description: `Back office only: accepts the newest version of each declaration by hand, with one reason, as acceptDeclaration does each one; returns them in the order given. All or nothing: when any item is NOT_FOUND, CONFLICT or INVALID_STATE nothing is written, the error's code is that of the first such item and \`extensions.itemErrors\` lists every one ({ index, id, code, message }). At most ${MAX_DECISIONS} items (BAD_USER_INPUT at \`items\`). Each is audited and its employer gets an e-Box message with the reason. Errors: FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE, BAD_USER_INPUT (reason, items).`,
  })
  acceptDeclarations(
    @Ctx() ctx: GraphQLContext,
    @Arg("items", () => [DeclarationDecisionInput], { description: DECISION_ITEMS_ARG })
    items: DeclarationDecisionInput[],
    @Arg("reason", () => String, { description: DECLARATION_REASON_ARG }) reason: string,
  ) {
    return ctx.services.backOffice.acceptMany(ctx, items, reason);
  }

  @Mutation(() => [WageDeclaration], {
    description: `Back office only: refuses the newest version of each declaration by hand, with one reason, as refuseDeclaration does each one; returns them in the order given. All or nothing: when any item is NOT_FOUND, CONFLICT or INVALID_STATE nothing is written, the error's code is that of the first such item and \`extensions.itemErrors\` lists every one ({ index, id, code, message }). At most ${MAX_DECISIONS} items (BAD_USER_INPUT at \`items\`). Each is audited and its employer gets an e-Box message with the reason. Errors: FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE, BAD_USER_INPUT (reason, items).`,
  })
  refuseDeclarations(
    @Ctx() ctx: GraphQLContext,
    @Arg("items", () => [DeclarationDecisionInput], { description: DECISION_ITEMS_ARG })
    items: DeclarationDecisionInput[],
    @Arg("reason", () => String, { description: DECLARATION_REASON_ARG }) reason: string,
  ) {
    return ctx.services.backOffice.refuseMany(ctx, items, reason);
  }

  @Mutation(() => WageDeclaration, {
    description:
      "Back office only: runs the controls again on the newest version (PENDING, ACCEPTED_WITH_WARNINGS or REFUSED), e.g. after correcting a Dimona period or employer; it goes back to PENDING. Audited. Errors: FORBIDDEN, NOT_FOUND, INVALID_STATE.",
  })
  revalidateDeclaration(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: DECLARATION_ID_ARG }) id: string,
  ) {
    return ctx.services.backOffice.revalidate(ctx, id);
  }

  @Mutation(() => Int, {
    description:
      "Back office only: runs the controls again for every matching declaration whose newest version may be revalidated (at most 10,000); returns how many. Errors: FORBIDDEN, BAD_USER_INPUT.",
  })
  revalidateDeclarations(
    @Ctx() ctx: GraphQLContext,
    @Arg("filter", () => WageDeclarationFilter, {
      description: "Which declarations; required, so that none are run by accident.",
    })
    filter: WageDeclarationFilter,
  ) {
    return ctx.services.backOffice.revalidateMany(ctx, filter);
  }

  // Not async: a list that joined the employer and worker answers these without a promise.
  @FieldResolver(() => Employer, { description: "The employer that declared." })
  employer(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Employer | Promise<Employer> {
    const joined = declaration.joined?.employer;
    if (joined) return toEmployer(joined);
    return ctx.loaders.employer.load(declaration.row.employerId).then((row) => {
      if (!row) throw notFound("Employer");
      return toEmployer(row);
    });
  }

  @FieldResolver(() => Worker, { description: "The flexi-jobber the wage data is about." })
  worker(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Worker | Promise<Worker> {
    const joined = declaration.joined?.worker;
    if (joined) return joined;
    return ctx.loaders.worker.load(declaration.row.workerId).then((row) => {
      if (!row) throw notFound("Worker");
      return row;
    });
  }

  @FieldResolver(() => Submission, {
    nullable: true,
    description:
      "The submission that holds the declaration; null for a worker reading their own (a submission holds others' declarations).",
  })
  async submission(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Promise<Submission | null> {
    const row = await submissionById(ctx, declaration.row.submissionId);
    // The worker may read a declaration about them, not the submission that holds others'.
    return row && ctx.viewer && RULES.submission.allows(ctx.viewer, row) ? toSubmission(row) : null;
  }

  @FieldResolver(() => [WageProperty], { description: "The newest version's properties, in the order given." })
  properties(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Promise<WageProperty[]> {
    return propertiesOf(ctx, { declarationId: declaration.id, number: declaration.row.newestVersion });
  }

  @FieldResolver(() => [Anomaly], {
    description: "The newest version's anomalies found by the controls; empty while DRAFT or PENDING.",
  })
  anomalies(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Promise<Anomaly[]> {
    return anomaliesOf(ctx, { declarationId: declaration.id, number: declaration.row.newestVersion });
  }

  @FieldResolver(() => DeclarationVersion, {
    nullable: true,
    description:
      "The last accepted version, which totals and the ceiling counter use; null when none was ever accepted.",
  })
  async inForce(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Promise<DeclarationVersion | null> {
    const number = declaration.row.inForceVersion;
    if (number === null) return null;
    const version = (await versionsOf(ctx, declaration.id)).find((v) => v.number === number);
    return version ? toVersion(version) : null;
  }

  @FieldResolver(() => [DeclarationAction], {
    description:
      "What the caller can do to this declaration now: the lifecycle's actions from its status, for the caller's role. An employer's declarant gets MODIFY, DELETE, EDIT_DRAFT, REMOVE_DRAFT; the back office gets CORRECT, ACCEPT, REFUSE, REVALIDATE; anyone else (a worker) none.",
  })
  allowedActions(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): DeclarationAction[] {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const roles: PersonRole[] = [];
    if (declaresFor(viewer, declaration.row.employerId)) roles.push("employer");
    if (viewer.backOffice) roles.push("backOffice");
    return allowedPersonActions(declaration.row.status, roles).map((type) => ACTION_OF[type]);
  }

  @FieldResolver(() => [DeclarationVersion], { description: "Every version, oldest first." })
  async history(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Promise<DeclarationVersion[]> {
    return (await versionsOf(ctx, declaration.id)).map(toVersion);
  }
}

@Resolver(() => DeclarationVersion)
export class DeclarationVersionResolver {
  @FieldResolver(() => [WageProperty], { description: "This version's properties, in the order given." })
  properties(@Root() version: DeclarationVersion, @Ctx() ctx: GraphQLContext): Promise<WageProperty[]> {
    return propertiesOf(ctx, { declarationId: version.row.declarationId, number: version.number });
  }

  @FieldResolver(() => [Anomaly], { description: "This version's anomalies found by the controls." })
  anomalies(@Root() version: DeclarationVersion, @Ctx() ctx: GraphQLContext): Promise<Anomaly[]> {
    return anomaliesOf(ctx, { declarationId: version.row.declarationId, number: version.number });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The back office's reason when it accepted or refused this version by hand (acceptDeclaration, refuseDeclaration or their bulk forms) and that is the version's latest status change; null when the controls decided it or it is not decided.",
  })
  decisionReason(@Root() version: DeclarationVersion, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return decisionReasonOf(ctx, { declarationId: version.row.declarationId, number: version.number });
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "The person who made this version; null when none is recorded.",
  })
  createdBy(@Root() version: DeclarationVersion, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return version.row.createdBy ? userOf(ctx, version.row.createdBy) : null;
  }
}

/** Worker.latestDeclaration: the worker's newest declaration the caller may see. */
@Resolver(() => Worker)
export class WorkerDeclarationResolver {
  @FieldResolver(() => WageDeclaration, {
    nullable: true,
    description: "The worker's most recently changed declaration the caller may see; null when none.",
  })
  latestDeclaration(
    @Root() worker: Worker,
    @Ctx() ctx: GraphQLContext,
    @Arg("employerId", () => ID, { nullable: true, description: "Only declarations of this employer." })
    employerId?: string,
  ): Promise<WageDeclaration | null> {
    return ctx.loaders
      .get<string, WageDeclaration | null>(`worker.latestDeclaration:${employerId ?? ""}`, (ids) =>
        ctx.services.declarations.latestOfWorkers(ctx, ids, employerId),
      )
      .load(worker.id);
  }
}
