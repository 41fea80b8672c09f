import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { Employer } from "../employers/employer.type";
import { GrantAccessInput } from "./access.input";
import { AccessGrant, User } from "./access.type";

@Resolver(() => Employer)
export class EmployerUsersResolver {
  @FieldResolver(() => [User], {
    description:
      "The employer's users and their rights (access administrators and the back office). Each user shows only their " +
      "rights for this employer. Seen by the employer's access administrators and the back office; empty for anyone else.",
  })
  users(@Root() employer: Employer, @Ctx() ctx: GraphQLContext): User[] | Promise<User[]> {
    if (employer.joinedUsers) return employer.joinedUsers;
    // Batched per request: a list of employers costs one statement.
    return ctx.loaders
      .get<string, User[]>("employer.users", (ids) => ctx.services.accessManagement.usersOf(ctx, ids))
      .load(employer.id);
  }
}

@Resolver()
export class AccessManagementResolver {
  @Mutation(() => AccessGrant, {
    description:
      "Grants a right for an employer to the user with this login (any case). An access administrator of the employer " +
      "grants DIMONA_CONSULTATION and FLEXI_AT_WORK; only the back office grants ACCESS_ADMIN. Granting a right held already " +
      "returns it unchanged. Audited. Errors: FORBIDDEN (not an access administrator of the employer, or ACCESS_ADMIN asked by one), NOT_FOUND (employer), BAD_USER_INPUT (login unknown or disabled).",
  })
  grantAccess(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => GrantAccessInput, { description: "Who, for which employer, which right." })
    input: GrantAccessInput,
  ) {
    return ctx.services.accessManagement.grant(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      "Takes a right away, under the rules of grantAccess; true when it was removed, false when the user did not hold it. " +
      "It takes effect on the user's next request. Audited. Errors as grantAccess.",
  })
  revokeAccess(
    @Ctx() ctx: GraphQLContext,
    @Arg("input", () => GrantAccessInput, { description: "Who, for which employer, which right." })
    input: GrantAccessInput,
  ) {
    return ctx.services.accessManagement.revoke(ctx, input);
  }
}
