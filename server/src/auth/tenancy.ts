import { forbidden, notFound, unauthenticated } from "../errors";
import { sql, type Sql } from "../db/sql";
import type { PermissionCode } from "./permissions";
import type { Viewer } from "./viewer";

/**
 * The one place that says which employers' records a request may touch (docs/architecture.md#tenancy-access-and-errors). Services
 * add `employerCondition(...)` to every read and call `requireEmployer(...)` before every write;
 * another employer's record is then simply not found, so ids leak nothing.
 */
export type EmployerScope = { all: true } | { all: false; employerIds: string[] };

export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Employers whose records of this kind the viewer may read. The back office reads all. */
export function employerScope(viewer: Viewer, permission: PermissionCode | "ANY"): EmployerScope {
  if (viewer.backOffice) return { all: true };
  const ids = viewer.grants.filter((g) => permission === "ANY" || g.permission === permission).map((g) => g.employerId);
  return { all: false, employerIds: [...new Set(ids)] };
}

/** SQL condition on an employer id column for a scope. */
export function employerCondition(column: Sql, scope: EmployerScope): Sql {
  if (scope.all) return sql.raw("TRUE");
  if (scope.employerIds.length === 0) return sql.raw("FALSE");
  // One employer (the usual case) as `= $1`: the planner merges it with a filter on the same
  // employer and estimates the rows right, where `= ANY(...)` made it scan and sort them all.
  if (scope.employerIds.length === 1) return sql`${column} = ${scope.employerIds[0]}::uuid`;
  return sql`${column} = ANY(${scope.employerIds}::uuid[])`;
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
 * Condition that a worker row (alias `w`) is visible: the back office sees every worker; a worker
 * sees themself; an employer user sees the workers with a Dimona period of an employer it may
 * consult, and the workers of the declarations it may read.
 */
export function workerCondition(viewer: Viewer, worker: Sql): Sql {
  if (viewer.backOffice) return sql.raw("TRUE");
  const parts: Sql[] = [];
  if (viewer.ssin) parts.push(sql`${worker}.ssin = ${viewer.ssin}`);
  const dimona = employerScope(viewer, "DIMONA_CONSULTATION");
  if (!dimona.all && dimona.employerIds.length > 0) {
    parts.push(sql`EXISTS (SELECT 1 FROM dimona_period vis_dp WHERE vis_dp.worker_id = ${worker}.id
      AND ${employerCondition(sql.raw("vis_dp.employer_id"), dimona)})`);
  }
  const declarations = employerScope(viewer, "FLEXI_AT_WORK");
  if (!declarations.all && declarations.employerIds.length > 0) {
    parts.push(sql`EXISTS (SELECT 1 FROM wage_declaration vis_wd WHERE vis_wd.worker_id = ${worker}.id
      AND ${employerCondition(sql.raw("vis_wd.employer_id"), declarations)})`);
  }
  return sql.or(parts);
}

/**
 * Condition that a Dimona period row is visible: employers it may consult (DIMONA_CONSULTATION),
 * the back office, and the worker's own periods.
 */
export function dimonaPeriodCondition(viewer: Viewer, period: Sql): Sql {
  if (viewer.backOffice) return sql.raw("TRUE");
  const parts: Sql[] = [employerCondition(sql`${period}.employer_id`, employerScope(viewer, "DIMONA_CONSULTATION"))];
  if (viewer.ssin) {
    parts.push(sql`${period}.worker_id = (SELECT own.id FROM worker own WHERE own.ssin = ${viewer.ssin})`);
  }
  return sql.or(parts);
}

/**
 * Condition that a wage declaration row is visible: the employers it may declare for
 * (FLEXI_AT_WORK), drafts included; the back office and the worker themself see every
 * declaration but drafts (a draft belongs to its employer until it is submitted, docs/domain-rules.md#drafts-and-submissions).
 */
export function declarationCondition(viewer: Viewer, declaration: Sql): Sql {
  const parts: Sql[] = [
    employerCondition(sql`${declaration}.employer_id`, {
      all: false,
      employerIds: ownEmployerIds(viewer, "FLEXI_AT_WORK"),
    }),
  ];
  if (viewer.backOffice) parts.push(sql`${declaration}.status <> 'DRAFT'`);
  else if (viewer.ssin) {
    parts.push(
      sql`(${declaration}.status <> 'DRAFT' AND ${declaration}.worker_id = (SELECT own.id FROM worker own WHERE own.ssin = ${viewer.ssin}))`,
    );
  }
  return sql.or(parts);
}

/**
 * Whether the viewer declares for this employer (FLEXI_AT_WORK there): its drafts, submissions,
 * declarations and e-Box. The back-office flag adds nothing here; the office has its own paths.
 */
export function declaresFor(viewer: Viewer, employerId: string): boolean {
  return ownEmployerIds(viewer, "FLEXI_AT_WORK").includes(employerId);
}

/** Employers for which the viewer itself holds the permission (the back office flag aside). */
export function ownEmployerIds(viewer: Viewer, permission: PermissionCode): string[] {
  return [...new Set(viewer.grants.filter((g) => g.permission === permission).map((g) => g.employerId))];
}

/**
 * The in-memory twin of `declarationCondition` for the status-event relay, which filters each
 * event per subscriber without a query: the employers it declares for, the back office, the
 * worker themself. Status events never concern drafts (the first is DRAFT -> PENDING).
 */
export function canSeeDeclarationEvent(viewer: Viewer, event: { employerId: string; ssin: string }): boolean {
  if (viewer.backOffice) return true;
  if (viewer.ssin !== null && viewer.ssin === event.ssin) return true;
  return declaresFor(viewer, event.employerId);
}

/**
 * Condition that a submission row is visible: those of the employers the viewer declares for
 * (drafts included); the back office sees every transmitted one. A worker sees none: a
 * submission holds other workers' declarations.
 */
export function submissionCondition(viewer: Viewer, submission: Sql): Sql {
  const parts: Sql[] = [
    employerCondition(sql`${submission}.employer_id`, {
      all: false,
      employerIds: ownEmployerIds(viewer, "FLEXI_AT_WORK"),
    }),
  ];
  if (viewer.backOffice) parts.push(sql`${submission}.status = 'SUBMITTED'`);
  return sql.or(parts);
}

/** The in-memory twin of `submissionCondition`, for a submission reached through a nested field. */
export function canSeeSubmission(viewer: Viewer, submission: { employerId: string; status: string }): boolean {
  if (viewer.backOffice && submission.status === "SUBMITTED") return true;
  return ownEmployerIds(viewer, "FLEXI_AT_WORK").includes(submission.employerId);
}

/**
 * Condition that an audit entry is visible: the back office reads the whole trail; an employer's
 * declarants and access administrators read the entries about that employer.
 */
export function auditCondition(viewer: Viewer, entry: Sql): Sql {
  if (viewer.backOffice) return sql.raw("TRUE");
  const ids = [...new Set([...ownEmployerIds(viewer, "FLEXI_AT_WORK"), ...ownEmployerIds(viewer, "ACCESS_ADMIN")])];
  return employerCondition(sql`${entry}.employer_id`, { all: false, employerIds: ids });
}

/** Whether the viewer may see an employer's declarations at all (FLEXI_AT_WORK there, or the back office). */
export function canSeeEmployerDeclarations(viewer: Viewer, employerId: string): boolean {
  return viewer.backOffice || ownEmployerIds(viewer, "FLEXI_AT_WORK").includes(employerId);
}

/** Whether the viewer reads this employer's e-Box: FLEXI_AT_WORK there (the back office flag adds nothing: it is the employer's mail). */
export function canReadEbox(viewer: Viewer, employerId: string): boolean {
  return declaresFor(viewer, employerId);
}
