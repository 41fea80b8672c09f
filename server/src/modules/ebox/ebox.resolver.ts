import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeSubmission } from "../../auth/tenancy";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { selects } from "../../graphql/selection";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { declarationById, submissionById } from "../declarations/declaration-loaders";
import { toDeclaration } from "../declarations/declaration-rows";
import { WageDeclaration } from "../declarations/declaration.type";
import { toSubmission } from "../submissions/submission.service";
import { Submission } from "../submissions/submission.type";
import { EboxMessage, EboxMessageConnection, EboxMessageFilter, EboxMessageOrder } from "./ebox.type";

@Resolver(() => EboxMessage)
export class EboxResolver {
  @Query(() => EboxMessageConnection, { description: "e-Box messages of the employers the caller declares for (Flexi at work), newest first." })
  eboxMessages(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => EboxMessageFilter, { nullable: true }) filter?: EboxMessageFilter,
    @Arg("orderBy", () => [EboxMessageOrder], { nullable: true }) orderBy?: EboxMessageOrder[],
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.ebox.list(ctx, filter, orderBy, { first, after, offset }, selects(info, "totalCount"), selects(info, "unreadCount"));
  }

  @Mutation(() => EboxMessage, { description: "Marks a message read; it keeps the time of the first call." })
  markEboxMessageRead(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.ebox.markRead(ctx, id);
  }

  @FieldResolver(() => Employer)
  async employer(@Root() message: EboxMessage, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(message.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }

  @FieldResolver(() => WageDeclaration, { nullable: true, description: "The declaration the message is about." })
  async declaration(@Root() message: EboxMessage, @Ctx() ctx: RequestContext): Promise<WageDeclaration | null> {
    const row = message.declarationId ? await declarationById(ctx, message.declarationId) : undefined;
    return row ? toDeclaration(row) : null;
  }

  @FieldResolver(() => Submission, { nullable: true, description: "The submission the message is about." })
  async submission(@Root() message: EboxMessage, @Ctx() ctx: RequestContext): Promise<Submission | null> {
    const row = message.submissionId ? await submissionById(ctx, message.submissionId) : undefined;
    return row && ctx.viewer && canSeeSubmission(ctx.viewer, row) ? toSubmission(row) : null;
  }
}
