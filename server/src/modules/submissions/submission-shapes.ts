/**
 * Submissions as the services take and return them: plain TypeScript. submission.type.ts
 * registers the enum for GraphQL and its classes implement these shapes.
 */
import type { EqualityCondition } from "../../db/filters";
import type { DateRange } from "../../domain/dates";
import type { DeclarationInput } from "../declarations/declaration-shapes";
import type { EmployerRow } from "../employers/employer.service";
import type { SubmissionChannel, SubmissionStatusCode } from "./submission.entity";

/** Whether a submission has been transmitted (the GraphQL enum SubmissionStatus). */
export enum SubmissionStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
}

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
  /** The flexi-jobbers ticked in the wizard's step 2, in the list's order. */
  selectedWorkerIds: string[];
}

/** How far the controls of a submission's declarations have come (the GraphQL type SubmissionProgress). */
export interface SubmissionProgress {
  submissionId: string;
  total: number;
  processed: number;
  accepted: number;
  acceptedWithWarnings: number;
  refused: number;
  cancelled: number;
}

/** A submission as the API shows it, from its row (the GraphQL type Submission, submission.type.ts). */
export interface Submission {
  row: SubmissionRow;
  /** The employer when the list that read this submission joined it (only the fields asked). */
  joinedEmployer: EmployerRow | undefined;
  id: string;
  period: DateRange;
  status: SubmissionStatus;
  reference: string | null;
  submittedAt: Date | null;
  createdAt: Date;
}

/** Which submissions to list (the GraphQL input SubmissionFilter). */
export interface SubmissionFilter {
  employerId?: EqualityCondition;
  status?: SubmissionStatus;
}

/** Wizard steps 1-2: the employer and the period searched (the GraphQL input CreateSubmissionInput). */
export interface CreateSubmissionInput {
  employerId: string;
  from: string;
  to: string;
}

/** A bulk submission of payroll software (the GraphQL input SubmitDeclarationsInput). */
export interface SubmitDeclarationsInput {
  employerId: string;
  idempotencyKey: string;
  declarations: DeclarationInput[];
}
