import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { selects } from "../../graphql/selection";
import { Employer, EmployerClass, EmployerConnection, EmployerFilter, EmployerOrder } from "./employer.type";

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => EmployerConnection, { description: "Employers the caller holds a right for; the back office sees all." })
  employers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => EmployerFilter, { nullable: true }) filter?: EmployerFilter,
    @Arg("orderBy", () => [EmployerOrder], { nullable: true }) orderBy?: EmployerOrder[],
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
    last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("offset", () => Int, { nullable: true }) offset?: number,
  ) {
    return ctx.services.employers.list(
      ctx,
      filter,
      orderBy,
      { first, after, last, before, offset },
      selects(info, "totalCount"),
    );
  }

  @Query(() => Employer, { nullable: true })
  employer(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.employers.get(ctx, id);
  }

  @Query(() => [EmployerClass], { description: "The employer classes, labelled in the reader's language." })
  employerClasses(@Ctx() ctx: RequestContext) {
    return ctx.services.employers.classes(ctx);
  }
}
