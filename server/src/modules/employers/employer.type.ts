import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { StringFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { RECORD_ID } from "../../graphql/descriptions";
import { Language } from "../../graphql/enums";
import { EmployerOrder } from "./employer.service";
import type * as plain from "./employer.service";

export { EmployerOrder };

@ObjectType({
  description:
    "An employer registered with the NSSO. Seen by users with a right for it and by the back office; anyone else gets NOT_FOUND.",
})
export class Employer implements plain.Employer {
  /** The employer's users when the list that read it read them too (undefined: not read). */
  joinedUsers!: plain.Employer["joinedUsers"];
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => String, { description: "The employer's name." }) name!: string;
  @Field(() => String, { nullable: true, description: "KBO/BCE enterprise number, 10 digits." })
  enterpriseNumber!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "NSSO number: 9 digits, or 10 starting with 5 while provisional.",
  })
  nssoNumber!: string | null;
  @Field(() => Boolean, { description: "Only a provisional NSSO number (derived from the number)." })
  nssoProvisional!: boolean;
  @Field(() => Language, { description: "The employer's language: NL, FR or DE (never EN)." }) language!: Language;
  @Field(() => [String], {
    description: 'Codes of the employer classes the office assigned to this employer, e.g. ["017"].',
  })
  employerClasses!: string[];
}

export const EmployerConnection = connectionType(Employer, "Employer");

@InputType({ description: "Which employers to list; the conditions given all apply." })
export class EmployerFilter implements plain.EmployerFilter {
  @Field(() => String, {
    nullable: true,
    description: "Part of the name, or the start of the enterprise or NSSO number.",
  })
  search?: string;
  @Field(() => StringFilter, { nullable: true, description: "Condition on the 10-digit enterprise number." })
  enterpriseNumber?: StringFilter;
}

registerEnumType(EmployerOrder, {
  name: "EmployerOrder",
  description: "Orders of employers; without one, the most recently registered first.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
  },
});

@ObjectType({ description: "An employer class (3-digit employer category of the NSSO)." })
export class EmployerClass {
  @Field(() => String, { description: 'The 3-digit code, e.g. "017".' }) code!: string;
  @Field(() => String, { description: "What the class stands for, in the reader's language." }) label!: string;
}
