/**
 * The console's one transport: the SDK's client (sdk/src/client.ts) for typed documents over HTTP
 * and subscriptions over graphql-ws, with the signed-in user's token and the console's language.
 * The data provider (api/dataProvider.ts) sends every query and mutation through it; the live
 * pages subscribe through it (api/live.ts).
 */
import { createFlexiClient, FlexiApiError } from "@flexi/sdk";
import { getToken } from "../auth/token";
import { reconnectingFetch } from "./connection";

export { FlexiApiError };

/** A field error of a BAD_USER_INPUT answer: the path relative to the input. */
export type FieldError = FlexiApiError["fieldErrors"][number];

/** The console's language (the user's choice), so that the API's texts (e-Box, anomalies) come in it too. */
function language(): string {
  return localStorage.getItem("flexi.locale") ?? (document.documentElement.lang || "de");
}

export const flexi = createFlexiClient({
  url: `${location.origin}/graphql`,
  token: getToken,
  language,
  // While the database is away, reads wait for it and the layout says so (api/connection.ts).
  fetch: reconnectingFetch,
});

/** An API answer with this code (FORBIDDEN, NOT_FOUND, ...). */
export function isApiError(error: unknown, ...codes: string[]): error is FlexiApiError {
  return error instanceof FlexiApiError && (codes.length === 0 || codes.includes(error.code));
}
