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
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n": typeof types.UnreadCountDocument,
    "\n  subscription MessageArrived { eboxMessageReceived { id } }\n": typeof types.MessageArrivedDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n": types.MeDocument,
    "\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n": types.UnreadCountDocument,
    "\n  subscription MessageArrived { eboxMessageReceived { id } }\n": types.MessageArrivedDocument,
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
export function graphql(source: "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n"): (typeof documents)["\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): (typeof documents)["\n  mutation SignOut { signOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n"): (typeof documents)["\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageArrived { eboxMessageReceived { id } }\n"): (typeof documents)["\n  subscription MessageArrived { eboxMessageReceived { id } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;