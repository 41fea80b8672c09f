import { Field, Float, ID, InputType } from "type-graphql";
import { DimonaWorkerType } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import type * as plain from "./dimona-maintenance.service";

@InputType({
  description: "A Dimona period the back office registers as reference data. Its 12-digit period id is generated.",
})
export class RegisterDimonaPeriodInput implements plain.RegisterDimonaPeriodInput {
  @Field(() => ID, { description: "The employer; an unknown one is BAD_USER_INPUT (NOT_FOUND at `employerId`)." })
  employerId!: string;
  @Field(() => ID, { description: "The worker; an unknown one is BAD_USER_INPUT (NOT_FOUND at `workerId`)." })
  workerId!: string;
  @Field(() => DimonaWorkerType, { description: "The Dimona worker type; FLX for a flexi-job." })
  workerType!: DimonaWorkerType;
  @Field(() => String, { description: 'Joint committee, 1-10 characters, e.g. "302" or "XXX".' })
  jointCommittee!: string;
  @Field(() => DateScalar, { description: "First day of the period." }) startDate!: string;
  @Field(() => String, { nullable: true, description: '"HH:MM", 00:00 to 23:59.' }) startHour?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "On or after the start date (RANGE_ORDER); leave out for an open-ended period.",
  })
  endDate?: string | null;
  @Field(() => String, { nullable: true, description: '"HH:MM"; on the start day not before the start hour.' })
  endHour?: string | null;
  @Field(() => Float, { nullable: true, description: "0 to 999, at most 2 decimals." }) plannedHours?: number | null;
}

@InputType({
  description: "A correction of a Dimona period: only the fields given change; null clears an optional field.",
})
export class CorrectDimonaPeriodInput implements plain.CorrectDimonaPeriodInput {
  @Field(() => DateScalar, { nullable: true, description: "New first day; null is refused (REQUIRED)." })
  startDate?: string | null;
  @Field(() => String, { nullable: true, description: '"HH:MM", 00:00 to 23:59.' }) startHour?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "null: open-ended." }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: '"HH:MM", 00:00 to 23:59.' }) endHour?: string | null;
  @Field(() => Float, { nullable: true, description: "0 to 999, at most 2 decimals." }) plannedHours?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "A cancelled period no longer covers flexi work (control 00024-152); null is refused (REQUIRED).",
  })
  cancelled?: boolean | null;
}
