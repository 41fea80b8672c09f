import { Field, InputType } from "type-graphql";
import { DateScalar, SsinScalar } from "../../graphql/scalars";
import type * as plain from "./worker-maintenance.service";

@InputType({
  description: "A worker the back office registers. The birth date is derived from the SSIN where it can be.",
})
export class RegisterWorkerInput implements plain.RegisterWorkerInput {
  @Field(() => SsinScalar, {
    description: "INSZ/NISS or BIS number; an SSIN already registered is refused (DUPLICATE).",
  })
  ssin!: string;
  @Field(() => String, { description: "Not blank, at most 100 characters; surrounding spaces are removed." })
  firstName!: string;
  @Field(() => String, { description: "Not blank, at most 100 characters; surrounding spaces are removed." })
  lastName!: string;
  @Field(() => DateScalar, { nullable: true, description: "Pensioned from this date; leave out when not pensioned." })
  pensionerFrom?: string | null;
}

@InputType({ description: "A correction of a worker: only the fields given change." })
export class CorrectWorkerInput implements plain.CorrectWorkerInput {
  @Field(() => String, { nullable: true, description: "Not blank, at most 100 characters." })
  firstName?: string | null;
  @Field(() => String, { nullable: true, description: "Not blank, at most 100 characters." })
  lastName?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "An explicit null clears it: the worker is not pensioned." })
  pensionerFrom?: string | null;
}
