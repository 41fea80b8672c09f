import { Field, ID, ObjectType } from "type-graphql";
import { Language, Permission } from "../../graphql/enums";
import { DateTimeScalar, SsinScalar } from "../../graphql/scalars";
import { Employer } from "../employers/employer.type";

@ObjectType({ description: "A right of a user for one employer." })
export class AccessGrant {
  employerId!: string;
  @Field(() => Employer) employer?: Employer;
  @Field(() => Permission) permission!: Permission;
  @Field(() => DateTimeScalar) grantedAt!: Date;
}

@ObjectType({ description: "A person who signs in." })
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String) login!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Language) language!: Language;
  @Field(() => Boolean, { description: "A back-office agent of the office." }) backOffice!: boolean;
  @Field(() => SsinScalar, { nullable: true, description: "Set for a worker who follows their own flexi income." })
  ssin!: string | null;
  @Field(() => [AccessGrant]) grants!: AccessGrant[];
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description: 'Send as "Authorization: Bearer <token>" (HTTP) or connectionParams.authorization (WebSocket).',
  })
  token!: string;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => User) user!: User;
  @Field(() => String, {
    nullable: true,
    description:
      "Keep it on this device and send it with the next signIn of this login: its failed attempts are then counted apart, so others' failures cannot lock it out. Not a credential.",
  })
  deviceToken?: string | null;
}
