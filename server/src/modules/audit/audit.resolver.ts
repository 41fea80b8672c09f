import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { selects } from "../../graphql/selection";
import { User } from "../access/access.type";
import { userOf } from "../declarations/declaration-loaders";
import { AuditEntry, AuditEntryConnection, AuditEntryFilter } from "./audit.type";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: "The audit trail, newest first: all of it for the back office, an employer's entries for its users.",
  })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
    last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.audit.list(ctx, filter, { first, after, last, before, offset }, selects(info, "totalCount"));
  }

  @FieldResolver(() => User)
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await userOf(ctx, entry.actorId);
    if (!user) throw notFound("User");
    return user;
  }
}
