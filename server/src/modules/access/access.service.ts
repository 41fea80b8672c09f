import { announceAccessChange } from "../../events/access-events";
import { hashPassword, verifyAgainstNothing, verifyPassword } from "../../auth/passwords";
import { signedIn } from "../../access";
import { signToken, type TokenSettings } from "../../auth/tokens";
import type { Viewer } from "../../auth/viewer";
import { checkNewPassword } from "../../security/new-passwords";
import { SignInLimiter } from "../../security/sign-in-limiter";
import { DEFAULT_SIGN_IN_LIMITS } from "../../security/settings";
import { sql } from "../../db/sql";
import type { ColumnMap } from "../../db/columns";
import { FieldErrors, unauthenticated } from "../../errors";
import type { RequestContext, Sessions } from "../../auth/request-context";
import type { ViewerCache } from "../../auth/viewer-cache";
import type { Permission } from "../../auth/permissions";
import { toLanguageEnum, type LanguageEnum } from "../../domain/language";

/** A right of a user for one employer (the GraphQL type AccessGrant, access.type.ts). */
export interface AccessGrant {
  employerId: string;
  permission: Permission;
  grantedAt: Date;
}

/** A person who signs in, with their rights (the GraphQL type User). */
export interface User {
  id: string;
  login: string;
  displayName: string;
  language: LanguageEnum;
  backOffice: boolean;
  ssin: string | null;
  grants: AccessGrant[];
}

/** The answer to a sign-in (the GraphQL type AuthPayload). */
export interface AuthPayload {
  token: string;
  expiresAt: Date;
  user: User;
  /** Kept by the client and sent with its next sign-in: that device's failures are counted apart. */
  deviceToken?: string | null;
}

/** Sign-in, sessions and passwords (docs/security.md). */
export class AccessService {
  constructor(
    private readonly tokens: TokenSettings,
    /** The sessions' users: read back after a sign-in, forgotten after a sign-out or a password change. */
    private readonly sessions: Pick<Sessions, "loadViewer"> & { viewers: Pick<ViewerCache, "forget"> },
    private readonly limiter = new SignInLimiter(DEFAULT_SIGN_IN_LIMITS),
  ) {}

  /**
   * Checks the password (argon2id) and opens a session; the token expires with it. Failed
   * attempts are limited per login and per client address, or per device when a valid device
   * token of the login comes along (RATE_LIMITED, security/sign-in-limiter.ts); a success hands
   * out the device token to bring next time.
   */
  async signIn(
    ctx: RequestContext,
    login: string,
    password: string,
    deviceToken?: string | null,
  ): Promise<AuthPayload> {
    const deviceId = await this.limiter.findDevice(ctx.db, login, deviceToken);
    const attempt = await this.limiter.begin(ctx.db, login, ctx.clientAddress ?? null, deviceId);
    const user = await ctx.db.one<{ id: string; passwordHash: string }>(
      sql`SELECT id, password_hash AS "passwordHash" FROM app_user WHERE lower(login) = lower(${login}) AND NOT disabled`,
    );
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
    if (!user || !ok) throw unauthenticated("Wrong login or password.");
    await this.limiter.succeeded(ctx.db, attempt);
    const device = await this.limiter.rememberDevice(ctx.db, user.id, attempt, deviceToken);
    const expiresAt = new Date(Date.now() + this.tokens.ttlSeconds * 1000);
    const session = await ctx.db.one<{ id: string }>(sql`
      INSERT INTO user_session (user_id, expires_at, device_id)
      VALUES (${user.id}, ${expiresAt}, (SELECT id FROM sign_in_device WHERE id = ${device.id})) RETURNING id`);
    const token = signToken(this.tokens, user.id, session!.id, expiresAt);
    const viewer = await this.sessions.loadViewer(token);
    if (!viewer) throw unauthenticated("Wrong login or password.");
    return { token, expiresAt, user: toUser(viewer), deviceToken: device.token };
  }

  /** Revokes the session of the token used: that token no longer works. */
  async signOut(ctx: RequestContext): Promise<boolean> {
    const viewer = signedIn(ctx.viewer);
    await ctx.db.transaction(async (tx) => {
      await tx.query(
        sql`UPDATE user_session SET revoked_at = now() WHERE id = ${viewer.sessionId} AND revoked_at IS NULL`,
      );
      await announceAccessChange(tx, viewer.userId);
    });
    this.sessions.viewers.forget(viewer.userId);
    return true;
  }

  /**
   * Changes the password (security/new-passwords.ts says which are accepted) and ends the user's
   * other sessions. A wrong current password counts as a failed sign-in of the login, on the
   * device the session was opened on when it has one (RATE_LIMITED past the limit).
   */
  async changePassword(ctx: RequestContext, current: string, next: string): Promise<boolean> {
    const viewer = signedIn(ctx.viewer);
    const errors = new FieldErrors();
    checkNewPassword(errors, ["next"], next);
    const row = await ctx.db.one<{ passwordHash: string; deviceId: string | null }>(sql`
      SELECT u.password_hash AS "passwordHash", s.device_id AS "deviceId"
      FROM app_user u LEFT JOIN user_session s ON s.id = ${viewer.sessionId} AND s.user_id = u.id
      WHERE u.id = ${viewer.userId}`);
    const attempt = await this.limiter.begin(ctx.db, viewer.login, ctx.clientAddress ?? null, row?.deviceId ?? null);
    if (!row || !(await verifyPassword(row.passwordHash, current)))
      errors.add(["current"], "WRONG_PASSWORD", "The current password is wrong.");
    else await this.limiter.succeeded(ctx.db, attempt);
    errors.check();
    const hash = await hashPassword(next);
    await ctx.db.transaction(async (tx) => {
      await tx.query(sql`UPDATE app_user SET password_hash = ${hash}, updated_at = now() WHERE id = ${viewer.userId}`);
      await tx.query(
        sql`UPDATE user_session SET revoked_at = now() WHERE user_id = ${viewer.userId} AND id <> ${viewer.sessionId} AND revoked_at IS NULL`,
      );
      await announceAccessChange(tx, viewer.userId);
    });
    this.sessions.viewers.forget(viewer.userId);
    return true;
  }

  me(ctx: RequestContext): User {
    return toUser(signedIn(ctx.viewer));
  }
}

export function toUser(viewer: Viewer): User {
  return {
    id: viewer.userId,
    login: viewer.login,
    displayName: viewer.displayName,
    language: toLanguageEnum(viewer.language),
    backOffice: viewer.backOffice,
    ssin: viewer.ssin,
    grants: viewer.grants.map((g) => ({
      employerId: g.employerId,
      permission: g.permission as Permission,
      grantedAt: g.grantedAt,
    })),
  };
}

/** What another record shows of a user: name and login (their rights and SSIN are not the reader's business). */
export interface UserBasicsRow {
  id: string;
  login: string;
  displayName: string;
  language: string | null;
  backOffice: boolean;
}

export const USER_BASICS_COLUMN_MAP: ColumnMap<UserBasicsRow> = {
  id: "id",
  login: "login",
  displayName: "display_name",
  language: "language",
  backOffice: "back_office",
};

/** The User a record shows for a user row read with USER_BASICS_COLUMN_MAP (the user's own language, else English). */
export function toUserBasics(row: UserBasicsRow): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.displayName,
    language: toLanguageEnum(row.language ?? "en"),
    backOffice: row.backOffice,
    ssin: null,
    grants: [],
  };
}
