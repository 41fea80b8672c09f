import { Field, InputType } from "type-graphql";
import { Language } from "../../graphql/enums";
import type * as plain from "./employer-maintenance.service";

@InputType({ description: "A correction of an employer: only the fields given change." })
export class CorrectEmployerInput implements plain.CorrectEmployerInput {
  @Field(() => String, { nullable: true, description: "Not blank, at most 200 characters." })
  name?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'The whole list of employer classes, each exactly 3 digits, no repeats, e.g. ["017"].',
  })
  employerClasses?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      "9 digits (definitive) or 10 starting with 5 (provisional); dots, dashes and spaces are ignored; null clears it.",
  })
  nssoNumber?: string | null;
  @Field(() => Language, { nullable: true, description: "NL, FR or DE: EN is not an employer's language." })
  language?: Language | null;
}
