import { MAX_PREMIUMS_PER_PROPERTY, MAX_PROPERTIES_PER_DECLARATION } from "../../domain/declaration-input";
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
import { CREATED_AT, EMPLOYER_ID_FILTER, FILTER_COMBINATORS } from "../../graphql/descriptions";
import { DateScalar, DateTimeScalar, MoneyScalar, SsinScalar } from "../../graphql/scalars";
import type { DeclarationRow, VersionRow } from "../../db/declaration-row";
import { EmployerFilter } from "../employers/employer.type";
import { WorkerFilter } from "../workers/worker.type";
import {
  AnomalySeverity,
  DeclarationAction,
  DeclarationKind,
  DeclarationStatus,
  FlexiWorkerType,
  toFlexiWorkerCode,
  toFlexiWorkerType,
  WageDeclarationOrder,
  type Joined,
} from "./declaration-shapes";
import type * as plain from "./declaration-shapes";

export type { DeclarationRow, VersionRow };
export {
  AnomalySeverity,
  DeclarationAction,
  DeclarationKind,
  DeclarationStatus,
  FlexiWorkerType,
  toFlexiWorkerCode,
  toFlexiWorkerType,
  WageDeclarationOrder,
};

registerEnumType(DeclarationStatus, {
  name: "DeclarationStatus",
  description:
    "Status of a declaration version; a declaration's status is that of its newest version. Actions not allowed in a status are INVALID_STATE.",
  valuesConfig: {
    DRAFT: {
      description:
        "In a draft submission of the wizard, not transmitted: only its employer sees it; edit it (updateDraftDeclaration) or remove it (removeDraftDeclaration) freely.",
    },
    PENDING: {
      description:
        "Transmitted; the asynchronous controls (or the back office) have not decided yet. It cannot be modified or deleted meanwhile.",
    },
    ACCEPTED: { description: "Accepted without anomalies (or accepted by the back office): this version is in force." },
    ACCEPTED_WITH_WARNINGS: {
      description: "Accepted with WARNING anomalies only: this version is in force; check the warnings.",
    },
    REFUSED: {
      description:
        "Refused by a BLOCKING anomaly or by the back office: not in force (an earlier accepted version stays in force). Modify it to send it again, or delete it.",
    },
    CANCELLED: {
      description:
        "Deleted: a processed cancellation, or a refused declaration withdrawn while nothing was in force. Final: nothing is in force and no action is allowed.",
    },
  },
});

registerEnumType(DeclarationKind, {
  name: "DeclarationKind",
  description: "What a version does to the declaration (the official attestation status in brackets).",
  valuesConfig: {
    ORIGINAL: {
      description: "The first content (0), or content sent again after a refusal while no version is in force.",
    },
    MODIFICATION: { description: "New content replacing the version in force (1)." },
    CANCELLATION: {
      description:
        "Cancels the version in force (3): made by deleteDeclaration, it repeats the content it cancels and ends CANCELLED once processed.",
    },
  },
});

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

registerEnumType(FlexiWorkerType, {
  name: "FlexiWorkerType",
  description: "The worker code of a property: DmfA worker code 050 (flexi manual worker) or 450 (flexi white-collar).",
  valuesConfig: {
    BLUE_COLLAR_050: { description: "Worker code 050: flexi-job as manual (blue-collar) worker." },
    WHITE_COLLAR_450: { description: "Worker code 450: flexi-job as white-collar worker." },
  },
});

registerEnumType(AnomalySeverity, {
  name: "AnomalySeverity",
  description: "How an anomaly weighs on the outcome of the controls.",
  valuesConfig: {
    BLOCKING: { description: "Refuses the version (REFUSED)." },
    WARNING: { description: "Does not refuse: without BLOCKING ones the version is ACCEPTED_WITH_WARNINGS." },
    INFO: { description: "For information only: does not change the outcome." },
  },
});

@ObjectType({ description: "A premium of a property (financial element code 0002001000)." })
export class Premium {
  @Field(() => MoneyScalar, { description: "The premium in euro, more than 0." }) amount!: string;
  @Field(() => Int, { description: "0 one-off or irregular, 1 monthly or more often, 6 half-yearly, 12 yearly." })
  frequencyMonths!: number;
}

@ObjectType({
  description: 'A property ("Eigenschaft"): employer class and worker type over a validity period, with its amounts.',
})
export class WageProperty {
  @Field(() => String, { description: 'The 3-digit employer class (NSSO employer category), e.g. "017".' })
  employerClass!: string;
  @Field(() => FlexiWorkerType, { description: "The flexi worker code of this property." })
  workerType!: FlexiWorkerType;
  @Field(() => DateRange, {
    description: "The days this property covers, inside the calculation period (the whole period unless given).",
  })
  validity!: DateRange;
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The flexi wage in euro (financial element code 0001001000); null when the property has only premiums.",
  })
  grossWage!: string | null;
  @Field(() => [Premium], { description: "The property's premiums, at most one per frequency; empty when none." })
  premiums!: Premium[];
}

@ObjectType({ description: "A finding of the asynchronous controls on a version." })
export class Anomaly {
  @Field(() => String, {
    description:
      "The control's code: 00024-152 no non-cancelled FLX Dimona period of the employer overlaps the calculation period (WARNING); 00036-022 an employer class is not one of the employer's (BLOCKING); 00011-146 the employer has only a provisional NSSO number (BLOCKING); FAW-001 late, an ORIGINAL transmitted more than 5 calendar days after the latest calculation date of that month in its submission (WARNING); FAW-002 possible duplicate of another in-force declaration with the same worker, calculation period, payslip reference and worker types (WARNING).",
  })
  code!: string;
  @Field(() => AnomalySeverity, { description: "How the anomaly weighs on the version's status." })
  severity!: AnomalySeverity;
  @Field(() => String, { description: "What is wrong, in the reader's language." }) message!: string;
  @Field(() => String, { nullable: true, description: 'Where in the content, e.g. "properties.0.employerClass".' })
  path!: string | null;
}

@ObjectType({
  description: "One version of a declaration's content: the original, each modification or correction, a cancellation.",
})
export class DeclarationVersion implements plain.DeclarationVersion {
  row!: VersionRow;
  @Field(() => Int, { description: "1 for the first version, then 2, 3, ... in the order they were made." })
  number!: number;
  @Field(() => DeclarationKind, { description: "What this version does to the declaration." }) kind!: DeclarationKind;
  @Field(() => DeclarationStatus, { description: "This version's status." }) status!: DeclarationStatus;
  @Field(() => String, {
    nullable: true,
    description: "The employer's own payslip reference, at most 40 characters; null when none.",
  })
  payslipReference!: string | null;
  @Field(() => DateRange, { description: "The period the payslip covers." }) calculationPeriod!: DateRange;
  @Field(() => DateScalar, { description: "The day the payslip was calculated." }) calculationDate!: string;
  @Field(() => MoneyScalar, { description: "Sum of this version's gross wages and premiums." }) total!: string;
  @Field(() => DateTimeScalar, { description: CREATED_AT }) createdAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: "The back office's reason, for a version it made by correctDeclaration; null otherwise.",
  })
  reason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When this version was transmitted; null for a draft." })
  submittedAt!: Date | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the controls or the back office decided this version; null while DRAFT or PENDING.",
  })
  processedAt!: Date | null;
}

@ObjectType({
  description:
    'A declaration ("relation" in the official format), identified by its UUID. Its content fields are those of the newest version.',
})
export class WageDeclaration implements plain.WageDeclaration {
  row!: DeclarationRow;
  /** The worker and employer when the list that read this declaration joined them (only the fields asked). */
  joined?: Joined;
  @Field(() => ID, {
    description: "The declaration's UUID: the official reference of the relation, the same for all its versions.",
  })
  id!: string;
  @Field(() => DeclarationStatus, { description: "Status of the newest version." }) status!: DeclarationStatus;
  @Field(() => DeclarationKind, { description: "Kind of the newest version." }) kind!: DeclarationKind;
  @Field(() => Int, {
    description:
      "Concurrency token: increases on every change made by a person (submit, modify, correct, delete, accept, refuse, revalidate), never on control results. Give it as `expectedVersion`.",
  })
  version!: number;
  @Field(() => String, {
    nullable: true,
    description: "The employer's own payslip reference, at most 40 characters; null when none.",
  })
  payslipReference!: string | null;
  @Field(() => DateRange, {
    description: "The period the payslip covers: from 2025-01-01 on, within one calendar year.",
  })
  calculationPeriod!: DateRange;
  @Field(() => DateScalar, { description: "The day the payslip was calculated." }) calculationDate!: string;
  @Field(() => MoneyScalar, { description: "Sum of all gross wages and premiums of the newest version." })
  total!: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the newest version was transmitted; null for a draft.",
  })
  submittedAt!: Date | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the controls or the back office decided the newest version; null while DRAFT or PENDING.",
  })
  processedAt!: Date | null;
  @Field(() => DateTimeScalar, { description: CREATED_AT }) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: "When the declaration last changed (content or status)." })
  updatedAt!: Date;
}

export const WageDeclarationConnection = connectionType(WageDeclaration, "WageDeclaration");

@InputType({ description: "Condition on a declaration's status; the conditions given all apply." })
export class DeclarationStatusFilter implements plain.DeclarationStatusFilter {
  @Field(() => DeclarationStatus, { nullable: true, description: "This status." }) eq?: DeclarationStatus;
  @Field(() => [DeclarationStatus], { nullable: true, description: "One of these statuses." })
  in?: DeclarationStatus[];
}

@InputType({
  description:
    "Which declarations to list, count or revalidate; the conditions given all apply. Dates that are not real days are BAD_USER_INPUT with the path under `filter`.",
})
export class WageDeclarationFilter implements plain.WageDeclarationFilter {
  @Field(() => IdFilter, { nullable: true, description: EMPLOYER_ID_FILTER }) employerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Only declarations about these workers (by id)." })
  workerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Only declarations of these submissions." })
  submissionId?: IdFilter;
  @Field(() => SsinFilter, { nullable: true, description: "Only declarations about workers with these SSINs." })
  ssin?: SsinFilter;
  @Field(() => DeclarationStatusFilter, { nullable: true, description: "Only declarations in these statuses." })
  status?: DeclarationStatusFilter;
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
  @Field(() => DateTimeFilter, {
    nullable: true,
    description: "Only declarations whose newest version was transmitted in this span (drafts never match).",
  })
  submittedAt?: DateTimeFilter;
  @Field(() => String, {
    nullable: true,
    description:
      "Part of the worker's name or of the payslip reference, or the start of the SSIN; blank: no condition.",
  })
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
  @Field(() => [WageDeclarationFilter], { nullable: true, description: FILTER_COMBINATORS.and })
  and?: WageDeclarationFilter[];
  @Field(() => [WageDeclarationFilter], { nullable: true, description: FILTER_COMBINATORS.or })
  or?: WageDeclarationFilter[];
  @Field(() => WageDeclarationFilter, { nullable: true, description: FILTER_COMBINATORS.not })
  not?: WageDeclarationFilter;
}

registerEnumType(WageDeclarationOrder, {
  name: "WageDeclarationOrder",
  description: "Orders of wageDeclarations; without one, UPDATED_AT_DESC (most recently changed first).",
  valuesConfig: {
    CALCULATION_DATE_ASC: { description: "Oldest calculation date first." },
    CALCULATION_DATE_DESC: { description: "Newest calculation date first." },
    SUBMITTED_AT_ASC: { description: "Transmitted earliest first; drafts last." },
    SUBMITTED_AT_DESC: { description: "Transmitted latest first; drafts first." },
    UPDATED_AT_DESC: { description: "Most recently changed first (the default)." },
  },
});

@InputType({ description: "A premium of a property." })
export class PremiumInput implements plain.PremiumInput {
  @Field(() => MoneyScalar, {
    description: "In euro: more than 0, at most 2 decimals, at most 99999.99 (OUT_OF_RANGE, TOO_PRECISE).",
  })
  amount!: string;
  @Field(() => Int, {
    description:
      "How often it is paid, in whole months from 0 to 12: 0 one-off or irregular, 1 monthly or more often, 6 half-yearly, 12 yearly (OUT_OF_RANGE otherwise). Two premiums of one property with the same frequency are refused (DUPLICATE): add them up.",
  })
  frequencyMonths!: number;
}

@InputType({
  description:
    "A property of a declaration: employer class and worker type over a validity period, with a gross wage, premiums or both (REQUIRED at the property when neither).",
})
export class PropertyInput implements plain.PropertyInput {
  @Field(() => String, {
    description:
      'Exactly 3 digits, e.g. "017" (INVALID_FORMAT otherwise). Not one of the employer\'s classes (Employer.employerClasses): the controls refuse the version (00036-022).',
  })
  employerClass!: string;
  @Field(() => FlexiWorkerType, { description: "050 flexi manual worker or 450 flexi white-collar." })
  workerType!: FlexiWorkerType;
  @Field(() => DateRangeInput, {
    nullable: true,
    description:
      "Only when it differs from the calculation period; it must lie inside the calculation period (OUT_OF_RANGE).",
  })
  validity?: DateRangeInput | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The flexi wage in euro: more than 0, at most 2 decimals, at most 99999.99.",
  })
  grossWage?: string | null;
  @Field(() => [PremiumInput], {
    nullable: true,
    description: `The premiums, at most one per frequency, so at most ${MAX_PREMIUMS_PER_PROPERTY} (more: OUT_OF_RANGE at \`premiums\`).`,
  })
  premiums?: PremiumInput[] | null;
}

@InputType({
  description:
    'The whole content of a declaration (cancel-and-replace). Every broken rule comes back at once as BAD_USER_INPUT, each in fieldErrors with its path relative to the input (e.g. ["properties", 0, "premiums", 1, "frequencyMonths"]); nothing is written. The total of all amounts is at most 999999.99 (OUT_OF_RANGE at `properties`).',
})
export class DeclarationInput implements plain.DeclarationInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The worker, by id: exactly one of workerId and ssin (ONE_OF). For an employer user the worker needs a Dimona period with the employer (NOT_FOUND otherwise); on modify and correct it cannot change (NOT_ALLOWED).",
  })
  workerId?: string | null;
  @Field(() => SsinScalar, {
    nullable: true,
    description:
      "The worker, by SSIN, instead of workerId; the same rules apply, and a wrong check digit is INVALID_CHECK_DIGIT.",
  })
  ssin?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The employer's own payslip reference, at most 40 characters (TOO_LONG); empty or null: none. Used by the duplicate control (FAW-002).",
  })
  payslipReference?: string | null;
  @Field(() => DateRangeInput, {
    description:
      "The period the payslip covers: starting on or after 2025-01-01 (OUT_OF_RANGE) and not crossing 31 December (NOT_ALLOWED: split it into one declaration per year).",
  })
  calculationPeriod!: DateRangeInput;
  @Field(() => DateScalar, {
    description: "The day the payslip was calculated; not after today in Europe/Brussels (OUT_OF_RANGE).",
  })
  calculationDate!: string;
  @Field(() => [PropertyInput], {
    description: `At least one property (REQUIRED) and at most ${MAX_PROPERTIES_PER_DECLARATION} (OUT_OF_RANGE at \`properties\`).`,
  })
  properties!: PropertyInput[];
}

@InputType({ description: "One declaration of a bulk decision (acceptDeclarations, refuseDeclarations)." })
export class DeclarationDecisionInput {
  @Field(() => ID, {
    description:
      "The declaration's id; the same id twice in one call is BAD_USER_INPUT (DUPLICATE at `items.<index>.id`). Missing, a draft or not visible: NOT_FOUND in `itemErrors`.",
  })
  id!: string;
  @Field(() => Int, {
    description:
      "The declaration's `version` as the agent last read it; a different one is CONFLICT in `itemErrors`, and nothing is written.",
  })
  expectedVersion!: number;
}

@InputType({ description: "A declaration added to a draft submission of the wizard." })
export class AddDeclarationInput extends DeclarationInput implements plain.AddDeclarationInput {
  @Field(() => ID, {
    description:
      "The draft submission (createSubmission) to add it to; a transmitted one is INVALID_STATE, another employer's NOT_FOUND.",
  })
  submissionId!: string;
}
