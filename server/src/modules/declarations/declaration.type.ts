import type { EmployerRow } from "../employers/employer.service";
import type { WorkerRow } from "../workers/worker.service";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  DateRange,
  DateRangeInput,
  DateTimeFilter,
  IdFilter,
  SsinFilter,
  StringFilter,
} from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { DateScalar, DateTimeScalar, MoneyScalar, SsinScalar } from "../../graphql/scalars";
import type { DeclarationKindCode, DeclarationStatusCode, FlexiWorkerCode } from "../../domain/declaration-status";
import { EmployerFilter } from "../employers/employer.type";
import { WorkerFilter } from "../workers/worker.type";

export enum DeclarationStatus {
  DRAFT = "DRAFT",
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  ACCEPTED_WITH_WARNINGS = "ACCEPTED_WITH_WARNINGS",
  REFUSED = "REFUSED",
  CANCELLED = "CANCELLED",
}
registerEnumType(DeclarationStatus, { name: "DeclarationStatus" });

export enum DeclarationKind {
  ORIGINAL = "ORIGINAL",
  MODIFICATION = "MODIFICATION",
  CANCELLATION = "CANCELLATION",
}
registerEnumType(DeclarationKind, { name: "DeclarationKind" });

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
registerEnumType(DeclarationAction, {
  name: "DeclarationAction",
  description:
    "Something a person can do to a declaration now, given its status and the person's role; the mutation named in each value carries it out.",
  valuesConfig: {
    MODIFY: {
      description:
        "Employer's declarant: send new content (modifyDeclaration); the newest version is accepted or refused.",
    },
    DELETE: {
      description:
        "Employer's declarant: delete the declaration (deleteDeclaration); the newest version is accepted or refused.",
    },
    EDIT_DRAFT: { description: "Employer's declarant: replace a draft's content (updateDraftDeclaration)." },
    REMOVE_DRAFT: { description: "Employer's declarant: remove a draft (removeDraftDeclaration)." },
    CORRECT: {
      description:
        "Back office: send new content with a reason (correctDeclaration); the newest version is accepted or refused.",
    },
    ACCEPT: {
      description:
        "Back office: accept the newest version by hand (acceptDeclaration); it is pending, accepted with warnings or refused.",
    },
    REFUSE: {
      description:
        "Back office: refuse the newest version by hand (refuseDeclaration); it is pending or accepted with warnings.",
    },
    REVALIDATE: {
      description:
        "Back office: run the controls again (revalidateDeclaration); the newest version is pending, accepted with warnings or refused.",
    },
  },
});

export enum FlexiWorkerType {
  BLUE_COLLAR_050 = "BLUE_COLLAR_050",
  WHITE_COLLAR_450 = "WHITE_COLLAR_450",
}
registerEnumType(FlexiWorkerType, {
  name: "FlexiWorkerType",
  description: "The worker code of a property: DmfA worker code 050 (flexi manual worker) or 450 (flexi white-collar).",
});

export enum AnomalySeverity {
  BLOCKING = "BLOCKING",
  WARNING = "WARNING",
  INFO = "INFO",
}
registerEnumType(AnomalySeverity, { name: "AnomalySeverity" });

const WORKER_TYPE_OF_CODE: Record<FlexiWorkerCode, FlexiWorkerType> = {
  "050": FlexiWorkerType.BLUE_COLLAR_050,
  "450": FlexiWorkerType.WHITE_COLLAR_450,
};
export const toFlexiWorkerType = (code: FlexiWorkerCode): FlexiWorkerType => WORKER_TYPE_OF_CODE[code];
export const toFlexiWorkerCode = (type: FlexiWorkerType): FlexiWorkerCode =>
  type === FlexiWorkerType.BLUE_COLLAR_050 ? "050" : "450";

@ObjectType()
export class Premium {
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => Int, { description: "0 one-off or irregular, 1 monthly or more often, 6 half-yearly, 12 yearly." })
  frequencyMonths!: number;
}

@ObjectType({
  description: 'A property ("Eigenschaft"): employer class and worker type over a validity period, with its amounts.',
})
export class WageProperty {
  @Field(() => String) employerClass!: string;
  @Field(() => FlexiWorkerType) workerType!: FlexiWorkerType;
  @Field(() => DateRange) validity!: DateRange;
  @Field(() => MoneyScalar, { nullable: true }) grossWage!: string | null;
  @Field(() => [Premium]) premiums!: Premium[];
}

@ObjectType()
export class Anomaly {
  @Field(() => String) code!: string;
  @Field(() => AnomalySeverity) severity!: AnomalySeverity;
  @Field(() => String, { description: "In the reader's language." }) message!: string;
  @Field(() => String, { nullable: true, description: 'Where in the content, e.g. "properties.0.employerClass".' })
  path!: string | null;
}

/** The columns of a version that every resolver of it may read; content and anomalies load by id. */
export interface VersionRow {
  id: string;
  declarationId: string;
  number: number;
  kind: DeclarationKindCode;
  status: DeclarationStatusCode;
  payslipReference: string | null;
  calculationStart: string;
  calculationEnd: string;
  calculationDate: string;
  totalCents: string;
  createdAt: Date;
  createdBy: string | null;
  reason: string | null;
  submittedAt: Date | null;
  processedAt: Date | null;
}

@ObjectType({
  description: "One version of a declaration's content: the original, each modification or correction, a cancellation.",
})
export class DeclarationVersion {
  row!: VersionRow;
  @Field(() => Int) number!: number;
  @Field(() => DeclarationKind) kind!: DeclarationKind;
  @Field(() => DeclarationStatus) status!: DeclarationStatus;
  @Field(() => String, { nullable: true }) payslipReference!: string | null;
  @Field(() => DateRange) calculationPeriod!: DateRange;
  @Field(() => DateScalar) calculationDate!: string;
  @Field(() => MoneyScalar) total!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) processedAt!: Date | null;
}

/** The columns of a declaration (with the copies of its newest version) that lists read. */
export interface DeclarationRow {
  id: string;
  employerId: string;
  workerId: string;
  submissionId: string;
  status: DeclarationStatusCode;
  kind: DeclarationKindCode;
  version: number;
  newestVersion: number;
  inForceVersion: number | null;
  payslipReference: string | null;
  calculationStart: string;
  calculationEnd: string;
  calculationDate: string;
  totalCents: string;
  submittedAt: Date | null;
  processedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({
  description:
    'A declaration ("relation" in the official format), identified by its UUID. Its content fields are those of the newest version.',
})
export class WageDeclaration {
  row!: DeclarationRow;
  /** The worker and employer when the list that read this declaration joined them (only the fields asked). */
  joined?: { worker?: WorkerRow; employer?: EmployerRow };
  @Field(() => ID) id!: string;
  @Field(() => DeclarationStatus, { description: "Status of the newest version." }) status!: DeclarationStatus;
  @Field(() => DeclarationKind) kind!: DeclarationKind;
  @Field(() => Int, {
    description:
      "Concurrency token: increases on every change made by a person (modify, correct, delete, accept, refuse), never on control results.",
  })
  version!: number;
  @Field(() => String, { nullable: true }) payslipReference!: string | null;
  @Field(() => DateRange) calculationPeriod!: DateRange;
  @Field(() => DateScalar) calculationDate!: string;
  @Field(() => MoneyScalar, { description: "Sum of all gross wages and premiums of the newest version." })
  total!: string;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) processedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

export const WageDeclarationConnection = connectionType(WageDeclaration, "WageDeclaration");

@InputType()
export class DeclarationStatusFilter {
  @Field(() => DeclarationStatus, { nullable: true }) eq?: DeclarationStatus;
  @Field(() => [DeclarationStatus], { nullable: true }) in?: DeclarationStatus[];
}

@InputType()
export class WageDeclarationFilter {
  @Field(() => IdFilter, { nullable: true }) employerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) workerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) submissionId?: IdFilter;
  @Field(() => SsinFilter, { nullable: true }) ssin?: SsinFilter;
  @Field(() => DeclarationStatusFilter, { nullable: true }) status?: DeclarationStatusFilter;
  @Field(() => DateRangeInput, {
    nullable: true,
    description: "Declarations whose calculation period shares a day with this range.",
  })
  calculationPeriodOverlaps?: DateRangeInput;
  @Field(() => StringFilter, {
    nullable: true,
    description: "Declarations whose newest version has an anomaly with this code.",
  })
  anomalyCode?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) submittedAt?: DateTimeFilter;
  @Field(() => String, { nullable: true, description: "Worker's name or SSIN, or the payslip reference." })
  search?: string;
  @Field(() => WorkerFilter, {
    nullable: true,
    description: "Declarations whose worker matches (through the relation).",
  })
  worker?: WorkerFilter;
  @Field(() => EmployerFilter, {
    nullable: true,
    description: "Declarations whose employer matches (through the relation).",
  })
  employer?: EmployerFilter;
  @Field(() => [WageDeclarationFilter], { nullable: true }) and?: WageDeclarationFilter[];
  @Field(() => [WageDeclarationFilter], { nullable: true }) or?: WageDeclarationFilter[];
  @Field(() => WageDeclarationFilter, { nullable: true }) not?: WageDeclarationFilter;
}

export enum WageDeclarationOrder {
  CALCULATION_DATE_ASC = "CALCULATION_DATE_ASC",
  CALCULATION_DATE_DESC = "CALCULATION_DATE_DESC",
  SUBMITTED_AT_ASC = "SUBMITTED_AT_ASC",
  SUBMITTED_AT_DESC = "SUBMITTED_AT_DESC",
  UPDATED_AT_DESC = "UPDATED_AT_DESC",
}
registerEnumType(WageDeclarationOrder, { name: "WageDeclarationOrder" });

@InputType()
export class PremiumInput {
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => Int) frequencyMonths!: number;
}

@InputType()
export class PropertyInput {
  @Field(() => String) employerClass!: string;
  @Field(() => FlexiWorkerType) workerType!: FlexiWorkerType;
  @Field(() => DateRangeInput, { nullable: true, description: "Only when it differs from the calculation period." })
  validity?: DateRangeInput | null;
  @Field(() => MoneyScalar, { nullable: true }) grossWage?: string | null;
  @Field(() => [PremiumInput], { nullable: true }) premiums?: PremiumInput[] | null;
}

@InputType({
  description: "The whole content of a declaration (cancel-and-replace). Exactly one of workerId and ssin.",
})
export class DeclarationInput {
  @Field(() => ID, { nullable: true }) workerId?: string | null;
  @Field(() => SsinScalar, { nullable: true }) ssin?: string | null;
  @Field(() => String, { nullable: true }) payslipReference?: string | null;
  @Field(() => DateRangeInput) calculationPeriod!: DateRangeInput;
  @Field(() => DateScalar) calculationDate!: string;
  @Field(() => [PropertyInput]) properties!: PropertyInput[];
}

@InputType()
export class AddDeclarationInput extends DeclarationInput {
  @Field(() => ID) submissionId!: string;
}
