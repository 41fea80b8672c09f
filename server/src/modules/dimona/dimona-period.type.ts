import { Field, Float, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateRangeInput, IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { DimonaWorkerType } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import { EmployerFilter } from "../employers/employer.type";
import { WorkerFilter } from "../workers/worker.type";

@ObjectType({ description: "A Dimona period: who may work for which employer, when, as what." })
export class DimonaPeriod {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "12-digit Dimona period id." }) periodId!: string;
  employerId!: string;
  workerId!: string;
  @Field(() => DimonaWorkerType) workerType!: DimonaWorkerType;
  @Field(() => String, { description: "Joint committee, e.g. 302 or XXX." }) jointCommittee!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => String, { nullable: true, description: '"HH:MM" for per-day periods.' }) startHour!: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true }) endHour!: string | null;
  @Field(() => Float, { nullable: true }) plannedHours!: number | null;
  @Field(() => Boolean) cancelled!: boolean;
}

export const DimonaPeriodConnection = connectionType(DimonaPeriod, "DimonaPeriod");

@InputType()
export class DimonaPeriodFilter {
  @Field(() => IdFilter, { nullable: true }) employerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) workerId?: IdFilter;
  @Field(() => [DimonaWorkerType], { nullable: true }) workerType?: DimonaWorkerType[];
  @Field(() => DateRangeInput, { nullable: true, description: "Periods that share at least one day with this range." })
  overlaps?: DateRangeInput;
  @Field(() => Boolean, { nullable: true }) cancelled?: boolean;
  @Field(() => WorkerFilter, { nullable: true, description: "Periods whose worker matches (through the relation)." })
  worker?: WorkerFilter;
  @Field(() => EmployerFilter, {
    nullable: true,
    description: "Periods whose employer matches (through the relation).",
  })
  employer?: EmployerFilter;
  @Field(() => [DimonaPeriodFilter], { nullable: true }) and?: DimonaPeriodFilter[];
  @Field(() => [DimonaPeriodFilter], { nullable: true }) or?: DimonaPeriodFilter[];
  @Field(() => DimonaPeriodFilter, { nullable: true }) not?: DimonaPeriodFilter;
}

export enum DimonaPeriodOrder {
  START_DATE_ASC = "START_DATE_ASC",
  START_DATE_DESC = "START_DATE_DESC",
}
registerEnumType(DimonaPeriodOrder, { name: "DimonaPeriodOrder" });
