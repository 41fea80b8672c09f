import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors";
import type { RequestContext } from "../../graphql/context";
import { toEmployer } from "../employers/employer.service";
import { Employer } from "../employers/employer.type";
import { AccessGrant, AuthPayload, User } from "./access.type";

@Resolver(() => User)
export class AccessResolver {
  @Query(() => User, { description: "The signed-in user, with their rights." })
  me(@Ctx() ctx: RequestContext) {
    return ctx.services.access.me(ctx);
  }

  @Mutation(() => AuthPayload, {
    description: "Signs in with login and password; the token expires (8 hours by default).",
  })
  signIn(
    @Ctx() ctx: RequestContext,
    @Arg("login", () => String) login: string,
    @Arg("password", () => String) password: string,
    @Arg("deviceToken", () => String, {
      nullable: true,
      description:
        "The deviceToken of an earlier sign-in of this login on this device: failed attempts of others then do not lock this device out.",
    })
    deviceToken?: string | null,
  ) {
    return ctx.services.access.signIn(ctx, login, password, deviceToken);
  }

  @Mutation(() => Boolean, { description: "Revokes the token used for this call." })
  signOut(@Ctx() ctx: RequestContext) {
    return ctx.services.access.signOut(ctx);
  }

  @Mutation(() => Boolean, { description: "Changes the caller's password; their other sessions end." })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg("current", () => String) current: string,
    @Arg("next", () => String) next: string,
  ) {
    return ctx.services.access.changePassword(ctx, current, next);
  }
}

@Resolver(() => AccessGrant)
export class AccessGrantResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() grant: AccessGrant, @Ctx() ctx: RequestContext): Promise<Employer> {
    const row = await ctx.loaders.employer.load(grant.employerId);
    if (!row) throw notFound("Employer");
    return toEmployer(row);
  }
}
