import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateRange, IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { DateScalar, DateTimeScalar } from "../../graphql/scalars";
import type { SubmissionChannel, SubmissionStatusCode } from "./submission.entity";
import { DeclarationInput } from "../declarations/declaration.type";

export enum SubmissionStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
}
registerEnumType(SubmissionStatus, { name: "SubmissionStatus" });

/** The columns of a submission that its resolvers read. */
export interface SubmissionRow {
  id: string;
  employerId: string;
  periodStart: string;
  periodEnd: string;
  status: SubmissionStatusCode;
  channel: SubmissionChannel;
  reference: string | null;
  idempotencyKey: string | null;
  submittedAt: Date | null;
  createdAt: Date;
}

@ObjectType()
export class SubmissionProgress {
  @Field(() => ID) submissionId!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "Declarations whose controls have finished." }) processed!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) acceptedWithWarnings!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int) cancelled!: number;
}

@ObjectType({ description: 'One "transmit wage data" action of the wizard, or one bulk call of payroll software.' })
export class Submission {
  row!: SubmissionRow;
  @Field(() => ID) id!: string;
  @Field(() => DateRange, { description: "The period searched in the wizard (steps 1-2)." }) period!: DateRange;
  @Field(() => SubmissionStatus) status!: SubmissionStatus;
  @Field(() => String, {
    nullable: true,
    description: "Reference number shown on the confirmation page once submitted.",
  })
  reference!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

export const SubmissionConnection = connectionType(Submission, "Submission");

@InputType()
export class SubmissionFilter {
  @Field(() => IdFilter, { nullable: true }) employerId?: IdFilter;
  @Field(() => SubmissionStatus, { nullable: true }) status?: SubmissionStatus;
}

@InputType()
export class CreateSubmissionInput {
  @Field(() => ID) employerId!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

@InputType({ description: "Bulk submission of payroll software: validated whole, then written all or nothing." })
export class SubmitDeclarationsInput {
  @Field(() => ID) employerId!: string;
  @Field(() => String, { description: "The same key again returns the first result and writes nothing." })
  idempotencyKey!: string;
  @Field(() => [DeclarationInput]) declarations!: DeclarationInput[];
}
