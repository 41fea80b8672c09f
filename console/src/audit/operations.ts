import { graphql } from "../gql";

export const OfficeAuditEntries = graphql(`
  query OfficeAuditEntries($filter: AuditEntryFilter, $first: Int, $offset: Int) {
    auditEntries(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        action
        at
        reason
        entityType
        actor {
          login
          displayName
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
