/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A declaration added to a draft submission of the wizard. */
export type AddDeclarationInput = {
  /** The day the payslip was calculated; not after today in Europe/Brussels (OUT_OF_RANGE). */
  calculationDate: string;
  /** The period the payslip covers: starting on or after 2025-01-01 (OUT_OF_RANGE) and not crossing 31 December (NOT_ALLOWED: split it into one declaration per year). */
  calculationPeriod: DateRangeInput;
  /** The employer's own payslip reference, at most 40 characters (TOO_LONG); empty or null: none. Used by the duplicate control (FAW-002). */
  payslipReference?: string | null | undefined;
  /** At least one property (REQUIRED) and at most 100 (OUT_OF_RANGE at `properties`). */
  properties: Array<PropertyInput>;
  /** The worker, by SSIN, instead of workerId; the same rules apply, and a wrong check digit is INVALID_CHECK_DIGIT. */
  ssin?: string | null | undefined;
  /** The draft submission (createSubmission) to add it to; a transmitted one is INVALID_STATE, another employer's NOT_FOUND. */
  submissionId: string | number;
  /** The worker, by id: exactly one of workerId and ssin (ONE_OF). For an employer user the worker needs a Dimona period with the employer (NOT_FOUND otherwise); on modify and correct it cannot change (NOT_ALLOWED). */
  workerId?: string | number | null | undefined;
};

/** How an anomaly weighs on the outcome of the controls. */
export type AnomalySeverity =
  /** Refuses the version (REFUSED). */
  | 'BLOCKING'
  /** For information only: does not change the outcome. */
  | 'INFO'
  /** Does not refuse: without BLOCKING ones the version is ACCEPTED_WITH_WARNINGS. */
  | 'WARNING';

/** Which audit entries to list; the conditions given all apply. */
export type AuditEntryFilter = {
  /** Entries of these users (User.id). */
  actorId?: IdFilter | null | undefined;
  /** Entries made in this span of time. */
  at?: DateTimeFilter | null | undefined;
  /** Entries about these records (their ids). */
  entityId?: IdFilter | null | undefined;
  /** true: only the back office's reads of income; false: only changes; unset: both. */
  reads?: boolean | null | undefined;
};

/** Which ceiling alerts to list; the conditions given all apply. */
export type CeilingAlertFilter = {
  /** Only alerts of these workers (by id). */
  workerId?: IdFilter | null | undefined;
  /** Only alerts of this income year. */
  year?: number | null | undefined;
};

/** A correction of a Dimona period: only the fields given change; null clears an optional field. */
export type CorrectDimonaPeriodInput = {
  /** A cancelled period no longer covers flexi work (control 00024-152); null is refused (REQUIRED). */
  cancelled?: boolean | null | undefined;
  /** null: open-ended. */
  endDate?: string | null | undefined;
  /** "HH:MM", 00:00 to 23:59. */
  endHour?: string | null | undefined;
  /** 0 to 999, at most 2 decimals. */
  plannedHours?: number | null | undefined;
  /** New first day; null is refused (REQUIRED). */
  startDate?: string | null | undefined;
  /** "HH:MM", 00:00 to 23:59. */
  startHour?: string | null | undefined;
};

/** A correction of an employer: only the fields given change. */
export type CorrectEmployerInput = {
  /** The whole list of employer classes, each exactly 3 digits, no repeats, e.g. ["017"]. */
  employerClasses?: Array<string> | null | undefined;
  /** NL, FR or DE: EN is not an employer's language. */
  language?: Language | null | undefined;
  /** Not blank, at most 200 characters. */
  name?: string | null | undefined;
  /** 9 digits (definitive) or 10 starting with 5 (provisional); dots, dashes and spaces are ignored; null clears it. */
  nssoNumber?: string | null | undefined;
};

/** A correction of a worker: only the fields given change. */
export type CorrectWorkerInput = {
  /** Not blank, at most 100 characters. */
  firstName?: string | null | undefined;
  /** Not blank, at most 100 characters. */
  lastName?: string | null | undefined;
  /** An explicit null clears it: the worker is not pensioned. */
  pensionerFrom?: string | null | undefined;
};

/** Wizard steps 1-2: the employer and the period searched for flexi-jobbers. */
export type CreateSubmissionInput = {
  /** The employer to declare for: needs FLEXI_AT_WORK there (FORBIDDEN, or NOT_FOUND for an unknown one). */
  employerId: string | number;
  /** First day of the period searched. */
  from: string;
  /** Last day of the period searched; not before from (RANGE_ORDER). */
  to: string;
};

/** A range of calendar days, both ends included. An end before the start is BAD_USER_INPUT (RANGE_ORDER at `end`). */
export type DateRangeInput = {
  /** Last day of the range (included); on or after start. */
  end: string;
  /** First day of the range. */
  start: string;
};

/** Condition on an instant; the conditions given all apply. */
export type DateTimeFilter = {
  /** At or after this instant. */
  gte?: string | null | undefined;
  /** At or before this instant. */
  lte?: string | null | undefined;
};

/** Something a person can do to a declaration now, given its status and the person's role; the mutation named in each value carries it out. */
export type DeclarationAction =
  /** Back office: accept the newest version by hand (acceptDeclaration); it is pending, accepted with warnings or refused. */
  | 'ACCEPT'
  /** Back office: send new content with a reason (correctDeclaration); the newest version is accepted or refused. */
  | 'CORRECT'
  /** Employer's declarant: delete the declaration (deleteDeclaration); the newest version is accepted or refused. */
  | 'DELETE'
  /** Employer's declarant: replace a draft's content (updateDraftDeclaration). */
  | 'EDIT_DRAFT'
  /** Employer's declarant: send new content (modifyDeclaration); the newest version is accepted or refused. */
  | 'MODIFY'
  /** Back office: refuse the newest version by hand (refuseDeclaration); it is pending or accepted with warnings. */
  | 'REFUSE'
  /** Employer's declarant: remove a draft (removeDraftDeclaration). */
  | 'REMOVE_DRAFT'
  /** Back office: run the controls again (revalidateDeclaration); the newest version is pending, accepted with warnings or refused. */
  | 'REVALIDATE';

/** One declaration of a bulk decision (acceptDeclarations, refuseDeclarations). */
export type DeclarationDecisionInput = {
  /** The declaration's `version` as the agent last read it; a different one is CONFLICT in `itemErrors`, and nothing is written. */
  expectedVersion: number;
  /** The declaration's id; the same id twice in one call is BAD_USER_INPUT (DUPLICATE at `items.<index>.id`). Missing, a draft or not visible: NOT_FOUND in `itemErrors`. */
  id: string | number;
};

/** The whole content of a declaration (cancel-and-replace). Every broken rule comes back at once as BAD_USER_INPUT, each in fieldErrors with its path relative to the input (e.g. ["properties", 0, "premiums", 1, "frequencyMonths"]); nothing is written. The total of all amounts is at most 999999.99 (OUT_OF_RANGE at `properties`). */
export type DeclarationInput = {
  /** The day the payslip was calculated; not after today in Europe/Brussels (OUT_OF_RANGE). */
  calculationDate: string;
  /** The period the payslip covers: starting on or after 2025-01-01 (OUT_OF_RANGE) and not crossing 31 December (NOT_ALLOWED: split it into one declaration per year). */
  calculationPeriod: DateRangeInput;
  /** The employer's own payslip reference, at most 40 characters (TOO_LONG); empty or null: none. Used by the duplicate control (FAW-002). */
  payslipReference?: string | null | undefined;
  /** At least one property (REQUIRED) and at most 100 (OUT_OF_RANGE at `properties`). */
  properties: Array<PropertyInput>;
  /** The worker, by SSIN, instead of workerId; the same rules apply, and a wrong check digit is INVALID_CHECK_DIGIT. */
  ssin?: string | null | undefined;
  /** The worker, by id: exactly one of workerId and ssin (ONE_OF). For an employer user the worker needs a Dimona period with the employer (NOT_FOUND otherwise); on modify and correct it cannot change (NOT_ALLOWED). */
  workerId?: string | number | null | undefined;
};

/** What a version does to the declaration (the official attestation status in brackets). */
export type DeclarationKind =
  /** Cancels the version in force (3): made by deleteDeclaration, it repeats the content it cancels and ends CANCELLED once processed. */
  | 'CANCELLATION'
  /** New content replacing the version in force (1). */
  | 'MODIFICATION'
  /** The first content (0), or content sent again after a refusal while no version is in force. */
  | 'ORIGINAL';

/** Status of a declaration version; a declaration's status is that of its newest version. Actions not allowed in a status are INVALID_STATE. */
export type DeclarationStatus =
  /** Accepted without anomalies (or accepted by the back office): this version is in force. */
  | 'ACCEPTED'
  /** Accepted with WARNING anomalies only: this version is in force; check the warnings. */
  | 'ACCEPTED_WITH_WARNINGS'
  /** Deleted: a processed cancellation, or a refused declaration withdrawn while nothing was in force. Final: nothing is in force and no action is allowed. */
  | 'CANCELLED'
  /** In a draft submission of the wizard, not transmitted: only its employer sees it; edit it (updateDraftDeclaration) or remove it (removeDraftDeclaration) freely. */
  | 'DRAFT'
  /** Transmitted; the asynchronous controls (or the back office) have not decided yet. It cannot be modified or deleted meanwhile. */
  | 'PENDING'
  /** Refused by a BLOCKING anomaly or by the back office: not in force (an earlier accepted version stays in force). Modify it to send it again, or delete it. */
  | 'REFUSED';

/** Condition on a declaration's status; the conditions given all apply. */
export type DeclarationStatusFilter = {
  /** This status. */
  eq?: DeclarationStatus | null | undefined;
  /** One of these statuses. */
  in?: Array<DeclarationStatus> | null | undefined;
};

/** Which Dimona periods to list; the conditions given all apply. */
export type DimonaPeriodFilter = {
  /** Every one of these filters matches (as well as this filter's other fields). */
  and?: Array<DimonaPeriodFilter> | null | undefined;
  /** true: only cancelled periods; false: only periods in effect; unset: both. */
  cancelled?: boolean | null | undefined;
  /** Periods whose employer matches (through the relation). */
  employer?: EmployerFilter | null | undefined;
  /** Only records of these employers (by id). */
  employerId?: IdFilter | null | undefined;
  /** This filter does not match. */
  not?: DimonaPeriodFilter | null | undefined;
  /** At least one of these filters matches (as well as this filter's other fields). */
  or?: Array<DimonaPeriodFilter> | null | undefined;
  /** Periods that share at least one day with this range. */
  overlaps?: DateRangeInput | null | undefined;
  /** Periods whose worker matches (through the relation). */
  worker?: WorkerFilter | null | undefined;
  /** Only periods of these workers (by id). */
  workerId?: IdFilter | null | undefined;
  /** Only periods of one of these worker types. */
  workerType?: Array<DimonaWorkerType> | null | undefined;
};

/** Orders of dimonaPeriods; without one, START_DATE_DESC (newest first). */
export type DimonaPeriodOrder =
  /** Earliest start date first. */
  | 'START_DATE_ASC'
  /** Latest start date first (the default). */
  | 'START_DATE_DESC';

/** The worker type of a Dimona period, with its official Dimona code. Only FLX periods make a worker a flexi-jobber here. */
export type DimonaWorkerType =
  /** Occasional worker (horeca or agriculture). */
  | 'EXT'
  /** Flexi-job (worker on flexi wage): the only type the wizard and control 00024-152 look at. */
  | 'FLX'
  /** Other: an ordinary employment. */
  | 'OTH'
  /** Student. */
  | 'STU';

/** What an e-Box message reports. */
export type EboxMessageType =
  /** The back office corrected the declaration (a new version, controlled again); the body gives its reason. */
  | 'CORRECTED_BY_BACK_OFFICE'
  /** An original version was accepted (by the controls or the back office). */
  | 'DECLARATION_ACCEPTED'
  /** An original version was accepted with warnings; the body lists the anomalies. */
  | 'DECLARATION_ACCEPTED_WITH_WARNINGS'
  /** A version (original, modification or cancellation) was refused; the body lists the anomalies. */
  | 'DECLARATION_REFUSED'
  /** A deletion was processed: the declaration is CANCELLED. */
  | 'DELETION_PROCESSED'
  /** A modification was accepted and is now in force. */
  | 'MODIFICATION_PROCESSED'
  /** The outcome of a bulk submission's declarations (submitDeclarations), once all are controlled: one message instead of one per declaration. Later versions get their own messages. */
  | 'SUBMISSION_SUMMARY';

/** Which employers to list; the conditions given all apply. */
export type EmployerFilter = {
  /** Condition on the 10-digit enterprise number. */
  enterpriseNumber?: StringFilter | null | undefined;
  /** Part of the name, or the start of the enterprise or NSSO number. */
  search?: string | null | undefined;
};

/** Orders of employers; without one, the most recently registered first. */
export type EmployerOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** The worker code of a property: DmfA worker code 050 (flexi manual worker) or 450 (flexi white-collar). */
export type FlexiWorkerType =
  /** Worker code 050: flexi-job as manual (blue-collar) worker. */
  | 'BLUE_COLLAR_050'
  /** Worker code 450: flexi-job as white-collar worker. */
  | 'WHITE_COLLAR_450';

/** A right of one user, named by login, for one employer: what grantAccess gives and revokeAccess takes away. */
export type GrantAccessInput = {
  /** The employer the right is for: the caller needs ACCESS_ADMIN there or the back office (FORBIDDEN, or NOT_FOUND for an employer unknown to the caller). */
  employerId: string | number;
  /** The user's sign-in name, in any case; an unknown login is BAD_USER_INPUT (NOT_FOUND at `login`), a disabled user NOT_ALLOWED. */
  login: string;
  /** ACCESS_ADMIN is granted and revoked by the back office only (FORBIDDEN for an access administrator). */
  permission: Permission;
};

/** Condition on a record id (UUID); the conditions given all apply. An id that is not a UUID matches nothing. */
export type IdFilter = {
  /** Equal to this id. */
  eq?: string | number | null | undefined;
  /** One of these ids; an empty list matches nothing. */
  in?: Array<string | number> | null | undefined;
};

/** A language of the service: texts (e-Box messages, anomaly messages, employer class labels) are shown in the reader's language. */
export type Language =
  /** German. */
  | 'DE'
  /** English: a user's language only, never an employer's. */
  | 'EN'
  /** French. */
  | 'FR'
  /** Dutch. */
  | 'NL';

/** A right of a user for one employer (grantAccess, revokeAccess). What the back office may do comes from User.backOffice, not from these. */
export type Permission =
  /** Access administrator: grants and revokes DIMONA_CONSULTATION and FLEXI_AT_WORK for the employer's users and sees them (Employer.users). Only the back office grants it. */
  | 'ACCESS_ADMIN'
  /** Reads the employer's Dimona periods and the workers who have them. */
  | 'DIMONA_CONSULTATION'
  /** Declarant: reads and writes the employer's wage declarations and submissions (drafts included) and reads its e-Box. The wizard also needs DIMONA_CONSULTATION. */
  | 'FLEXI_AT_WORK';

/** A premium of a property. */
export type PremiumInput = {
  /** In euro: more than 0, at most 2 decimals, at most 99999.99 (OUT_OF_RANGE, TOO_PRECISE). */
  amount: string;
  /** How often it is paid, in whole months from 0 to 12: 0 one-off or irregular, 1 monthly or more often, 6 half-yearly, 12 yearly (OUT_OF_RANGE otherwise). Two premiums of one property with the same frequency are refused (DUPLICATE): add them up. */
  frequencyMonths: number;
};

/** A property of a declaration: employer class and worker type over a validity period, with a gross wage, premiums or both (REQUIRED at the property when neither). */
export type PropertyInput = {
  /** Exactly 3 digits, e.g. "017" (INVALID_FORMAT otherwise). Not one of the employer's classes (Employer.employerClasses): the controls refuse the version (00036-022). */
  employerClass: string;
  /** The flexi wage in euro: more than 0, at most 2 decimals, at most 99999.99. */
  grossWage?: string | null | undefined;
  /** The premiums, at most one per frequency, so at most 13 (more: OUT_OF_RANGE at `premiums`). */
  premiums?: Array<PremiumInput> | null | undefined;
  /** Only when it differs from the calculation period; it must lie inside the calculation period (OUT_OF_RANGE). */
  validity?: DateRangeInput | null | undefined;
  /** 050 flexi manual worker or 450 flexi white-collar. */
  workerType: FlexiWorkerType;
};

/** A Dimona period the back office registers as reference data. Its 12-digit period id is generated. */
export type RegisterDimonaPeriodInput = {
  /** The employer; an unknown one is BAD_USER_INPUT (NOT_FOUND at `employerId`). */
  employerId: string | number;
  /** On or after the start date (RANGE_ORDER); leave out for an open-ended period. */
  endDate?: string | null | undefined;
  /** "HH:MM"; on the start day not before the start hour. */
  endHour?: string | null | undefined;
  /** Joint committee, 1-10 characters, e.g. "302" or "XXX". */
  jointCommittee: string;
  /** 0 to 999, at most 2 decimals. */
  plannedHours?: number | null | undefined;
  /** First day of the period. */
  startDate: string;
  /** "HH:MM", 00:00 to 23:59. */
  startHour?: string | null | undefined;
  /** The worker; an unknown one is BAD_USER_INPUT (NOT_FOUND at `workerId`). */
  workerId: string | number;
  /** The Dimona worker type; FLX for a flexi-job. */
  workerType: DimonaWorkerType;
};

/** A worker the back office registers. The birth date is derived from the SSIN where it can be. */
export type RegisterWorkerInput = {
  /** Not blank, at most 100 characters; surrounding spaces are removed. */
  firstName: string;
  /** Not blank, at most 100 characters; surrounding spaces are removed. */
  lastName: string;
  /** Pensioned from this date; leave out when not pensioned. */
  pensionerFrom?: string | null | undefined;
  /** INSZ/NISS or BIS number; an SSIN already registered is refused (DUPLICATE). */
  ssin: string;
};

/** Condition on an SSIN; the conditions given all apply. */
export type SsinFilter = {
  /** Equal to this SSIN. */
  eq?: string | null | undefined;
  /** One of these SSINs. */
  in?: Array<string> | null | undefined;
};

/** What a status change's reason says when the API wrote it itself rather than a person: show a text of your own for it, in the reader's language. */
export type StatusEventReasonCode =
  /** The back office ran the controls again (revalidateDeclaration, revalidateDeclarations): the version went back to PENDING. */
  | 'CONTROLS_RUN_AGAIN';

/** Condition on a text; the conditions given all apply. */
export type StringFilter = {
  /** Contains this text, ignoring case; `%` and `_` are plain characters here. */
  contains?: string | null | undefined;
  /** Exactly this text (case-sensitive). */
  eq?: string | null | undefined;
  /** One of these texts (case-sensitive). */
  in?: Array<string> | null | undefined;
};

/** Whether a submission has been transmitted. */
export type SubmissionStatus =
  /** Being filled in the wizard: declarations can be added, edited and removed, and the submission discarded. Only its employer sees it. */
  | 'DRAFT'
  /** Transmitted: its declarations went to PENDING and are controlled; it has a reference. Final. */
  | 'SUBMITTED';

/** Which declarations to list, count or revalidate; the conditions given all apply. Dates that are not real days are BAD_USER_INPUT with the path under `filter`. */
export type WageDeclarationFilter = {
  /** Every one of these filters matches (as well as this filter's other fields). */
  and?: Array<WageDeclarationFilter> | null | undefined;
  /** Declarations whose newest version has an anomaly with this code. */
  anomalyCode?: StringFilter | null | undefined;
  /** Declarations whose calculation period shares a day with this range. */
  calculationPeriodOverlaps?: DateRangeInput | null | undefined;
  /** Declarations whose employer matches (through the relation). */
  employer?: EmployerFilter | null | undefined;
  /** Only records of these employers (by id). */
  employerId?: IdFilter | null | undefined;
  /** This filter does not match. */
  not?: WageDeclarationFilter | null | undefined;
  /** At least one of these filters matches (as well as this filter's other fields). */
  or?: Array<WageDeclarationFilter> | null | undefined;
  /** Part of the worker's name or of the payslip reference, or the start of the SSIN; blank: no condition. */
  search?: string | null | undefined;
  /** Only declarations about workers with these SSINs. */
  ssin?: SsinFilter | null | undefined;
  /** Only declarations in these statuses. */
  status?: DeclarationStatusFilter | null | undefined;
  /** Only declarations of these submissions. */
  submissionId?: IdFilter | null | undefined;
  /** Only declarations whose newest version was transmitted in this span (drafts never match). */
  submittedAt?: DateTimeFilter | null | undefined;
  /** Declarations whose worker matches (through the relation). */
  worker?: WorkerFilter | null | undefined;
  /** Only declarations about these workers (by id). */
  workerId?: IdFilter | null | undefined;
};

/** Orders of wageDeclarations; without one, UPDATED_AT_DESC (most recently changed first). */
export type WageDeclarationOrder =
  /** Oldest calculation date first. */
  | 'CALCULATION_DATE_ASC'
  /** Newest calculation date first. */
  | 'CALCULATION_DATE_DESC'
  /** Transmitted earliest first; drafts last. */
  | 'SUBMITTED_AT_ASC'
  /** Transmitted latest first; drafts first. */
  | 'SUBMITTED_AT_DESC'
  /** Most recently changed first (the default). */
  | 'UPDATED_AT_DESC';

/** Which workers to list; the conditions given all apply. */
export type WorkerFilter = {
  /** Every one of these filters matches (as well as this filter's other fields). */
  and?: Array<WorkerFilter> | null | undefined;
  /** Workers with a Dimona period or a declaration of these employers. */
  employerId?: IdFilter | null | undefined;
  /** Condition on the last name. */
  lastName?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: WorkerFilter | null | undefined;
  /** At least one of these filters matches (as well as this filter's other fields). */
  or?: Array<WorkerFilter> | null | undefined;
  /** Part of the first or last name, or the start of the SSIN. */
  search?: string | null | undefined;
  /** Condition on the SSIN. */
  ssin?: SsinFilter | null | undefined;
};

/** Orders of workers; without one, the most recently registered first. */
export type WorkerOrder =
  /** By last name, A to Z. */
  | 'LAST_NAME_ASC'
  /** By last name, Z to A. */
  | 'LAST_NAME_DESC'
  /** By SSIN, ascending. */
  | 'SSIN_ASC';

export type EmployerUsersQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployerUsersQuery = { employer: { id: string, name: string, users: Array<{ id: string, login: string, displayName: string, grants: Array<{ permission: Permission, grantedAt: string }> }> } | null };

export type GrantAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;


export type GrantAccessMutation = { grantAccess: { permission: Permission, grantedAt: string } };

export type RevokeAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;


export type RevokeAccessMutation = { revokeAccess: boolean };

export type OfficeAuditEntriesQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OfficeAuditEntriesQuery = { auditEntries: { totalCount: number, nodes: Array<{ id: string, action: string, at: string, reason: string | null, entityType: string, actor: { login: string, displayName: string }, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type SignInMutationVariables = Exact<{
  login: string;
  password: string;
  deviceToken?: string | null | undefined;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, deviceToken: string | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, login: string, displayName: string, language: Language, backOffice: boolean, ssin: string | null, grants: Array<{ permission: Permission, employer: { id: string, name: string, language: Language } }> } };

export type OfficeFlexiCeilingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeFlexiCeilingsQuery = { flexiCeilings: Array<{ id: string, year: number, amount: string, provisional: boolean, source: string | null }> };

export type OfficeSetFlexiCeilingMutationVariables = Exact<{
  year: number;
  amount: string;
  provisional: boolean;
  source?: string | null | undefined;
}>;


export type OfficeSetFlexiCeilingMutation = { setFlexiCeiling: { id: string, year: number, amount: string, provisional: boolean, source: string | null } };

export type DeclarationFormContentFragment = { payslipReference: string | null, calculationDate: string, calculationPeriod: { start: string, end: string }, properties: Array<{ employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> }> };

export type EmployerStatusChangedSubscriptionVariables = Exact<{
  employerId: string | number;
}>;


export type EmployerStatusChangedSubscription = { declarationStatusChanged: { cursor: string, to: DeclarationStatus } };

export type EmployerMessageArrivedSubscriptionVariables = Exact<{
  employerId: string | number;
}>;


export type EmployerMessageArrivedSubscription = { eboxMessageReceived: { id: string } };

export type OfficeDeclarationRowFragment = { id: string, version: number, status: DeclarationStatus, kind: DeclarationKind, calculationDate: string, total: string, submittedAt: string | null, updatedAt: string, payslipReference: string | null, calculationPeriod: { start: string, end: string }, worker: { id: string, firstName: string, lastName: string, ssin: string }, employer: { id: string, name: string }, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string, path: string | null }> };

export type OfficePropertyFragment = { employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> };

export type OfficeDeclarationsQueryVariables = Exact<{
  filter?: WageDeclarationFilter | null | undefined;
  orderBy?: Array<WageDeclarationOrder> | WageDeclarationOrder | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OfficeDeclarationsQuery = { wageDeclarations: { totalCount: number, nodes: Array<{ id: string, version: number, status: DeclarationStatus, kind: DeclarationKind, calculationDate: string, total: string, submittedAt: string | null, updatedAt: string, payslipReference: string | null, calculationPeriod: { start: string, end: string }, worker: { id: string, firstName: string, lastName: string, ssin: string }, employer: { id: string, name: string }, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string, path: string | null }> }> } };

export type OfficeDeclarationQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeDeclarationQuery = { wageDeclaration: { allowedActions: Array<DeclarationAction>, createdAt: string, processedAt: string | null, id: string, version: number, status: DeclarationStatus, kind: DeclarationKind, calculationDate: string, total: string, submittedAt: string | null, updatedAt: string, payslipReference: string | null, worker: { id: string, firstName: string, lastName: string, ssin: string, pensionerFrom: string | null }, employer: { id: string, name: string, employerClasses: Array<string>, nssoNumber: string | null, nssoProvisional: boolean }, properties: Array<{ employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> }>, inForce: { number: number } | null, history: Array<{ number: number, kind: DeclarationKind, status: DeclarationStatus, calculationDate: string, payslipReference: string | null, total: string, createdAt: string, reason: string | null, submittedAt: string | null, processedAt: string | null, calculationPeriod: { start: string, end: string }, createdBy: { login: string, displayName: string } | null, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string }>, properties: Array<{ employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> }> }>, statusEvents: Array<{ versionNumber: number, from: DeclarationStatus | null, to: DeclarationStatus, at: string, reason: string | null, reasonCode: StatusEventReasonCode | null, actor: { login: string, displayName: string } | null }>, calculationPeriod: { start: string, end: string }, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string, path: string | null }> } | null };

export type OfficeDeclarationVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeDeclarationVersionQuery = { wageDeclaration: { id: string, version: number } | null };

export type OfficeCorrectDeclarationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: DeclarationInput;
  reason: string;
}>;


export type OfficeCorrectDeclarationMutation = { correctDeclaration: { id: string, version: number, status: DeclarationStatus } };

export type OfficeAcceptDeclarationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type OfficeAcceptDeclarationMutation = { acceptDeclaration: { id: string, version: number, status: DeclarationStatus } };

export type OfficeAcceptDeclarationsMutationVariables = Exact<{
  items: Array<DeclarationDecisionInput> | DeclarationDecisionInput;
  reason: string;
}>;


export type OfficeAcceptDeclarationsMutation = { acceptDeclarations: Array<{ id: string, version: number, status: DeclarationStatus }> };

export type OfficeRefuseDeclarationsMutationVariables = Exact<{
  items: Array<DeclarationDecisionInput> | DeclarationDecisionInput;
  reason: string;
}>;


export type OfficeRefuseDeclarationsMutation = { refuseDeclarations: Array<{ id: string, version: number, status: DeclarationStatus }> };

export type OfficeRefuseDeclarationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type OfficeRefuseDeclarationMutation = { refuseDeclaration: { id: string, version: number, status: DeclarationStatus } };

export type OfficeRevalidateDeclarationMutationVariables = Exact<{
  id: string | number;
}>;


export type OfficeRevalidateDeclarationMutation = { revalidateDeclaration: { id: string, version: number, status: DeclarationStatus } };

export type OfficeRevalidateDeclarationsMutationVariables = Exact<{
  filter: WageDeclarationFilter;
}>;


export type OfficeRevalidateDeclarationsMutation = { revalidateDeclarations: number };

export type OfficeDeclarationStatusChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OfficeDeclarationStatusChangedSubscription = { declarationStatusChanged: { cursor: string, versionNumber: number, to: DeclarationStatus } };

export type EmployerModifyDeclarationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: DeclarationInput;
}>;


export type EmployerModifyDeclarationMutation = { modifyDeclaration: { id: string, status: DeclarationStatus, version: number } };

export type EmployerDeleteDeclarationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type EmployerDeleteDeclarationMutation = { deleteDeclaration: { id: string, status: DeclarationStatus, version: number } };

export type OfficeDimonaPeriodFragment = { id: string, periodId: string, workerType: DimonaWorkerType, jointCommittee: string, startDate: string, startHour: string | null, endDate: string | null, endHour: string | null, plannedHours: number | null, cancelled: boolean, worker: { id: string, firstName: string, lastName: string, ssin: string }, employer: { id: string, name: string } };

export type OfficeDimonaPeriodsQueryVariables = Exact<{
  filter?: DimonaPeriodFilter | null | undefined;
  orderBy?: Array<DimonaPeriodOrder> | DimonaPeriodOrder | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OfficeDimonaPeriodsQuery = { dimonaPeriods: { totalCount: number, nodes: Array<{ id: string, periodId: string, workerType: DimonaWorkerType, jointCommittee: string, startDate: string, startHour: string | null, endDate: string | null, endHour: string | null, plannedHours: number | null, cancelled: boolean, worker: { id: string, firstName: string, lastName: string, ssin: string }, employer: { id: string, name: string } }> } };

export type OfficeCorrectDimonaPeriodMutationVariables = Exact<{
  id: string | number;
  input: CorrectDimonaPeriodInput;
  reason: string;
}>;


export type OfficeCorrectDimonaPeriodMutation = { correctDimonaPeriod: { id: string, periodId: string, workerType: DimonaWorkerType, jointCommittee: string, startDate: string, startHour: string | null, endDate: string | null, endHour: string | null, plannedHours: number | null, cancelled: boolean, worker: { id: string, firstName: string, lastName: string, ssin: string }, employer: { id: string, name: string } } };

export type OfficeRegisterDimonaPeriodMutationVariables = Exact<{
  input: RegisterDimonaPeriodInput;
}>;


export type OfficeRegisterDimonaPeriodMutation = { registerDimonaPeriod: { id: string, periodId: string, workerType: DimonaWorkerType, jointCommittee: string, startDate: string, startHour: string | null, endDate: string | null, endHour: string | null, plannedHours: number | null, cancelled: boolean, worker: { id: string, firstName: string, lastName: string, ssin: string }, employer: { id: string, name: string } } };

export type EboxArrivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EboxArrivedSubscription = { eboxMessageReceived: { id: string } };

export type EboxInboxQueryVariables = Exact<{
  readFirst: number;
}>;


export type EboxInboxQuery = { unread: { totalCount: number, nodes: Array<{ id: string, type: EboxMessageType, subject: string, body: string, receivedAt: string, readAt: string | null, employer: { id: string, name: string }, declaration: { id: string, worker: { id: string, firstName: string, lastName: string } } | null, submission: { id: string, reference: string | null } | null }> }, read: { totalCount: number, nodes: Array<{ id: string, type: EboxMessageType, subject: string, body: string, receivedAt: string, readAt: string | null, employer: { id: string, name: string }, declaration: { id: string, worker: { id: string, firstName: string, lastName: string } } | null, submission: { id: string, reference: string | null } | null }> } };

export type EboxMessageItemFragment = { id: string, type: EboxMessageType, subject: string, body: string, receivedAt: string, readAt: string | null, employer: { id: string, name: string }, declaration: { id: string, worker: { id: string, firstName: string, lastName: string } } | null, submission: { id: string, reference: string | null } | null };

export type EboxMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type EboxMarkReadMutation = { markEboxMessageRead: { id: string, readAt: string | null } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { eboxMessages: { unreadCount: number } };

export type OfficeEmployerFragment = { id: string, name: string, enterpriseNumber: string | null, nssoNumber: string | null, nssoProvisional: boolean, language: Language, employerClasses: Array<string> };

export type OfficeEmployersQueryVariables = Exact<{
  filter?: EmployerFilter | null | undefined;
  orderBy?: Array<EmployerOrder> | EmployerOrder | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OfficeEmployersQuery = { employers: { totalCount: number, nodes: Array<{ id: string, name: string, enterpriseNumber: string | null, nssoNumber: string | null, nssoProvisional: boolean, language: Language, employerClasses: Array<string> }> } };

export type OfficeEmployerByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeEmployerByIdQuery = { employer: { id: string, name: string, enterpriseNumber: string | null, nssoNumber: string | null, nssoProvisional: boolean, language: Language, employerClasses: Array<string>, users: Array<{ id: string, login: string, displayName: string, grants: Array<{ permission: Permission, employer: { id: string } }> }> } | null };

export type OfficeEmployerClassesQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeEmployerClassesQuery = { employerClasses: Array<{ code: string, label: string }> };

export type OfficeCorrectEmployerMutationVariables = Exact<{
  id: string | number;
  input: CorrectEmployerInput;
  reason: string;
}>;


export type OfficeCorrectEmployerMutation = { correctEmployer: { id: string, name: string, enterpriseNumber: string | null, nssoNumber: string | null, nssoProvisional: boolean, language: Language, employerClasses: Array<string> } };

export type EmployerClassOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployerClassOptionsQuery = { employerClasses: Array<{ code: string, label: string }> };

export type MyFlexiIncomeQueryVariables = Exact<{
  ssin: string;
  year: number;
}>;


export type MyFlexiIncomeQuery = { flexiIncome: { year: number, total: string, pending: string, pensionerTotal: string, ceiling: string | null, remaining: string | null, exceeded: boolean | null, byEmployer: Array<{ total: string, pending: string, employer: { id: string, name: string } }> }, flexiCeilings: Array<{ year: number, amount: string, provisional: boolean }>, ceilingAlerts: { nodes: Array<{ id: string, year: number, total: string, ceiling: string, raisedAt: string }> } };

export type MessageArrivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MessageArrivedSubscription = { eboxMessageReceived: { id: string } };

export type WizardOpenDraftsQueryVariables = Exact<{
  employerId: string | number;
}>;


export type WizardOpenDraftsQuery = { submissions: { nodes: Array<{ id: string, createdAt: string, period: { start: string, end: string }, selectedWorkers: Array<{ id: string, firstName: string, lastName: string }>, declarations: { totalCount: number, nodes: Array<{ id: string, worker: { id: string, firstName: string, lastName: string } }> } }> } };

export type WizardEmployerQueryVariables = Exact<{
  id: string | number;
}>;


export type WizardEmployerQuery = { employer: { id: string, nssoProvisional: boolean } | null };

export type WizardCheckPeriodQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WizardCheckPeriodQuery = { checkSubmissionPeriod: boolean };

export type WizardSelectWorkersMutationVariables = Exact<{
  id: string | number;
  workerIds: Array<string | number> | string | number;
}>;


export type WizardSelectWorkersMutation = { selectSubmissionWorkers: { id: string } };

export type WizardCheckDeclarationQueryVariables = Exact<{
  input: DeclarationInput;
}>;


export type WizardCheckDeclarationQuery = { checkDeclarationInput: boolean };

export type WizardFlexiJobbersQueryVariables = Exact<{
  employerId: string | number;
  from: string;
  to: string;
}>;


export type WizardFlexiJobbersQuery = { flexiJobbers: Array<{ id: string, firstName: string, lastName: string, ssin: string, birthDate: string | null }> };

export type WizardCreateSubmissionMutationVariables = Exact<{
  input: CreateSubmissionInput;
}>;


export type WizardCreateSubmissionMutation = { createSubmission: { id: string } };

export type WizardSubmissionQueryVariables = Exact<{
  id: string | number;
}>;


export type WizardSubmissionQuery = { submission: { id: string, status: SubmissionStatus, reference: string | null, createdAt: string, period: { start: string, end: string }, employer: { id: string, name: string, employerClasses: Array<string>, nssoProvisional: boolean }, selectedWorkers: Array<{ id: string }>, declarations: { totalCount: number, nodes: Array<{ id: string, total: string, payslipReference: string | null, calculationDate: string, worker: { id: string, firstName: string, lastName: string, ssin: string }, calculationPeriod: { start: string, end: string }, properties: Array<{ employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> }> }> } } | null };

export type WizardWorkerQueryVariables = Exact<{
  id: string | number;
}>;


export type WizardWorkerQuery = { worker: { id: string, firstName: string, lastName: string, ssin: string } | null };

export type WizardAddDeclarationMutationVariables = Exact<{
  input: AddDeclarationInput;
}>;


export type WizardAddDeclarationMutation = { addDeclaration: { id: string } };

export type WizardUpdateDraftMutationVariables = Exact<{
  id: string | number;
  input: DeclarationInput;
}>;


export type WizardUpdateDraftMutation = { updateDraftDeclaration: { id: string } };

export type WizardRemoveDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type WizardRemoveDraftMutation = { removeDraftDeclaration: string };

export type WizardDiscardMutationVariables = Exact<{
  id: string | number;
}>;


export type WizardDiscardMutation = { discardSubmission: string };

export type WizardSubmitMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type WizardSubmitMutation = { submitSubmission: { id: string, status: SubmissionStatus, reference: string | null } };

export type WizardTransmittedQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type WizardTransmittedQuery = { submission: { id: string, status: SubmissionStatus, reference: string | null, submittedAt: string | null, period: { start: string, end: string }, progress: { total: number, processed: number }, declarations: { totalCount: number, nodes: Array<{ id: string, status: DeclarationStatus, total: string, allowedActions: Array<DeclarationAction>, worker: { id: string, firstName: string, lastName: string }, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string }>, history: Array<{ number: number, decisionReason: string | null }> }> } } | null };

export type WizardProgressSubscriptionVariables = Exact<{
  submissionId: string | number;
}>;


export type WizardProgressSubscription = { submissionProgress: { total: number, processed: number, accepted: number, acceptedWithWarnings: number, refused: number, cancelled: number } };

export type OfficeWorkerFragment = { id: string, ssin: string, firstName: string, lastName: string, birthDate: string | null, pensionerFrom: string | null };

export type OfficeWorkersQueryVariables = Exact<{
  filter?: WorkerFilter | null | undefined;
  orderBy?: Array<WorkerOrder> | WorkerOrder | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OfficeWorkersQuery = { workers: { totalCount: number, nodes: Array<{ id: string, ssin: string, firstName: string, lastName: string, birthDate: string | null, pensionerFrom: string | null }> } };

export type OfficeWorkerByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeWorkerByIdQuery = { worker: { id: string, ssin: string, firstName: string, lastName: string, birthDate: string | null, pensionerFrom: string | null, latestDeclaration: { id: string, calculationPeriod: { start: string } } | null } | null };

export type OfficeCorrectWorkerMutationVariables = Exact<{
  id: string | number;
  input: CorrectWorkerInput;
  reason: string;
}>;


export type OfficeCorrectWorkerMutation = { correctWorker: { id: string, ssin: string, firstName: string, lastName: string, birthDate: string | null, pensionerFrom: string | null } };

export type OfficeRegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type OfficeRegisterWorkerMutation = { registerWorker: { id: string, ssin: string, firstName: string, lastName: string, birthDate: string | null, pensionerFrom: string | null } };

export type OfficeFlexiIncomeQueryVariables = Exact<{
  ssin: string;
  year: number;
}>;


export type OfficeFlexiIncomeQuery = { flexiIncome: { ssin: string, year: number, total: string, pending: string, pensionerTotal: string, ceiling: string | null, remaining: string | null, exceeded: boolean | null, byEmployer: Array<{ total: string, pending: string, employer: { id: string, name: string } }> } };

export type OfficeCeilingAlertsQueryVariables = Exact<{
  filter?: CeilingAlertFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OfficeCeilingAlertsQuery = { ceilingAlerts: { totalCount: number, nodes: Array<{ id: string, year: number, total: string, ceiling: string, raisedAt: string, worker: { id: string, firstName: string, lastName: string, ssin: string } }> } };

export type EmployerWorkerDetailsQueryVariables = Exact<{
  workerId: string | number;
  employerId: string | number;
}>;


export type EmployerWorkerDetailsQuery = { worker: { id: string, firstName: string, lastName: string, ssin: string, birthDate: string | null, dimonaPeriods: Array<{ id: string, periodId: string, workerType: DimonaWorkerType, jointCommittee: string, startDate: string, startHour: string | null, endDate: string | null, endHour: string | null, plannedHours: number | null, cancelled: boolean }> } | null, employer: { id: string, employerClasses: Array<string> } | null, wageDeclarations: { totalCount: number, nodes: Array<{ id: string, status: DeclarationStatus, kind: DeclarationKind, version: number, total: string, submittedAt: string | null, allowedActions: Array<DeclarationAction>, payslipReference: string | null, calculationDate: string, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string }>, history: Array<{ number: number, kind: DeclarationKind, status: DeclarationStatus, total: string, createdAt: string, reason: string | null, decisionReason: string | null }>, calculationPeriod: { start: string, end: string }, properties: Array<{ employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> }> }> } };

export type EmployerWorkerStatusChangedSubscriptionVariables = Exact<{
  employerId: string | number;
}>;


export type EmployerWorkerStatusChangedSubscription = { declarationStatusChanged: { cursor: string, declaration: { id: string, worker: { id: string } } } };

export type EmployerDeclaredWorkersQueryVariables = Exact<{
  employerId: string | number;
  first: number;
  offset: number;
}>;


export type EmployerDeclaredWorkersQuery = { declaredWorkers: { totalCount: number, nodes: Array<{ id: string, firstName: string, lastName: string, ssin: string, latestDeclaration: { id: string, status: DeclarationStatus, total: string, allowedActions: Array<DeclarationAction>, calculationPeriod: { start: string, end: string }, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string }>, history: Array<{ number: number, decisionReason: string | null }> } | null }> }, eboxMessages: { unreadCount: number } };

export const DeclarationFormContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClass"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grossWage"}},{"kind":"Field","name":{"kind":"Name","value":"premiums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationFormContentFragment, unknown>;
export const OfficeDeclarationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDeclarationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<OfficeDeclarationRowFragment, unknown>;
export const OfficePropertyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeProperty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageProperty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClass"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWage"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}}]}}]}}]} as unknown as DocumentNode<OfficePropertyFragment, unknown>;
export const OfficeDimonaPeriodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDimonaPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimonaPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"jointCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfficeDimonaPeriodFragment, unknown>;
export const EboxMessageItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EboxMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<EboxMessageItemFragment, unknown>;
export const OfficeEmployerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}}]}}]} as unknown as DocumentNode<OfficeEmployerFragment, unknown>;
export const OfficeWorkerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeWorker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerFrom"}}]}}]} as unknown as DocumentNode<OfficeWorkerFragment, unknown>;
export const EmployerUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerUsersQuery, EmployerUsersQueryVariables>;
export const GrantAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<GrantAccessMutation, GrantAccessMutationVariables>;
export const RevokeAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeAccessMutation, RevokeAccessMutationVariables>;
export const OfficeAuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeAuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeAuditEntriesQuery, OfficeAuditEntriesQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"backOffice"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OfficeFlexiCeilingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeFlexiCeilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flexiCeilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<OfficeFlexiCeilingsQuery, OfficeFlexiCeilingsQueryVariables>;
export const OfficeSetFlexiCeilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeSetFlexiCeiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provisional"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFlexiCeiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"provisional"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provisional"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<OfficeSetFlexiCeilingMutation, OfficeSetFlexiCeilingMutationVariables>;
export const EmployerStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EmployerStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EmployerStatusChangedSubscription, EmployerStatusChangedSubscriptionVariables>;
export const EmployerMessageArrivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EmployerMessageArrived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eboxMessageReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EmployerMessageArrivedSubscription, EmployerMessageArrivedSubscriptionVariables>;
export const OfficeDeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclarationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclarationOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wageDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeDeclarationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDeclarationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<OfficeDeclarationsQuery, OfficeDeclarationsQueryVariables>;
export const OfficeDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wageDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeDeclarationRow"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}},{"kind":"Field","name":{"kind":"Name","value":"nssoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeProperty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeProperty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDeclarationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeProperty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageProperty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClass"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWage"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}}]}}]}}]} as unknown as DocumentNode<OfficeDeclarationQuery, OfficeDeclarationQueryVariables>;
export const OfficeDeclarationVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeDeclarationVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wageDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OfficeDeclarationVersionQuery, OfficeDeclarationVersionQueryVariables>;
export const OfficeCorrectDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCorrectDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficeCorrectDeclarationMutation, OfficeCorrectDeclarationMutationVariables>;
export const OfficeAcceptDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeAcceptDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficeAcceptDeclarationMutation, OfficeAcceptDeclarationMutationVariables>;
export const OfficeAcceptDeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeAcceptDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationDecisionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficeAcceptDeclarationsMutation, OfficeAcceptDeclarationsMutationVariables>;
export const OfficeRefuseDeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeRefuseDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationDecisionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficeRefuseDeclarationsMutation, OfficeRefuseDeclarationsMutationVariables>;
export const OfficeRefuseDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeRefuseDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficeRefuseDeclarationMutation, OfficeRefuseDeclarationMutationVariables>;
export const OfficeRevalidateDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeRevalidateDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revalidateDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficeRevalidateDeclarationMutation, OfficeRevalidateDeclarationMutationVariables>;
export const OfficeRevalidateDeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeRevalidateDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclarationFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revalidateDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<OfficeRevalidateDeclarationsMutation, OfficeRevalidateDeclarationsMutationVariables>;
export const OfficeDeclarationStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfficeDeclarationStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"declarationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<OfficeDeclarationStatusChangedSubscription, OfficeDeclarationStatusChangedSubscriptionVariables>;
export const EmployerModifyDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployerModifyDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifyDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EmployerModifyDeclarationMutation, EmployerModifyDeclarationMutationVariables>;
export const EmployerDeleteDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployerDeleteDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EmployerDeleteDeclarationMutation, EmployerDeleteDeclarationMutationVariables>;
export const OfficeDimonaPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeDimonaPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DimonaPeriodFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DimonaPeriodOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimonaPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeDimonaPeriod"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDimonaPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimonaPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"jointCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfficeDimonaPeriodsQuery, OfficeDimonaPeriodsQueryVariables>;
export const OfficeCorrectDimonaPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCorrectDimonaPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectDimonaPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDimonaPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeDimonaPeriod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDimonaPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimonaPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"jointCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfficeCorrectDimonaPeriodMutation, OfficeCorrectDimonaPeriodMutationVariables>;
export const OfficeRegisterDimonaPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeRegisterDimonaPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDimonaPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDimonaPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeDimonaPeriod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeDimonaPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimonaPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"jointCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfficeRegisterDimonaPeriodMutation, OfficeRegisterDimonaPeriodMutationVariables>;
export const EboxArrivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EboxArrived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eboxMessageReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EboxArrivedSubscription, EboxArrivedSubscriptionVariables>;
export const EboxInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EboxInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"eboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unread"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECEIVED_AT_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EboxMessageItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"read"},"name":{"kind":"Name","value":"eboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unread"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECEIVED_AT_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EboxMessageItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EboxMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<EboxInboxQuery, EboxInboxQueryVariables>;
export const EboxMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EboxMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEboxMessageRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<EboxMarkReadMutation, EboxMarkReadMutationVariables>;
export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const OfficeEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeEmployer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}}]}}]} as unknown as DocumentNode<OfficeEmployersQuery, OfficeEmployersQueryVariables>;
export const OfficeEmployerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeEmployerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}}]}}]} as unknown as DocumentNode<OfficeEmployerByIdQuery, OfficeEmployerByIdQueryVariables>;
export const OfficeEmployerClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeEmployerClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<OfficeEmployerClassesQuery, OfficeEmployerClassesQueryVariables>;
export const OfficeCorrectEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCorrectEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectEmployerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeEmployer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}}]}}]} as unknown as DocumentNode<OfficeCorrectEmployerMutation, OfficeCorrectEmployerMutationVariables>;
export const EmployerClassOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerClassOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EmployerClassOptionsQuery, EmployerClassOptionsQueryVariables>;
export const MyFlexiIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFlexiIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ssin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Ssin"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flexiIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ssin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ssin"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"byEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flexiCeilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ceilingAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyFlexiIncomeQuery, MyFlexiIncomeQueryVariables>;
export const MessageArrivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageArrived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eboxMessageReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MessageArrivedSubscription, MessageArrivedSubscriptionVariables>;
export const WizardOpenDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardOpenDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WizardOpenDraftsQuery, WizardOpenDraftsQueryVariables>;
export const WizardEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}}]}}]}}]} as unknown as DocumentNode<WizardEmployerQuery, WizardEmployerQueryVariables>;
export const WizardCheckPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardCheckPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkSubmissionPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<WizardCheckPeriodQuery, WizardCheckPeriodQueryVariables>;
export const WizardSelectWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardSelectWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectSubmissionWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"workerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WizardSelectWorkersMutation, WizardSelectWorkersMutationVariables>;
export const WizardCheckDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardCheckDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDeclarationInput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<WizardCheckDeclarationQuery, WizardCheckDeclarationQueryVariables>;
export const WizardFlexiJobbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardFlexiJobbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flexiJobbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]} as unknown as DocumentNode<WizardFlexiJobbersQuery, WizardFlexiJobbersQueryVariables>;
export const WizardCreateSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardCreateSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WizardCreateSubmissionMutation, WizardCreateSubmissionMutationVariables>;
export const WizardSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}},{"kind":"Field","name":{"kind":"Name","value":"nssoProvisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFormContent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClass"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grossWage"}},{"kind":"Field","name":{"kind":"Name","value":"premiums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}}]}}]}}]}}]} as unknown as DocumentNode<WizardSubmissionQuery, WizardSubmissionQueryVariables>;
export const WizardWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}}]}}]} as unknown as DocumentNode<WizardWorkerQuery, WizardWorkerQueryVariables>;
export const WizardAddDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardAddDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WizardAddDeclarationMutation, WizardAddDeclarationMutationVariables>;
export const WizardUpdateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardUpdateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WizardUpdateDraftMutation, WizardUpdateDraftMutationVariables>;
export const WizardRemoveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardRemoveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDraftDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WizardRemoveDraftMutation, WizardRemoveDraftMutationVariables>;
export const WizardDiscardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardDiscard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WizardDiscardMutation, WizardDiscardMutationVariables>;
export const WizardSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<WizardSubmitMutation, WizardSubmitMutationVariables>;
export const WizardTransmittedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardTransmitted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WizardTransmittedQuery, WizardTransmittedQueryVariables>;
export const WizardProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WizardProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submissionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"submissionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submissionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedWithWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<WizardProgressSubscription, WizardProgressSubscriptionVariables>;
export const OfficeWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeWorker"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeWorker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerFrom"}}]}}]} as unknown as DocumentNode<OfficeWorkersQuery, OfficeWorkersQueryVariables>;
export const OfficeWorkerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeWorkerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeWorker"}},{"kind":"Field","name":{"kind":"Name","value":"latestDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeWorker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerFrom"}}]}}]} as unknown as DocumentNode<OfficeWorkerByIdQuery, OfficeWorkerByIdQueryVariables>;
export const OfficeCorrectWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCorrectWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectWorkerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeWorker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeWorker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerFrom"}}]}}]} as unknown as DocumentNode<OfficeCorrectWorkerMutation, OfficeCorrectWorkerMutationVariables>;
export const OfficeRegisterWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeRegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeWorker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeWorker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerFrom"}}]}}]} as unknown as DocumentNode<OfficeRegisterWorkerMutation, OfficeRegisterWorkerMutationVariables>;
export const OfficeFlexiIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeFlexiIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ssin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Ssin"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flexiIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ssin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ssin"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"byEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeFlexiIncomeQuery, OfficeFlexiIncomeQueryVariables>;
export const OfficeCeilingAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCeilingAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CeilingAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceilingAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCeilingAlertsQuery, OfficeCeilingAlertsQueryVariables>;
export const EmployerWorkerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerWorkerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"dimonaPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"jointCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerClasses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wageDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CALCULATION_DATE_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"not"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFormContent"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClass"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grossWage"}},{"kind":"Field","name":{"kind":"Name","value":"premiums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}}]}}]}}]}}]} as unknown as DocumentNode<EmployerWorkerDetailsQuery, EmployerWorkerDetailsQueryVariables>;
export const EmployerWorkerStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EmployerWorkerStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerWorkerStatusChangedSubscription, EmployerWorkerStatusChangedSubscriptionVariables>;
export const EmployerDeclaredWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerDeclaredWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaredWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"latestDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<EmployerDeclaredWorkersQuery, EmployerDeclaredWorkersQueryVariables>;