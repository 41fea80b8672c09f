import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root, Args } from "type-graphql";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG } from "../../graphql/descriptions";
import { PagingArgs } from "../../graphql/paging.args";
import { listJoins, selects } from "../../graphql/selection";
import { User } from "../access/access.type";
import { userOf } from "../declarations/declaration.loaders";
import { AuditEntry, AuditEntryConnection, AuditEntryFilter } from "./audit.type";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail, newest first: all of it for the back office; for declarants (FLEXI_AT_WORK), the entries about their employers; for access administrators (ACCESS_ADMIN), the access events (grantAccess, revokeAccess) of their employers. Pay values are withheld from who may not read their declaration (FieldChange.withheld); the back office's reads of them are audited. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  auditEntries(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => AuditEntryFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: AuditEntryFilter,
  ) {
    return ctx.services.audit.list(ctx, filter, paging, selects(info, "totalCount"), listJoins(info, ["actor"]));
  }

  // Not async: a list that joined the actor answers it without a promise.
  @FieldResolver(() => User, { description: "Who did it." })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): User | Promise<User> {
    if (entry.joinedActor !== undefined) return existing(entry.joinedActor);
    return userOf(ctx, entry.actorId).then(existing);
  }
}

function existing(user: User | null): User {
  if (!user) throw notFound("User");
  return user;
}
