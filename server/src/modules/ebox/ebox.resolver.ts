import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription, Args } from "type-graphql";
import { RULES, signedIn } from "../../access";
import { isUuid } from "../../db/ids";
import type { EboxLogEntry } from "../../events/ebox-source";
import { parseLogCursor } from "../../events/log-relay";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG } from "../../graphql/descriptions";
import { PagingArgs } from "../../graphql/paging.args";
import { listJoins, selects } from "../../graphql/selection";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { declarationById, submissionById } from "../declarations/declaration.loaders";
import { toDeclaration } from "../declarations/declaration-rows";
import { WageDeclaration } from "../declarations/declaration.type";
import { toSubmission } from "../submissions/submission.service";
import { Submission, type SubmissionRow } from "../submissions/submission.type";
import { EboxMessage, EboxMessageConnection, EboxMessageFilter, EboxMessageOrder } from "./ebox.type";

@Resolver(() => EboxMessage)
export class EboxResolver {
  @Query(() => EboxMessageConnection, {
    description:
      "e-Box messages of the employers the caller declares for (FLEXI_AT_WORK), newest first, in the reader's language; the back office reads none. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  eboxMessages(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => EboxMessageFilter, { nullable: true, description: LIST_FILTER_ARG })
    filter?: EboxMessageFilter,
    @Arg("orderBy", () => [EboxMessageOrder], { nullable: true, description: ORDER_BY_ARG })
    orderBy?: EboxMessageOrder[],
  ) {
    const join = listJoins(info, ["submission", "employer"]);
    return ctx.services.ebox.list(
      ctx,
      filter,
      orderBy,
      paging,
      selects(info, "totalCount"),
      selects(info, "unreadCount"),
      join,
    );
  }

  @Mutation(() => EboxMessage, {
    description:
      "Marks a message read for the whole employer; it keeps the time of the first call. Errors: NOT_FOUND when the caller does not read that e-Box.",
  })
  markEboxMessageRead(
    @Ctx() ctx: GraphQLContext,
    @Arg("id", () => ID, { description: "The message's id." }) id: string,
  ) {
    return ctx.services.ebox.markRead(ctx, id);
  }

  @Subscription(() => EboxMessage, {
    description:
      "New e-Box messages of the employers whose e-Box the caller reads (or of one of them), in the reader's language, in commit order; with `after`, first the messages since that one. Ends when the caller loses the right to read a requested e-Box. Errors: UNAUTHENTICATED; BAD_USER_INPUT (after).",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const viewer = signedIn(ctx.viewer);
      const { employerId: askedEmployer, after } = args as { employerId?: string | null; after?: string | null };
      const employerId = askedEmployer ?? null;
      const from = parseLogCursor(after, "after is not the logCursor of an e-Box message.");
      const wanted = employerId === null ? null : isUuid(employerId) ? employerId : "";
      let stop = () => undefined as void;
      const { live, unregister } = await ctx.services.liveViewers.register(
        viewer,
        (v) => wanted === null || RULES.eboxMessage.allows(v, { employerId: wanted }),
        () => stop(),
      );
      const stream = await ctx.services.eboxRelay.subscribe(
        (entry) => RULES.eboxMessage.allows(live.viewer, entry) && (wanted === null || entry.employerId === wanted),
        from,
        unregister,
      );
      stop = stream.end;
      return stream;
    },
  })
  eboxMessageReceived(
    @Root() entry: EboxLogEntry,
    @Ctx() ctx: GraphQLContext,
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
      joined: undefined,
    };
  }

  // Not async: a list that joined the employer and submission answers these without a promise.
  @FieldResolver(() => Employer, { description: "The employer whose e-Box holds the message." })
  employer(@Root() message: EboxMessage, @Ctx() ctx: GraphQLContext): Employer | Promise<Employer> {
    const joined = message.joined?.employer;
    if (joined) return toEmployer(joined);
    return ctx.loaders.employer.load(message.employerId).then((row) => {
      if (!row) throw notFound("Employer");
      return toEmployer(row);
    });
  }

  @FieldResolver(() => WageDeclaration, {
    nullable: true,
    description: "The declaration the message is about; null for a submission summary.",
  })
  async declaration(@Root() message: EboxMessage, @Ctx() ctx: GraphQLContext): Promise<WageDeclaration | null> {
    const row = message.declarationId ? await declarationById(ctx, message.declarationId) : undefined;
    return row ? toDeclaration(row) : null;
  }

  @FieldResolver(() => Submission, {
    nullable: true,
    description: "The submission the message is about (its declaration's, or the summarised bulk submission).",
  })
  submission(@Root() message: EboxMessage, @Ctx() ctx: GraphQLContext): Submission | null | Promise<Submission | null> {
    const joined = message.joined?.submission;
    // A list joined it under the submission's access rule (ebox.service.ts): null when not visible.
    if (joined !== undefined) return joined && toSubmission(joined);
    if (!message.submissionId) return null;
    return submissionById(ctx, message.submissionId).then((row) => visibleSubmission(ctx, row));
  }
}

/** A message's submission as the caller may see it: the rule of access/ applies to it as to any submission. */
function visibleSubmission(ctx: GraphQLContext, row: SubmissionRow | null | undefined): Submission | null {
  return row && ctx.viewer && RULES.submission.allows(ctx.viewer, row) ? toSubmission(row) : null;
}
