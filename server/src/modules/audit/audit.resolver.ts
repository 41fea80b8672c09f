import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root, Args } from "type-graphql";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { PagingArgs } from "../../graphql/paging.args";
import { selects } from "../../graphql/selection";
import { User } from "../access/access.type";
import { userOf } from "../declarations/declaration.loaders";
import { AuditEntry, AuditEntryConnection, AuditEntryFilter } from "./audit.type";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: "The audit trail, newest first: all of it for the back office, an employer's entries for its users.",
  })
  auditEntries(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
  ) {
    return ctx.services.audit.list(ctx, filter, paging, selects(info, "totalCount"));
  }

  @FieldResolver(() => User)
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<User> {
    const user = await userOf(ctx, entry.actorId);
    if (!user) throw notFound("User");
    return user;
  }
}
