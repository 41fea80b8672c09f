import { Arg, Ctx, ID, Info, Query, Resolver, Args } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../../graphql/context";
import { PagingArgs } from "../../graphql/paging.args";
import { selects } from "../../graphql/selection";
import { Employer, EmployerClass, EmployerConnection, EmployerFilter, EmployerOrder } from "./employer.type";

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => EmployerConnection, { description: "Employers the caller holds a right for; the back office sees all." })
  employers(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => EmployerFilter, { nullable: true }) filter?: EmployerFilter,
    @Arg("orderBy", () => [EmployerOrder], { nullable: true }) orderBy?: EmployerOrder[],
  ) {
    return ctx.services.employers.list(ctx, filter, orderBy, paging, selects(info, "totalCount"));
  }

  @Query(() => Employer, { nullable: true })
  employer(@Ctx() ctx: GraphQLContext, @Arg("id", () => ID) id: string) {
    return ctx.services.employers.get(ctx, id);
  }

  @Query(() => [EmployerClass], { description: "The employer classes, labelled in the reader's language." })
  employerClasses(@Ctx() ctx: GraphQLContext) {
    return ctx.services.employers.classes(ctx);
  }
}
