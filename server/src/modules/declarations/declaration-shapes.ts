/**
 * Declarations as the services take and return them: plain TypeScript enums and shapes.
 * declaration.type.ts registers the enums for GraphQL and its classes implement the shapes, so
 * the compiler keeps the two in line.
 */
import type { DeclarationRow, VersionRow } from "../../db/declaration-row";
import type { EqualityCondition, InstantCondition, TextCondition } from "../../db/filters";
import type { DateRange } from "../../domain/dates";
import type { FlexiWorkerCode } from "../../domain/declaration-status";
import type { EmployerFilter, EmployerRow } from "../employers/employer.service";
import type { WorkerFilter, WorkerRow } from "../workers/worker.service";

/** Status of a declaration version (the GraphQL enum DeclarationStatus); the codes of domain/declaration-status.ts. */
export enum DeclarationStatus {
  DRAFT = "DRAFT",
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  ACCEPTED_WITH_WARNINGS = "ACCEPTED_WITH_WARNINGS",
  REFUSED = "REFUSED",
  CANCELLED = "CANCELLED",
}

/** What a version does to the declaration (the GraphQL enum DeclarationKind). */
export enum DeclarationKind {
  ORIGINAL = "ORIGINAL",
  MODIFICATION = "MODIFICATION",
  CANCELLATION = "CANCELLATION",
}

/** Something a person can do to a declaration now (the GraphQL enum DeclarationAction). */
export enum DeclarationAction {
  MODIFY = "MODIFY",
  DELETE = "DELETE",
  EDIT_DRAFT = "EDIT_DRAFT",
  REMOVE_DRAFT = "REMOVE_DRAFT",
  CORRECT = "CORRECT",
  ACCEPT = "ACCEPT",
  REFUSE = "REFUSE",
  REVALIDATE = "REVALIDATE",
}

/** The worker code of a property as the API names it (the GraphQL enum FlexiWorkerType). */
export enum FlexiWorkerType {
  BLUE_COLLAR_050 = "BLUE_COLLAR_050",
  WHITE_COLLAR_450 = "WHITE_COLLAR_450",
}

/** How an anomaly weighs on the outcome of the controls (the GraphQL enum AnomalySeverity). */
export enum AnomalySeverity {
  BLOCKING = "BLOCKING",
  WARNING = "WARNING",
  INFO = "INFO",
}

/** The orders of a list of declarations (the GraphQL enum WageDeclarationOrder). */
export enum WageDeclarationOrder {
  CALCULATION_DATE_ASC = "CALCULATION_DATE_ASC",
  CALCULATION_DATE_DESC = "CALCULATION_DATE_DESC",
  SUBMITTED_AT_ASC = "SUBMITTED_AT_ASC",
  SUBMITTED_AT_DESC = "SUBMITTED_AT_DESC",
  UPDATED_AT_DESC = "UPDATED_AT_DESC",
}

const WORKER_TYPE_OF_CODE: Record<FlexiWorkerCode, FlexiWorkerType> = {
  "050": FlexiWorkerType.BLUE_COLLAR_050,
  "450": FlexiWorkerType.WHITE_COLLAR_450,
};
export const toFlexiWorkerType = (code: FlexiWorkerCode): FlexiWorkerType => WORKER_TYPE_OF_CODE[code];
export const toFlexiWorkerCode = (type: FlexiWorkerType): FlexiWorkerCode =>
  type === FlexiWorkerType.BLUE_COLLAR_050 ? "050" : "450";

/** The worker and employer of a declaration, when the list that read it joined them (only the fields asked). */
export interface Joined {
  worker?: WorkerRow;
  employer?: EmployerRow;
}

/** A declaration as the API shows it, from its row (the GraphQL type WageDeclaration, declaration.type.ts). */
export interface WageDeclaration {
  row: DeclarationRow;
  joined?: Joined;
  id: string;
  status: DeclarationStatus;
  kind: DeclarationKind;
  version: number;
  payslipReference: string | null;
  calculationPeriod: DateRange;
  calculationDate: string;
  total: string;
  submittedAt: Date | null;
  processedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One version of a declaration's content (the GraphQL type DeclarationVersion). */
export interface DeclarationVersion {
  row: VersionRow;
  number: number;
  kind: DeclarationKind;
  status: DeclarationStatus;
  payslipReference: string | null;
  calculationPeriod: DateRange;
  calculationDate: string;
  total: string;
  createdAt: Date;
  reason: string | null;
  submittedAt: Date | null;
  processedAt: Date | null;
}

/** A condition on a declaration's status (the GraphQL input DeclarationStatusFilter). */
export interface DeclarationStatusFilter {
  eq?: DeclarationStatus;
  in?: DeclarationStatus[];
}

/** Which declarations to list, count or revalidate (the GraphQL input WageDeclarationFilter); `and`, `or`, `not` nest. */
export interface WageDeclarationFilter {
  employerId?: EqualityCondition;
  workerId?: EqualityCondition;
  submissionId?: EqualityCondition;
  ssin?: EqualityCondition;
  status?: DeclarationStatusFilter;
  calculationPeriodOverlaps?: DateRange;
  anomalyCode?: TextCondition;
  submittedAt?: InstantCondition;
  search?: string;
  worker?: WorkerFilter;
  employer?: EmployerFilter;
  and?: WageDeclarationFilter[];
  or?: WageDeclarationFilter[];
  not?: WageDeclarationFilter;
}

/** A premium of a property (the GraphQL input PremiumInput). */
export interface PremiumInput {
  amount: string;
  frequencyMonths: number;
}

/** A property of a declaration (the GraphQL input PropertyInput). */
export interface PropertyInput {
  employerClass: string;
  workerType: FlexiWorkerType;
  validity?: DateRange | null;
  grossWage?: string | null;
  premiums?: PremiumInput[] | null;
}

/** The whole content of a declaration (the GraphQL input DeclarationInput). */
export interface DeclarationInput {
  workerId?: string | null;
  ssin?: string | null;
  payslipReference?: string | null;
  calculationPeriod: DateRange;
  calculationDate: string;
  properties: PropertyInput[];
}

/** A declaration added to a draft submission (the GraphQL input AddDeclarationInput). */
export interface AddDeclarationInput extends DeclarationInput {
  submissionId: string;
}
