import { graphql } from "../gql";

/** Typed by codegen (SignInMutation); auth/signInRequest.ts sends it as text, without the GraphQL client. */
export const SignIn = graphql(`
  mutation SignIn($login: String!, $password: String!, $deviceToken: String) {
    signIn(login: $login, password: $password, deviceToken: $deviceToken) {
      token
      expiresAt
      deviceToken
    }
  }
`);

export const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const Me = graphql(`
  query Me {
    me {
      id
      login
      displayName
      language
      backOffice
      ssin
      grants {
        permission
        employer {
          id
          name
          language
        }
      }
    }
  }
`);
