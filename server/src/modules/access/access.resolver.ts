import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors";
import type { GraphQLContext } from "../../graphql/context";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { AccessGrant, AuthPayload, User } from "./access.type";

@Resolver(() => User)
export class AccessResolver {
  @Query(() => User, { description: "The signed-in user, with their rights. Errors: UNAUTHENTICATED." })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.services.access.me(ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Signs in with login and password; no token needed. The token expires (8 hours by default). Errors: UNAUTHENTICATED (wrong login or password, the same answer for both); RATE_LIMITED after too many failed attempts (extensions.retryAfterSeconds).",
  })
  signIn(
    @Ctx() ctx: GraphQLContext,
    @Arg("login", () => String, { description: "The sign-in name, in any case." }) login: string,
    @Arg("password", () => String, { description: "The password." }) password: string,
    @Arg("deviceToken", () => String, {
      nullable: true,
      description:
        "The deviceToken of an earlier sign-in of this login on this device: failed attempts of others then do not lock this device out.",
    })
    deviceToken?: string | null,
  ) {
    return ctx.services.access.signIn(ctx, login, password, deviceToken);
  }

  @Mutation(() => Boolean, {
    description: "Revokes the token used for this call; returns true. Errors: UNAUTHENTICATED.",
  })
  signOut(@Ctx() ctx: GraphQLContext) {
    return ctx.services.access.signOut(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      "Changes the caller's password and returns true; their other sessions end. Wrong current passwords count as failed sign-ins of the login (docs/security.md). Errors: UNAUTHENTICATED; RATE_LIMITED with retryAfterSeconds after too many wrong current passwords; BAD_USER_INPUT (WRONG_PASSWORD at `current`; TOO_SHORT or NOT_ALLOWED at `next`).",
  })
  changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg("current", () => String, { description: "The password in use now." }) current: string,
    @Arg("next", () => String, {
      description:
        "The new password: at least 15 characters, any printable ones, no composition rules; refused (BAD_USER_INPUT at `next`) when shorter (TOO_SHORT), only blanks or a commonly used password (NOT_ALLOWED).",
    })
    next: string,
  ) {
    return ctx.services.access.changePassword(ctx, current, next);
  }
}

@Resolver(() => AccessGrant)
export class AccessGrantResolver {
  @FieldResolver(() => Employer, { description: "The employer the right is for." })
  async employer(@Root() grant: AccessGrant, @Ctx() ctx: GraphQLContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(grant.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }
}
