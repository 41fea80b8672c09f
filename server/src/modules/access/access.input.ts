import { Field, ID, InputType } from "type-graphql";
import { Permission } from "../../graphql/enums";

@InputType({
  description:
    "A right of one user, named by login, for one employer: what grantAccess gives and revokeAccess takes away.",
})
export class GrantAccessInput {
  @Field(() => ID) employerId!: string;
  @Field(() => String, { description: "The user's sign-in name, in any case." }) login!: string;
  @Field(() => Permission, { description: "ACCESS_ADMIN is granted and revoked by the back office only." })
  permission!: Permission;
}
