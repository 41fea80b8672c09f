import type { DeclarationStatusCode } from "../domain/declaration-status";

/**
 * The kinds of record whose visibility depends on who asks, each with the facts its in-memory
 * test reads: exactly what the SQL condition looks at, so that both can be checked against each
 * other (rules.spec.ts).
 */
export interface RecordFacts {
  employer: { id: string };
  /** A worker, with the employers of their Dimona periods and of their declarations (drafts included). */
  worker: { ssin: string; dimonaEmployerIds: readonly string[]; declarationEmployerIds: readonly string[] };
  /** `ssin`: the worker's. */
  dimonaPeriod: { employerId: string; ssin: string };
  /** `ssin`: the worker's. */
  wageDeclaration: { employerId: string; ssin: string; status: DeclarationStatusCode };
  submission: { employerId: string; status: string };
  eboxMessage: { employerId: string };
  /**
   * `employerId`: null for entries about no employer (a worker, reference data); `entityType`:
   * the kind of record, "AccessGrant" for the access events.
   */
  auditEntry: { employerId: string | null; entityType: string };
  /** `ssin`: the worker's. */
  ceilingAlert: { ssin: string };
  /** The rights users hold at an employer (an employer's list of users). */
  accessGrant: { employerId: string };
}

export type RecordKind = keyof RecordFacts;
