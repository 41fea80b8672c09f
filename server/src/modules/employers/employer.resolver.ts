import { Arg, Ctx, ID, Info, Query, Resolver, Args } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG } from "../../graphql/descriptions";
import { PagingArgs } from "../../graphql/paging.args";
import { listJoins, nodeFields, selects } from "../../graphql/selection";
import { Employer, EmployerClass, EmployerConnection, EmployerFilter, EmployerOrder } from "./employer.type";

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => EmployerConnection, {
    description:
      "Employers the caller holds a right for, most recently registered first; the back office sees all. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  employers(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => EmployerFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: EmployerFilter,
    @Arg("orderBy", () => [EmployerOrder], { nullable: true, description: ORDER_BY_ARG }) orderBy?: EmployerOrder[],
  ) {
    const join = listJoins(info);
    return ctx.services.employers.list(ctx, filter, orderBy, paging, selects(info, "totalCount"), {
      ...join,
      users: join.fields?.has("users")
        ? ctx.services.accessManagement.usersOfEmployerSql(ctx, "e", nodeFields(info, "users"))
        : undefined,
    });
  }

  @Query(() => Employer, {
    nullable: true,
    description: "One employer. Errors: NOT_FOUND when it does not exist or the caller holds no right for it.",
  })
  employer(@Ctx() ctx: GraphQLContext, @Arg("id", () => ID, { description: "The employer's id." }) id: string) {
    return ctx.services.employers.get(ctx, id);
  }

  @Query(() => [EmployerClass], {
    description:
      "Every employer class, labelled in the reader's language; any signed-in user. Errors: UNAUTHENTICATED.",
  })
  employerClasses(@Ctx() ctx: GraphQLContext) {
    return ctx.services.employers.classes(ctx);
  }
}
