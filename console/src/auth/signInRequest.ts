/**
 * The sign-in request without the console's GraphQL client: the sign-in page loads before the
 * console, and with this it needs neither the SDK nor the graphql library. Keeps the token as
 * the console does (auth/token.ts); an error comes back with its API code, or NETWORK.
 */
import type { SignInMutation, SignInMutationVariables } from "../gql/graphql";
import { getDeviceToken, setDeviceToken, setToken } from "./token";

const SIGN_IN = `mutation SignIn($login: String!, $password: String!, $deviceToken: String) {
  signIn(login: $login, password: $password, deviceToken: $deviceToken) { token expiresAt deviceToken }
}`;

export class SignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** RATE_LIMITED: when another attempt may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

interface Answer {
  data?: SignInMutation | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

export async function requestSignIn(login: string, password: string, language: string): Promise<void> {
  const variables: SignInMutationVariables = { login, password, deviceToken: getDeviceToken(login) };
  let answer: Answer;
  try {
    const response = await fetch(`${location.origin}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        "accept-language": language,
      },
      body: JSON.stringify({ query: SIGN_IN, variables }),
    });
    answer = (await response.json()) as Answer;
  } catch (error) {
    throw new SignInError("NETWORK", error instanceof Error ? error.message : String(error));
  }
  const error = answer.errors?.[0];
  if (error || !answer.data)
    throw new SignInError(
      error?.extensions?.code ?? "INTERNAL_SERVER_ERROR",
      error?.message ?? "no answer",
      error?.extensions?.retryAfterSeconds,
    );
  const { token, expiresAt, deviceToken } = answer.data.signIn;
  setToken(token, expiresAt);
  if (deviceToken) setDeviceToken(login, deviceToken);
}
