import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateRange, IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { CREATED_AT, EMPLOYER_ID_FILTER, RECORD_ID } from "../../graphql/descriptions";
import { DateScalar, DateTimeScalar } from "../../graphql/scalars";
import { DeclarationInput } from "../declarations/declaration.type";
import { SubmissionStatus, type SubmissionRow } from "./submission-shapes";
import type * as plain from "./submission-shapes";

export type { SubmissionRow };
export { SubmissionStatus };

registerEnumType(SubmissionStatus, {
  name: "SubmissionStatus",
  description: "Whether a submission has been transmitted.",
  valuesConfig: {
    DRAFT: {
      description:
        "Being filled in the wizard: declarations can be added, edited and removed, and the submission discarded. Only its employer sees it.",
    },
    SUBMITTED: {
      description: "Transmitted: its declarations went to PENDING and are controlled; it has a reference. Final.",
    },
  },
});

@ObjectType({ description: "How far the controls of a submission's declarations have come: counts of declarations." })
export class SubmissionProgress implements plain.SubmissionProgress {
  @Field(() => ID, { description: "The submission counted." }) submissionId!: string;
  @Field(() => Int, { description: "Declarations in the submission." }) total!: number;
  @Field(() => Int, { description: "Declarations whose controls have finished." }) processed!: number;
  @Field(() => Int, { description: "Declarations now ACCEPTED." }) accepted!: number;
  @Field(() => Int, { description: "Declarations now ACCEPTED_WITH_WARNINGS." }) acceptedWithWarnings!: number;
  @Field(() => Int, { description: "Declarations now REFUSED." }) refused!: number;
  @Field(() => Int, { description: "Declarations now CANCELLED." }) cancelled!: number;
}

@ObjectType({ description: 'One "transmit wage data" action of the wizard, or one bulk call of payroll software.' })
export class Submission implements plain.Submission {
  row!: SubmissionRow;
  joinedEmployer!: plain.Submission["joinedEmployer"];
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => DateRange, {
    description:
      "The period searched in the wizard (steps 1-2); for a bulk submission, the span of its calculation periods. Declarations may lie outside it.",
  })
  period!: DateRange;
  @Field(() => SubmissionStatus, { description: "DRAFT until transmitted, then SUBMITTED." })
  status!: SubmissionStatus;
  @Field(() => String, {
    nullable: true,
    description:
      'Reference number shown on the confirmation page once submitted, e.g. "FAW-2025-00000042"; null for a draft.',
  })
  reference!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When it was transmitted; null for a draft." })
  submittedAt!: Date | null;
  @Field(() => DateTimeScalar, { description: CREATED_AT }) createdAt!: Date;
}

export const SubmissionConnection = connectionType(Submission, "Submission");

@InputType({ description: "Which submissions to list; the conditions given all apply." })
export class SubmissionFilter implements plain.SubmissionFilter {
  @Field(() => IdFilter, { nullable: true, description: EMPLOYER_ID_FILTER }) employerId?: IdFilter;
  @Field(() => SubmissionStatus, { nullable: true, description: "Only submissions in this status." })
  status?: SubmissionStatus;
}

@InputType({ description: "Wizard steps 1-2: the employer and the period searched for flexi-jobbers." })
export class CreateSubmissionInput implements plain.CreateSubmissionInput {
  @Field(() => ID, {
    description: "The employer to declare for: needs FLEXI_AT_WORK there (FORBIDDEN, or NOT_FOUND for an unknown one).",
  })
  employerId!: string;
  @Field(() => DateScalar, { description: "First day of the period searched." }) from!: string;
  @Field(() => DateScalar, { description: "Last day of the period searched; not before from (RANGE_ORDER)." })
  to!: string;
}

@InputType({ description: "Bulk submission of payroll software: validated whole, then written all or nothing." })
export class SubmitDeclarationsInput implements plain.SubmitDeclarationsInput {
  @Field(() => ID, {
    description: "The employer declared for: needs FLEXI_AT_WORK there (FORBIDDEN, or NOT_FOUND for an unknown one).",
  })
  employerId!: string;
  @Field(() => String, {
    description:
      "Chosen by the sender per run, unique per employer (a UUID will do). The same key again with the same declarations returns the first result and writes nothing; with other declarations, or a key of another submission, it is CONFLICT.",
  })
  idempotencyKey!: string;
  @Field(() => [DeclarationInput], {
    description:
      '1 to 2,000 declarations. Errors come back together, with paths such as ["declarations", 3, "calculationDate"] (at most 500 listed).',
  })
  declarations!: DeclarationInput[];
}
