import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription, Args } from "type-graphql";
import { RULES, signedIn } from "../../access";
import { snapshotsOnChange } from "../../events/coalesce";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG } from "../../graphql/descriptions";
import { CursorPagingArgs, PagingArgs } from "../../graphql/paging.args";
import { listJoins, selects } from "../../graphql/selection";
import { DeclarationInput, WageDeclarationConnection } from "../declarations/declaration.type";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import type { WorkerRow } from "../workers/worker.service";
import { Worker } from "../workers/worker.type";
import { DateScalar } from "../../graphql/scalars";
import {
  CreateSubmissionInput,
  Submission,
  SubmissionConnection,
  SubmissionFilter,
  SubmissionProgress,
  SubmitDeclarationsInput,
} from "./submission.type";

@Resolver(() => Submission)
export class SubmissionResolver {
  @Query(() => SubmissionConnection, {
    description:
      "Submissions of the employers the caller declares for (FLEXI_AT_WORK, drafts included), newest first; the back office sees transmitted ones. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  submissions(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => SubmissionFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: SubmissionFilter,
  ) {
    const join = listJoins(info, ["employer"]);
    return ctx.services.submissions.list(ctx, filter, paging, selects(info, "totalCount"), join);
  }

  @Query(() => Submission, {
    nullable: true,
    description: "One submission. Errors: NOT_FOUND when it does not exist or the caller may not see it.",
  })
  submission(@Ctx() ctx: GraphQLContext, @Arg("id", () => ID, { description: "The submission's id." }) id: string) {
    return ctx.services.submissions.get(ctx, id);
  }

  @Mutation(() => Submission, {
    description:
      "Wizard steps 1-2: starts a DRAFT submission for the period searched; needs FLEXI_AT_WORK of the employer. Errors: FORBIDDEN, NOT_FOUND (employer), BAD_USER_INPUT (dates).",
  })
  createSubmission(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => CreateSubmissionInput, { description: "Employer and period." }) input: CreateSubmissionInput,
  ) {
    return ctx.services.submissions.create(ctx, input);
  }

  @Query(() => Boolean, {
    description:
      "Wizard step 1: whether a draft submission may have this period, by the rules createSubmission applies (a calculation period's: real dates in order, from 2025-01-01, not crossing 31 December; and not starting after today). true, else BAD_USER_INPUT with every problem at from or to, as createSubmission would answer. Errors: UNAUTHENTICATED, BAD_USER_INPUT.",
  })
  checkSubmissionPeriod(
    @Ctx() ctx: GraphQLContext,
    @Arg("from", () => DateScalar, { description: "First day of the period searched." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last day of the period searched." }) to: string,
  ): boolean {
    return ctx.services.submissions.checkPeriod(ctx, from, to);
  }

  @Query(() => Boolean, {
    description:
      "The wizard's form: checks a declaration against the input rules that need no database, writing nothing, so that a form can show every problem at once (addDeclaration applies the same rules, and checks the worker too). true, else BAD_USER_INPUT with every problem in fieldErrors. Errors: UNAUTHENTICATED, BAD_USER_INPUT.",
  })
  checkDeclarationInput(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => DeclarationInput, { description: "The declaration as it would be added." })
    input: DeclarationInput,
  ): boolean {
    return ctx.services.submissions.checkDeclaration(ctx, input);
  }

  @Mutation(() => Submission, {
    description:
      "Wizard step 2: replaces the flexi-jobbers selected for a DRAFT submission (selectedWorkers), in the order given, so that another browser resumes the selection. Errors: NOT_FOUND (submission), INVALID_STATE (transmitted), BAD_USER_INPUT (a worker without a Dimona period with the employer: NOT_FOUND at workerIds.i; more than 500: OUT_OF_RANGE).",
  })
  selectSubmissionWorkers(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The draft submission's id." }) id: string,
    @Arg("workerIds", () => [ID], {
      description: "The flexi-jobbers selected, in the list's order; duplicates count once.",
    })
    workerIds: string[],
  ) {
    return ctx.services.submissions.select(ctx, id, workerIds);
  }

  @Mutation(() => ID, {
    description:
      "Discards a DRAFT submission and its drafts; returns its id. Errors: NOT_FOUND, INVALID_STATE (already transmitted: delete its declarations one by one).",
  })
  discardSubmission(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The submission's id." }) id: string,
  ) {
    return ctx.services.submissions.discard(ctx, id);
  }

  @Mutation(() => Submission, {
    description:
      'Wizard: "transmit wage data": every draft goes to PENDING and the controls start; the submission gets its reference. The same idempotency key again returns the first result. Errors: NOT_FOUND, INVALID_STATE (transmitted before with another key), CONFLICT (the key was used for another submission of the employer; the draft stays a draft), BAD_USER_INPUT (no declarations).',
  })
  submitSubmission(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The draft submission's id." }) id: string,
    @Arg("idempotencyKey", () => String, {
      description:
        "Chosen by the client per transmission (a UUID will do), so that a retry after a lost answer is safe; a key already used for another submission of the employer is CONFLICT.",
    })
    idempotencyKey: string,
  ) {
    return ctx.services.submissions.submit(ctx, id, idempotencyKey);
  }

  @Mutation(() => Submission, {
    description:
      "Bulk submission of payroll software: up to 2,000 declarations, validated whole, written all or nothing as a SUBMITTED submission whose declarations are PENDING; the same key again with the same declarations returns the first result. Needs FLEXI_AT_WORK of the employer. Errors: FORBIDDEN, NOT_FOUND (employer), CONFLICT (the key was used for other declarations or another submission), BAD_USER_INPUT with every problem in fieldErrors.",
  })
  submitDeclarations(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => SubmitDeclarationsInput, { description: "Employer, idempotency key and declarations." })
    input: SubmitDeclarationsInput,
  ) {
    return ctx.services.bulk.submit(ctx, input);
  }

  @Subscription(() => SubmissionProgress, {
    description:
      "The progress of a submission's controls: at once, then as they advance (a few times per second at most), until all are processed. Errors: UNAUTHENTICATED, NOT_FOUND (submission not visible).",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const viewer = signedIn(ctx.viewer);
      const submission = await ctx.services.submissions.get(ctx, (args as { submissionId: string }).submissionId); // NOT_FOUND when not visible
      const row = submission.row;
      let stop = () => undefined as void;
      const { live, unregister } = await ctx.services.liveViewers.register(
        viewer,
        (v) => RULES.submission.allows(v, row),
        () => stop(),
      );
      const events = await ctx.services.statusRelay.subscribe(
        (event) => event.declaration.submissionId === row.id && RULES.submission.allows(live.viewer, row),
        null,
        unregister,
      );
      stop = events.end;
      return snapshotsOnChange(
        events,
        async () => (await ctx.services.submissions.progressOf(ctx.db, [row.id]))[0]!,
        (progress) => progress.total > 0 && progress.processed === progress.total,
      );
    },
  })
  submissionProgress(
    @Root() progress: SubmissionProgress,
    @Arg("submissionId", () => ID, { description: "The submission to follow." }) _submissionId: string,
  ): SubmissionProgress {
    return progress;
  }

  // Not async: a list that joined the employer answers it without a promise.
  @FieldResolver(() => Employer, { description: "The employer that declares." })
  employer(@Root() submission: Submission, @Ctx() ctx: GraphQLContext): Employer | Promise<Employer> {
    if (submission.joinedEmployer) return toEmployer(submission.joinedEmployer);
    return ctx.loaders.employer.load(submission.row.employerId).then((row) => {
      if (!row) throw notFound("Employer");
      return toEmployer(row);
    });
  }

  @FieldResolver(() => WageDeclarationConnection, {
    description: "The submission's declarations the caller may see, most recently changed first.",
  })
  declarations(
    @Root() submission: Submission,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,

    @Args(() => CursorPagingArgs) paging: CursorPagingArgs,
  ) {
    return ctx.services.declarations.list(
      ctx,
      { submissionId: { eq: submission.id } },
      undefined,
      paging,
      selects(info, "totalCount"),
    );
  }

  @FieldResolver(() => [Worker], {
    description:
      "The flexi-jobbers selected in the wizard's step 2 (selectSubmissionWorkers), in their order; their wage data may still be missing. Empty for a bulk submission.",
  })
  async selectedWorkers(@Root() submission: Submission, @Ctx() ctx: GraphQLContext): Promise<WorkerRow[]> {
    const rows = await ctx.loaders.worker.loadMany(submission.row.selectedWorkerIds);
    return rows.filter((row): row is WorkerRow => row !== undefined && !(row instanceof Error));
  }

  @FieldResolver(() => SubmissionProgress, { description: "How far the controls of its declarations have come." })
  progress(@Root() submission: Submission, @Ctx() ctx: GraphQLContext): Promise<SubmissionProgress> {
    return ctx.loaders
      .get<string, SubmissionProgress>("submission.progress", (ids) => ctx.services.submissions.progressOf(ctx.db, ids))
      .load(submission.id);
  }
}
