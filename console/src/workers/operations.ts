/** The back office's worker operations: list, page, correction, registration, income. */
import { graphql } from "../../gql";

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
