import { forbidden, notFound, unauthenticated } from "../errors";
import { PERMISSIONS, type PermissionCode } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { PARTIES } from "./parties";

/**
 * Which employers a viewer acts for, per permission: the writes' side of access (the reads'
 * side is in rules.ts). Services call `requireEmployerPermission(...)` before a write for an
 * employer; another employer's record is then simply not found, so ids leak nothing.
 */
export type EmployerScope = { all: true } | { all: false; employerIds: string[] };

export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/**
 * Employers for which the viewer itself holds the permission, through any party kind it is
 * (parties.ts `actsFor`); the back office's blanket reach is not counted here.
 */
export function ownEmployerIds(viewer: Viewer, permission: PermissionCode): string[] {
  const ids: string[] = [];
  for (const party of PARTIES) ids.push(...party.actsFor(viewer, permission));
  return [...new Set(ids)];
}

/** Employers whose records of this kind the viewer may act on. The back office acts on all. */
export function employerScope(viewer: Viewer, permission: PermissionCode | "ANY"): EmployerScope {
  if (viewer.backOffice) return { all: true };
  const permissions = permission === "ANY" ? PERMISSIONS : [permission];
  return { all: false, employerIds: [...new Set(permissions.flatMap((p) => ownEmployerIds(viewer, p)))] };
}

export function inScope(scope: EmployerScope, employerId: string): boolean {
  return scope.all || scope.employerIds.includes(employerId);
}

/**
 * Checks that the viewer may act for an employer with a permission: an employer the viewer has
 * nothing to do with is NOT_FOUND; one it knows without that right is FORBIDDEN.
 */
export function requireEmployerPermission(viewer: Viewer, employerId: string, permission: PermissionCode): void {
  if (inScope(employerScope(viewer, permission), employerId)) return;
  if (inScope(employerScope(viewer, "ANY"), employerId)) throw forbidden();
  throw notFound("Employer");
}

/**
 * Whether the viewer declares for this employer (FLEXI_AT_WORK there): its drafts, submissions,
 * declarations and e-Box. The back-office flag adds nothing here; the office has its own paths.
 */
export function declaresFor(viewer: Viewer, employerId: string): boolean {
  return ownEmployerIds(viewer, "FLEXI_AT_WORK").includes(employerId);
}

/**
 * The viewer, when it is a back-office agent. The operation policy already refuses everyone
 * else before a resolver runs; services that maintain reference data check again, so that no
 * other caller of the service can bypass the rule.
 */
export function backOfficeOnly(viewer: Viewer | null): Viewer {
  const signed = signedIn(viewer);
  if (!signed.backOffice) throw forbidden();
  return signed;
}
