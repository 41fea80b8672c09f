import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IdFilter, SsinFilter, StringFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { DateScalar, SsinScalar } from "../../graphql/scalars";
import { WorkerOrder } from "./worker.service";

@ObjectType({ description: "A person who works (or may work) as flexi-jobber." })
export class Worker {
  @Field(() => ID) id!: string;
  @Field(() => SsinScalar) ssin!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => DateScalar, { nullable: true, description: "Derived from the SSIN where it can be." })
  birthDate!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Pensioned from this date: pay from then on has no ceiling.",
  })
  pensionerFrom!: string | null;
}

export const WorkerConnection = connectionType(Worker, "Worker");

@InputType()
export class WorkerFilter {
  @Field(() => SsinFilter, { nullable: true }) ssin?: SsinFilter;
  @Field(() => StringFilter, { nullable: true }) lastName?: StringFilter;
  @Field(() => IdFilter, {
    nullable: true,
    description: "Workers with a Dimona period or a declaration of these employers.",
  })
  employerId?: IdFilter;
  @Field(() => String, { nullable: true, description: "Part of the first or last name, or the start of the SSIN." })
  search?: string;
  @Field(() => [WorkerFilter], { nullable: true }) and?: WorkerFilter[];
  @Field(() => [WorkerFilter], { nullable: true }) or?: WorkerFilter[];
  @Field(() => WorkerFilter, { nullable: true }) not?: WorkerFilter;
}

export { WorkerOrder };
registerEnumType(WorkerOrder, { name: "WorkerOrder" });
