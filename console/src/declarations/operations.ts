/** The back office's declaration operations (review queue, declaration page, its actions). */
import { graphql } from "../gql";

export const OfficeDeclarationRowFragment = graphql(`
  fragment OfficeDeclarationRow on WageDeclaration {
    id
    version
    status
    kind
    calculationDate
    total
    submittedAt
    updatedAt
    payslipReference
    calculationPeriod {
      start
      end
    }
    worker {
      id
      firstName
      lastName
      ssin
    }
    employer {
      id
      name
    }
    anomalies {
      code
      severity
      message
      path
    }
  }
`);

export const OfficePropertyFragment = graphql(`
  fragment OfficeProperty on WageProperty {
    employerClass
    workerType
    grossWage
    validity {
      start
      end
    }
    premiums {
      amount
      frequencyMonths
    }
  }
`);

export const OfficeDeclarations = graphql(`
  query OfficeDeclarations(
    $filter: WageDeclarationFilter
    $orderBy: [WageDeclarationOrder!]
    $first: Int
    $offset: Int
  ) {
    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...OfficeDeclarationRow
      }
    }
  }
`);

export const OfficeDeclaration = graphql(`
  query OfficeDeclaration($id: ID!) {
    wageDeclaration(id: $id) {
      ...OfficeDeclarationRow
      allowedActions
      createdAt
      processedAt
      worker {
        id
        firstName
        lastName
        ssin
        pensionerFrom
      }
      employer {
        id
        name
        employerClasses
        nssoNumber
        nssoProvisional
      }
      properties {
        ...OfficeProperty
      }
      inForce {
        number
      }
      history {
        number
        kind
        status
        calculationDate
        payslipReference
        total
        createdAt
        reason
        submittedAt
        processedAt
        calculationPeriod {
          start
          end
        }
        createdBy {
          login
          displayName
        }
        anomalies {
          code
          severity
          message
        }
        properties {
          ...OfficeProperty
        }
      }
      statusEvents {
        versionNumber
        from
        to
        at
        reason
        reasonCode
        actor {
          login
          displayName
        }
      }
    }
  }
`);

/** Only the concurrency token: for a bulk action on a row that is not on the current page. */
export const OfficeDeclarationVersion = graphql(`
  query OfficeDeclarationVersion($id: ID!) {
    wageDeclaration(id: $id) {
      id
      version
    }
  }
`);

export const OfficeCorrectDeclaration = graphql(`
  mutation OfficeCorrectDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!, $reason: String!) {
    correctDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) {
      id
      version
      status
    }
  }
`);

export const OfficeAcceptDeclaration = graphql(`
  mutation OfficeAcceptDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {
    acceptDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      id
      version
      status
    }
  }
`);

export const OfficeAcceptDeclarations = graphql(`
  mutation OfficeAcceptDeclarations($items: [DeclarationDecisionInput!]!, $reason: String!) {
    acceptDeclarations(items: $items, reason: $reason) {
      id
      version
      status
    }
  }
`);

export const OfficeRefuseDeclarations = graphql(`
  mutation OfficeRefuseDeclarations($items: [DeclarationDecisionInput!]!, $reason: String!) {
    refuseDeclarations(items: $items, reason: $reason) {
      id
      version
      status
    }
  }
`);

export const OfficeRefuseDeclaration = graphql(`
  mutation OfficeRefuseDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {
    refuseDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      id
      version
      status
    }
  }
`);

export const OfficeRevalidateDeclaration = graphql(`
  mutation OfficeRevalidateDeclaration($id: ID!) {
    revalidateDeclaration(id: $id) {
      id
      version
      status
    }
  }
`);

export const OfficeRevalidateDeclarations = graphql(`
  mutation OfficeRevalidateDeclarations($filter: WageDeclarationFilter!) {
    revalidateDeclarations(filter: $filter)
  }
`);

export const OfficeDeclarationStatusChanged = graphql(`
  subscription OfficeDeclarationStatusChanged($id: ID!) {
    declarationStatusChanged(declarationId: $id) {
      cursor
      versionNumber
      to
    }
  }
`);

/** The employer's modification and deletion of a declaration (the back office corrects instead). */
export const EmployerModifyDeclaration = graphql(`
  mutation EmployerModifyDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!) {
    modifyDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      status
      version
    }
  }
`);

export const EmployerDeleteDeclaration = graphql(`
  mutation EmployerDeleteDeclaration($id: ID!, $expectedVersion: Int!) {
    deleteDeclaration(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);
