import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IdFilter, SsinFilter, StringFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { FILTER_COMBINATORS, RECORD_ID } from "../../graphql/descriptions";
import { DateScalar, SsinScalar } from "../../graphql/scalars";
import { WorkerOrder } from "./worker.service";
import type * as plain from "./worker.service";
import type { DimonaPeriod } from "../dimona/dimona-period.service";

@ObjectType({
  description:
    "A person who works (or may work) as flexi-jobber. Seen by the back office, by the worker themself, and by the users of an employer with a Dimona period of the worker (DIMONA_CONSULTATION) or a declaration about them (FLEXI_AT_WORK).",
})
export class Worker {
  /** The Dimona periods (without arguments) when the list that read this worker read them too. */
  joinedDimonaPeriods?: DimonaPeriod[];
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => SsinScalar, { description: "The worker's SSIN (INSZ/NISS or BIS number), unique." }) ssin!: string;
  @Field(() => String, { description: "First name(s)." }) firstName!: string;
  @Field(() => String, { description: "Last name." }) lastName!: string;
  @Field(() => DateScalar, { nullable: true, description: "Derived from the SSIN where it can be." })
  birthDate!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Pensioned from this date: pay from then on has no ceiling.",
  })
  pensionerFrom!: string | null;
}

export const WorkerConnection = connectionType(Worker, "Worker");

@InputType({ description: "Which workers to list; the conditions given all apply." })
export class WorkerFilter implements plain.WorkerFilter {
  @Field(() => SsinFilter, { nullable: true, description: "Condition on the SSIN." }) ssin?: SsinFilter;
  @Field(() => StringFilter, { nullable: true, description: "Condition on the last name." }) lastName?: StringFilter;
  @Field(() => IdFilter, {
    nullable: true,
    description: "Workers with a Dimona period or a declaration of these employers.",
  })
  employerId?: IdFilter;
  @Field(() => String, { nullable: true, description: "Part of the first or last name, or the start of the SSIN." })
  search?: string;
  @Field(() => [WorkerFilter], { nullable: true, description: FILTER_COMBINATORS.and }) and?: WorkerFilter[];
  @Field(() => [WorkerFilter], { nullable: true, description: FILTER_COMBINATORS.or }) or?: WorkerFilter[];
  @Field(() => WorkerFilter, { nullable: true, description: FILTER_COMBINATORS.not }) not?: WorkerFilter;
}

export { WorkerOrder };
registerEnumType(WorkerOrder, {
  name: "WorkerOrder",
  description: "Orders of workers; without one, the most recently registered first.",
  valuesConfig: {
    LAST_NAME_ASC: { description: "By last name, A to Z." },
    LAST_NAME_DESC: { description: "By last name, Z to A." },
    SSIN_ASC: { description: "By SSIN, ascending." },
  },
});
