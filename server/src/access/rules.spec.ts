/**
 * Each access rule exists twice: as an SQL condition (lists and reads) and as an in-memory test
 * (subscription events, records reached through another one). This property checks that they
 * agree, against the real PostgreSQL: a generated world of employers, workers, Dimona periods,
 * submissions, declarations, e-Box messages, audit entries, ceiling alerts and grants is
 * inserted in a transaction (rolled back after each run); for generated viewers (nobody, a
 * worker with an SSIN, declarants and access administrators with any mix of permissions, the
 * back office, and mixes of these) every rule's condition is evaluated over its rows and
 * compared with its in-memory test on the same facts. `visibleById` is checked on the way:
 * it returns a row exactly when the rule allows it, else the rule's NOT_FOUND.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { PERMISSIONS, type PermissionCode } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { DECLARATION_STATUSES, type DeclarationStatusCode } from "../domain/declaration-status";
import { makeSsin } from "../domain/ssin";
import { AppError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../test/database";
import type { RecordFacts, RecordKind } from "./records";
import { RULES, type AccessRule } from "./rules";
import { visibleById } from "./visible";

const EMPLOYERS = 3;
const WORKERS = 3;
const SSINS = Array.from({ length: WORKERS }, (_, i) => makeSsin("1990-01-01", i + 1));
/** The SSIN of a user who is no worker of the world. */
const STRANGER_SSIN = makeSsin("1991-02-02", 7);

interface WorldShape {
  dimona: { employer: number; worker: number }[];
  submissions: { employer: number; status: "DRAFT" | "SUBMITTED" }[];
  declarations: { submission: number; worker: number; status: DeclarationStatusCode }[];
  ebox: { employer: number }[];
  audit: { employer: number | null; entityType: string }[];
  alerts: number[];
  grants: { employer: number; permission: PermissionCode }[];
}

interface ViewerShape {
  backOffice: boolean;
  ssin: string | null;
  grants: readonly { employer: number; permission: PermissionCode }[];
}

const employerIndex = fc.nat({ max: EMPLOYERS - 1 });
const workerIndex = fc.nat({ max: WORKERS - 1 });
const EMPLOYER_PERMISSIONS = Array.from({ length: EMPLOYERS }, (_, employer) =>
  PERMISSIONS.map((permission) => ({ employer, permission })),
).flat();

const worldShape: fc.Arbitrary<WorldShape> = fc.record({
  dimona: fc.array(fc.record({ employer: employerIndex, worker: workerIndex }), { maxLength: 5 }),
  submissions: fc.array(
    fc.record({ employer: employerIndex, status: fc.constantFrom("DRAFT" as const, "SUBMITTED" as const) }),
    { minLength: 1, maxLength: 4 },
  ),
  declarations: fc.array(
    fc.record({
      submission: fc.nat({ max: 3 }),
      worker: workerIndex,
      status: fc.constantFrom(...DECLARATION_STATUSES),
    }),
    { maxLength: 6 },
  ),
  ebox: fc.array(fc.record({ employer: employerIndex }), { maxLength: 3 }),
  audit: fc.array(
    fc.record({
      employer: fc.option(employerIndex, { nil: null }),
      entityType: fc.constantFrom("Worker", "WageDeclaration", "AccessGrant"),
    }),
    { maxLength: 3 },
  ),
  alerts: fc.subarray([...Array(WORKERS).keys()]),
  grants: fc.subarray(EMPLOYER_PERMISSIONS, { maxLength: 4 }),
});

const someSsin = fc.constantFrom(...SSINS, STRANGER_SSIN);
const someGrants = fc.subarray(EMPLOYER_PERMISSIONS, { minLength: 1 });
const viewerShape: fc.Arbitrary<ViewerShape> = fc.oneof(
  fc.constant({ backOffice: false, ssin: null, grants: [] }), // nobody: signed in, no rights
  fc.record({ backOffice: fc.constant(false), ssin: someSsin, grants: fc.constant([]) }), // a worker
  fc.record({ backOffice: fc.constant(false), ssin: fc.constant(null), grants: someGrants }), // declarant, access admin
  fc.record({ backOffice: fc.constant(true), ssin: fc.constant(null), grants: fc.constant([]) }), // back office
  fc.record({
    backOffice: fc.boolean(),
    ssin: fc.option(someSsin, { nil: null }),
    grants: fc.subarray(EMPLOYER_PERMISSIONS),
  }), // any mix
);

/** The world's ids and, per kind of record, each row's id with the facts of the in-memory test. */
interface World {
  employerIds: string[];
  rows: { [K in RecordKind]: { id: string; facts: RecordFacts[K] }[] };
}

async function insertWorld(db: Db, shape: WorldShape): Promise<World> {
  const employerIds = Array.from({ length: EMPLOYERS }, () => randomUUID());
  const workerIds = Array.from({ length: WORKERS }, () => randomUUID());
  const userId = randomUUID();
  await db.query(sql`INSERT INTO employer (id, name, language)
    SELECT unnest(${employerIds}::uuid[]), 'Employer', 'nl'`);
  await db.query(sql`INSERT INTO worker (id, ssin, first_name, last_name)
    SELECT unnest(${workerIds}::uuid[]), unnest(${SSINS}::text[]), 'First', 'Last'`);
  await db.query(sql`INSERT INTO app_user (id, login, display_name, password_hash)
    VALUES (${userId}, ${"rules-" + userId}, 'Rules', 'x')`);

  const dimona = shape.dimona.map((d) => ({
    id: randomUUID(),
    employerId: employerIds[d.employer]!,
    worker: d.worker,
  }));
  for (const d of dimona) {
    await db.query(sql`INSERT INTO dimona_period (id, period_id, employer_id, worker_id, worker_type, joint_committee, start_date)
      VALUES (${d.id}, ${d.id.replace(/-/g, "").slice(0, 12)}, ${d.employerId}, ${workerIds[d.worker]}, 'FLX', '302', '2025-01-01')`);
  }
  const submissions = shape.submissions.map((s) => ({
    id: randomUUID(),
    employerId: employerIds[s.employer]!,
    status: s.status,
  }));
  for (const s of submissions) {
    await db.query(sql`INSERT INTO submission (id, employer_id, period_start, period_end, status)
      VALUES (${s.id}, ${s.employerId}, '2025-01-01', '2025-01-31', ${s.status})`);
  }
  const declarations = shape.declarations.map((d) => {
    const submission = submissions[d.submission % submissions.length]!;
    return { id: randomUUID(), submission, worker: d.worker, status: d.status };
  });
  for (const d of declarations) {
    await db.query(sql`INSERT INTO wage_declaration (id, employer_id, worker_id, submission_id, status, kind,
        calculation_start, calculation_end, calculation_date)
      VALUES (${d.id}, ${d.submission.employerId}, ${workerIds[d.worker]}, ${d.submission.id}, ${d.status}, 'ORIGINAL',
        '2025-01-01', '2025-01-31', '2025-02-01')`);
  }
  const ebox = shape.ebox.map((m) => ({ id: randomUUID(), employerId: employerIds[m.employer]! }));
  for (const [i, m] of ebox.entries()) {
    await db.query(sql`INSERT INTO ebox_message (id, employer_id, type, subject_nl, subject_fr, subject_de, subject_en,
        body_nl, body_fr, body_de, body_en, dedup_key, seq)
      VALUES (${m.id}, ${m.employerId}, 'TEST', 's', 's', 's', 's', 'b', 'b', 'b', 'b', ${m.id}, ${1_000_000_000 + i})`);
  }
  const audit = shape.audit.map((a) => ({
    id: randomUUID(),
    employerId: a.employer === null ? null : employerIds[a.employer]!,
    entityType: a.entityType,
  }));
  for (const a of audit) {
    await db.query(sql`INSERT INTO audit_entry (id, actor_id, action, entity_type, entity_id, employer_id)
      VALUES (${a.id}, ${userId}, 'test', ${a.entityType}, ${randomUUID()}, ${a.employerId})`);
  }
  const alerts = shape.alerts.map((worker) => ({ id: randomUUID(), worker }));
  for (const a of alerts) {
    await db.query(sql`INSERT INTO ceiling_alert (id, worker_id, year, total_cents, ceiling_cents)
      VALUES (${a.id}, ${workerIds[a.worker]}, 2025, 1, 1)`);
  }
  const grants = shape.grants.map((g) => ({ id: randomUUID(), employerId: employerIds[g.employer]!, ...g }));
  for (const g of grants) {
    await db.query(sql`INSERT INTO access_grant (id, user_id, employer_id, permission)
      VALUES (${g.id}, ${userId}, ${g.employerId}, ${g.permission})`);
  }

  return {
    employerIds,
    rows: {
      employer: employerIds.map((id) => ({ id, facts: { id } })),
      worker: workerIds.map((id, w) => ({
        id,
        facts: {
          ssin: SSINS[w]!,
          dimonaEmployerIds: dimona.filter((d) => d.worker === w).map((d) => d.employerId),
          declarationEmployerIds: declarations.filter((d) => d.worker === w).map((d) => d.submission.employerId),
        },
      })),
      dimonaPeriod: dimona.map((d) => ({ id: d.id, facts: { employerId: d.employerId, ssin: SSINS[d.worker]! } })),
      wageDeclaration: declarations.map((d) => ({
        id: d.id,
        facts: { employerId: d.submission.employerId, ssin: SSINS[d.worker]!, status: d.status },
      })),
      submission: submissions.map((s) => ({ id: s.id, facts: { employerId: s.employerId, status: s.status } })),
      eboxMessage: ebox.map((m) => ({ id: m.id, facts: { employerId: m.employerId } })),
      auditEntry: audit.map((a) => ({ id: a.id, facts: { employerId: a.employerId, entityType: a.entityType } })),
      ceilingAlert: alerts.map((a) => ({ id: a.id, facts: { ssin: SSINS[a.worker]! } })),
      accessGrant: grants.map((g) => ({ id: g.id, facts: { employerId: g.employerId } })),
    },
  };
}

function toViewer(shape: ViewerShape, world: World): Viewer {
  return {
    userId: randomUUID(),
    sessionId: randomUUID(),
    login: "viewer",
    displayName: "Viewer",
    language: "en",
    backOffice: shape.backOffice,
    ssin: shape.ssin,
    grants: shape.grants.map((g) => ({
      employerId: world.employerIds[g.employer]!,
      permission: g.permission,
      grantedAt: new Date(0),
    })),
  };
}

/** Where the SQL condition and the in-memory test of one rule disagree for one viewer, as readable lines. */
async function disagreements<K extends RecordKind>(
  db: Db,
  rule: AccessRule<K>,
  viewer: Viewer,
  rows: { id: string; facts: RecordFacts[K] }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const alias = sql.raw(rule.alias);
  // IS TRUE: a NULL condition hides the row, as in a WHERE clause.
  const inSql = await db.query<{ id: string; visible: boolean }>(sql`
    SELECT ${alias}.id::text AS id, (${rule.condition(viewer)}) IS TRUE AS visible
    FROM ${sql.raw(rule.table)} ${alias} WHERE ${alias}.id = ANY(${rows.map((r) => r.id)}::uuid[])`);
  const visibleInSql = new Map(inSql.map((r) => [r.id, r.visible]));
  const found: string[] = [];
  for (const row of rows) {
    const inMemory = rule.allows(viewer, row.facts);
    if (visibleInSql.get(row.id) !== inMemory) {
      found.push(`${rule.kind} ${JSON.stringify(row.facts)}: SQL ${visibleInSql.get(row.id)}, in memory ${inMemory}`);
    }
  }
  // visibleById follows the rule: the first row is found exactly when the rule allows it.
  const first = rows[0]!;
  const byId = await visibleById<{ id: string }, K>(db, viewer, rule, first.id, { columns: sql`${alias}.id` }).then(
    () => "found",
    (error: unknown) => (error instanceof AppError ? error.message : String(error)),
  );
  const expected = rule.allows(viewer, first.facts) ? "found" : `${rule.notFound} not found.`;
  if (byId !== expected) found.push(`visibleById ${rule.kind}: ${byId}, expected ${expected}`);
  return found;
}

/** Thrown to roll a run's world back once it has been checked. */
class RollBack extends Error {}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("access rules", () => {
  it("have an SQL condition and an in-memory test that agree, for every kind of record", async () => {
    const kinds = Object.keys(RULES) as RecordKind[];
    await fc.assert(
      fc.asyncProperty(worldShape, fc.array(viewerShape, { minLength: 1, maxLength: 4 }), async (shape, viewers) => {
        const found: string[] = [];
        try {
          await database.db.transaction(async (tx) => {
            const world = await insertWorld(tx, shape);
            for (const viewerShapeOne of viewers) {
              const viewer = toViewer(viewerShapeOne, world);
              for (const kind of kinds) {
                const lines = await disagreementsOf(tx, kind, viewer, world);
                found.push(...lines.map((line) => `${JSON.stringify(viewerShapeOne)} ${line}`));
              }
            }
            throw new RollBack();
          });
        } catch (error) {
          if (!(error instanceof RollBack)) throw error;
        }
        expect(found).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

function disagreementsOf<K extends RecordKind>(db: Db, kind: K, viewer: Viewer, world: World): Promise<string[]> {
  return disagreements(db, RULES[kind], viewer, world.rows[kind]);
}
