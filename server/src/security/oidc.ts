/**
 * Tokens of an OpenID Connect issuer, accepted beside the API's own when OIDC_ISSUER is set
 * (docs/architecture.md#tenancy-access-and-errors): RS256 signatures checked against the issuer's JWKS (OIDC_JWKS_URL, or the
 * `jwks_uri` of its discovery document), with its issuer, the audience and the expiry.
 *
 * The user is the app_user whose login equals the token's OIDC_LOGIN_CLAIM (default `sub`),
 * ignoring case; users are provisioned as before, the issuer only proves who signs in. `sub` is
 * the issuer's stable id; `preferred_username` reads better but is only safe when users cannot
 * choose or change it at the issuer. An unknown or disabled user is UNAUTHENTICATED.
 *
 * Each token gets a session row (its id derived from the token) on first use, so that everything
 * that works with sessions works the same: `signOut` revokes the token here, open subscriptions
 * re-read the user's rights, and the session ends when the token expires.
 */
import { createHash } from "node:crypto";
// jose is ESM only and loaded when the first issuer token comes: a process without OIDC never loads it.
import type { JWTVerifyGetKey } from "jose";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { readViewer } from "../auth/request-context";
import type { OidcSettings } from "./settings";

/** Seconds of clock difference with the issuer tolerated on `exp` and `nbf`. */
const CLOCK_TOLERANCE_SECONDS = 30;

export interface OidcIdentity {
  /** The value of the login claim. */
  login: string;
  expiresAt: Date;
}

export class OidcTokens {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(readonly settings: OidcSettings) {}

  /** Whether the token says it comes from the issuer (not yet verified): the API's own tokens do not. */
  isFromIssuer(token: string): boolean {
    try {
      const claims: unknown = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
      return (
        typeof claims === "object" && claims !== null && (claims as { iss?: unknown }).iss === this.settings.issuer
      );
    } catch {
      return false;
    }
  }

  /** The identity of a valid token; null for a bad signature, an unknown key, another audience or issuer, an expired token. */
  async verify(token: string): Promise<OidcIdentity | null> {
    let keys: JWTVerifyGetKey;
    try {
      keys = await this.jwks();
    } catch (error) {
      console.error("OIDC: the issuer's keys cannot be read:", error instanceof Error ? error.message : error);
      return null;
    }
    try {
      const { jwtVerify } = await import("jose");
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ["RS256"],
        requiredClaims: ["exp"],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const login = payload[this.settings.loginClaim];
      if (typeof login !== "string" || login === "") return null;
      return { login, expiresAt: new Date(payload.exp! * 1000) };
    } catch {
      return null;
    }
  }

  /** jose's remote key set: cached, and fetched again when a token names a key it does not know. */
  private jwks(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.jwksUrl()
      .then(async (url) => (await import("jose")).createRemoteJWKSet(new URL(url)))
      .catch((error: unknown) => {
        this.keys = undefined; // ask again with the next token
        throw error;
      });
    return this.keys;
  }

  private async jwksUrl(): Promise<string> {
    if (this.settings.jwksUrl) return this.settings.jwksUrl;
    const url = `${this.settings.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    const discovery = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (discovery.issuer !== this.settings.issuer)
      throw new Error(`${url} is the discovery document of another issuer`);
    if (typeof discovery.jwks_uri !== "string") throw new Error(`${url} has no jwks_uri`);
    return discovery.jwks_uri;
  }
}

/** The viewer behind an issuer's token; null when the token or its user is not valid here. */
export async function loadOidcViewer(db: Db, oidc: OidcTokens, token: string): Promise<Viewer | null> {
  const identity = await oidc.verify(token);
  if (!identity) return null;
  const user = await db.one<{ id: string }>(sql`
    SELECT id FROM app_user WHERE lower(login) = lower(${identity.login}) AND NOT disabled`);
  if (!user) return null;
  const sessionId = oidcSessionId(token);
  const viewer = await readViewer(db, user.id, sessionId);
  if (viewer) return viewer;
  // First use of this token (a revoked one keeps its row, and stays refused).
  const opened = await db.one<{ id: string }>(sql`
    INSERT INTO user_session (id, user_id, expires_at) VALUES (${sessionId}, ${user.id}, ${identity.expiresAt})
    ON CONFLICT (id) DO NOTHING RETURNING id`);
  return opened ? readViewer(db, user.id, sessionId) : null;
}

/** A session id (uuid) that only this token maps to. */
export function oidcSessionId(token: string): string {
  const hex = createHash("sha256").update(`oidc:${token}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
