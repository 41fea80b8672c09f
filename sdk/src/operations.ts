/**
 * Ready-made typed operations for front-end teams and payroll software. Each is a
 * TypedDocumentNode: `client.request(WageDeclarations, { first: 50 })` is typed end to end.
 * Write your own the same way with `graphql(...)` from "@flexi/sdk/gql" after `npm run codegen`.
 */
import { graphql } from "./gql";

export const SignIn = graphql(`
  mutation SdkSignIn($login: String!, $password: String!) {
    signIn(login: $login, password: $password) {
      token
      expiresAt
      user {
        id
        login
        displayName
      }
    }
  }
`);

export const WageDeclarations = graphql(`
  query SdkWageDeclarations(
    $filter: WageDeclarationFilter
    $orderBy: [WageDeclarationOrder!]
    $first: Int
    $after: String
  ) {
    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        kind
        version
        total
        calculationDate
        calculationPeriod {
          start
          end
        }
        submittedAt
        worker {
          id
          ssin
          firstName
          lastName
        }
        employer {
          id
          name
        }
        anomalies {
          code
          severity
          message
        }
      }
    }
  }
`);

export const WageDeclaration = graphql(`
  query SdkWageDeclaration($id: ID!) {
    wageDeclaration(id: $id) {
      id
      status
      kind
      version
      total
      payslipReference
      calculationDate
      calculationPeriod {
        start
        end
      }
      properties {
        employerClass
        workerType
        validity {
          start
          end
        }
        grossWage
        premiums {
          amount
          frequencyMonths
        }
      }
      anomalies {
        code
        severity
        message
        path
      }
      inForce {
        number
        total
      }
      history {
        number
        kind
        status
        total
        createdAt
      }
    }
  }
`);

export const SubmitDeclarations = graphql(`
  mutation SdkSubmitDeclarations($input: SubmitDeclarationsInput!) {
    submitDeclarations(input: $input) {
      id
      reference
      status
      submittedAt
      progress {
        total
        processed
      }
    }
  }
`);

export const SubmissionProgress = graphql(`
  subscription SdkSubmissionProgress($submissionId: ID!) {
    submissionProgress(submissionId: $submissionId) {
      total
      processed
      accepted
      acceptedWithWarnings
      refused
      cancelled
    }
  }
`);

export const FlexiIncome = graphql(`
  query SdkFlexiIncome($ssin: Ssin!, $year: Int!) {
    flexiIncome(ssin: $ssin, year: $year) {
      total
      pending
      pensionerTotal
      ceiling
      remaining
      exceeded
      byEmployer {
        employer {
          id
          name
        }
        total
        pending
      }
    }
  }
`);

export const EboxMessages = graphql(`
  query SdkEboxMessages($first: Int, $filter: EboxMessageFilter) {
    eboxMessages(first: $first, filter: $filter) {
      unreadCount
      nodes {
        id
        type
        subject
        body
        receivedAt
        readAt
      }
    }
  }
`);

export const DeclarationStatusChanged = graphql(`
  subscription SdkDeclarationStatusChanged($employerId: ID, $declarationId: ID, $after: String) {
    declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {
      cursor
      from
      to
      at
      declaration {
        id
        status
        version
      }
    }
  }
`);

export const EboxMessageReceived = graphql(`
  subscription SdkEboxMessageReceived($employerId: ID, $after: String) {
    eboxMessageReceived(employerId: $employerId, after: $after) {
      logCursor
      id
      type
      subject
      body
      receivedAt
      readAt
      declaration {
        id
      }
    }
  }
`);
