import { sql, type Sql } from "../db/sql";
import { PERMISSIONS, type PermissionCode } from "../auth/permissions";
import type { Grant, Viewer } from "../auth/viewer";
import type { RecordFacts, RecordKind } from "./records";

/**
 * The kinds of party a viewer can be, and what each one sees. A viewer can be several at once
 * (a declarant who is also a worker with an SSIN, a back-office agent with grants): it sees a
 * record when any of its parties does. Each rule of rules.ts is the union of the parties'
 * clauses for its kind of record, so a new kind of party is one more entry in `PARTIES`.
 */

/** What one party sees of one kind of record, in SQL and in memory: the two must agree (rules.spec.ts). */
export interface Clause<P, F> {
  /** Condition on a row of the record's table under `alias`. */
  sql(party: P, alias: Sql): Sql;
  /** The same test on facts already in memory (an event, a loaded row). */
  allows(party: P, facts: F): boolean;
}

export interface PartyKind<P> {
  /** For the reader and the tests. */
  name: string;
  /** The viewer as this kind of party, or null when it is not one. */
  of(viewer: Viewer): P | null;
  /**
   * Employers for which this party acts with a permission: declares (FLEXI_AT_WORK), consults
   * Dimona (DIMONA_CONSULTATION), manages rights (ACCESS_ADMIN). Writes and the e-Box go by it.
   */
  actsFor(party: P, permission: PermissionCode): string[];
  /** What it sees of each kind of record (`NOTHING` when none). */
  sees: { [K in RecordKind]: Clause<P, RecordFacts[K]> };
}

/** A party kind with its own details closed over, as `PARTIES` holds them. */
export interface Party {
  name: string;
  actsFor(viewer: Viewer, permission: PermissionCode): string[];
  /** FALSE when the viewer is not this kind of party. */
  condition<K extends RecordKind>(kind: K, viewer: Viewer, alias: Sql): Sql;
  allows<K extends RecordKind>(kind: K, viewer: Viewer, facts: RecordFacts[K]): boolean;
}

function party<P>(kind: PartyKind<P>): Party {
  return {
    name: kind.name,
    actsFor(viewer, permission) {
      const p = kind.of(viewer);
      return p === null ? [] : kind.actsFor(p, permission);
    },
    condition(recordKind, viewer, alias) {
      const p = kind.of(viewer);
      return p === null ? NONE : kind.sees[recordKind].sql(p, alias);
    },
    allows(recordKind, viewer, facts) {
      const p = kind.of(viewer);
      return p !== null && kind.sees[recordKind].allows(p, facts);
    },
  };
}

const ALL = sql.raw("TRUE");
const NONE = sql.raw("FALSE");

/** The clause of a party that sees no record of a kind. */
const NOTHING: Clause<unknown, unknown> = { sql: () => NONE, allows: () => false };
/** The clause of a party that sees every record of a kind. */
const EVERYTHING: Clause<unknown, unknown> = { sql: () => ALL, allows: () => true };

/** SQL condition that an employer id column is one of these (FALSE for none). */
export function employerIn(column: Sql, employerIds: readonly string[]): Sql {
  if (employerIds.length === 0) return NONE;
  // One employer (the usual case) as `= $1`: the planner merges it with a filter on the same
  // employer and estimates the rows right, where `= ANY(...)` made it scan and sort them all.
  if (employerIds.length === 1) return sql`${column} = ${employerIds[0]}::uuid`;
  return sql`${column} = ANY(${[...employerIds]}::uuid[])`;
}

/** The id of the viewer's own worker record, as a scalar subquery. */
function ownWorkerId(ssin: string): Sql {
  return sql`(SELECT own.id FROM worker own WHERE own.ssin = ${ssin})`;
}

/** A back-office agent of the office: reference data and everything transmitted, never an employer's drafts or mail. */
const backOffice = party<true>({
  name: "back office",
  of: (viewer) => (viewer.backOffice ? true : null),
  actsFor: () => [],
  sees: {
    employer: EVERYTHING,
    worker: EVERYTHING,
    dimonaPeriod: EVERYTHING,
    // A draft belongs to its employer until it is submitted.
    wageDeclaration: {
      sql: (_, d) => sql`${d}.status <> 'DRAFT'`,
      allows: (_, declaration) => declaration.status !== "DRAFT",
    },
    submission: {
      sql: (_, s) => sql`${s}.status = 'SUBMITTED'`,
      allows: (_, submission) => submission.status === "SUBMITTED",
    },
    // An e-Box is the employer's mail, not reference data.
    eboxMessage: NOTHING,
    auditEntry: EVERYTHING,
    ceilingAlert: EVERYTHING,
    accessGrant: EVERYTHING,
  },
});

/** The kind of record of the audit trail's access events (grantAccess, revokeAccess). */
const ACCESS_EVENTS = "AccessGrant";

/** The user's rights per employer, by permission. */
class EmployerRights {
  constructor(private readonly grants: readonly Grant[]) {}

  /** Employers where the user holds any of these permissions. */
  with(...permissions: PermissionCode[]): string[] {
    const ids = this.grants.filter((g) => permissions.includes(g.permission)).map((g) => g.employerId);
    return [...new Set(ids)];
  }
}

/**
 * A user of an employer, through the rights granted there: DIMONA_CONSULTATION reads its Dimona
 * periods (and so their workers), FLEXI_AT_WORK declares for it (drafts, submissions, e-Box,
 * and the workers declared), ACCESS_ADMIN manages who holds rights there.
 */
const employerUser = party<EmployerRights>({
  name: "employer user",
  of: (viewer) => (viewer.grants.length > 0 ? new EmployerRights(viewer.grants) : null),
  actsFor: (rights, permission) => rights.with(permission),
  sees: {
    employer: {
      sql: (rights, e) => employerIn(sql`${e}.id`, rights.with(...PERMISSIONS)),
      allows: (rights, employer) => rights.with(...PERMISSIONS).includes(employer.id),
    },
    worker: {
      sql: (rights, w) => {
        const parts: Sql[] = [];
        const dimona = rights.with("DIMONA_CONSULTATION");
        if (dimona.length > 0) {
          parts.push(sql`EXISTS (SELECT 1 FROM dimona_period vis_dp WHERE vis_dp.worker_id = ${w}.id
      AND ${employerIn(sql.raw("vis_dp.employer_id"), dimona)})`);
        }
        const declaring = rights.with("FLEXI_AT_WORK");
        if (declaring.length > 0) {
          parts.push(sql`EXISTS (SELECT 1 FROM wage_declaration vis_wd WHERE vis_wd.worker_id = ${w}.id
      AND ${employerIn(sql.raw("vis_wd.employer_id"), declaring)})`);
        }
        return sql.or(parts);
      },
      allows: (rights, worker) =>
        worker.dimonaEmployerIds.some((id) => rights.with("DIMONA_CONSULTATION").includes(id)) ||
        worker.declarationEmployerIds.some((id) => rights.with("FLEXI_AT_WORK").includes(id)),
    },
    dimonaPeriod: {
      sql: (rights, dp) => employerIn(sql`${dp}.employer_id`, rights.with("DIMONA_CONSULTATION")),
      allows: (rights, period) => rights.with("DIMONA_CONSULTATION").includes(period.employerId),
    },
    // Drafts included: they are the employer's work in progress.
    wageDeclaration: {
      sql: (rights, d) => employerIn(sql`${d}.employer_id`, rights.with("FLEXI_AT_WORK")),
      allows: (rights, declaration) => rights.with("FLEXI_AT_WORK").includes(declaration.employerId),
    },
    submission: {
      sql: (rights, s) => employerIn(sql`${s}.employer_id`, rights.with("FLEXI_AT_WORK")),
      allows: (rights, submission) => rights.with("FLEXI_AT_WORK").includes(submission.employerId),
    },
    eboxMessage: {
      sql: (rights, m) => employerIn(sql`${m}.employer_id`, rights.with("FLEXI_AT_WORK")),
      allows: (rights, message) => rights.with("FLEXI_AT_WORK").includes(message.employerId),
    },
    // Declarants read the trail about their employer; access administrators its access events
    // only (who holds which rights), never the declarations and their pay.
    auditEntry: {
      sql: (rights, a) =>
        sql.or([
          employerIn(sql`${a}.employer_id`, rights.with("FLEXI_AT_WORK")),
          sql.and([
            sql`${a}.entity_type = ${ACCESS_EVENTS}`,
            employerIn(sql`${a}.employer_id`, rights.with("ACCESS_ADMIN")),
          ]),
        ]),
      allows: (rights, entry) =>
        entry.employerId !== null &&
        (rights.with("FLEXI_AT_WORK").includes(entry.employerId) ||
          (entry.entityType === ACCESS_EVENTS && rights.with("ACCESS_ADMIN").includes(entry.employerId))),
    },
    // An employer never sees a worker's income elsewhere.
    ceilingAlert: NOTHING,
    accessGrant: {
      sql: (rights, g) => employerIn(sql`${g}.employer_id`, rights.with("ACCESS_ADMIN")),
      allows: (rights, grant) => rights.with("ACCESS_ADMIN").includes(grant.employerId),
    },
  },
});

/** A worker, known by the SSIN of their user: their own record, periods, transmitted declarations and alerts. */
const worker = party<{ ssin: string }>({
  name: "worker",
  of: (viewer) => (viewer.ssin !== null ? { ssin: viewer.ssin } : null),
  actsFor: () => [],
  sees: {
    employer: NOTHING,
    worker: {
      sql: (own, w) => sql`${w}.ssin = ${own.ssin}`,
      allows: (own, w) => w.ssin === own.ssin,
    },
    dimonaPeriod: {
      sql: (own, dp) => sql`${dp}.worker_id = ${ownWorkerId(own.ssin)}`,
      allows: (own, period) => period.ssin === own.ssin,
    },
    wageDeclaration: {
      sql: (own, d) => sql`(${d}.status <> 'DRAFT' AND ${d}.worker_id = ${ownWorkerId(own.ssin)})`,
      allows: (own, declaration) => declaration.status !== "DRAFT" && declaration.ssin === own.ssin,
    },
    // A submission holds other workers' declarations.
    submission: NOTHING,
    eboxMessage: NOTHING,
    auditEntry: NOTHING,
    ceilingAlert: {
      sql: (own, a) => sql`${a}.worker_id = ${ownWorkerId(own.ssin)}`,
      allows: (own, alert) => alert.ssin === own.ssin,
    },
    accessGrant: NOTHING,
  },
});

/** Every kind of party; a viewer sees what any of its parties sees. */
export const PARTIES: readonly Party[] = [backOffice, employerUser, worker];
