import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar, SsinScalar } from "../../graphql/scalars";
import { Employer } from "../employers/employer.type";

@ObjectType({ description: "One employer's part of a worker's flexi income of a year." })
export class FlexiIncomeShare {
  employerId!: string;
  @Field(() => Employer) employer?: Employer;
  @Field(() => MoneyScalar, { description: "This employer's part of the accepted pay that counts toward the ceiling (the shares add up to FlexiIncome.total)." }) total!: string;
  @Field(() => MoneyScalar) pending!: string;
}

@ObjectType({ description: "A worker's flexi income of one calendar year. For an employer: only its own share; ceiling, remaining and exceeded are then null." })
export class FlexiIncome {
  @Field(() => SsinScalar) ssin!: string;
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar, { description: "Accepted flexi pay (in-force versions) that counts toward the ceiling." }) total!: string;
  @Field(() => MoneyScalar, { description: "Pay in declarations still pending." }) pending!: string;
  @Field(() => MoneyScalar, { description: "Accepted pay earned while pensioned (no ceiling)." }) pensionerTotal!: string;
  @Field(() => MoneyScalar, { nullable: true }) ceiling!: string | null;
  @Field(() => MoneyScalar, { nullable: true }) remaining!: string | null;
  @Field(() => Boolean, { nullable: true }) exceeded!: boolean | null;
  @Field(() => [FlexiIncomeShare]) byEmployer!: FlexiIncomeShare[];
}
