import { Field, ID, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../graphql/scalars";
import type * as plain from "./flexi-ceiling.service";

@ObjectType({ description: "The annual tax-free ceiling of flexi pay for non-pensioned workers." })
export class FlexiCeiling implements plain.FlexiCeiling {
  @Field(() => ID, {
    description: "Stable id of the year's ceiling (derived from the year): the entityId of its audit entries.",
  })
  id!: string;
  @Field(() => Int, { description: "The income year (calendar year) the ceiling applies to." }) year!: number;
  @Field(() => MoneyScalar, {
    description:
      'The ceiling in euro, e.g. "18000.00": accepted flexi pay of a non-pensioned worker above it is taxed.',
  })
  amount!: string;
  @Field(() => Boolean, { description: "True while the indexed figure is not published." }) provisional!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Where the figure comes from (law, circular), as the back office wrote it; null when not given.",
  })
  source!: string | null;
}
