/**
 * Whether the console reaches the API and its database (docs/operations.md#when-the-database-goes-away).
 * While the API answers SERVICE_UNAVAILABLE (HTTP 503: its database is away) or cannot be
 * reached at all, the console is "reconnecting": the layout shows a banner instead of error
 * messages, reads wait and are sent again until they get an answer, and the pages carry on
 * with it, without a reload. A change (a mutation) is not sent twice: it fails with
 * SERVICE_UNAVAILABLE, which the page reports, since whether it was saved is for the user to check.
 */
import { useSyncExternalStore } from "react";

export type ConnectionState = "online" | "reconnecting";

let state: ConnectionState = "online";
const listeners = new Set<() => void>();

function set(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/** The connection's state, re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

/** Waits between the tries of a read while reconnecting: the server's Retry-After, within these bounds. */
const RETRY_MS = { min: 500, max: 5000 };

function isMutation(body: BodyInit | null | undefined): boolean {
  if (typeof body !== "string") return false;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === "string" && /^\s*mutation\b/.test(query);
  } catch {
    return false;
  }
}

function retryWait(response: Response | undefined, tries: number): number {
  const header = Number(response?.headers.get("retry-after"));
  const asked = Number.isFinite(header) && header > 0 ? header * 1000 : RETRY_MS.min * 2 ** tries;
  return Math.min(Math.max(asked, RETRY_MS.min), RETRY_MS.max);
}

/**
 * The console's fetch for the API: an answer 503 or no answer at all switches to "reconnecting";
 * a read is then sent again until it is answered; any other answer switches back to "online".
 */
export async function reconnectingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const retryable = !isMutation(init?.body);
  for (let tries = 0; ; tries++) {
    let response: Response | undefined;
    try {
      response = await fetch(input, init);
    } catch (error) {
      set("reconnecting");
      if (!retryable) throw error;
    }
    if (response !== undefined && response.status !== 503) {
      set("online");
      return response;
    }
    if (response !== undefined) {
      set("reconnecting");
      if (!retryable) return response;
    }
    await new Promise((resolve) => setTimeout(resolve, retryWait(response, tries)));
  }
}
