/**
 * Sign-in and rights for react-admin: the token from `signIn`, the user and their grants from
 * `me` (read again on each page load, so a revoked right disappears from the menu), and an
 * expired or revoked token sends the user back to the sign-in page.
 */
import type { AuthProvider } from "react-admin";
import { flexi, FlexiApiError } from "../api/flexi";
import type { MeQuery } from "../gql/graphql";
import { forgetFormsOf } from "../submissions/wizard/memory";
import { Me, SignOut } from "./operations";
import { requestSignIn } from "./signInRequest";
import { clearToken, getToken } from "./token";

export type MeUser = MeQuery["me"];

/** What a screen needs to know to show only what the user may do. */
export interface Rights {
  user: MeUser;
  backOffice: boolean;
  /** Employers the user declares for (FLEXI_AT_WORK together with DIMONA_CONSULTATION: the wizard needs both). */
  declarantOf: { id: string; name: string }[];
  /** Employers where the user administers access. */
  adminOf: { id: string; name: string }[];
  /** A worker following their own income. */
  worker: boolean;
}

let cached: Promise<Rights> | undefined;

export function rightsOf(user: MeUser): Rights {
  const employersWith = (permission: string) =>
    user.grants.filter((g) => g.permission === permission).map((g) => g.employer);
  const flexi = employersWith("FLEXI_AT_WORK");
  return {
    user,
    backOffice: user.backOffice,
    declarantOf: flexi.filter((e) =>
      user.grants.some((g) => g.permission === "DIMONA_CONSULTATION" && g.employer.id === e.id),
    ),
    adminOf: employersWith("ACCESS_ADMIN"),
    worker: user.ssin != null,
  };
}

export function loadRights(): Promise<Rights> {
  cached ??= flexi
    .request(Me)
    .then((data) => rightsOf(data.me))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    await requestSignIn(username, password, localStorage.getItem("flexi.locale") ?? "de");
    cached = undefined;
  },
  /**
   * `keepInput`: signing in again after the session expired (the forms kept in the browser wait
   * for the same user). Otherwise a user who signs out themselves leaves none of their input
   * behind; a session refused by the API (checkError) has no token left and keeps it too.
   */
  async logout(params?: { keepInput?: boolean }) {
    if (getToken()) {
      if (!params?.keepInput) {
        const rights = await loadRights().catch(() => undefined);
        if (rights) forgetFormsOf(String(rights.user.id));
      }
      await flexi.request(SignOut).catch(() => undefined);
    }
    clearToken();
    // The WebSocket was opened with this user's token; the next user opens a new one.
    await flexi.close();
    cached = undefined;
  },
  async checkAuth() {
    // react-admin shows this message (a catalogue key) on the sign-in page it goes to.
    if (!getToken()) throw new Error("flexi.app.signedOutExpired");
  },
  async checkError(error: unknown) {
    if (error instanceof FlexiApiError && error.code === "UNAUTHENTICATED") {
      clearToken();
      cached = undefined;
      throw error;
    }
  },
  async getIdentity() {
    const { user } = await loadRights();
    return { id: user.id, fullName: user.displayName };
  },
  async getPermissions() {
    return loadRights();
  },
};
