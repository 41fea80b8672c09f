import { Field, ID, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../graphql/scalars";

@ObjectType({ description: "The annual tax-free ceiling of flexi pay for non-pensioned workers." })
export class FlexiCeiling {
  @Field(() => ID, {
    description: "Stable id of the year's ceiling (derived from the year): the entityId of its audit entries.",
  })
  id!: string;
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => Boolean, { description: "True while the indexed figure is not published." }) provisional!: boolean;
  @Field(() => String, { nullable: true }) source!: string | null;
}
