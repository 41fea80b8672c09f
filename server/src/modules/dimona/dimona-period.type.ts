import { Field, Float, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateRangeInput, IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { EMPLOYER_ID_FILTER, FILTER_COMBINATORS, RECORD_ID } from "../../graphql/descriptions";
import { DimonaWorkerType } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import { EmployerFilter } from "../employers/employer.type";
import { WorkerFilter } from "../workers/worker.type";
import { DimonaPeriodOrder } from "./dimona-period.service";
import type * as plain from "./dimona-period.service";

export { DimonaPeriodOrder };

@ObjectType({
  description:
    "A Dimona period: who may work for which employer, when, as what. Reference data of the Dimona service; here only the back office changes it. Seen with DIMONA_CONSULTATION of the employer, by the back office and by the worker.",
})
export class DimonaPeriod implements plain.DimonaPeriod {
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => String, { description: "12-digit Dimona period id." }) periodId!: string;
  employerId!: string;
  workerId!: string;
  /** The worker and employer when the list that read this period joined them (only the fields asked). */
  joined!: plain.DimonaJoined | undefined;
  @Field(() => DimonaWorkerType, { description: "The worker type declared in Dimona; flexi-jobs are FLX." })
  workerType!: DimonaWorkerType;
  @Field(() => String, { description: "Joint committee, e.g. 302 or XXX." }) jointCommittee!: string;
  @Field(() => DateScalar, { description: "First day of the period." }) startDate!: string;
  @Field(() => String, { nullable: true, description: '"HH:MM" for per-day periods.' }) startHour!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Last day of the period (included); null: open-ended." })
  endDate!: string | null;
  @Field(() => String, { nullable: true, description: '"HH:MM" for per-day periods; null otherwise.' })
  endHour!: string | null;
  @Field(() => Float, { nullable: true, description: "Planned hours, 0 to 999 with at most 2 decimals; null: none." })
  plannedHours!: number | null;
  @Field(() => Boolean, {
    description: "A cancelled period covers no work: the wizard and control 00024-152 ignore it.",
  })
  cancelled!: boolean;
}

export const DimonaPeriodConnection = connectionType(DimonaPeriod, "DimonaPeriod");

@InputType({ description: "Which Dimona periods to list; the conditions given all apply." })
export class DimonaPeriodFilter implements plain.DimonaPeriodFilter {
  @Field(() => IdFilter, { nullable: true, description: EMPLOYER_ID_FILTER }) employerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Only periods of these workers (by id)." })
  workerId?: IdFilter;
  @Field(() => [DimonaWorkerType], { nullable: true, description: "Only periods of one of these worker types." })
  workerType?: DimonaWorkerType[];
  @Field(() => DateRangeInput, { nullable: true, description: "Periods that share at least one day with this range." })
  overlaps?: DateRangeInput;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only cancelled periods; false: only periods in effect; unset: both.",
  })
  cancelled?: boolean;
  @Field(() => WorkerFilter, { nullable: true, description: "Periods whose worker matches (through the relation)." })
  worker?: WorkerFilter;
  @Field(() => EmployerFilter, {
    nullable: true,
    description: "Periods whose employer matches (through the relation).",
  })
  employer?: EmployerFilter;
  @Field(() => [DimonaPeriodFilter], { nullable: true, description: FILTER_COMBINATORS.and })
  and?: DimonaPeriodFilter[];
  @Field(() => [DimonaPeriodFilter], { nullable: true, description: FILTER_COMBINATORS.or })
  or?: DimonaPeriodFilter[];
  @Field(() => DimonaPeriodFilter, { nullable: true, description: FILTER_COMBINATORS.not }) not?: DimonaPeriodFilter;
}

registerEnumType(DimonaPeriodOrder, {
  name: "DimonaPeriodOrder",
  description: "Orders of dimonaPeriods; without one, START_DATE_DESC (newest first).",
  valuesConfig: {
    START_DATE_ASC: { description: "Earliest start date first." },
    START_DATE_DESC: { description: "Latest start date first (the default)." },
  },
});
