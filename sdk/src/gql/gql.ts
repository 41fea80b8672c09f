/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt user { id login displayName } }\n  }\n": typeof types.SdkSignInDocument,
    "\n  query SdkWageDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $after: String) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id status kind version total calculationDate calculationPeriod { start end } submittedAt\n        worker { id ssin firstName lastName }\n        employer { id name }\n        anomalies { code severity message }\n      }\n    }\n  }\n": typeof types.SdkWageDeclarationsDocument,
    "\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id status kind version total payslipReference calculationDate calculationPeriod { start end }\n      properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n      anomalies { code severity message path }\n      inForce { number total }\n      history { number kind status total createdAt }\n    }\n  }\n": typeof types.SdkWageDeclarationDocument,
    "\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) { id reference status submittedAt progress { total processed } }\n  }\n": typeof types.SdkSubmitDeclarationsDocument,
    "\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n": typeof types.SdkSubmissionProgressDocument,
    "\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total pending pensionerTotal ceiling remaining exceeded byEmployer { employer { id name } total pending }\n    }\n  }\n": typeof types.SdkFlexiIncomeDocument,
    "\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) { unreadCount nodes { id type subject body receivedAt readAt } }\n  }\n": typeof types.SdkEboxMessagesDocument,
    "\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor from to at declaration { id status version }\n    }\n  }\n": typeof types.SdkDeclarationStatusChangedDocument,
    "\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor id type subject body receivedAt readAt declaration { id }\n    }\n  }\n": typeof types.SdkEboxMessageReceivedDocument,
};
const documents: Documents = {
    "\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt user { id login displayName } }\n  }\n": types.SdkSignInDocument,
    "\n  query SdkWageDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $after: String) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id status kind version total calculationDate calculationPeriod { start end } submittedAt\n        worker { id ssin firstName lastName }\n        employer { id name }\n        anomalies { code severity message }\n      }\n    }\n  }\n": types.SdkWageDeclarationsDocument,
    "\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id status kind version total payslipReference calculationDate calculationPeriod { start end }\n      properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n      anomalies { code severity message path }\n      inForce { number total }\n      history { number kind status total createdAt }\n    }\n  }\n": types.SdkWageDeclarationDocument,
    "\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) { id reference status submittedAt progress { total processed } }\n  }\n": types.SdkSubmitDeclarationsDocument,
    "\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n": types.SdkSubmissionProgressDocument,
    "\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total pending pensionerTotal ceiling remaining exceeded byEmployer { employer { id name } total pending }\n    }\n  }\n": types.SdkFlexiIncomeDocument,
    "\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) { unreadCount nodes { id type subject body receivedAt readAt } }\n  }\n": types.SdkEboxMessagesDocument,
    "\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor from to at declaration { id status version }\n    }\n  }\n": types.SdkDeclarationStatusChangedDocument,
    "\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor id type subject body receivedAt readAt declaration { id }\n    }\n  }\n": types.SdkEboxMessageReceivedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt user { id login displayName } }\n  }\n"): (typeof documents)["\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt user { id login displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkWageDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $after: String) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id status kind version total calculationDate calculationPeriod { start end } submittedAt\n        worker { id ssin firstName lastName }\n        employer { id name }\n        anomalies { code severity message }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdkWageDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $after: String) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id status kind version total calculationDate calculationPeriod { start end } submittedAt\n        worker { id ssin firstName lastName }\n        employer { id name }\n        anomalies { code severity message }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id status kind version total payslipReference calculationDate calculationPeriod { start end }\n      properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n      anomalies { code severity message path }\n      inForce { number total }\n      history { number kind status total createdAt }\n    }\n  }\n"): (typeof documents)["\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id status kind version total payslipReference calculationDate calculationPeriod { start end }\n      properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n      anomalies { code severity message path }\n      inForce { number total }\n      history { number kind status total createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) { id reference status submittedAt progress { total processed } }\n  }\n"): (typeof documents)["\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) { id reference status submittedAt progress { total processed } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n"): (typeof documents)["\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total pending pensionerTotal ceiling remaining exceeded byEmployer { employer { id name } total pending }\n    }\n  }\n"): (typeof documents)["\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total pending pensionerTotal ceiling remaining exceeded byEmployer { employer { id name } total pending }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) { unreadCount nodes { id type subject body receivedAt readAt } }\n  }\n"): (typeof documents)["\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) { unreadCount nodes { id type subject body receivedAt readAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor from to at declaration { id status version }\n    }\n  }\n"): (typeof documents)["\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor from to at declaration { id status version }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor id type subject body receivedAt readAt declaration { id }\n    }\n  }\n"): (typeof documents)["\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor id type subject body receivedAt readAt declaration { id }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;