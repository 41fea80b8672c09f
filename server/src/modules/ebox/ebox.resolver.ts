import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { canReadEbox, signedIn } from "../../auth/tenancy";
import { isUuid } from "../../db/ids";
import type { EboxLogEntry } from "../../events/ebox-source";
import { parseLogCursor } from "../../events/log-relay";
import { canSeeSubmission } from "../../auth/tenancy";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG, PAGE_ARGS } from "../../graphql/descriptions";
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
  @Query(() => EboxMessageConnection, {
    description:
      "e-Box messages of the employers the caller declares for (FLEXI_AT_WORK), newest first, in the reader's language; the back office reads none. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  eboxMessages(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => EboxMessageFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: EboxMessageFilter,
    @Arg("orderBy", () => [EboxMessageOrder], { nullable: true, description: ORDER_BY_ARG })
    orderBy?: EboxMessageOrder[],
    @Arg("first", () => Int, { nullable: true, description: PAGE_ARGS.first }) first?: number,
    @Arg("after", () => String, { nullable: true, description: PAGE_ARGS.after }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: PAGE_ARGS.last })
    last?: number,
    @Arg("before", () => String, { nullable: true, description: PAGE_ARGS.before }) before?: string,
    @Arg("offset", () => Int, { nullable: true, description: PAGE_ARGS.offset }) offset?: number,
  ) {
    return ctx.services.ebox.list(
      ctx,
      filter,
      orderBy,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
      selects(info, "unreadCount"),
    );
  }

  @Mutation(() => EboxMessage, {
    description:
      "Marks a message read for the whole employer; it keeps the time of the first call. Errors: NOT_FOUND when the caller does not read that e-Box.",
  })
  markEboxMessageRead(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The message's id." }) id: string,
  ) {
    return ctx.services.ebox.markRead(ctx, id);
  }

  @Subscription(() => EboxMessage, {
    description:
      "New e-Box messages of the employers whose e-Box the caller reads (or of one of them), in the reader's language, in commit order; with `after`, first the messages since that one. Ends when the caller loses the right to read a requested e-Box. Errors: UNAUTHENTICATED; BAD_USER_INPUT (after).",
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const viewer = signedIn(ctx.viewer);
      const { employerId: askedEmployer, after } = args as { employerId?: string | null; after?: string | null };
      const employerId = askedEmployer ?? null;
      const from = parseLogCursor(after, "after is not the logCursor of an e-Box message.");
      const wanted = employerId === null ? null : isUuid(employerId) ? employerId : "";
      let stop = () => undefined as void;
      const { live, unregister } = await ctx.services.liveViewers.register(
        viewer,
        (v) => wanted === null || canReadEbox(v, wanted),
        () => stop(),
      );
      const stream = await ctx.services.eboxRelay.subscribe(
        (entry) => canReadEbox(live.viewer, entry.employerId) && (wanted === null || entry.employerId === wanted),
        from,
        unregister,
      );
      stop = stream.end;
      return stream;
    },
  })
  eboxMessageReceived(
    @Root() entry: EboxLogEntry,
    @Ctx() ctx: RequestContext,
    @Arg("employerId", () => ID, { nullable: true, description: "Only this employer's e-Box." }) _employerId?: string,
    @Arg("after", () => String, {
      nullable: true,
      description:
        "The logCursor of a message already received: every later one is sent first, then the new ones; none lost, none twice.",
    })
    _after?: string,
  ): EboxMessage {
    const language = ctx.viewer?.language ?? "en";
    return {
      id: entry.id,
      employerId: entry.employerId,
      declarationId: entry.declarationId,
      submissionId: entry.submissionId,
      type: entry.type as EboxMessage["type"],
      subject: entry.subject[language],
      body: entry.body[language],
      receivedAt: new Date(entry.receivedAt),
      readAt: entry.readAt === null ? null : new Date(entry.readAt),
      logCursor: String(entry.seq),
    };
  }

  @FieldResolver(() => Employer, { description: "The employer whose e-Box holds the message." })
  async employer(@Root() message: EboxMessage, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(message.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }

  @FieldResolver(() => WageDeclaration, {
    nullable: true,
    description: "The declaration the message is about; null for a submission summary.",
  })
  async declaration(@Root() message: EboxMessage, @Ctx() ctx: RequestContext): Promise<WageDeclaration | null> {
    const row = message.declarationId ? await declarationById(ctx, message.declarationId) : undefined;
    return row ? toDeclaration(row) : null;
  }

  @FieldResolver(() => Submission, {
    nullable: true,
    description: "The submission the message is about (its declaration's, or the summarised bulk submission).",
  })
  async submission(@Root() message: EboxMessage, @Ctx() ctx: RequestContext): Promise<Submission | null> {
    const row = message.submissionId ? await submissionById(ctx, message.submissionId) : undefined;
    return row && ctx.viewer && canSeeSubmission(ctx.viewer, row) ? toSubmission(row) : null;
  }
}
