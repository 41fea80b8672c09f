import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { LIST_FILTER_ARG, PAGE_ARGS } from "../../graphql/descriptions";
import { selects } from "../../graphql/selection";
import { User } from "../access/access.type";
import { userOf } from "../declarations/declaration-loaders";
import { AuditEntry, AuditEntryConnection, AuditEntryFilter } from "./audit.type";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail, newest first: all of it for the back office; for declarants (FLEXI_AT_WORK) and access administrators, the entries about their employers. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => AuditEntryFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: AuditEntryFilter,
    @Arg("first", () => Int, { nullable: true, description: PAGE_ARGS.first }) first?: number,
    @Arg("after", () => String, { nullable: true, description: PAGE_ARGS.after }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: PAGE_ARGS.last })
    last?: number,
    @Arg("before", () => String, { nullable: true, description: PAGE_ARGS.before }) before?: string,
    @Arg("offset", () => Int, { nullable: true, description: PAGE_ARGS.offset }) offset?: number,
  ) {
    return ctx.services.audit.list(ctx, filter, { first, after, last, before, offset }, selects(info, "totalCount"));
  }

  @FieldResolver(() => User, { description: "Who did it." })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await userOf(ctx, entry.actorId);
    if (!user) throw notFound("User");
    return user;
  }
}
