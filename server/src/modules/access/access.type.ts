import { Field, ID, ObjectType } from "type-graphql";
import { Language, Permission } from "../../graphql/enums";
import { DateTimeScalar, SsinScalar } from "../../graphql/scalars";
import { RECORD_ID } from "../../graphql/descriptions";
import { Employer } from "../employers/employer.type";
import type * as plain from "./access.service";

@ObjectType({ description: "A right of a user for one employer." })
export class AccessGrant implements plain.AccessGrant {
  employerId!: string;
  @Field(() => Employer, { description: "The employer the right is for." }) employer?: Employer;
  @Field(() => Permission, { description: "What the right allows." }) permission!: Permission;
  @Field(() => DateTimeScalar, { description: "When the right was granted." }) grantedAt!: Date;
}

@ObjectType({
  description:
    "A person who signs in: an employer's user (declarant, access administrator), a back-office agent, or a worker following their own income.",
})
export class User implements plain.User {
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => String, { description: "The sign-in name; signIn and grantAccess take it in any case." }) login!: string;
  @Field(() => String, { description: "The name to show for this user." }) displayName!: string;
  @Field(() => Language, { description: "The language the user reads texts in." }) language!: Language;
  @Field(() => Boolean, { description: "A back-office agent of the office." }) backOffice!: boolean;
  @Field(() => SsinScalar, { nullable: true, description: "Set for a worker who follows their own flexi income." })
  ssin!: string | null;
  @Field(() => [AccessGrant], {
    description:
      "The user's rights per employer. Under Employer.users only the rights for that employer; empty for a back-office agent without employer rights.",
  })
  grants!: AccessGrant[];
}

@ObjectType({ description: "The answer to signIn: a bearer token and who it signs in." })
export class AuthPayload implements plain.AuthPayload {
  @Field(() => String, {
    description: 'Send as "Authorization: Bearer <token>" (HTTP) or connectionParams.authorization (WebSocket).',
  })
  token!: string;
  @Field(() => DateTimeScalar, {
    description: "When the token stops working (8 hours after sign-in by default); sign in again then.",
  })
  expiresAt!: Date;
  @Field(() => User, { description: "The user who signed in, with their rights." }) user!: User;
  @Field(() => String, {
    nullable: true,
    description:
      "Keep it on this device and send it with the next signIn of this login: its failed attempts are then counted apart, so others' failures cannot lock it out. Not a credential.",
  })
  deviceToken?: string | null;
}
