import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";

/** Claims of the API's own tokens: the user and the session that `signOut` revokes. */
export interface TokenClaims {
  sub: string;
  sid: string;
  exp: number;
}

export interface TokenSettings {
  secret: string;
  /** Lifetime in seconds. */
  ttlSeconds: number;
}

export function signToken(settings: TokenSettings, userId: string, sessionId: string, expiresAt: Date): string {
  return jwt.sign({ sub: userId, sid: sessionId, exp: Math.floor(expiresAt.getTime() / 1000) }, settings.secret, {
    algorithm: "HS256",
    issuer: "flexi-at-work",
  });
}

/**
 * The secret as a KeyObject, made once per secret: given a string, jsonwebtoken first tries it
 * as a public key on every verify (an exception each time, about 0.3 ms of CPU per request).
 */
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, "utf8"));
    keys.set(secret, key);
  }
  return key;
}

/** The claims of a valid, unexpired token; null for anything else (the caller answers UNAUTHENTICATED). */
export function verifyToken(settings: TokenSettings, token: string): TokenClaims | null {
  // A token whose signature was checked with this secret needs only its expiry checked again:
  // a client sends the same token with every request.
  const verified = VERIFIED.get(token);
  if (verified && verified.secret === settings.secret) {
    if (verified.claims.exp * 1000 > Date.now()) return verified.claims;
    VERIFIED.delete(token);
    return null;
  }
  const claims = checkSignature(settings, token);
  if (claims) {
    if (VERIFIED.size >= MAX_VERIFIED) VERIFIED.delete(VERIFIED.keys().next().value!);
    VERIFIED.set(token, { secret: settings.secret, claims });
  }
  return claims;
}

/** Tokens whose signature was checked, oldest first; bounded (one per active session in practice). */
const VERIFIED = new Map<string, { secret: string; claims: TokenClaims }>();
const MAX_VERIFIED = 10_000;

function checkSignature(settings: TokenSettings, token: string): TokenClaims | null {
  try {
    const claims = jwt.verify(token, keyOf(settings.secret), { algorithms: ["HS256"], issuer: "flexi-at-work" });
    if (typeof claims !== "object" || typeof claims.sub !== "string" || typeof claims.sid !== "string") return null;
    return { sub: claims.sub, sid: claims.sid, exp: claims.exp ?? 0 };
  } catch {
    return null;
  }
}

/** "Bearer <token>" from an Authorization header or graphql-ws connection parameter. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== "string") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
