import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { DateTimeScalar, MoneyScalar, SsinScalar } from "../../graphql/scalars";
import { Employer } from "../employers/employer.type";

@ObjectType({ description: "One employer's part of a worker's flexi income of a year." })
export class FlexiIncomeShare {
  employerId!: string;
  @Field(() => Employer) employer?: Employer;
  @Field(() => MoneyScalar, {
    description:
      "This employer's part of the accepted pay that counts toward the ceiling (the shares add up to FlexiIncome.total).",
  })
  total!: string;
  @Field(() => MoneyScalar) pending!: string;
}

@ObjectType({
  description:
    "A worker's flexi income of one calendar year. For an employer: only its own share; ceiling, remaining and exceeded are then null.",
})
export class FlexiIncome {
  @Field(() => SsinScalar) ssin!: string;
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar, { description: "Accepted flexi pay (in-force versions) that counts toward the ceiling." })
  total!: string;
  @Field(() => MoneyScalar, { description: "Pay in declarations still pending." }) pending!: string;
  @Field(() => MoneyScalar, { description: "Accepted pay earned while pensioned (no ceiling)." })
  pensionerTotal!: string;
  @Field(() => MoneyScalar, { nullable: true }) ceiling!: string | null;
  @Field(() => MoneyScalar, { nullable: true }) remaining!: string | null;
  @Field(() => Boolean, { nullable: true }) exceeded!: boolean | null;
  @Field(() => [FlexiIncomeShare]) byEmployer!: FlexiIncomeShare[];
}

@ObjectType({
  description:
    "A worker's accepted flexi income of a year passed the ceiling: for the back office and that worker only.",
})
export class CeilingAlert {
  workerId!: string;
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar, { description: "The accepted total toward the ceiling when the alert was raised." })
  total!: string;
  @Field(() => MoneyScalar) ceiling!: string;
  @Field(() => DateTimeScalar) raisedAt!: Date;
}

export const CeilingAlertConnection = connectionType(CeilingAlert, "CeilingAlert");

@InputType()
export class CeilingAlertFilter {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => IdFilter, { nullable: true }) workerId?: IdFilter;
}
