import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { LIST_FILTER_ARG, ORDER_BY_ARG, PAGE_ARGS } from "../../graphql/descriptions";
import { selects } from "../../graphql/selection";
import { Employer, EmployerClass, EmployerConnection, EmployerFilter, EmployerOrder } from "./employer.type";

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => EmployerConnection, {
    description:
      "Employers the caller holds a right for, most recently registered first; the back office sees all. Errors: UNAUTHENTICATED; BAD_USER_INPUT for paging arguments.",
  })
  employers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => EmployerFilter, { nullable: true, description: LIST_FILTER_ARG }) filter?: EmployerFilter,
    @Arg("orderBy", () => [EmployerOrder], { nullable: true, description: ORDER_BY_ARG }) orderBy?: EmployerOrder[],
    @Arg("first", () => Int, { nullable: true, description: PAGE_ARGS.first }) first?: number,
    @Arg("after", () => String, { nullable: true, description: PAGE_ARGS.after }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: PAGE_ARGS.last })
    last?: number,
    @Arg("before", () => String, { nullable: true, description: PAGE_ARGS.before }) before?: string,
    @Arg("offset", () => Int, { nullable: true, description: PAGE_ARGS.offset }) offset?: number,
  ) {
    return ctx.services.employers.list(
      ctx,
      filter,
      orderBy,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
    );
  }

  @Query(() => Employer, {
    nullable: true,
    description: "One employer. Errors: NOT_FOUND when it does not exist or the caller holds no right for it.",
  })
  employer(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "The employer's id." }) id: string) {
    return ctx.services.employers.get(ctx, id);
  }

  @Query(() => [EmployerClass], {
    description:
      "Every employer class, labelled in the reader's language; any signed-in user. Errors: UNAUTHENTICATED.",
  })
  employerClasses(@Ctx() ctx: RequestContext) {
    return ctx.services.employers.classes(ctx);
  }
}
