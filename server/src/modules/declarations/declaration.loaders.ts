/**
 * Per-request batch loads of a declaration's nested data (docs/architecture.md#reading-lists): a list of declarations
 * costs one statement per kind of nested field, whatever its length.
 */
import { sql } from "../../db/sql";
import { anomalyMessage, isAnomalyCode } from "../../domain/anomaly-codes";
import { formatMoney } from "../../domain/money";
import { DateRange } from "../../graphql/common.types";
import type { GraphQLContext } from "../../graphql/context";
import { selectColumns } from "../../db/columns";
import { toUserBasics, USER_BASICS_COLUMN_MAP, type UserBasicsRow } from "../access/access.service";
import type { User } from "../access/access.type";
import { loadProperties, type StoredProperty } from "./declaration-store";
import { SUBMISSION_COLUMNS } from "../submissions/submission.service";
import type { SubmissionRow } from "../submissions/submission.type";
import { DECLARATION_COLUMNS, VERSION_COLUMNS } from "./declaration-rows";
import {
  Anomaly,
  AnomalySeverity,
  Premium,
  toFlexiWorkerType,
  WageProperty,
  type DeclarationRow,
  type VersionRow,
} from "./declaration.type";

/** A version named by its declaration and number. */
export interface VersionKey {
  declarationId: string;
  number: number;
}

const keyOf = (k: VersionKey) => `${k.declarationId}:${k.number}`;

function toProperty(p: StoredProperty): WageProperty {
  return Object.assign(new WageProperty(), {
    employerClass: p.employerClass,
    workerType: toFlexiWorkerType(p.workerCode),
    validity: Object.assign(new DateRange(), { start: p.validityStart, end: p.validityEnd }),
    grossWage: p.grossWageCents === null ? null : formatMoney(p.grossWageCents),
    premiums: p.premiums.map((premium) =>
      Object.assign(new Premium(), {
        amount: formatMoney(premium.amountCents),
        frequencyMonths: premium.frequencyMonths,
      }),
    ),
  });
}

export function propertiesOf(ctx: GraphQLContext, key: VersionKey): Promise<WageProperty[]> {
  return ctx.loaders
    .get<VersionKey, WageProperty[]>("declaration.properties", async (keys) =>
      (await loadProperties(ctx.db, keys)).map((list) => list.map(toProperty)),
    )
    .load(key);
}

/** Anomalies of versions, each message in the reader's language. */
export function anomaliesOf(ctx: GraphQLContext, key: VersionKey): Promise<Anomaly[]> {
  const language = ctx.viewer?.language ?? "en";
  return ctx.loaders
    .get<VersionKey, Anomaly[]>("declaration.anomalies", async (keys) => {
      const rows = await ctx.db.query<{
        declarationId: string;
        number: number;
        code: string;
        severity: AnomalySeverity;
        message: string;
        path: string | null;
      }>(sql`
        SELECT v.declaration_id AS "declarationId", v.number, a.code, a.severity, a.message, a.path
        FROM unnest(${keys.map((k) => k.declarationId)}::uuid[], ${keys.map((k) => k.number)}::int[]) AS k(declaration_id, number)
        JOIN declaration_version v ON v.declaration_id = k.declaration_id AND v.number = k.number
        JOIN anomaly a ON a.version_id = v.id
        ORDER BY a.severity, a.code, a.path NULLS FIRST`);
      const byKey = new Map<string, Anomaly[]>();
      for (const row of rows) {
        const anomaly = Object.assign(new Anomaly(), {
          code: row.code,
          severity: row.severity,
          message: isAnomalyCode(row.code) ? anomalyMessage(row.code, language) : row.message,
          path: row.path,
        });
        const key = keyOf(row);
        byKey.set(key, [...(byKey.get(key) ?? []), anomaly]);
      }
      return keys.map((k) => byKey.get(keyOf(k)) ?? []);
    })
    .load(key);
}

/**
 * The back office's reason of a version decided by hand: the reason of the version's latest
 * status change when a person made it towards a decided status with a reason (an accept or
 * refuse by hand); null otherwise (the controls decided, or a revalidation made it pending).
 */
export function decisionReasonOf(ctx: GraphQLContext, key: VersionKey): Promise<string | null> {
  return ctx.loaders
    .get<VersionKey, string | null>("declaration.decisionReason", async (keys) => {
      const rows = await ctx.db.query<{ declarationId: string; number: number; reason: string | null }>(sql`
        SELECT DISTINCT ON (e.declaration_id, e.version_number) e.declaration_id AS "declarationId",
          e.version_number AS number,
          CASE WHEN e.actor_id IS NOT NULL AND e.to_status IN ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS', 'REFUSED', 'CANCELLED')
            THEN e.reason END AS reason
        FROM status_event e
        WHERE e.declaration_id = ANY(${[...new Set(keys.map((k) => k.declarationId))]}::uuid[])
        ORDER BY e.declaration_id, e.version_number, e.seq DESC`);
      const byKey = new Map(rows.map((row) => [keyOf(row), row.reason]));
      return keys.map((k) => byKey.get(keyOf(k)) ?? null);
    })
    .load(key);
}

/** Every version of declarations, oldest first (history; inForce picks one of them). */
export function versionsOf(ctx: GraphQLContext, declarationId: string): Promise<VersionRow[]> {
  return ctx.loaders
    .get<string, VersionRow[]>("declaration.versions", async (ids) => {
      const rows = await ctx.db.query<VersionRow>(sql`
        SELECT ${VERSION_COLUMNS} FROM declaration_version v WHERE v.declaration_id = ANY(${[...ids]}::uuid[]) ORDER BY v.declaration_id, v.number`);
      const byDeclaration = new Map<string, VersionRow[]>();
      for (const row of rows)
        byDeclaration.set(row.declarationId, [...(byDeclaration.get(row.declarationId) ?? []), row]);
      return ids.map((id) => byDeclaration.get(id) ?? []);
    })
    .load(declarationId);
}

/**
 * The user who made a version: name and login only (their rights and SSIN are not the
 * reader's business).
 */
export function userOf(ctx: GraphQLContext, userId: string): Promise<User | null> {
  return ctx.loaders
    .get<string, User | null>("user.basics", async (ids) => {
      const rows = await ctx.db.query<UserBasicsRow>(sql`
        SELECT ${selectColumns("u", USER_BASICS_COLUMN_MAP)} FROM app_user u WHERE u.id = ANY(${[...ids]}::uuid[])`);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row ? toUserBasics(row) : null;
      });
    })
    .load(userId);
}

/**
 * Declarations by id, for records that point at one of their own employer (an e-Box message);
 * the caller has already checked that the pointing record is visible.
 */
export function declarationById(ctx: GraphQLContext, id: string): Promise<DeclarationRow | undefined> {
  return ctx.loaders
    .get<string, DeclarationRow | undefined>("declaration.byId", async (ids) => {
      const rows = await ctx.db.query<DeclarationRow>(
        sql`SELECT ${DECLARATION_COLUMNS} FROM wage_declaration d WHERE d.id = ANY(${[...ids]}::uuid[])`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
    })
    .load(id);
}

/** Submissions by id, for records of their own employer (a declaration, an e-Box message). */
export function submissionById(ctx: GraphQLContext, id: string): Promise<SubmissionRow | undefined> {
  return ctx.loaders
    .get<string, SubmissionRow | undefined>("submission.byId", async (ids) => {
      const rows = await ctx.db.query<SubmissionRow>(
        sql`SELECT ${SUBMISSION_COLUMNS} FROM submission s WHERE s.id = ANY(${[...ids]}::uuid[])`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
    })
    .load(id);
}
