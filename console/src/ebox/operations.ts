/** The e-Box: an employer's messages, marking one read, and the unread count of the app bar. */
import { graphql } from "../gql";

export const EboxInbox = graphql(`
  query EboxInbox($readFirst: Int!) {
    unread: eboxMessages(first: 200, filter: { unread: true }, orderBy: [RECEIVED_AT_DESC]) {
      totalCount
      nodes {
        ...EboxMessageItem
      }
    }
    read: eboxMessages(first: $readFirst, filter: { unread: false }, orderBy: [RECEIVED_AT_DESC]) {
      totalCount
      nodes {
        ...EboxMessageItem
      }
    }
  }
  fragment EboxMessageItem on EboxMessage {
    id
    type
    subject
    body
    receivedAt
    readAt
    employer {
      id
      name
    }
    declaration {
      id
      worker {
        id
        firstName
        lastName
      }
    }
    submission {
      id
      reference
    }
  }
`);

export const MarkRead = graphql(`
  mutation EboxMarkRead($id: ID!) {
    markEboxMessageRead(id: $id) {
      id
      readAt
    }
  }
`);

export const UnreadCount = graphql(`
  query UnreadCount {
    eboxMessages(first: 0) {
      unreadCount
    }
  }
`);
