/** The back office's employer operations: list, page, correction, the class catalogue. */
import { graphql } from "../gql";

export const OfficeEmployerFragment = graphql(`
  fragment OfficeEmployer on Employer {
    id
    name
    enterpriseNumber
    nssoNumber
    nssoProvisional
    language
    employerClasses
  }
`);

export const OfficeEmployers = graphql(`
  query OfficeEmployers($filter: EmployerFilter, $orderBy: [EmployerOrder!], $first: Int, $offset: Int) {
    employers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...OfficeEmployer
      }
    }
  }
`);

export const OfficeEmployerById = graphql(`
  query OfficeEmployerById($id: ID!) {
    employer(id: $id) {
      ...OfficeEmployer
      users {
        id
        login
        displayName
        grants {
          permission
          employer {
            id
          }
        }
      }
    }
  }
`);

export const OfficeEmployerClasses = graphql(`
  query OfficeEmployerClasses {
    employerClasses {
      code
      label
    }
  }
`);

export const OfficeCorrectEmployer = graphql(`
  mutation OfficeCorrectEmployer($id: ID!, $input: CorrectEmployerInput!, $reason: String!) {
    correctEmployer(id: $id, input: $input, reason: $reason) {
      ...OfficeEmployer
    }
  }
`);

export const EmployerClassOptions = graphql(`
  query EmployerClassOptions {
    employerClasses {
      code
      label
    }
  }
`);
