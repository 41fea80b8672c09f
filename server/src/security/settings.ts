/**
 * The security settings of a process, from the environment (listed in the README). Kept apart
 * from config.ts so that the server, the services and the tests share one set of defaults.
 */

/** What the HTTP and WebSocket server enforces (server.ts). */
export interface HttpSecuritySettings {
  /** Deepest nesting of fields an operation may have (MAX_QUERY_DEPTH, default 12). */
  maxQueryDepth: number;
  /** Most fields an operation may read, lists multiplied out (MAX_QUERY_COST, default 100,000; security/limits.ts). */
  maxQueryCost: number;
  /** Largest request body, and WebSocket message, in bytes (MAX_BODY_BYTES, default 5 MiB). */
  maxBodyBytes: number;
  /** Longest GraphQL document, in bytes, checked before it is parsed (MAX_QUERY_BYTES, default 100,000; security/document-limits.ts). */
  maxQueryBytes: number;
  /** Most tokens of a GraphQL document; parsing stops beyond (MAX_QUERY_TOKENS, default 5,000). */
  maxQueryTokens: number;
  /** Most fields a document selects, aliases and fragment spreads counted out, checked before validation (MAX_QUERY_FIELDS, default 300). */
  maxQueryFields: number;
  /** Most filter objects (each and/or/not branch) in one operation (MAX_FILTER_BRANCHES, default 100; security/filter-limits.ts). */
  maxFilterBranches: number;
  /** Deepest nesting of filter objects through and/or/not (MAX_FILTER_DEPTH, default 6). */
  maxFilterDepth: number;
  /** Schema introspection (GRAPHQL_INTROSPECTION; default true, false when NODE_ENV=production). */
  introspection: boolean;
  /**
   * Reverse proxies in front of the API (TRUST_PROXY_HOPS, default 0): the client's address is
   * then taken that many hops back in X-Forwarded-For, and X-Forwarded-Proto says whether it came
   * over HTTPS. Leave 0 when clients reach the API directly, or anyone can pick their address.
   */
  trustProxyHops: number;
  /** Strict-Transport-Security max-age, sent on requests that came over HTTPS (HSTS_MAX_AGE_SECONDS, default 0: never). */
  hstsMaxAgeSeconds: number;
  /** When set, /metrics answers only `Authorization: Bearer <this>` (METRICS_TOKEN; default unset: open). */
  metricsToken?: string;
}

/**
 * Failed sign-ins allowed in a sliding window, and the devices that are exempt from the limits
 * of their login (security/sign-in-limiter.ts, docs/security.md); 0 turns a limit off.
 */
export interface SignInLimits {
  /** SIGN_IN_MAX_FAILURES_PER_LOGIN, default 10: per login and address (an IPv6 address: its /64); per login from all addresses, LOGIN_WIDE_FACTOR times this. */
  maxFailuresPerLogin: number;
  /** SIGN_IN_MAX_FAILURES_PER_ADDRESS, default 50. */
  maxFailuresPerAddress: number;
  /** SIGN_IN_MAX_FAILURES_PER_DEVICE, default 10: attempts with one device token, which count nowhere else. */
  maxFailuresPerDevice: number;
  /** SIGN_IN_DEVICE_TTL_SECONDS, default 30 days: a device token's life, renewed by each sign-in with it. */
  deviceTtlSeconds: number;
  /** SIGN_IN_MAX_DEVICES_PER_USER, default 20: the most recently used devices of a user kept. */
  maxDevicesPerUser: number;
  /** SIGN_IN_WINDOW_SECONDS, default 900 (15 minutes). */
  windowSeconds: number;
}

/** Tokens of an OpenID Connect issuer, accepted beside the API's own (security/oidc.ts). */
export interface OidcSettings {
  /** OIDC_ISSUER: the `iss` of its tokens, e.g. https://login.example.be/realms/flexi. */
  issuer: string;
  /** OIDC_AUDIENCE: the `aud` the tokens must carry (required with OIDC_ISSUER). */
  audience: string;
  /** OIDC_JWKS_URL; unset: the `jwks_uri` of `<issuer>/.well-known/openid-configuration`. */
  jwksUrl: string | undefined;
  /** OIDC_LOGIN_CLAIM: the claim matched against app_user.login, case-insensitively (default `sub`). */
  loginClaim: string;
}

export interface SecuritySettings {
  http: HttpSecuritySettings;
  signIn: SignInLimits;
  /** Unset: only the API's own tokens. */
  oidc: OidcSettings | undefined;
}

export const DEFAULT_HTTP_SECURITY: HttpSecuritySettings = {
  maxQueryDepth: 12,
  // Twice the console's largest screen (the wizard's 500 drafts with their content, about 50,000).
  maxQueryCost: 100_000,
  maxBodyBytes: 5 * 1024 * 1024,
  // The console's largest document is 1.5 kB, 256 tokens and 83 fields; the standard introspection query 2 kB.
  maxQueryBytes: 100_000,
  maxQueryTokens: 5_000,
  maxQueryFields: 300,
  maxFilterBranches: 100,
  maxFilterDepth: 6,
  introspection: true,
  trustProxyHops: 0,
  hstsMaxAgeSeconds: 0,
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  maxFailuresPerLogin: 10,
  maxFailuresPerAddress: 50,
  maxFailuresPerDevice: 10,
  deviceTtlSeconds: 30 * 24 * 60 * 60,
  maxDevicesPerUser: 20,
  windowSeconds: 15 * 60,
};

export function readSecuritySettings(env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  const d = DEFAULT_HTTP_SECURITY;
  const s = DEFAULT_SIGN_IN_LIMITS;
  return {
    http: {
      maxQueryDepth: positive(env.MAX_QUERY_DEPTH, d.maxQueryDepth, "MAX_QUERY_DEPTH"),
      maxQueryCost: positive(env.MAX_QUERY_COST, d.maxQueryCost, "MAX_QUERY_COST"),
      maxBodyBytes: positive(env.MAX_BODY_BYTES, d.maxBodyBytes, "MAX_BODY_BYTES"),
      maxQueryBytes: positive(env.MAX_QUERY_BYTES, d.maxQueryBytes, "MAX_QUERY_BYTES"),
      maxQueryTokens: positive(env.MAX_QUERY_TOKENS, d.maxQueryTokens, "MAX_QUERY_TOKENS"),
      maxQueryFields: positive(env.MAX_QUERY_FIELDS, d.maxQueryFields, "MAX_QUERY_FIELDS"),
      maxFilterBranches: positive(env.MAX_FILTER_BRANCHES, d.maxFilterBranches, "MAX_FILTER_BRANCHES"),
      maxFilterDepth: positive(env.MAX_FILTER_DEPTH, d.maxFilterDepth, "MAX_FILTER_DEPTH"),
      // Production schemas are not for browsing (Apollo's own default), unless asked for.
      introspection: flag(env.GRAPHQL_INTROSPECTION, env.NODE_ENV !== "production", "GRAPHQL_INTROSPECTION"),
      trustProxyHops: whole(env.TRUST_PROXY_HOPS, d.trustProxyHops, "TRUST_PROXY_HOPS"),
      hstsMaxAgeSeconds: whole(env.HSTS_MAX_AGE_SECONDS, d.hstsMaxAgeSeconds, "HSTS_MAX_AGE_SECONDS"),
      metricsToken: env.METRICS_TOKEN || undefined,
    },
    signIn: {
      maxFailuresPerLogin: whole(
        env.SIGN_IN_MAX_FAILURES_PER_LOGIN,
        s.maxFailuresPerLogin,
        "SIGN_IN_MAX_FAILURES_PER_LOGIN",
      ),
      maxFailuresPerAddress: whole(
        env.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
        s.maxFailuresPerAddress,
        "SIGN_IN_MAX_FAILURES_PER_ADDRESS",
      ),
      maxFailuresPerDevice: whole(
        env.SIGN_IN_MAX_FAILURES_PER_DEVICE,
        s.maxFailuresPerDevice,
        "SIGN_IN_MAX_FAILURES_PER_DEVICE",
      ),
      deviceTtlSeconds: positive(env.SIGN_IN_DEVICE_TTL_SECONDS, s.deviceTtlSeconds, "SIGN_IN_DEVICE_TTL_SECONDS"),
      maxDevicesPerUser: positive(
        env.SIGN_IN_MAX_DEVICES_PER_USER,
        s.maxDevicesPerUser,
        "SIGN_IN_MAX_DEVICES_PER_USER",
      ),
      windowSeconds: positive(env.SIGN_IN_WINDOW_SECONDS, s.windowSeconds, "SIGN_IN_WINDOW_SECONDS"),
    },
    oidc: readOidc(env),
  };
}

function readOidc(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const issuer = env.OIDC_ISSUER || undefined;
  if (!issuer) {
    if (env.OIDC_AUDIENCE || env.OIDC_JWKS_URL) throw new Error("OIDC_AUDIENCE and OIDC_JWKS_URL need OIDC_ISSUER");
    return undefined;
  }
  const audience = env.OIDC_AUDIENCE || undefined;
  // Without an audience, a token the issuer made for any other application would be accepted here.
  if (!audience) throw new Error("OIDC_AUDIENCE is required with OIDC_ISSUER");
  return { issuer, audience, jwksUrl: env.OIDC_JWKS_URL || undefined, loginClaim: env.OIDC_LOGIN_CLAIM || "sub" };
}

function whole(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}

function positive(text: string | undefined, fallback: number, name: string): number {
  const value = whole(text, fallback, name);
  if (value === 0) throw new Error(`${name} must be above 0`);
  return value;
}

function flag(text: string | undefined, fallback: boolean, name: string): boolean {
  if (text === undefined || text === "") return fallback;
  if (text === "true") return true;
  if (text === "false") return false;
  throw new Error(`${name} must be true or false, not "${text}"`);
}
