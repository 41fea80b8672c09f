/**
 * Access management (docs/domain-rules.md#access-rights): an employer's access administrators grant and revoke
 * DIMONA_CONSULTATION and FLEXI_AT_WORK to users named by their login, as the guide's
 * "Zugangsverwalter" does; only the back office grants and revokes ACCESS_ADMIN. Every change is
 * audited and announced inside its own transaction; the user's next request reads the new rights
 * (graphql/context.ts re-reads them every time).
 */
import { requireEmployerPermission, RULES, signedIn } from "../../access";
import { Permission, type PermissionCode } from "../../auth/permissions";
import type { Viewer } from "../../auth/viewer";
import type { ViewerCache } from "../../auth/viewer-cache";
import type { Db } from "../../db/db";
import type { NestedList } from "../../db/columns";
import { isUuid } from "../../db/ids";
import { sql } from "../../db/sql";
import { fieldChanges } from "../../domain/field-changes";
import { toLanguageEnum, type Language } from "../../domain/language";
import { announceAccessChange } from "../../events/access-events";
import { conflict, FieldErrors, forbidden, notFound } from "../../errors";
import type { RequestContext } from "../../auth/request-context";
import { writeAudit } from "../audit/audit-writer";
import type { AccessGrant, User } from "./access.service";

/** A right of one user, named by login, for one employer (the GraphQL input GrantAccessInput). */
export interface GrantAccessInput {
  employerId: string;
  login: string;
  permission: Permission;
}

interface GrantRow {
  id: string;
  employerId: string;
  permission: PermissionCode;
  grantedAt: Date;
}

const GRANT_COLUMNS = sql.raw(`id, employer_id AS "employerId", permission, granted_at AS "grantedAt"`);

/** The fields an access change shows in the audit trail, in this order. */
const AUDITED_FIELDS = ["login", "permission"] as const;

interface EmployerUserRow {
  employerId: string;
  id: string;
  login: string;
  displayName: string;
  language: Language;
  backOffice: boolean;
  grants: { permission: PermissionCode; grantedAt: string }[];
}

export class AccessManagementService {
  /** `viewers`: the cache of sessions' users, told to forget a user whose rights change. */
  constructor(private readonly viewers: ViewerCache) {}

  /**
   * Grants a right; granting one the user already holds returns that grant and changes nothing
   * (no second row, no audit entry).
   */
  async grant(ctx: RequestContext, input: GrantAccessInput): Promise<AccessGrant> {
    const viewer = signedIn(ctx.viewer);
    await requireAccessAuthority(ctx.db, viewer, input.employerId, input.permission);
    const user = await findUser(ctx.db, input.login, { refuseDisabled: true });
    const grant = await ctx.db.transaction(async (tx) => {
      const created = await tx.one<GrantRow>(sql`
        INSERT INTO access_grant (user_id, employer_id, permission, granted_by)
        VALUES (${user.id}, ${input.employerId}, ${input.permission}, ${viewer.userId})
        ON CONFLICT (user_id, employer_id, permission) DO NOTHING
        RETURNING ${GRANT_COLUMNS}`);
      if (!created) {
        // Held already (or granted by a concurrent call that has just committed): that grant is the answer.
        const existing = await tx.one<GrantRow>(sql`
          SELECT ${GRANT_COLUMNS} FROM access_grant
          WHERE user_id = ${user.id} AND employer_id = ${input.employerId} AND permission = ${input.permission}`);
        if (!existing) throw conflict("The right changed while it was being granted; try again.");
        return toAccessGrant(existing);
      }
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "grantAccess",
          entityType: "AccessGrant",
          entityId: created.id,
          employerId: input.employerId,
          reason: null,
          changes: fieldChanges({}, { login: user.login, permission: input.permission }, AUDITED_FIELDS),
        },
      ]);
      await announceAccessChange(tx, user.id);
      return toAccessGrant(created);
    });
    this.viewers.forget(user.id);
    return grant;
  }

  /** Removes a right; true when one was removed, false when the user did not hold it (nothing written). */
  async revoke(ctx: RequestContext, input: GrantAccessInput): Promise<boolean> {
    const viewer = signedIn(ctx.viewer);
    await requireAccessAuthority(ctx.db, viewer, input.employerId, input.permission);
    // A disabled user's rights may still be taken away.
    const user = await findUser(ctx.db, input.login, { refuseDisabled: false });
    const wasRemoved = await ctx.db.transaction(async (tx) => {
      const removed = await tx.one<{ id: string }>(sql`
        DELETE FROM access_grant
        WHERE user_id = ${user.id} AND employer_id = ${input.employerId} AND permission = ${input.permission}
        RETURNING id`);
      if (!removed) return false;
      await writeAudit(tx, [
        {
          actorId: viewer.userId,
          action: "revokeAccess",
          entityType: "AccessGrant",
          entityId: removed.id,
          employerId: input.employerId,
          reason: null,
          changes: fieldChanges({ login: user.login, permission: input.permission }, {}, AUDITED_FIELDS),
        },
      ]);
      await announceAccessChange(tx, user.id);
      return true;
    });
    this.viewers.forget(user.id);
    return wasRemoved;
  }

  /**
   * The users holding a right for an employer, each with their rights for that employer only
   * (their rights elsewhere are not this employer's business), ordered by login, one list per
   * employer asked, in that order: a list of employers costs one statement. Only the employer's
   * access administrators and the back office see them; for anyone else the list is empty.
   */
  async usersOf(ctx: RequestContext, employerIds: readonly string[]): Promise<User[][]> {
    const viewer = signedIn(ctx.viewer);
    const managed = employerIds.filter((employerId) => RULES.accessGrant.allows(viewer, { employerId }));
    const rows =
      managed.length === 0
        ? []
        : await ctx.db.query<EmployerUserRow>(sql`
      SELECT g.employer_id AS "employerId", u.id, u.login, u.display_name AS "displayName", u.back_office AS "backOffice",
        -- the language rule of auth/request-context.ts: the user's own, else that of their first employer
        COALESCE(u.language, (SELECT e.language FROM access_grant fg JOIN employer e ON e.id = fg.employer_id
          WHERE fg.user_id = u.id ORDER BY fg.granted_at, e.id LIMIT 1), 'en') AS language,
        json_agg(json_build_object('permission', g.permission, 'grantedAt', g.granted_at) ORDER BY g.granted_at, g.permission) AS grants
      FROM access_grant g JOIN app_user u ON u.id = g.user_id
      WHERE g.employer_id = ANY(${managed}::uuid[])
      GROUP BY g.employer_id, u.id
      ORDER BY lower(u.login), u.id`);
    const byEmployer = new Map<string, User[]>();
    for (const row of rows) {
      const user: User = {
        id: row.id,
        login: row.login,
        displayName: row.displayName,
        language: toLanguageEnum(row.language),
        backOffice: row.backOffice,
        // A user's SSIN serves their own worker view; it is not the employer's business.
        ssin: null,
        grants: row.grants.map((g) => ({
          employerId: row.employerId,
          permission: g.permission as Permission,
          grantedAt: new Date(g.grantedAt),
        })),
      };
      byEmployer.set(row.employerId, [...(byEmployer.get(row.employerId) ?? []), user]);
    }
    return employerIds.map((id) => byEmployer.get(id) ?? []);
  }

  /**
   * Employer.users for a list of employers that reads them in its own statement: a correlated
   * subquery on the employers' alias giving, as `usersOf` does, the users and their rights of
   * each employer the viewer manages (the same access rule, in SQL) as a JSON array, and how to
   * read that back. Only the fields asked are built.
   */
  usersOfEmployerSql(ctx: RequestContext, employerAlias: string, asked: ReadonlySet<string>): NestedList<User> {
    const viewer = signedIn(ctx.viewer);
    const parts = [`'id', u.id`, ...[...asked].flatMap((field) => NESTED_USER_FIELDS[field] ?? [])];
    const grants = asked.has("grants")
      ? sql.raw(`, json_agg(json_build_object('employerId', g.employer_id, 'permission', g.permission, 'grantedAt', g.granted_at)
          ORDER BY g.granted_at, g.permission) AS grants`)
      : sql.empty;
    const select = sql`(SELECT json_agg(json_build_object(${sql.raw(parts.join(", "))}) ORDER BY lower(u.login), u.id)
      FROM (SELECT g.user_id${grants} FROM access_grant g
        WHERE g.employer_id = ${sql.raw(employerAlias)}.id AND ${RULES.accessGrant.condition(viewer, sql.raw("g"))}
        GROUP BY g.user_id) ng
      JOIN app_user u ON u.id = ng.user_id)`;
    return { select, read: (value) => (value == null ? [] : (value as NestedUserRow[]).map(toNestedUser)) };
  }
}

/** One object shape for every nested user; a field not asked stays undefined. */
function toNestedUser(row: NestedUserRow): User {
  return {
    id: row.id,
    login: row.login!,
    displayName: row.displayName!,
    language: row.language === undefined ? (undefined as unknown as User["language"]) : toLanguageEnum(row.language),
    backOffice: row.backOffice!,
    // A user's SSIN serves their own worker view; it is not the employer's business.
    ssin: null,
    grants:
      row.grants === undefined
        ? (undefined as unknown as User["grants"])
        : row.grants.map((g) => ({
            employerId: g.employerId,
            permission: g.permission as Permission,
            grantedAt: new Date(g.grantedAt),
          })),
  };
}

/** A user of an employer as the nested list gives it: the fields asked, with the grants of that employer. */
interface NestedUserRow {
  id: string;
  login?: string;
  displayName?: string;
  language?: Language;
  backOffice?: boolean;
  grants?: { employerId: string; permission: PermissionCode; grantedAt: string }[];
}

/** Each User field's part of a nested user (the grants grouped per user in `ng`). */
const NESTED_USER_FIELDS: Record<string, string> = {
  login: `'login', u.login`,
  displayName: `'displayName', u.display_name`,
  backOffice: `'backOffice', u.back_office`,
  // the language rule of auth/request-context.ts, as usersOf reads it
  language: `'language', COALESCE(u.language, (SELECT e.language FROM access_grant fg JOIN employer e ON e.id = fg.employer_id
    WHERE fg.user_id = u.id ORDER BY fg.granted_at, e.id LIMIT 1), 'en')`,
  grants: `'grants', ng.grants`,
};

/**
 * Who may change an employer's rights: its access administrators the two ordinary rights, the
 * back office every right (ACCESS_ADMIN only by the back office). An employer that does not exist
 * or that the caller has nothing to do with is NOT_FOUND; one it knows without the authority is
 * FORBIDDEN.
 */
async function requireAccessAuthority(
  db: Db,
  viewer: Viewer,
  employerId: string,
  permission: Permission,
): Promise<void> {
  if (!isUuid(employerId)) throw notFound("Employer");
  if (viewer.backOffice) {
    if (!(await db.one(sql`SELECT 1 FROM employer WHERE id = ${employerId}`))) throw notFound("Employer");
    return;
  }
  requireEmployerPermission(viewer, employerId, "ACCESS_ADMIN");
  if (permission === Permission.ACCESS_ADMIN) throw forbidden("Only the back office grants or revokes ACCESS_ADMIN.");
}

/** The user named by a login, in any case (app_user has a unique index on lower(login)). */
async function findUser(
  db: Db,
  login: string,
  options: { refuseDisabled: boolean },
): Promise<{ id: string; login: string }> {
  const user = await db.one<{ id: string; login: string; disabled: boolean }>(
    sql`SELECT id, login, disabled FROM app_user WHERE lower(login) = lower(${login})`,
  );
  const errors = new FieldErrors();
  if (!user) errors.add(["login"], "NOT_FOUND", "No user has this login.");
  else if (options.refuseDisabled && user.disabled)
    errors.add(["login"], "NOT_ALLOWED", "This user is disabled and cannot receive rights.");
  errors.check();
  return user!;
}

function toAccessGrant(row: GrantRow): AccessGrant {
  return { employerId: row.employerId, permission: row.permission as Permission, grantedAt: row.grantedAt };
}
