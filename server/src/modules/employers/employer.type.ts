import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { StringFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { Language } from "../../graphql/enums";

@ObjectType({ description: "An employer registered with the NSSO." })
export class Employer {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "KBO/BCE enterprise number, 10 digits." })
  enterpriseNumber!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "NSSO number: 9 digits, or 10 starting with 5 while provisional.",
  })
  nssoNumber!: string | null;
  @Field(() => Boolean, { description: "Only a provisional NSSO number (derived from the number)." })
  nssoProvisional!: boolean;
  @Field(() => Language) language!: Language;
  @Field(() => [String], {
    description: 'Codes of the employer classes the office assigned to this employer, e.g. ["017"].',
  })
  employerClasses!: string[];
}

export const EmployerConnection = connectionType(Employer, "Employer");

@InputType()
export class EmployerFilter {
  @Field(() => String, {
    nullable: true,
    description: "Part of the name, or the start of the enterprise or NSSO number.",
  })
  search?: string;
  @Field(() => StringFilter, { nullable: true })
  enterpriseNumber?: StringFilter;
}

export enum EmployerOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}
registerEnumType(EmployerOrder, { name: "EmployerOrder" });

@ObjectType({ description: "An employer class (3-digit employer category of the NSSO)." })
export class EmployerClass {
  @Field(() => String) code!: string;
  @Field(() => String, { description: "In the reader's language." }) label!: string;
}
