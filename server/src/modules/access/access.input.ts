import { Field, ID, InputType } from "type-graphql";
import { Permission } from "../../graphql/enums";
import type * as plain from "./access-management.service";

@InputType({
  description:
    "A right of one user, named by login, for one employer: what grantAccess gives and revokeAccess takes away.",
})
export class GrantAccessInput implements plain.GrantAccessInput {
  @Field(() => ID, {
    description:
      "The employer the right is for: the caller needs ACCESS_ADMIN there or the back office (FORBIDDEN, or NOT_FOUND for an employer unknown to the caller).",
  })
  employerId!: string;
  @Field(() => String, {
    description:
      "The user's sign-in name, in any case; an unknown login is BAD_USER_INPUT (NOT_FOUND at `login`), a disabled user NOT_ALLOWED.",
  })
  login!: string;
  @Field(() => Permission, {
    description: "ACCESS_ADMIN is granted and revoked by the back office only (FORBIDDEN for an access administrator).",
  })
  permission!: Permission;
}
