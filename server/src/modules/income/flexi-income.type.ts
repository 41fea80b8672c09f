import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { RECORD_ID } from "../../graphql/descriptions";
import { DateTimeScalar, MoneyScalar, SsinScalar } from "../../graphql/scalars";
import { Employer } from "../employers/employer.type";
import type * as plain from "./flexi-income.service";

@ObjectType({ description: "One employer's part of a worker's flexi income of a year." })
export class FlexiIncomeShare implements plain.FlexiIncomeShare {
  employerId!: string;
  @Field(() => Employer, { description: "The employer whose declarations make up this share." }) employer?: Employer;
  @Field(() => MoneyScalar, {
    description:
      "This employer's part of the accepted pay that counts toward the ceiling (the shares add up to FlexiIncome.total).",
  })
  total!: string;
  @Field(() => MoneyScalar, { description: "This employer's pay of the year in declarations still PENDING." })
  pending!: string;
}

@ObjectType({
  description:
    "A worker's flexi income of one calendar year. For an employer: only its own share; ceiling, remaining and exceeded are then null.",
})
export class FlexiIncome implements plain.FlexiIncome {
  @Field(() => SsinScalar, { description: "The worker's SSIN, as asked." }) ssin!: string;
  @Field(() => Int, {
    description: "The calendar year: a declaration counts in the year its calculation period starts.",
  })
  year!: number;
  @Field(() => MoneyScalar, { description: "Accepted flexi pay (in-force versions) that counts toward the ceiling." })
  total!: string;
  @Field(() => MoneyScalar, {
    description: "Pay in declarations still PENDING (not yet counted in total).",
  })
  pending!: string;
  @Field(() => MoneyScalar, {
    description:
      "Accepted pay of calculation periods starting on or after the worker's pensionerFrom: no ceiling applies to it.",
  })
  pensionerTotal!: string;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The year's tax-free ceiling (FlexiCeiling.amount); null for an employer, or when the year has none.",
  })
  ceiling!: string | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "What is left below the ceiling, never below 0.00; null when ceiling is null.",
  })
  remaining!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether total is above the ceiling; null when ceiling is null.",
  })
  exceeded!: boolean | null;
  @Field(() => [FlexiIncomeShare], {
    description: "The shares per employer with pay in the year; for an employer, only its own.",
  })
  byEmployer!: FlexiIncomeShare[];
}

@ObjectType({
  description:
    "A worker's accepted flexi income of a year passed the ceiling: for the back office and that worker only.",
})
export class CeilingAlert implements plain.CeilingAlert {
  workerId!: string;
  // Not a GraphQL field: the worker a list read with the alert (worker resolver).
  joinedWorker?: plain.CeilingAlert["joinedWorker"];
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => Int, { description: "The income year whose ceiling was passed." }) year!: number;
  @Field(() => MoneyScalar, { description: "The accepted total toward the ceiling when the alert was raised." })
  total!: string;
  @Field(() => MoneyScalar, { description: "The year's ceiling when the alert was raised." }) ceiling!: string;
  @Field(() => DateTimeScalar, {
    description: "When the accepted pay passed the ceiling; an alert is raised once per worker and year.",
  })
  raisedAt!: Date;
}

export const CeilingAlertConnection = connectionType(CeilingAlert, "CeilingAlert");

@InputType({ description: "Which ceiling alerts to list; the conditions given all apply." })
export class CeilingAlertFilter implements plain.CeilingAlertFilter {
  @Field(() => Int, { nullable: true, description: "Only alerts of this income year." }) year?: number;
  @Field(() => IdFilter, { nullable: true, description: "Only alerts of these workers (by id)." })
  workerId?: IdFilter;
}
