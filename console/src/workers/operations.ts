/** The back office's worker operations: list, page, correction, registration, income. */
import { graphql } from "../gql";

export const OfficeWorkerFragment = graphql(`
  fragment OfficeWorker on Worker {
    id
    ssin
    firstName
    lastName
    birthDate
    pensionerFrom
  }
`);

export const OfficeWorkers = graphql(`
  query OfficeWorkers($filter: WorkerFilter, $orderBy: [WorkerOrder!], $first: Int, $offset: Int) {
    workers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...OfficeWorker
      }
    }
  }
`);

export const OfficeWorkerById = graphql(`
  query OfficeWorkerById($id: ID!) {
    worker(id: $id) {
      ...OfficeWorker
      latestDeclaration {
        id
        calculationPeriod {
          start
        }
      }
    }
  }
`);

export const OfficeCorrectWorker = graphql(`
  mutation OfficeCorrectWorker($id: ID!, $input: CorrectWorkerInput!, $reason: String!) {
    correctWorker(id: $id, input: $input, reason: $reason) {
      ...OfficeWorker
    }
  }
`);

export const OfficeRegisterWorker = graphql(`
  mutation OfficeRegisterWorker($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      ...OfficeWorker
    }
  }
`);

export const OfficeFlexiIncome = graphql(`
  query OfficeFlexiIncome($ssin: Ssin!, $year: Int!) {
    flexiIncome(ssin: $ssin, year: $year) {
      ssin
      year
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

export const OfficeCeilingAlerts = graphql(`
  query OfficeCeilingAlerts($filter: CeilingAlertFilter, $first: Int, $offset: Int) {
    ceilingAlerts(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        year
        total
        ceiling
        raisedAt
        worker {
          id
          firstName
          lastName
          ssin
        }
      }
    }
  }
`);

/** The employer's view of one of its workers: declarations sent for it and its Dimona periods. */
export const EmployerWorkerDetails = graphql(`
  query EmployerWorkerDetails($workerId: ID!, $employerId: ID!) {
    worker(id: $workerId) {
      id
      firstName
      lastName
      ssin
      birthDate
      dimonaPeriods(employerId: $employerId) {
        id
        periodId
        workerType
        jointCommittee
        startDate
        startHour
        endDate
        endHour
        plannedHours
        cancelled
      }
    }
    employer(id: $employerId) {
      id
      employerClasses
    }
    wageDeclarations(
      first: 100
      orderBy: [CALCULATION_DATE_DESC]
      filter: { workerId: { eq: $workerId }, employerId: { eq: $employerId }, not: { status: { eq: DRAFT } } }
    ) {
      totalCount
      nodes {
        id
        status
        kind
        version
        total
        submittedAt
        allowedActions
        ...DeclarationFormContent
        anomalies {
          code
          severity
          message
        }
        history {
          number
          kind
          status
          total
          createdAt
          reason
        }
      }
    }
  }
`);

export const EmployerWorkerStatusChanged = graphql(`
  subscription EmployerWorkerStatusChanged($employerId: ID!) {
    declarationStatusChanged(employerId: $employerId) {
      cursor
      declaration {
        id
        worker {
          id
        }
      }
    }
  }
`);

/** The employer's start page: its workers with their latest declaration, and its unread e-Box count. */
export const DeclaredWorkers = graphql(`
  query EmployerDeclaredWorkers($employerId: ID!, $first: Int!, $offset: Int!) {
    declaredWorkers(employerId: $employerId, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        firstName
        lastName
        ssin
        latestDeclaration(employerId: $employerId) {
          id
          status
          total
          calculationPeriod {
            start
            end
          }
        }
      }
    }
    eboxMessages(first: 0, filter: { employerId: { eq: $employerId } }) {
      unreadCount
    }
  }
`);
