/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How an anomaly weighs on the outcome of the controls. */
export type AnomalySeverity =
  /** Refuses the version (REFUSED). */
  | 'BLOCKING'
  /** For information only: does not change the outcome. */
  | 'INFO'
  /** Does not refuse: without BLOCKING ones the version is ACCEPTED_WITH_WARNINGS. */
  | 'WARNING';

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

/** Which e-Box messages to list; the conditions given all apply. */
export type EboxMessageFilter = {
  /** Only messages of these employers' e-Boxes (by id). */
  employerId?: IdFilter | null | undefined;
  /** Only messages received in this span of time. */
  receivedAt?: DateTimeFilter | null | undefined;
  /** Only messages of one of these types. */
  type?: Array<EboxMessageType> | null | undefined;
  /** true: only unread messages; false: only read ones. */
  unread?: boolean | null | undefined;
};

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

/** The worker code of a property: DmfA worker code 050 (flexi manual worker) or 450 (flexi white-collar). */
export type FlexiWorkerType =
  /** Worker code 050: flexi-job as manual (blue-collar) worker. */
  | 'BLUE_COLLAR_050'
  /** Worker code 450: flexi-job as white-collar worker. */
  | 'WHITE_COLLAR_450';

/** Condition on a record id (UUID); the conditions given all apply. An id that is not a UUID matches nothing. */
export type IdFilter = {
  /** Equal to this id. */
  eq?: string | number | null | undefined;
  /** One of these ids; an empty list matches nothing. */
  in?: Array<string | number> | null | undefined;
};

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

/** Condition on an SSIN; the conditions given all apply. */
export type SsinFilter = {
  /** Equal to this SSIN. */
  eq?: string | null | undefined;
  /** One of these SSINs. */
  in?: Array<string> | null | undefined;
};

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

/** Bulk submission of payroll software: validated whole, then written all or nothing. */
export type SubmitDeclarationsInput = {
  /** 1 to 2,000 declarations. Errors come back together, with paths such as ["declarations", 3, "calculationDate"] (at most 500 listed). */
  declarations: Array<DeclarationInput>;
  /** The employer declared for: needs FLEXI_AT_WORK there (FORBIDDEN, or NOT_FOUND for an unknown one). */
  employerId: string | number;
  /** Chosen by the sender per run, unique per employer (a UUID will do). The same key again with the same declarations returns the first result and writes nothing; with other declarations, or a key of another submission, it is CONFLICT. */
  idempotencyKey: string;
};

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

export type SdkSignInMutationVariables = Exact<{
  login: string;
  password: string;
}>;


export type SdkSignInMutation = { signIn: { token: string, expiresAt: string, user: { id: string, login: string, displayName: string } } };

export type SdkWageDeclarationsQueryVariables = Exact<{
  filter?: WageDeclarationFilter | null | undefined;
  orderBy?: Array<WageDeclarationOrder> | WageDeclarationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SdkWageDeclarationsQuery = { wageDeclarations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: DeclarationStatus, kind: DeclarationKind, version: number, total: string, calculationDate: string, submittedAt: string | null, calculationPeriod: { start: string, end: string }, worker: { id: string, ssin: string, firstName: string, lastName: string }, employer: { id: string, name: string }, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string }> }> } };

export type SdkWageDeclarationQueryVariables = Exact<{
  id: string | number;
}>;


export type SdkWageDeclarationQuery = { wageDeclaration: { id: string, status: DeclarationStatus, kind: DeclarationKind, version: number, total: string, payslipReference: string | null, calculationDate: string, calculationPeriod: { start: string, end: string }, properties: Array<{ employerClass: string, workerType: FlexiWorkerType, grossWage: string | null, validity: { start: string, end: string }, premiums: Array<{ amount: string, frequencyMonths: number }> }>, anomalies: Array<{ code: string, severity: AnomalySeverity, message: string, path: string | null }>, inForce: { number: number, total: string } | null, history: Array<{ number: number, kind: DeclarationKind, status: DeclarationStatus, total: string, createdAt: string }> } | null };

export type SdkSubmitDeclarationsMutationVariables = Exact<{
  input: SubmitDeclarationsInput;
}>;


export type SdkSubmitDeclarationsMutation = { submitDeclarations: { id: string, reference: string | null, status: SubmissionStatus, submittedAt: string | null, progress: { total: number, processed: number } } };

export type SdkSubmissionProgressSubscriptionVariables = Exact<{
  submissionId: string | number;
}>;


export type SdkSubmissionProgressSubscription = { submissionProgress: { total: number, processed: number, accepted: number, acceptedWithWarnings: number, refused: number, cancelled: number } };

export type SdkFlexiIncomeQueryVariables = Exact<{
  ssin: string;
  year: number;
}>;


export type SdkFlexiIncomeQuery = { flexiIncome: { total: string, pending: string, pensionerTotal: string, ceiling: string | null, remaining: string | null, exceeded: boolean | null, byEmployer: Array<{ total: string, pending: string, employer: { id: string, name: string } }> } };

export type SdkEboxMessagesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: EboxMessageFilter | null | undefined;
}>;


export type SdkEboxMessagesQuery = { eboxMessages: { unreadCount: number, nodes: Array<{ id: string, type: EboxMessageType, subject: string, body: string, receivedAt: string, readAt: string | null }> } };

export type SdkDeclarationStatusChangedSubscriptionVariables = Exact<{
  employerId?: string | number | null | undefined;
  declarationId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type SdkDeclarationStatusChangedSubscription = { declarationStatusChanged: { cursor: string, from: DeclarationStatus | null, to: DeclarationStatus, at: string, declaration: { id: string, status: DeclarationStatus, version: number } } };

export type SdkEboxMessageReceivedSubscriptionVariables = Exact<{
  employerId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type SdkEboxMessageReceivedSubscription = { eboxMessageReceived: { logCursor: string, id: string, type: EboxMessageType, subject: string, body: string, receivedAt: string, readAt: string | null, declaration: { id: string } | null } };


export const SdkSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SdkSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SdkSignInMutation, SdkSignInMutationVariables>;
export const SdkWageDeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkWageDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclarationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WageDeclarationOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wageDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SdkWageDeclarationsQuery, SdkWageDeclarationsQueryVariables>;
export const SdkWageDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkWageDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wageDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"payslipReference"}},{"kind":"Field","name":{"kind":"Name","value":"calculationDate"}},{"kind":"Field","name":{"kind":"Name","value":"calculationPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerClass"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grossWage"}},{"kind":"Field","name":{"kind":"Name","value":"premiums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SdkWageDeclarationQuery, SdkWageDeclarationQueryVariables>;
export const SdkSubmitDeclarationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SdkSubmitDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDeclarationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}}]}}]}}]} as unknown as DocumentNode<SdkSubmitDeclarationsMutation, SdkSubmitDeclarationsMutationVariables>;
export const SdkSubmissionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SdkSubmissionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submissionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"submissionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submissionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedWithWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<SdkSubmissionProgressSubscription, SdkSubmissionProgressSubscriptionVariables>;
export const SdkFlexiIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkFlexiIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ssin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Ssin"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flexiIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ssin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ssin"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pensionerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ceiling"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"byEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]} as unknown as DocumentNode<SdkFlexiIncomeQuery, SdkFlexiIncomeQueryVariables>;
export const SdkEboxMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkEboxMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EboxMessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<SdkEboxMessagesQuery, SdkEboxMessagesQueryVariables>;
export const SdkDeclarationStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SdkDeclarationStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"declarationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"declarationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"declarationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SdkDeclarationStatusChangedSubscription, SdkDeclarationStatusChangedSubscriptionVariables>;
export const SdkEboxMessageReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SdkEboxMessageReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eboxMessageReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCursor"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SdkEboxMessageReceivedSubscription, SdkEboxMessageReceivedSubscriptionVariables>;