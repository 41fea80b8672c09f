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
    "\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n": typeof types.SdkSignInDocument,
    "\n  query SdkWageDeclarations(\n    $filter: WageDeclarationFilter\n    $orderBy: [WageDeclarationOrder!]\n    $first: Int\n    $after: String\n  ) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        kind\n        version\n        total\n        calculationDate\n        calculationPeriod {\n          start\n          end\n        }\n        submittedAt\n        worker {\n          id\n          ssin\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        anomalies {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n": typeof types.SdkWageDeclarationsDocument,
    "\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id\n      status\n      kind\n      version\n      total\n      payslipReference\n      calculationDate\n      calculationPeriod {\n        start\n        end\n      }\n      properties {\n        employerClass\n        workerType\n        validity {\n          start\n          end\n        }\n        grossWage\n        premiums {\n          amount\n          frequencyMonths\n        }\n      }\n      anomalies {\n        code\n        severity\n        message\n        path\n      }\n      inForce {\n        number\n        total\n      }\n      history {\n        number\n        kind\n        status\n        total\n        createdAt\n      }\n    }\n  }\n": typeof types.SdkWageDeclarationDocument,
    "\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) {\n      id\n      reference\n      status\n      submittedAt\n      progress {\n        total\n        processed\n      }\n    }\n  }\n": typeof types.SdkSubmitDeclarationsDocument,
    "\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) {\n      total\n      processed\n      accepted\n      acceptedWithWarnings\n      refused\n      cancelled\n    }\n  }\n": typeof types.SdkSubmissionProgressDocument,
    "\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total\n      pending\n      pensionerTotal\n      ceiling\n      remaining\n      exceeded\n      byEmployer {\n        employer {\n          id\n          name\n        }\n        total\n        pending\n      }\n    }\n  }\n": typeof types.SdkFlexiIncomeDocument,
    "\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) {\n      unreadCount\n      nodes {\n        id\n        type\n        subject\n        body\n        receivedAt\n        readAt\n      }\n    }\n  }\n": typeof types.SdkEboxMessagesDocument,
    "\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor\n      from\n      to\n      at\n      declaration {\n        id\n        status\n        version\n      }\n    }\n  }\n": typeof types.SdkDeclarationStatusChangedDocument,
    "\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor\n      id\n      type\n      subject\n      body\n      receivedAt\n      readAt\n      declaration {\n        id\n      }\n    }\n  }\n": typeof types.SdkEboxMessageReceivedDocument,
};
const documents: Documents = {
    "\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n": types.SdkSignInDocument,
    "\n  query SdkWageDeclarations(\n    $filter: WageDeclarationFilter\n    $orderBy: [WageDeclarationOrder!]\n    $first: Int\n    $after: String\n  ) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        kind\n        version\n        total\n        calculationDate\n        calculationPeriod {\n          start\n          end\n        }\n        submittedAt\n        worker {\n          id\n          ssin\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        anomalies {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n": types.SdkWageDeclarationsDocument,
    "\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id\n      status\n      kind\n      version\n      total\n      payslipReference\n      calculationDate\n      calculationPeriod {\n        start\n        end\n      }\n      properties {\n        employerClass\n        workerType\n        validity {\n          start\n          end\n        }\n        grossWage\n        premiums {\n          amount\n          frequencyMonths\n        }\n      }\n      anomalies {\n        code\n        severity\n        message\n        path\n      }\n      inForce {\n        number\n        total\n      }\n      history {\n        number\n        kind\n        status\n        total\n        createdAt\n      }\n    }\n  }\n": types.SdkWageDeclarationDocument,
    "\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) {\n      id\n      reference\n      status\n      submittedAt\n      progress {\n        total\n        processed\n      }\n    }\n  }\n": types.SdkSubmitDeclarationsDocument,
    "\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) {\n      total\n      processed\n      accepted\n      acceptedWithWarnings\n      refused\n      cancelled\n    }\n  }\n": types.SdkSubmissionProgressDocument,
    "\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total\n      pending\n      pensionerTotal\n      ceiling\n      remaining\n      exceeded\n      byEmployer {\n        employer {\n          id\n          name\n        }\n        total\n        pending\n      }\n    }\n  }\n": types.SdkFlexiIncomeDocument,
    "\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) {\n      unreadCount\n      nodes {\n        id\n        type\n        subject\n        body\n        receivedAt\n        readAt\n      }\n    }\n  }\n": types.SdkEboxMessagesDocument,
    "\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor\n      from\n      to\n      at\n      declaration {\n        id\n        status\n        version\n      }\n    }\n  }\n": types.SdkDeclarationStatusChangedDocument,
    "\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor\n      id\n      type\n      subject\n      body\n      receivedAt\n      readAt\n      declaration {\n        id\n      }\n    }\n  }\n": types.SdkEboxMessageReceivedDocument,
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
export function graphql(source: "\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkSignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkWageDeclarations(\n    $filter: WageDeclarationFilter\n    $orderBy: [WageDeclarationOrder!]\n    $first: Int\n    $after: String\n  ) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        kind\n        version\n        total\n        calculationDate\n        calculationPeriod {\n          start\n          end\n        }\n        submittedAt\n        worker {\n          id\n          ssin\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        anomalies {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdkWageDeclarations(\n    $filter: WageDeclarationFilter\n    $orderBy: [WageDeclarationOrder!]\n    $first: Int\n    $after: String\n  ) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        kind\n        version\n        total\n        calculationDate\n        calculationPeriod {\n          start\n          end\n        }\n        submittedAt\n        worker {\n          id\n          ssin\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        anomalies {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id\n      status\n      kind\n      version\n      total\n      payslipReference\n      calculationDate\n      calculationPeriod {\n        start\n        end\n      }\n      properties {\n        employerClass\n        workerType\n        validity {\n          start\n          end\n        }\n        grossWage\n        premiums {\n          amount\n          frequencyMonths\n        }\n      }\n      anomalies {\n        code\n        severity\n        message\n        path\n      }\n      inForce {\n        number\n        total\n      }\n      history {\n        number\n        kind\n        status\n        total\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdkWageDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      id\n      status\n      kind\n      version\n      total\n      payslipReference\n      calculationDate\n      calculationPeriod {\n        start\n        end\n      }\n      properties {\n        employerClass\n        workerType\n        validity {\n          start\n          end\n        }\n        grossWage\n        premiums {\n          amount\n          frequencyMonths\n        }\n      }\n      anomalies {\n        code\n        severity\n        message\n        path\n      }\n      inForce {\n        number\n        total\n      }\n      history {\n        number\n        kind\n        status\n        total\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) {\n      id\n      reference\n      status\n      submittedAt\n      progress {\n        total\n        processed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {\n    submitDeclarations(input: $input) {\n      id\n      reference\n      status\n      submittedAt\n      progress {\n        total\n        processed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) {\n      total\n      processed\n      accepted\n      acceptedWithWarnings\n      refused\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  subscription SdkSubmissionProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) {\n      total\n      processed\n      accepted\n      acceptedWithWarnings\n      refused\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total\n      pending\n      pensionerTotal\n      ceiling\n      remaining\n      exceeded\n      byEmployer {\n        employer {\n          id\n          name\n        }\n        total\n        pending\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      total\n      pending\n      pensionerTotal\n      ceiling\n      remaining\n      exceeded\n      byEmployer {\n        employer {\n          id\n          name\n        }\n        total\n        pending\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) {\n      unreadCount\n      nodes {\n        id\n        type\n        subject\n        body\n        receivedAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {\n    eboxMessages(first: $first, filter: $filter) {\n      unreadCount\n      nodes {\n        id\n        type\n        subject\n        body\n        receivedAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor\n      from\n      to\n      at\n      declaration {\n        id\n        status\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {\n    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {\n      cursor\n      from\n      to\n      at\n      declaration {\n        id\n        status\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor\n      id\n      type\n      subject\n      body\n      receivedAt\n      readAt\n      declaration {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {\n    eboxMessageReceived(employerId: $employerId, after: $after) {\n      logCursor\n      id\n      type\n      subject\n      body\n      receivedAt\n      readAt\n      declaration {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;