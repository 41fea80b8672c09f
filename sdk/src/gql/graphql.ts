/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnomalySeverity =
  | 'BLOCKING'
  | 'INFO'
  | 'WARNING';

export type DateRangeInput = {
  end: string;
  start: string;
};

export type DateTimeFilter = {
  gte?: string | null | undefined;
  lte?: string | null | undefined;
};

/** The whole content of a declaration (cancel-and-replace). Exactly one of workerId and ssin. */
export type DeclarationInput = {
  calculationDate: string;
  calculationPeriod: DateRangeInput;
  payslipReference?: string | null | undefined;
  properties: Array<PropertyInput>;
  ssin?: string | null | undefined;
  workerId?: string | number | null | undefined;
};

export type DeclarationKind =
  | 'CANCELLATION'
  | 'MODIFICATION'
  | 'ORIGINAL';

export type DeclarationStatus =
  | 'ACCEPTED'
  | 'ACCEPTED_WITH_WARNINGS'
  | 'CANCELLED'
  | 'DRAFT'
  | 'PENDING'
  | 'REFUSED';

export type DeclarationStatusFilter = {
  eq?: DeclarationStatus | null | undefined;
  in?: Array<DeclarationStatus> | null | undefined;
};

export type EboxMessageFilter = {
  employerId?: IdFilter | null | undefined;
  receivedAt?: DateTimeFilter | null | undefined;
  type?: Array<EboxMessageType> | null | undefined;
  /** true: only unread messages; false: only read ones. */
  unread?: boolean | null | undefined;
};

export type EboxMessageType =
  | 'CORRECTED_BY_BACK_OFFICE'
  | 'DECLARATION_ACCEPTED'
  | 'DECLARATION_ACCEPTED_WITH_WARNINGS'
  | 'DECLARATION_REFUSED'
  | 'DELETION_PROCESSED'
  | 'MODIFICATION_PROCESSED'
  | 'SUBMISSION_SUMMARY';

export type EmployerFilter = {
  enterpriseNumber?: StringFilter | null | undefined;
  /** Part of the name, or the start of the enterprise or NSSO number. */
  search?: string | null | undefined;
};

/** The worker code of a property: DmfA worker code 050 (flexi manual worker) or 450 (flexi white-collar). */
export type FlexiWorkerType =
  | 'BLUE_COLLAR_050'
  | 'WHITE_COLLAR_450';

export type IdFilter = {
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
};

export type PremiumInput = {
  amount: string;
  frequencyMonths: number;
};

export type PropertyInput = {
  employerClass: string;
  grossWage?: string | null | undefined;
  premiums?: Array<PremiumInput> | null | undefined;
  /** Only when it differs from the calculation period. */
  validity?: DateRangeInput | null | undefined;
  workerType: FlexiWorkerType;
};

export type SsinFilter = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

export type StringFilter = {
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

export type SubmissionStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** Bulk submission of payroll software: validated whole, then written all or nothing. */
export type SubmitDeclarationsInput = {
  declarations: Array<DeclarationInput>;
  employerId: string | number;
  /** The same key again returns the first result and writes nothing. */
  idempotencyKey: string;
};

export type WageDeclarationFilter = {
  and?: Array<WageDeclarationFilter> | null | undefined;
  /** Declarations whose newest version has an anomaly with this code. */
  anomalyCode?: StringFilter | null | undefined;
  /** Declarations whose calculation period shares a day with this range. */
  calculationPeriodOverlaps?: DateRangeInput | null | undefined;
  /** Declarations whose employer matches (through the relation). */
  employer?: EmployerFilter | null | undefined;
  employerId?: IdFilter | null | undefined;
  not?: WageDeclarationFilter | null | undefined;
  or?: Array<WageDeclarationFilter> | null | undefined;
  /** Worker's name or SSIN, or the payslip reference. */
  search?: string | null | undefined;
  ssin?: SsinFilter | null | undefined;
  status?: DeclarationStatusFilter | null | undefined;
  submissionId?: IdFilter | null | undefined;
  submittedAt?: DateTimeFilter | null | undefined;
  /** Declarations whose worker matches (through the relation). */
  worker?: WorkerFilter | null | undefined;
  workerId?: IdFilter | null | undefined;
};

export type WageDeclarationOrder =
  | 'CALCULATION_DATE_ASC'
  | 'CALCULATION_DATE_DESC'
  | 'SUBMITTED_AT_ASC'
  | 'SUBMITTED_AT_DESC'
  | 'UPDATED_AT_DESC';

export type WorkerFilter = {
  and?: Array<WorkerFilter> | null | undefined;
  /** Workers with a Dimona period or a declaration of these employers. */
  employerId?: IdFilter | null | undefined;
  lastName?: StringFilter | null | undefined;
  not?: WorkerFilter | null | undefined;
  or?: Array<WorkerFilter> | null | undefined;
  /** Part of the first or last name, or the start of the SSIN. */
  search?: string | null | undefined;
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