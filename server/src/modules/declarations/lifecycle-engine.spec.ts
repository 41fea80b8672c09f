/**
 * The lifecycle engine on the real database: several declarations in one call, all or nothing,
 * and each effect written once per declaration that calls for it.
 */
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import type { DeclarationContent } from "../../domain/declaration-input";
import type { LifecycleAction } from "../../domain/declaration-lifecycle";
import { startTestApi, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  recentPeriod,
  rowCounts,
  submit,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";
import { applyTransitions, createDeclarations, lockDeclarations } from "./lifecycle-engine";

let api: TestApi;
let db: Db;
let fx: Fixtures;
let declarant: string;
let agentId: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  db = api.database.db;
  fx = await loadFixtures(db);
  declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  agentId = (await db.one<{ id: string }>(sql`SELECT id FROM app_user WHERE login = ${fx.logins.backOffice}`))!.id;
  await addFlexDimonaThisMonth(db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

/** Valid content for a declaration of this month (what the input rules would produce). */
function content(): DeclarationContent {
  const period = recentPeriod();
  return {
    workerId: null,
    ssin: null,
    payslipReference: null,
    calculationPeriod: { start: period.start, end: period.end },
    calculationDate: period.calculationDate,
    totalCents: 30_000,
    properties: [
      {
        employerClass: "017",
        workerCode: "050",
        validity: { start: period.start, end: period.end },
        grossWageCents: 30_000,
        premiums: [],
      },
    ],
  };
}

/** `count` pending declarations of employer A, transmitted together (the controls do not run). */
async function pendingDeclarations(count: number): Promise<string[]> {
  const submissionId = await createSubmission(api, declarant, fx.employerA);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      await addDeclaration(
        api,
        declarant,
        submissionId,
        declarationInput(fx.workers.aQuarter.id, { payslipReference: `E-${i}` }),
      ),
    );
  }
  await submit(api, declarant, submissionId);
  return ids;
}

/** Applies one action per declaration, in one transaction, as the back office. */
function apply(items: { id: string; action: LifecycleAction; expectedVersion?: number }[], reason: string | null) {
  return db.transaction(async (tx) => {
    const locked = await lockDeclarations(tx, sql`d.id = ANY(${items.map((i) => i.id)}::uuid[])`);
    return applyTransitions(tx, {
      actorId: agentId,
      reason,
      items: items.map((item) => ({
        declaration: locked.find((d) => d.id === item.id)!,
        action: item.action,
        expectedVersion: item.expectedVersion,
      })),
    });
  });
}

/** Per declaration: status, token, events, audit entries, e-Box messages and queued versions. */
async function effectsOf(ids: string[]) {
  return db.query<{
    id: string;
    status: string;
    version: number;
    events: number;
    audits: number;
    messages: string[];
    jobs: number;
  }>(sql`
    SELECT d.id, d.status, d.version,
      (SELECT count(*) FROM status_event e WHERE e.declaration_id = d.id)::int AS events,
      (SELECT count(*) FROM audit_entry a WHERE a.entity_id = d.id)::int AS audits,
      ARRAY(SELECT m.type FROM ebox_message m WHERE m.declaration_id = d.id ORDER BY m.seq) AS messages,
      (SELECT count(*) FROM graphile_worker._private_jobs j, declaration_version v
        WHERE v.declaration_id = d.id AND j.payload::jsonb -> 'versionIds' ? v.id::text)::int AS jobs
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS x(id, ord) JOIN wage_declaration d ON d.id = x.id
    ORDER BY x.ord`);
}

describe("applyTransitions", () => {
  it("several declarations with different actions in one call: each effect written once, where the action calls for it", async () => {
    const [accepted, refused, revalidated] = await pendingDeclarations(3);
    const before = await effectsOf([accepted!, refused!, revalidated!]);
    // Each was submitted: one status event (DRAFT -> PENDING) and one controls job so far.
    expect(before.map((e) => [e.events, e.jobs, e.audits, e.messages.length])).toEqual([
      [1, 1, 0, 0],
      [1, 1, 0, 0],
      [1, 1, 0, 0],
    ]);

    const applied = await apply(
      [
        { id: accepted!, action: { type: "accept" }, expectedVersion: before[0]!.version },
        { id: refused!, action: { type: "refuse" }, expectedVersion: before[1]!.version },
        { id: revalidated!, action: { type: "revalidate" } },
      ],
      "Checked by hand",
    );

    expect(applied.map((a) => a.effect.newestStatus)).toEqual(["ACCEPTED", "REFUSED", "PENDING"]);
    const after = await effectsOf([accepted!, refused!, revalidated!]);
    expect(after.map(({ id: _, ...rest }) => rest)).toEqual([
      // A decision: one more event, an audit entry, its e-Box message; no controls.
      {
        status: "ACCEPTED",
        version: before[0]!.version + 1,
        events: 2,
        audits: 1,
        messages: ["DECLARATION_ACCEPTED"],
        jobs: 1,
      },
      {
        status: "REFUSED",
        version: before[1]!.version + 1,
        events: 2,
        audits: 1,
        messages: ["DECLARATION_REFUSED"],
        jobs: 1,
      },
      // Still PENDING: no status event, no message; audited, and controlled once more.
      { status: "PENDING", version: before[2]!.version + 1, events: 1, audits: 1, messages: [], jobs: 2 },
    ]);
  });

  it("is all or nothing: one refused transition among allowed ones refuses the call with INVALID_STATE and writes nothing", async () => {
    const [first, second] = await pendingDeclarations(2);
    await apply([{ id: first!, action: { type: "accept" } }], "Fine");
    const counts = await rowCounts(db);
    const before = await effectsOf([first!, second!]);

    // The accepted one may be modified... but the pending one may not: nothing happens to either.
    await expect(
      db.transaction(async (tx) => {
        const locked = await lockDeclarations(tx, sql`d.id = ANY(${[first!, second!]}::uuid[])`);
        return applyTransitions(tx, {
          actorId: agentId,
          reason: null,
          items: locked.map((declaration) => ({ declaration, action: { type: "modify" }, content: content() })),
        });
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });

    expect(await rowCounts(db)).toEqual(counts);
    expect(await effectsOf([first!, second!])).toEqual(before);
  });

  it("a stale concurrency token on one declaration is CONFLICT for the whole call", async () => {
    const [first, second] = await pendingDeclarations(2);
    const counts = await rowCounts(db);
    const before = await effectsOf([first!, second!]);
    await expect(
      apply(
        [
          { id: first!, action: { type: "accept" }, expectedVersion: before[0]!.version },
          { id: second!, action: { type: "accept" }, expectedVersion: before[1]!.version - 1 },
        ],
        "Fine",
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowCounts(db)).toEqual(counts);
  });
});

describe("createDeclarations", () => {
  it("submitted at once: PENDING, token 1, one status event from no status each, controls queued once", async () => {
    const submission = await db.one<{ id: string }>(sql`
      INSERT INTO submission (employer_id, period_start, period_end, status, channel, created_by)
      VALUES (${fx.employerA}, current_date, current_date, 'SUBMITTED', 'BULK', ${agentId}) RETURNING id`);
    const ids = await db.transaction(async (tx) => {
      return createDeclarations(tx, {
        actorId: agentId,
        employerId: fx.employerA,
        submissionId: submission!.id,
        submitted: true,
        declarations: [1, 2, 3].map(() => ({ workerId: fx.workers.aQuarter.id, content: content() })),
      });
    });
    const effects = await effectsOf(ids);
    expect(effects.map(({ id: _, ...rest }) => rest)).toEqual(
      ids.map(() => ({ status: "PENDING", version: 1, events: 1, audits: 0, messages: [], jobs: 1 })),
    );
    const events = await db.query<{ from: string | null; to: string }>(sql`
      SELECT from_status AS "from", to_status AS "to" FROM status_event WHERE declaration_id = ANY(${ids}::uuid[])`);
    expect(events).toEqual(ids.map(() => ({ from: null, to: "PENDING" })));
  });
});
