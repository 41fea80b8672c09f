import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../graphql/scalars";

@ObjectType({ description: "The annual tax-free ceiling of flexi pay for non-pensioned workers." })
export class FlexiCeiling {
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => Boolean, { description: "True while the indexed figure is not published." }) provisional!: boolean;
  @Field(() => String, { nullable: true }) source!: string | null;
}
