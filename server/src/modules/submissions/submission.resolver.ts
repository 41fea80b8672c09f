import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { selects } from "../../graphql/selection";
import { WageDeclarationConnection } from "../declarations/declaration.type";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { CreateSubmissionInput, Submission, SubmissionConnection, SubmissionFilter, SubmissionProgress, SubmitDeclarationsInput } from "./submission.type";

@Resolver(() => Submission)
export class SubmissionResolver {
  @Query(() => SubmissionConnection, { description: "Submissions of the employers the caller declares for; newest first." })
  submissions(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => SubmissionFilter, { nullable: true }) filter?: SubmissionFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.submissions.list(ctx, filter, { first, after, offset }, selects(info, "totalCount"));
  }

  @Query(() => Submission, { nullable: true })
  submission(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.submissions.get(ctx, id);
  }

  @Mutation(() => Submission, { description: "Wizard steps 1-2: starts a draft submission for the period searched." })
  createSubmission(@Ctx() ctx: RequestContext, @Arg("input", () => CreateSubmissionInput) input: CreateSubmissionInput) {
    return ctx.services.submissions.create(ctx, input);
  }

  @Mutation(() => ID, { description: "Discards a draft submission and its drafts; returns its id." })
  discardSubmission(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.submissions.discard(ctx, id);
  }

  @Mutation(() => Submission, { description: 'Wizard: "transmit wage data". The same idempotency key again returns the first result.' })
  submitSubmission(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("idempotencyKey", () => String) idempotencyKey: string) {
    return ctx.services.submissions.submit(ctx, id, idempotencyKey);
  }

  @Mutation(() => Submission, { description: "Bulk submission of payroll software: up to 2,000 declarations, validated whole, written all or nothing; the same key again returns the first result." })
  submitDeclarations(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitDeclarationsInput) input: SubmitDeclarationsInput) {
    return ctx.services.bulk.submit(ctx, input);
  }

  @FieldResolver(() => Employer)
  async employer(@Root() submission: Submission, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(submission.row.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }

  @FieldResolver(() => WageDeclarationConnection)
  declarations(
    @Root() submission: Submission,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.declarations.list(ctx, { submissionId: { eq: submission.id } }, undefined, { first, after }, selects(info, "totalCount"));
  }

  @FieldResolver(() => SubmissionProgress)
  progress(@Root() submission: Submission, @Ctx() ctx: RequestContext): Promise<SubmissionProgress> {
    return ctx.loaders
      .get<string, SubmissionProgress>("submission.progress", (ids) => ctx.services.submissions.progressOf(ctx.db, ids))
      .load(submission.id);
  }
}
