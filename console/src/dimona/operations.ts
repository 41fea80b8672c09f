/** The back office's Dimona operations: list, correction, registration. */
import { graphql } from "../gql";

export const OfficeDimonaPeriodFragment = graphql(`
  fragment OfficeDimonaPeriod on DimonaPeriod {
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
  }
`);

export const OfficeDimonaPeriods = graphql(`
  query OfficeDimonaPeriods($filter: DimonaPeriodFilter, $orderBy: [DimonaPeriodOrder!], $first: Int, $offset: Int) {
    dimonaPeriods(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...OfficeDimonaPeriod
      }
    }
  }
`);

export const OfficeCorrectDimonaPeriod = graphql(`
  mutation OfficeCorrectDimonaPeriod($id: ID!, $input: CorrectDimonaPeriodInput!, $reason: String!) {
    correctDimonaPeriod(id: $id, input: $input, reason: $reason) {
      ...OfficeDimonaPeriod
    }
  }
`);

export const OfficeRegisterDimonaPeriod = graphql(`
  mutation OfficeRegisterDimonaPeriod($input: RegisterDimonaPeriodInput!) {
    registerDimonaPeriod(input: $input) {
      ...OfficeDimonaPeriod
    }
  }
`);
