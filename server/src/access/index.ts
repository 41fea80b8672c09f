/**
 * Access: who may see and do what. The one home of these rules; nothing else in the server
 * decides visibility.
 *
 * - records.ts: the kinds of record whose visibility depends on the caller, with the facts each
 *   in-memory test reads.
 * - parties.ts: the kinds of party a caller can be (back office, employer user through its
 *   grants, worker through their SSIN), each with what it sees of every kind of record, as an SQL
 *   condition and as an in-memory test, and the employers it acts for per permission.
 * - rules.ts: one rule per kind of record (`RULES`): the SQL condition the services put in every
 *   list and read, the in-memory test for subscription events and rows reached through another
 *   record, and the fields that show pay. A rule is the union of the parties' clauses.
 * - visible.ts: `visibleById`, a record within the caller's rule, else its NOT_FOUND.
 * - scope.ts: the writes' side: `signedIn`, `backOfficeOnly`, `requireEmployerPermission`,
 *   `declaresFor`.
 * - policy.ts: the gate of every root field, and what narrows it further.
 * - income-reads.ts: the audit of the back office's reads of pay (the rules' `payFields`).
 *
 * A new kind of party (e.g. mandataries, social secretariats declaring for many employers): add
 * one `party({...})` to `PARTIES` in parties.ts. Say how to recognise it on a Viewer (`of`),
 * which employers it acts for per permission (`actsFor`: drafts, submissions, e-Box, permission
 * checks follow), and what it sees of each kind of record (`sees`; the compiler asks for every
 * kind, `NOTHING` when none). rules.spec.ts then checks its SQL and in-memory forms agree.
 *
 * A new kind of record: add its facts to records.ts, a clause to each party, and its rule to
 * `RULES` in rules.ts (with its pay fields, if it shows pay).
 */
export type { RecordFacts, RecordKind } from "./records";
export { PARTIES, type Party, type PartyKind } from "./parties";
export {
  RULES,
  canSeeEmployerDeclarations,
  type AccessRule,
  type GroupKey,
  type IncomeSubject,
  type PayFields,
  type WorkerGroups,
} from "./rules";
export { visibleById, visibleWhere, type VisibleRead } from "./visible";
export { backOfficeOnly, declaresFor, ownEmployerIds, requireEmployerPermission, signedIn } from "./scope";
export { OPERATION_POLICY, checkOperationAccess, type Narrowing, type PolicyEntry } from "./policy";
export {
  IncomeReads,
  auditSubscriptionEvent,
  incomeReadsPlugin,
  noteIncomeReads,
  unauditedReaders,
} from "./income-reads";
