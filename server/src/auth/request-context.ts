import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { currentStatementCount, type StatementCount } from "../db/statement-counter";
import type { Language } from "../domain/language";
import { verifyToken, type TokenSettings } from "./tokens";
import type { Grant, Viewer } from "./viewer";
import type { SessionViewer, ViewerCache } from "./viewer-cache";

/**
 * What every service receives with a call: who asks, the database, and what the request keeps
 * for its protections. The GraphQL layer adds what only its resolvers use (graphql/context.ts).
 */
export interface RequestContext {
  viewer: Viewer | null;
  /** A token was sent but is invalid, expired or revoked. */
  tokenRejected: boolean;
  db: Db;
  /** Statements run for this request so far (the statement-count tests read it). */
  statementCount?: StatementCount;
  /** The client's address (security/client-address.ts), for the sign-in limits; null when unknown. */
  clientAddress?: string | null;
  /** A back-office user's reads of workers' income in this operation, to audit (access/income-reads.ts). */
  incomeReads?: IncomeReadRecorder;
}

/** Whose income a resolved field shows: a worker, or the worker of a declaration. */
export type IncomeSubject = { workerId: string } | { declarationId: string } | null;

/** Notes the workers whose income an operation shows, and writes their audit entries (access/income-reads.ts). */
export interface IncomeReadRecorder {
  note(subject: IncomeSubject): void;
  readonly isEmpty: boolean;
  write(db: Db, actorId: string, operationName: string | null): Promise<void>;
}

/** Where the users behind tokens come from (services.ts: the API's own sessions or an OIDC issuer's). */
export interface Sessions {
  readonly db: Db;
  loadViewer(token: string): Promise<Viewer | null>;
}

/** How one request presents itself: its token, the language it asks for, the client's address. */
export interface RequestCredentials {
  token: string | null;
  language?: string | null;
  clientAddress?: string | null;
}

/**
 * The context of one HTTP request or WebSocket operation. The user and their rights come from
 * the viewer cache (auth/viewer-cache.ts), which forgets a user as soon as their rights or
 * sessions change, so that a revoked right or session takes effect on the next request.
 */
export async function createRequestContext(sessions: Sessions, request: RequestCredentials): Promise<RequestContext> {
  const { token, language, clientAddress = null } = request;
  const loaded = token ? await sessions.loadViewer(token) : null;
  // The reader's language: the one the client asks for, else the user's own.
  const asked = preferredLanguage(language);
  const viewer = loaded && asked ? { ...loaded, language: asked } : loaded;
  return {
    viewer,
    tokenRejected: token !== null && viewer === null,
    db: sessions.db,
    statementCount: currentStatementCount(),
    clientAddress,
  };
}

interface ViewerRow {
  id: string;
  login: string;
  displayName: string;
  language: Language | null;
  employerLanguage: Language | null;
  backOffice: boolean;
  ssin: string | null;
  sessionExpiresAt: Date;
  grants: { employerId: string; permission: Grant["permission"]; grantedAt: string }[];
}

/**
 * The language a client asks for (an Accept-Language header, or the WebSocket's
 * connectionParams.language): its first tag, when it is one of nl, fr, de, en.
 */
export function preferredLanguage(header: string | null | undefined): Language | null {
  const first = header?.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return first === "nl" || first === "fr" || first === "de" || first === "en" ? first : null;
}

/** The user behind one of the API's own tokens: the signature checked, then the session (from the cache when it may be trusted). */
export async function loadViewer(
  db: Db,
  tokens: TokenSettings,
  cache: ViewerCache,
  token: string,
): Promise<Viewer | null> {
  const claims = verifyToken(tokens, token);
  if (!claims) return null;
  return cache.get(claims.sub, claims.sid, () => readSessionViewer(db, claims.sub, claims.sid));
}

/**
 * The user and rights of a session, read now; null when the session is revoked or expired or
 * the user disabled. Open subscriptions re-read it when the user's rights change.
 */
export async function readViewer(db: Db, userId: string, sessionId: string): Promise<Viewer | null> {
  return (await readSessionViewer(db, userId, sessionId))?.viewer ?? null;
}

async function readSessionViewer(db: Db, userId: string, sessionId: string): Promise<SessionViewer | null> {
  const claims = { sub: userId, sid: sessionId };
  const row = await db.one<ViewerRow>(sql`
    SELECT u.id, u.login, u.display_name AS "displayName", u.language, u.back_office AS "backOffice", u.ssin,
      s.expires_at AS "sessionExpiresAt",
      (SELECT e.language FROM access_grant g JOIN employer e ON e.id = g.employer_id
        WHERE g.user_id = u.id ORDER BY g.granted_at, e.id LIMIT 1) AS "employerLanguage",
      COALESCE((SELECT json_agg(json_build_object('employerId', g.employer_id, 'permission', g.permission,
        'grantedAt', g.granted_at) ORDER BY g.granted_at, g.employer_id, g.permission)
        FROM access_grant g WHERE g.user_id = u.id), '[]') AS grants
    FROM app_user u JOIN user_session s ON s.user_id = u.id
    WHERE u.id = ${claims.sub} AND s.id = ${claims.sid} AND s.revoked_at IS NULL AND s.expires_at > now()
      AND NOT u.disabled`);
  if (!row) return null;
  const viewer: Viewer = {
    userId: row.id,
    sessionId: claims.sid,
    login: row.login,
    displayName: row.displayName,
    language: row.language ?? row.employerLanguage ?? "en",
    backOffice: row.backOffice,
    ssin: row.ssin,
    grants: row.grants.map((g) => ({ ...g, grantedAt: new Date(g.grantedAt) })),
  };
  return { viewer, sessionExpiresAt: row.sessionExpiresAt };
}
