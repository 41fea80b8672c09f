/**
 * The asynchronous controls (docs/domain-rules.md#the-asynchronous-controls), end to end against the real server and PostgreSQL: an
 * employer user declares through GraphQL, the test runs the controls itself (`runControls`, the
 * API starts without its worker) and reads the result back as the user sees it. Then what §10
 * asks of them: idempotent, stale versions skipped, and the sweeper that repairs what a crash
 * leaves behind, with a real graphile-worker at the end.
 *
 * Dates are computed from today (Brussels), so the file passes on any day of the year.
 */
import { Client } from "pg";
import { hashPassword } from "../auth/passwords";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { anomalyMessage, type AnomalyCode } from "../domain/anomaly-codes";
import { todayInBrussels } from "../domain/calendar";
import { addDays } from "../domain/dates";
import { makeEnterpriseNumber } from "../domain/enterprise-number";
import { makeNssoNumber } from "../domain/nsso-number";
import { formatSsin, makeSsin } from "../domain/ssin";
import { errorCodes, type GraphQLAnswer, startTestApi, type TestApi } from "../test/api";
import {
  addDeclaration,
  createSubmission,
  DECLARATION_FIELDS,
  declarationInput,
  readDeclaration,
  recentPeriod,
  rowCounts,
  submit,
  type DeclarationView,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { startControlsWorker, sweepOnce } from "./controls-worker";
import { RUN_CONTROLS_TASK } from "./queue";
import { runControls } from "./run-controls";

// ---- the world and its helpers --------------------------------------------------------------

/** One API over its own database, the fixtures, and declarant A's token. */
interface World {
  api: TestApi;
  db: Db;
  fx: Fixtures;
  /** declarant.a: DIMONA_CONSULTATION and FLEXI_AT_WORK at A (language nl, from employer A). */
  token: string;
}

async function startWorld(): Promise<World> {
  const api = await startTestApi({ controls: false });
  const fx = await loadFixtures(api.database.db);
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  return { api, db: api.database.db, fx, token };
}

interface TestWorker {
  id: string;
  ssin: string;
  /** "First Last", as the e-Box names the worker. */
  name: string;
}

/** A Dimona period of a test worker; by default FLX at the given employer, this month up to today. */
interface DimonaSpec {
  employerId?: string;
  type?: string;
  start?: string;
  end?: string | null;
  cancelled?: boolean;
}

let workerCount = 0;
let periodCount = 0;

/**
 * A worker of its own (so that no test disturbs another's Dimona periods or e-Box lines), with
 * the given Dimona periods at `employerId` (default: one FLX period this month).
 */
async function newWorker(w: World, employerId: string, periods: DimonaSpec[] = [{}]): Promise<TestWorker> {
  workerCount += 1;
  const ssin = makeSsin("1983-03-03", workerCount);
  const firstName = "Wim";
  const lastName = `Controle-${String(workerCount).padStart(3, "0")}`;
  const row = await w.db.one<{ id: string }>(sql`
    INSERT INTO worker (ssin, first_name, last_name) VALUES (${ssin}, ${firstName}, ${lastName}) RETURNING id`);
  const period = recentPeriod();
  for (const p of periods) {
    periodCount += 1;
    await w.db.query(sql`
      INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date, cancelled)
      VALUES (${String(300_000_000_000 + periodCount)}, ${p.employerId ?? employerId}, ${row!.id}, ${p.type ?? "FLX"}, '302',
        ${p.start ?? period.start}, ${p.end === undefined ? period.end : p.end}, ${p.cancelled ?? false})`);
  }
  return { id: row!.id, ssin, name: `${firstName} ${lastName}` };
}

let employerCount = 0;

/** A further employer with one declarant holding DIMONA_CONSULTATION and FLEXI_AT_WORK (language from the employer). */
async function employerWithDeclarant(
  w: World,
  options: { nssoNumber: string; classes?: string[]; language?: "nl" | "fr" | "de" },
) {
  employerCount += 1;
  const employer = await w.db.one<{ id: string }>(sql`
    INSERT INTO employer (name, enterprise_number, nsso_number, language, employer_classes)
    VALUES (${`Controlezaak ${employerCount}`}, ${makeEnterpriseNumber(8_000_000 + employerCount)}, ${options.nssoNumber},
      ${options.language ?? "nl"}, ${options.classes ?? ["017"]}::text[])
    RETURNING id`);
  const login = `declarant.controls.${employerCount}`;
  const user = await w.db.one<{ id: string }>(sql`
    INSERT INTO app_user (login, display_name, password_hash) VALUES (${login}, ${login}, ${await hashPassword(FIXTURE_PASSWORD)})
    RETURNING id`);
  for (const permission of ["DIMONA_CONSULTATION", "FLEXI_AT_WORK"]) {
    await w.db.query(
      sql`INSERT INTO access_grant (user_id, employer_id, permission) VALUES (${user!.id}, ${employer!.id}, ${permission})`,
    );
  }
  return { employerId: employer!.id, token: await w.api.signIn(login, FIXTURE_PASSWORD) };
}

/** One wizard submission with these declarations, transmitted; returns the declaration ids. */
async function declare(
  w: World,
  inputs: Record<string, unknown>[],
  options: { token?: string; employerId?: string } = {},
): Promise<string[]> {
  const token = options.token ?? w.token;
  const submissionId = await createSubmission(w.api, token, options.employerId ?? w.fx.employerA);
  const ids: string[] = [];
  for (const input of inputs) ids.push(await addDeclaration(w.api, token, submissionId, input));
  await submit(w.api, token, submissionId);
  return ids;
}

/** The PENDING newest versions of these declarations (all of them when no ids are given). */
async function pendingVersions(db: Db, declarationIds?: string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>(sql`
    SELECT v.id FROM declaration_version v
    JOIN wage_declaration d ON d.id = v.declaration_id AND v.number = d.newest_version
    WHERE v.status = 'PENDING' ${declarationIds ? sql`AND d.id = ANY(${declarationIds}::uuid[])` : sql.empty}
    ORDER BY v.id`);
  return rows.map((r) => r.id);
}

/** Runs the controls of these declarations' pending versions, as the worker would. */
async function control(w: World, declarationIds: string[]) {
  const versionIds = await pendingVersions(w.db, declarationIds);
  expect(versionIds).toHaveLength(declarationIds.length);
  return runControls(w.db, versionIds);
}

/** Declares in one submission, runs the controls, reads every declaration back through GraphQL. */
async function declareAndControl(
  w: World,
  inputs: Record<string, unknown>[],
  options: { token?: string; employerId?: string } = {},
): Promise<DeclarationView[]> {
  const ids = await declare(w, inputs, options);
  expect(await control(w, ids)).toEqual({ controlled: ids.length, skipped: 0 });
  return Promise.all(ids.map((id) => readDeclaration(w.api, options.token ?? w.token, id)));
}

async function modifyDeclaration(
  w: World,
  id: string,
  expectedVersion: number,
  input: Record<string, unknown>,
  token = w.token,
) {
  return w.api.request<{ modifyDeclaration: DeclarationView }>(
    `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { ${DECLARATION_FIELDS} } }`,
    { id, v: expectedVersion, input },
    token,
  );
}

async function deleteDeclaration(w: World, id: string, expectedVersion: number, token = w.token) {
  return w.api.request<{ deleteDeclaration: DeclarationView }>(
    `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { ${DECLARATION_FIELDS} } }`,
    { id, v: expectedVersion },
    token,
  );
}

/** The mutation's declaration, or a failure that shows the errors. */
function ok<T>(answer: GraphQLAnswer<Record<string, T>>): T {
  expect(answer.errors).toBeUndefined();
  return Object.values(answer.data!)[0]!;
}

interface EboxView {
  type: string;
  subject: string;
  body: string;
}

/** The e-Box lines about one worker, as the reader sees them, oldest first. */
async function eboxAbout(w: World, worker: TestWorker, token = w.token): Promise<EboxView[]> {
  const answer = await w.api.request<{ eboxMessages: { nodes: EboxView[] } }>(
    `query { eboxMessages(first: 500, orderBy: [RECEIVED_AT_ASC]) { nodes { type subject body } } }`,
    {},
    token,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.eboxMessages.nodes.filter((m) => m.subject.includes(`${worker.name},`));
}

/** The types of the e-Box messages written about one declaration, oldest first (SQL: what was stored). */
async function storedMessageTypes(db: Db, declarationId: string): Promise<string[]> {
  const rows = await db.query<{ type: string }>(sql`
    SELECT type FROM ebox_message WHERE declaration_id = ${declarationId} ORDER BY received_at, id`);
  return rows.map((r) => r.type);
}

const codes = (view: DeclarationView) => view.anomalies.map((a) => a.code).sort();
/** nl date form of the e-Box: 31/03/2025. */
const nlDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
/** An anomaly as a Dutch-speaking reader sees it. */
function nlAnomaly(code: AnomalyCode, severity: "BLOCKING" | "WARNING", path: string | null = null) {
  return { code, severity, message: anomalyMessage(code, "nl"), path };
}

/** Whole-table counts that a control run changes. */
async function controlEffects(db: Db) {
  return db.one<Record<string, number>>(sql`
    SELECT (SELECT count(*) FROM status_event)::int AS events, (SELECT count(*) FROM anomaly)::int AS anomalies,
      (SELECT count(*) FROM ebox_message)::int AS messages,
      (SELECT count(*) FROM declaration_version WHERE status = 'PENDING')::int AS pending`);
}

// ---- the controls -------------------------------------------------------------------------------

describe("asynchronous controls (docs/domain-rules.md#the-asynchronous-controls)", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.api.close());

  describe("one control per code, with its severity and the resulting status", () => {
    it("none: a recent period with a FLX Dimona this month is ACCEPTED without anomalies", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [view] = await declareAndControl(w, [declarationInput(worker.id)]);
      expect(view).toMatchObject({
        status: "ACCEPTED",
        kind: "ORIGINAL",
        anomalies: [],
        inForce: { number: 1, status: "ACCEPTED" },
      });
    });

    it("00024-152 WARNING: no non-cancelled FLX Dimona of this employer in the period -> ACCEPTED_WITH_WARNINGS", async () => {
      const period = recentPeriod();
      const workers = [
        // FLX at A, but only in Q1 2025.
        await newWorker(w, w.fx.employerA, [{ start: "2025-01-01", end: "2025-03-31" }]),
        // A cancelled FLX period this month.
        await newWorker(w, w.fx.employerA, [{ cancelled: true }]),
        // A student (STU) period this month.
        await newWorker(w, w.fx.employerA, [{ type: "STU" }]),
        // FLX this month, but at employer B (and a STU period at A, so that A may declare the worker).
        await newWorker(w, w.fx.employerA, [
          { type: "STU", start: "2025-01-01", end: "2025-01-31" },
          { employerId: w.fx.employerB },
        ]),
        // FLX at A that ends the day before the calculation period starts.
        await newWorker(w, w.fx.employerA, [{ start: addDays(period.start, -20), end: addDays(period.start, -1) }]),
      ];
      const views = await declareAndControl(
        w,
        workers.map((worker) => declarationInput(worker.id)),
      );
      for (const view of views) {
        expect(view).toMatchObject({
          status: "ACCEPTED_WITH_WARNINGS",
          inForce: { number: 1, status: "ACCEPTED_WITH_WARNINGS" },
        });
        expect(view.anomalies).toEqual([nlAnomaly("00024-152", "WARNING")]);
      }
    });

    it("00024-152 is not raised by a FLX Dimona that overlaps the period on one day only, at either end", async () => {
      const period = recentPeriod();
      const before = await newWorker(w, w.fx.employerA, [{ start: addDays(period.start, -10), end: period.start }]);
      const after = await newWorker(w, w.fx.employerA, [{ start: period.end, end: period.end }]);
      const views = await declareAndControl(w, [declarationInput(before.id), declarationInput(after.id)]);
      expect(views.map((v) => [v.status, codes(v)])).toEqual([
        ["ACCEPTED", []],
        ["ACCEPTED", []],
      ]);
    });

    it("00036-022 BLOCKING: an employer class not among the employer's -> REFUSED, with the property's path", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [view] = await declareAndControl(w, [
        declarationInput(worker.id, {
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
        }),
      ]);
      expect(view).toMatchObject({ status: "REFUSED", inForce: null });
      expect(view.anomalies).toEqual([nlAnomaly("00036-022", "BLOCKING", "properties.0.employerClass")]);
    });

    it("00036-022 names each wrong property (second of two)", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [view] = await declareAndControl(w, [
        declarationInput(worker.id, {
          properties: [
            { employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "250.00" },
            { employerClass: "064", workerType: "WHITE_COLLAR_450", grossWage: "100.00" },
          ],
        }),
      ]);
      expect(view.status).toBe("REFUSED");
      expect(view.anomalies).toEqual([nlAnomaly("00036-022", "BLOCKING", "properties.1.employerClass")]);
    });

    it("00011-146 BLOCKING: an employer with only a provisional NSSO number -> REFUSED", async () => {
      const c = await employerWithDeclarant(w, { nssoNumber: makeNssoNumber(50_000_001, true) });
      expect(makeNssoNumber(50_000_001, true)).toBe("5000000120");
      const worker = await newWorker(w, c.employerId);
      const [view] = await declareAndControl(w, [declarationInput(worker.id)], c);
      expect(view).toMatchObject({ status: "REFUSED", inForce: null });
      expect(view.anomalies).toEqual([nlAnomaly("00011-146", "BLOCKING")]);
    });

    it("FAW-001 WARNING: a past month's declaration submitted today is late -> ACCEPTED_WITH_WARNINGS with FAW-001 only", async () => {
      // aQuarter has FLX at A for 2025-01-01..2025-03-31, so 00024-152 does not apply.
      const [view] = await declareAndControl(w, [
        declarationInput(w.fx.workers.aQuarter.id, {
          calculationPeriod: { start: "2025-03-01", end: "2025-03-31" },
          calculationDate: "2025-03-31",
        }),
      ]);
      expect(view).toMatchObject({ status: "ACCEPTED_WITH_WARNINGS", inForce: { number: 1 } });
      expect(view.anomalies).toEqual([nlAnomaly("FAW-001", "WARNING")]);
    });

    it("FAW-001 is not raised for a calculation date within 5 days (the recent period)", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [view] = await declareAndControl(w, [declarationInput(worker.id)]);
      expect(codes(view)).not.toContain("FAW-001");
      expect(view.status).toBe("ACCEPTED");
    });

    it("FAW-001: 5 calendar days after the calculation date is on time, 6 is late", async () => {
      const today = todayInBrussels();
      const worker = await newWorker(w, w.fx.employerA, [{ start: addDays(today, -10), end: today }]);
      const on = (date: string) =>
        declarationInput(worker.id, { calculationPeriod: { start: date, end: date }, calculationDate: date });
      // Separate submissions: the rule looks at the latest calculation date of the month within the submission.
      const [five] = await declareAndControl(w, [on(addDays(today, -5))]);
      const [six] = await declareAndControl(w, [on(addDays(today, -6))]);
      expect([five!.status, codes(five!)]).toEqual(["ACCEPTED", []]);
      expect([six!.status, codes(six!)]).toEqual(["ACCEPTED_WITH_WARNINGS", ["FAW-001"]]);
    });

    it("FAW-001 counts from the latest calculation date of that month among the declarations of the submission", async () => {
      const period = recentPeriod();
      const first = period.start;
      const worker = await newWorker(w, w.fx.employerA);
      const early = declarationInput(worker.id, {
        calculationPeriod: { start: first, end: first },
        calculationDate: first,
      });
      // Alone, a calculation date on the 1st is late from the 7th of the month on.
      const [alone] = await declareAndControl(w, [early]);
      expect(codes(alone!).includes("FAW-001")).toBe(period.calculationDate > addDays(first, 5));
      // With a declaration calculated today in the same submission, neither is late.
      const together = await declareAndControl(w, [early, declarationInput(worker.id)]);
      expect(together.map(codes)).toEqual([[], []]);
    });

    it("FAW-001 applies to ORIGINALs only: a modification of the late declaration submitted today is not late", async () => {
      const [view] = await declareAndControl(w, [
        declarationInput(w.fx.workers.aQuarter.id, {
          calculationPeriod: { start: "2025-02-01", end: "2025-02-28" },
          calculationDate: "2025-02-28",
        }),
      ]);
      expect(codes(view!)).toEqual(["FAW-001"]);
      const modified = ok(
        await modifyDeclaration(
          w,
          view!.id,
          view!.version,
          declarationInput(w.fx.workers.aQuarter.id, {
            calculationPeriod: { start: "2025-02-01", end: "2025-02-28" },
            calculationDate: "2025-02-28",
            properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "275.00" }],
          }),
        ),
      );
      expect(modified).toMatchObject({ status: "PENDING", kind: "MODIFICATION" });
      await control(w, [view!.id]);
      const after = await readDeclaration(w.api, w.token, view!.id);
      expect(after).toMatchObject({ status: "ACCEPTED", kind: "MODIFICATION", anomalies: [], inForce: { number: 2 } });
    });

    it("FAW-002 WARNING: same worker, calculation period, payslip reference and worker types as another in-force declaration", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const blue = [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }];
      const white = [{ employerClass: "017", workerType: "WHITE_COLLAR_450", grossWage: "250.00" }];
      const [first] = await declareAndControl(w, [
        declarationInput(worker.id, { payslipReference: "PS-1", properties: blue }),
      ]);
      expect(first).toMatchObject({ status: "ACCEPTED", inForce: { number: 1 } });

      const [duplicate, otherReference, otherTypes, noReference] = await declareAndControl(w, [
        declarationInput(worker.id, { payslipReference: "PS-1", properties: blue }),
        declarationInput(worker.id, { payslipReference: "PS-2", properties: blue }),
        declarationInput(worker.id, { payslipReference: "PS-1", properties: white }),
        declarationInput(worker.id, { payslipReference: null, properties: blue }),
      ]);
      expect(duplicate).toMatchObject({ status: "ACCEPTED_WITH_WARNINGS" });
      expect(duplicate!.anomalies).toEqual([nlAnomaly("FAW-002", "WARNING")]);
      expect([otherReference, otherTypes, noReference].map((v) => [v!.status, codes(v!)])).toEqual([
        ["ACCEPTED", []],
        ["ACCEPTED", []],
        ["ACCEPTED", []],
      ]);
    });

    it("FAW-002 compares only with declarations in force: a refused one with the same data is no duplicate", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [refused] = await declareAndControl(w, [
        declarationInput(worker.id, {
          payslipReference: "PS-9",
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
        }),
      ]);
      expect(refused!.status).toBe("REFUSED");
      const [again] = await declareAndControl(w, [declarationInput(worker.id, { payslipReference: "PS-9" })]);
      expect([again!.status, codes(again!)]).toEqual(["ACCEPTED", []]);
    });

    it("the rules stack (a late declaration with a wrong class: FAW-001 and 00036-022), each message in Dutch for a Dutch-speaking user", async () => {
      const [view] = await declareAndControl(w, [
        declarationInput(w.fx.workers.aQuarter.id, {
          calculationPeriod: { start: "2025-01-01", end: "2025-01-31" },
          calculationDate: "2025-01-31",
          properties: [{ employerClass: "064", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
        }),
      ]);
      expect(view!.status).toBe("REFUSED");
      expect([...view!.anomalies].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
        nlAnomaly("00036-022", "BLOCKING", "properties.0.employerClass"),
        nlAnomaly("FAW-001", "WARNING"),
      ]);
      expect(view!.anomalies.every((a) => a.message !== anomalyMessage(a.code as AnomalyCode, "en"))).toBe(true);
    });
  });

  describe("idempotency", () => {
    it("running the controls twice on the same versions changes nothing the second time", async () => {
      const ok1 = await newWorker(w, w.fx.employerA);
      const warn = await newWorker(w, w.fx.employerA, [{ type: "STU" }]);
      const refuse = await newWorker(w, w.fx.employerA);
      const ids = await declare(w, [
        declarationInput(ok1.id),
        declarationInput(warn.id),
        declarationInput(refuse.id, {
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "9.99" }],
        }),
      ]);
      const versionIds = await pendingVersions(w.db, ids);
      const tokensBefore = await Promise.all(
        ids.map(async (id) => (await readDeclaration(w.api, w.token, id)).version),
      );

      expect(await runControls(w.db, versionIds)).toEqual({ controlled: 3, skipped: 0 });
      const once = await controlEffects(w.db);
      const views = await Promise.all(ids.map((id) => readDeclaration(w.api, w.token, id)));

      expect(await runControls(w.db, versionIds)).toEqual({ controlled: 0, skipped: 3 });
      expect(await controlEffects(w.db)).toEqual(once);
      expect(await Promise.all(ids.map((id) => readDeclaration(w.api, w.token, id)))).toEqual(views);
      expect(views.map((v) => v.status)).toEqual(["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"]);
      // Control results are no person's change: the concurrency token stays.
      expect(views.map((v) => v.version)).toEqual(tokensBefore);
      for (const id of ids) expect(await storedMessageTypes(w.db, id)).toHaveLength(1);
    });

    it.each([
      ["ACCEPTED", []],
      ["REFUSED", [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }]],
    ])("two runs at once on the same versions control each version once (outcome %s)", async (outcome, properties) => {
      const worker = await newWorker(w, w.fx.employerA);
      const [id] = await declare(w, [declarationInput(worker.id, properties.length ? { properties } : {})]);
      const versionIds = await pendingVersions(w.db, [id!]);
      const before = await controlEffects(w.db);

      // Hold the declaration's row lock so that both runs wait for it at the same time, as the job
      // and its copy re-queued by the sweeper (or unlocked from a pool thought dead) do when they overlap.
      const holder = new Client({ connectionString: w.api.database.url });
      await holder.connect();
      let settled: PromiseSettledResult<Awaited<ReturnType<typeof runControls>>>[];
      try {
        await holder.query("BEGIN");
        await holder.query("SELECT 1 FROM wage_declaration WHERE id = $1 FOR UPDATE", [id]);
        const runs = [runControls(w.db, versionIds), runControls(w.db, versionIds)];
        await waitForLockWaiters(w.db, 2);
        await holder.query("COMMIT");
        settled = await Promise.allSettled(runs);
      } finally {
        await holder.end();
      }
      const events = await w.db.query<{ to: string }>(
        sql`SELECT to_status AS "to" FROM status_event WHERE declaration_id = ${id} ORDER BY seq`,
      );
      const after = await controlEffects(w.db);
      expect({
        controlled: settled.map((s) => (s.status === "fulfilled" ? s.value.controlled : String(s.reason))).sort(),
        statusEvents: events.map((e) => e.to),
        added: { events: after!.events! - before!.events!, messages: after!.messages! - before!.messages! },
      }).toEqual({ controlled: [0, 1], statusEvents: ["PENDING", outcome], added: { events: 1, messages: 1 } });
    });
  });

  describe("stale versions", () => {
    it("a version that is no longer the newest is skipped; the new one is controlled", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [first] = await declareAndControl(w, [declarationInput(worker.id)]);
      const oldVersionId = (await w.db.one<{ id: string }>(sql`
        SELECT id FROM declaration_version WHERE declaration_id = ${first!.id} AND number = 1`))!.id;

      const modified = ok(
        await modifyDeclaration(
          w,
          first!.id,
          first!.version,
          declarationInput(worker.id, {
            properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "300.00" }],
          }),
        ),
      );
      expect(modified).toMatchObject({ status: "PENDING", kind: "MODIFICATION", inForce: { number: 1 } });
      const before = await rowCounts(w.db);
      const effects = await controlEffects(w.db);

      expect(await runControls(w.db, [oldVersionId])).toEqual({ controlled: 0, skipped: 1 });
      expect(await rowCounts(w.db)).toEqual(before);
      expect(await controlEffects(w.db)).toEqual(effects);
      expect(await readDeclaration(w.api, w.token, first!.id)).toMatchObject({
        status: "PENDING",
        inForce: { number: 1, status: "ACCEPTED" },
        history: [
          { number: 1, kind: "ORIGINAL", status: "ACCEPTED" },
          { number: 2, kind: "MODIFICATION", status: "PENDING" },
        ],
      });

      const [newVersionId] = await pendingVersions(w.db, [first!.id]);
      expect(await runControls(w.db, [oldVersionId, newVersionId!])).toEqual({ controlled: 1, skipped: 1 });
      expect(await readDeclaration(w.api, w.token, first!.id)).toMatchObject({
        status: "ACCEPTED",
        kind: "MODIFICATION",
        total: "300.00",
        inForce: { number: 2, status: "ACCEPTED", total: "300.00" },
        history: [
          { number: 1, kind: "ORIGINAL", status: "ACCEPTED" },
          { number: 2, kind: "MODIFICATION", status: "ACCEPTED" },
        ],
      });
    });
  });

  describe("cancellations are checked only against 00011-146", () => {
    it("a deletion ends CANCELLED with nothing in force, though the Dimona was cancelled and the class withdrawn since", async () => {
      const e = await employerWithDeclarant(w, { nssoNumber: makeNssoNumber(1_234) });
      const worker = await newWorker(w, e.employerId);
      const [accepted] = await declareAndControl(w, [declarationInput(worker.id)], e);
      expect(accepted).toMatchObject({ status: "ACCEPTED", inForce: { number: 1 } });

      await w.db.query(sql`UPDATE dimona_period SET cancelled = true WHERE worker_id = ${worker.id}`);
      await w.db.query(sql`UPDATE employer SET employer_classes = '{064}' WHERE id = ${e.employerId}`);
      const deleting = ok(await deleteDeclaration(w, accepted!.id, accepted!.version, e.token));
      expect(deleting).toMatchObject({ status: "PENDING", kind: "CANCELLATION", inForce: { number: 1 } });

      expect(await control(w, [accepted!.id])).toEqual({ controlled: 1, skipped: 0 });
      const view = await readDeclaration(w.api, e.token, accepted!.id);
      expect(view).toMatchObject({
        status: "CANCELLED",
        kind: "CANCELLATION",
        anomalies: [],
        inForce: null,
        history: [
          { number: 1, kind: "ORIGINAL", status: "ACCEPTED" },
          { number: 2, kind: "CANCELLATION", status: "CANCELLED" },
        ],
      });
      expect(await storedMessageTypes(w.db, accepted!.id)).toEqual(["DECLARATION_ACCEPTED", "DELETION_PROCESSED"]);
    });

    it("at an employer whose NSSO number became provisional after acceptance, the deletion is REFUSED and version 1 stays in force", async () => {
      const d = await employerWithDeclarant(w, { nssoNumber: makeNssoNumber(1_235) });
      const worker = await newWorker(w, d.employerId);
      const [accepted] = await declareAndControl(w, [declarationInput(worker.id)], d);
      expect(accepted).toMatchObject({ status: "ACCEPTED", inForce: { number: 1 } });

      await w.db.query(
        sql`UPDATE employer SET nsso_number = ${makeNssoNumber(50_000_002, true)} WHERE id = ${d.employerId}`,
      );
      ok(await deleteDeclaration(w, accepted!.id, accepted!.version, d.token));
      expect(await control(w, [accepted!.id])).toEqual({ controlled: 1, skipped: 0 });

      const view = await readDeclaration(w.api, d.token, accepted!.id);
      expect(view).toMatchObject({
        status: "REFUSED",
        kind: "CANCELLATION",
        inForce: { number: 1, status: "ACCEPTED" },
        history: [
          { number: 1, kind: "ORIGINAL", status: "ACCEPTED" },
          { number: 2, kind: "CANCELLATION", status: "REFUSED" },
        ],
      });
      expect(view.anomalies).toEqual([nlAnomaly("00011-146", "BLOCKING")]);
      const [, refusal] = await eboxAbout(w, worker, d.token);
      expect(refusal).toMatchObject({ type: "DECLARATION_REFUSED" });
      expect(refusal!.body).toContain("Uw verwijdering van de flexiloongegevens werd geweigerd.");
      expect(refusal!.body).toContain("De eerder aanvaarde versie 1 blijft van kracht.");
    });
  });

  describe("lifecycle errors and transitions through GraphQL", () => {
    it("modify or delete while PENDING is INVALID_STATE and writes nothing", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [id] = await declare(w, [declarationInput(worker.id)]);
      const pending = await readDeclaration(w.api, w.token, id!);
      expect(pending.status).toBe("PENDING");
      const before = await rowCounts(w.db);

      const modify = await modifyDeclaration(
        w,
        id!,
        pending.version,
        declarationInput(worker.id, {
          properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "300.00" }],
        }),
      );
      expect(errorCodes(modify)).toEqual(["INVALID_STATE"]);
      expect(errorCodes(await deleteDeclaration(w, id!, pending.version))).toEqual(["INVALID_STATE"]);
      expect(await rowCounts(w.db)).toEqual(before);
      expect(await readDeclaration(w.api, w.token, id!)).toEqual(pending);
      await control(w, [id!]);
    });

    it("deleting a REFUSED declaration with nothing in force withdraws it at once: CANCELLED, no new version, DELETION_PROCESSED", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [refused] = await declareAndControl(w, [
        declarationInput(worker.id, {
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
        }),
      ]);
      expect(refused).toMatchObject({ status: "REFUSED", inForce: null });
      const before = await rowCounts(w.db);

      const withdrawn = ok(await deleteDeclaration(w, refused!.id, refused!.version));
      expect(withdrawn).toMatchObject({
        status: "CANCELLED",
        kind: "ORIGINAL",
        inForce: null,
        version: refused!.version + 1,
        history: [{ number: 1, kind: "ORIGINAL", status: "CANCELLED" }],
      });
      const after = await rowCounts(w.db);
      expect(after).toEqual({
        ...before,
        events: before.events! + 1,
        messages: before.messages! + 1,
        versionTokens: before.versionTokens! + 1,
      });
      expect(await pendingVersions(w.db, [refused!.id])).toEqual([]);
      expect(await storedMessageTypes(w.db, refused!.id)).toEqual(["DECLARATION_REFUSED", "DELETION_PROCESSED"]);
      const lines = await eboxAbout(w, worker);
      expect(lines.map((l) => l.type)).toEqual(["DECLARATION_REFUSED", "DELETION_PROCESSED"]);
      expect(lines[1]!.body).toContain("Uw verwijdering van de flexiloongegevens werd verwerkt.");
    });

    it("a refused MODIFICATION leaves the earlier version in force; deleting then cancels that version", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [accepted] = await declareAndControl(w, [declarationInput(worker.id)]);
      const modified = ok(
        await modifyDeclaration(
          w,
          accepted!.id,
          accepted!.version,
          declarationInput(worker.id, {
            properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "400.00" }],
          }),
        ),
      );
      expect(modified).toMatchObject({ status: "PENDING", kind: "MODIFICATION", version: accepted!.version + 1 });
      // The token moved on: the reader's old one is CONFLICT.
      expect(errorCodes(await deleteDeclaration(w, accepted!.id, accepted!.version))).toEqual(["CONFLICT"]);

      await control(w, [accepted!.id]);
      const refused = await readDeclaration(w.api, w.token, accepted!.id);
      expect(refused).toMatchObject({
        status: "REFUSED",
        kind: "MODIFICATION",
        total: "400.00",
        version: modified.version,
        inForce: { number: 1, status: "ACCEPTED", total: "250.00" },
        history: [
          { number: 1, kind: "ORIGINAL", status: "ACCEPTED" },
          { number: 2, kind: "MODIFICATION", status: "REFUSED" },
        ],
      });
      expect(refused.anomalies).toEqual([nlAnomaly("00036-022", "BLOCKING", "properties.0.employerClass")]);
      const refusal = (await eboxAbout(w, worker)).at(-1)!;
      expect(refusal.type).toBe("DECLARATION_REFUSED");
      expect(refusal.body).toContain("Uw wijziging van de flexiloongegevens werd geweigerd.");
      expect(refusal.body).toContain("De eerder aanvaarde versie 1 blijft van kracht.");

      // Deleting now cancels version 1, the one in force, with its content.
      const deleting = ok(await deleteDeclaration(w, refused.id, refused.version));
      expect(deleting).toMatchObject({ status: "PENDING", kind: "CANCELLATION", inForce: { number: 1 } });
      await control(w, [refused.id]);
      expect(await readDeclaration(w.api, w.token, refused.id)).toMatchObject({
        status: "CANCELLED",
        inForce: null,
        total: "250.00",
        history: [
          { number: 1, kind: "ORIGINAL", status: "ACCEPTED" },
          { number: 2, kind: "MODIFICATION", status: "REFUSED" },
          { number: 3, kind: "CANCELLATION", status: "CANCELLED", total: "250.00" },
        ],
      });
    });

    it("modify after a refused ORIGINAL sends a new ORIGINAL (version 2), controlled like the first", async () => {
      const worker = await newWorker(w, w.fx.employerA);
      const [refused] = await declareAndControl(w, [
        declarationInput(worker.id, {
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
        }),
      ]);
      expect(refused!.status).toBe("REFUSED");
      const resent = ok(await modifyDeclaration(w, refused!.id, refused!.version, declarationInput(worker.id)));
      expect(resent).toMatchObject({
        status: "PENDING",
        kind: "ORIGINAL",
        inForce: null,
        history: [
          { number: 1, kind: "ORIGINAL", status: "REFUSED" },
          { number: 2, kind: "ORIGINAL", status: "PENDING" },
        ],
      });
      await control(w, [refused!.id]);
      expect(await readDeclaration(w.api, w.token, refused!.id)).toMatchObject({
        status: "ACCEPTED",
        kind: "ORIGINAL",
        anomalies: [],
        inForce: { number: 2, status: "ACCEPTED" },
      });
      expect(await storedMessageTypes(w.db, refused!.id)).toEqual(["DECLARATION_REFUSED", "DECLARATION_ACCEPTED"]);
    });
  });

  describe("e-Box (docs/domain-rules.md#e-box-messages)", () => {
    /** Subject as the nl reader sees it: "<type subject>: <worker>, <start> – <end>". */
    const subject = (text: string, worker: TestWorker, start: string, end: string) =>
      `${text}: ${worker.name}, ${nlDate(start)} – ${nlDate(end)}`;

    it("each result writes exactly one message of the right type, in the reader's language (nl), naming the worker", async () => {
      const period = recentPeriod();
      const accepted = await newWorker(w, w.fx.employerA);
      const warned = await newWorker(w, w.fx.employerA, [{ type: "STU" }]);
      const refused = await newWorker(w, w.fx.employerA);
      const modified = await newWorker(w, w.fx.employerA);
      const deleted = await newWorker(w, w.fx.employerA);
      const views = await declareAndControl(w, [
        declarationInput(accepted.id),
        declarationInput(warned.id),
        declarationInput(refused.id, {
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
        }),
        declarationInput(modified.id),
        declarationInput(deleted.id),
      ]);
      const [, , , toModify, toDelete] = views;
      ok(
        await modifyDeclaration(
          w,
          toModify!.id,
          toModify!.version,
          declarationInput(modified.id, {
            properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "300.00" }],
          }),
        ),
      );
      ok(await deleteDeclaration(w, toDelete!.id, toDelete!.version));
      await control(w, [toModify!.id, toDelete!.id]);

      const stored = await Promise.all(views.map((v) => storedMessageTypes(w.db, v.id)));
      expect(stored).toEqual([
        ["DECLARATION_ACCEPTED"],
        ["DECLARATION_ACCEPTED_WITH_WARNINGS"],
        ["DECLARATION_REFUSED"],
        ["DECLARATION_ACCEPTED", "MODIFICATION_PROCESSED"],
        ["DECLARATION_ACCEPTED", "DELETION_PROCESSED"],
      ]);

      const worker = (t: TestWorker) => `Werknemer: ${t.name} (INSZ ${formatSsin(t.ssin)})`;
      const [acceptedLine] = await eboxAbout(w, accepted);
      expect(acceptedLine).toMatchObject({
        type: "DECLARATION_ACCEPTED",
        subject: subject("Flexiloongegevens aanvaard", accepted, period.start, period.end),
      });
      expect(acceptedLine!.body).toContain("Uw flexiloongegevens werden aanvaard.");
      expect(acceptedLine!.body).toContain(worker(accepted));

      const [warnedLine] = await eboxAbout(w, warned);
      expect(warnedLine).toMatchObject({
        type: "DECLARATION_ACCEPTED_WITH_WARNINGS",
        subject: subject("Flexiloongegevens aanvaard met waarschuwingen", warned, period.start, period.end),
      });
      expect(warnedLine!.body).toContain(worker(warned));
      expect(warnedLine!.body).toContain(`- 00024-152 (waarschuwing): ${anomalyMessage("00024-152", "nl")}`);

      const [refusedLine] = await eboxAbout(w, refused);
      expect(refusedLine).toMatchObject({
        type: "DECLARATION_REFUSED",
        subject: subject("Flexiloongegevens geweigerd", refused, period.start, period.end),
      });
      expect(refusedLine!.body).toContain("Uw flexiloongegevens werden geweigerd.");
      expect(refusedLine!.body).toContain(worker(refused));
      expect(refusedLine!.body).toContain(`- 00036-022 (blokkerend): ${anomalyMessage("00036-022", "nl")}`);

      const modifiedLines = await eboxAbout(w, modified);
      expect(modifiedLines.map((l) => l.type)).toEqual(["DECLARATION_ACCEPTED", "MODIFICATION_PROCESSED"]);
      expect(modifiedLines[1]!.subject).toBe(
        subject("Wijziging van flexiloongegevens verwerkt", modified, period.start, period.end),
      );
      expect(modifiedLines[1]!.body).toContain(
        "Uw wijziging van de flexiloongegevens werd verwerkt. Versie 2 is nu van kracht.",
      );
      expect(modifiedLines[1]!.body).toContain(worker(modified));

      const deletedLines = await eboxAbout(w, deleted);
      expect(deletedLines.map((l) => l.type)).toEqual(["DECLARATION_ACCEPTED", "DELETION_PROCESSED"]);
      expect(deletedLines[1]!.subject).toBe(
        subject("Verwijdering van flexiloongegevens verwerkt", deleted, period.start, period.end),
      );
      expect(deletedLines[1]!.body).toContain("Uw verwijdering van de flexiloongegevens werd verwerkt.");
      expect(deletedLines[1]!.body).toContain(worker(deleted));
    });
  });
});

// ---- the sweeper and the worker (docs/architecture.md#the-controls-job) --------------------------------------------------

describe("the sweeper and the controls worker (docs/architecture.md#the-controls-job)", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.api.close());

  const SWEEP = { staleAfterMs: 60_000, deadAfterMs: 30_000 };

  /** The run_controls jobs: id, lock and the versions they carry. */
  async function controlJobs() {
    return w.db.query<{ id: string; lockedBy: string | null; lockedAt: Date | null; versionIds: string[] }>(sql`
      SELECT j.id::text AS id, j.locked_by AS "lockedBy", j.locked_at AS "lockedAt", j.payload -> 'versionIds' AS "versionIds"
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = ${RUN_CONTROLS_TASK} ORDER BY j.id`);
  }
  const requestedAgo = (ids: string[], seconds: number) =>
    w.db.query(sql`
    UPDATE declaration_version SET controls_requested_at = now() - ${seconds} * interval '1 second' WHERE id = ANY(${ids}::uuid[])`);

  let lost: string[];
  let recent: string[];

  it("re-queues PENDING versions without a result a minute after they were queued, not younger ones, not those a job still holds", async () => {
    const workers = [
      await newWorker(w, w.fx.employerA),
      await newWorker(w, w.fx.employerA),
      await newWorker(w, w.fx.employerA),
    ];
    const lostDeclarations = await declare(w, [declarationInput(workers[0]!.id), declarationInput(workers[1]!.id)]);
    const recentDeclarations = await declare(w, [declarationInput(workers[2]!.id)]);
    lost = await pendingVersions(w.db, lostDeclarations);
    recent = await pendingVersions(w.db, recentDeclarations);
    expect((await controlJobs()).flatMap((j) => j.versionIds).sort()).toEqual([...lost, ...recent].sort());

    // A crash lost the jobs: the versions stay PENDING with nothing queued.
    await w.db.query(sql`DELETE FROM graphile_worker._private_jobs`);
    await requestedAgo(lost, 120);
    await requestedAgo(recent, 10);

    expect(await sweepOnce(w.db, SWEEP)).toEqual({ unlockedPools: [], requeued: 2 });
    const jobs = await controlJobs();
    expect(jobs).toHaveLength(1);
    expect([...jobs[0]!.versionIds].sort()).toEqual([...lost].sort());
    expect(jobs[0]!.lockedAt).toBeNull();
    const requested = await w.db.query<{ fresh: boolean }>(sql`
      SELECT controls_requested_at > now() - interval '10 seconds' AS fresh FROM declaration_version WHERE id = ANY(${lost}::uuid[])`);
    expect(requested.map((r) => r.fresh)).toEqual([true, true]);

    // Everything stale again: the lost versions wait in that job and are left to it (a busy queue
    // is never doubled); the recent one is in no job any more and is queued.
    await requestedAgo([...lost, ...recent], 120);
    expect(await sweepOnce(w.db, SWEEP)).toEqual({ unlockedPools: [], requeued: 1 });
    const after = await controlJobs();
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(jobs[0]);
    expect(after[1]!.versionIds).toEqual(recent);
  });

  it("a real worker runs the re-queued jobs; its own sweep queues a version whose job was lost, which it then controls", async () => {
    // Another declaration whose job was lost (before any worker ran).
    const extra = await newWorker(w, w.fx.employerA);
    const extraVersions = await pendingVersions(w.db, await declare(w, [declarationInput(extra.id)]));
    await w.db.query(
      sql`DELETE FROM graphile_worker._private_jobs j WHERE j.payload::jsonb -> 'versionIds' ? ${extraVersions[0]!}`,
    );
    await requestedAgo(extraVersions, 120);

    const worker = await startControlsWorker({
      connectionString: w.api.database.url,
      db: w.db,
      sweepIntervalMs: 3_600_000,
    });
    try {
      const beat = await w.db.one<{ fresh: boolean }>(sql`
        SELECT beat_at > now() - interval '10 seconds' AS fresh FROM worker_heartbeat WHERE pool_id = ${worker.poolId}`);
      expect(beat).toEqual({ fresh: true });
      await waitFor(async () => (await pendingVersions(w.db)).length === 1, "the re-queued jobs");
      expect(await pendingVersions(w.db)).toEqual(extraVersions);

      // Its own sweep finds the version no job holds, and the worker controls it.
      expect(await worker.sweep()).toEqual({ unlockedPools: [], requeued: 1 });
      await waitFor(async () => (await pendingVersions(w.db)).length === 0, "the swept version");
      expect(await worker.sweep()).toEqual({ unlockedPools: [], requeued: 0 });

      const all = [...lost, ...recent, ...extraVersions];
      const statuses = await w.db.query<{ status: string }>(
        sql`SELECT status FROM declaration_version WHERE id = ANY(${all}::uuid[])`,
      );
      expect(statuses.map((s) => s.status)).toEqual(["ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED"]);
      // One status event PENDING -> ACCEPTED and one message each: nothing was run twice.
      const events = await w.db.one<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM status_event e JOIN declaration_version v ON v.declaration_id = e.declaration_id
        WHERE v.id = ANY(${all}::uuid[]) AND e.to_status = 'ACCEPTED'`);
      expect(events).toEqual({ n: 4 });
      const messages = await w.db.one<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM ebox_message m JOIN declaration_version v ON v.declaration_id = m.declaration_id
        WHERE v.id = ANY(${all}::uuid[])`);
      expect(messages).toEqual({ n: 4 });
    } finally {
      await worker.stop();
    }
    expect(await w.db.query(sql`SELECT pool_id FROM worker_heartbeat WHERE pool_id = ${worker.poolId}`)).toEqual([]);
  });

  it("unlocks the jobs of a pool whose heartbeat stopped, and deletes its heartbeat; a live pool's jobs stay locked", async () => {
    const a = await newWorker(w, w.fx.employerA);
    const b = await newWorker(w, w.fx.employerA);
    await declare(w, [declarationInput(a.id)]);
    await declare(w, [declarationInput(b.id)]);
    const queued = await controlJobs();
    expect(queued).toHaveLength(2);
    const [deadJob, liveJob] = queued;
    await w.db.query(sql`
      INSERT INTO worker_heartbeat (pool_id, started_at, beat_at) VALUES
        ('pool-dead', now() - interval '1 hour', now() - interval '10 minutes'), ('pool-alive', now() - interval '1 hour', now())`);
    await w.db.query(
      sql`UPDATE graphile_worker._private_jobs SET locked_by = 'pool-dead', locked_at = now() - interval '10 minutes' WHERE id = ${deadJob!.id}::bigint`,
    );
    await w.db.query(
      sql`UPDATE graphile_worker._private_jobs SET locked_by = 'pool-alive', locked_at = now() WHERE id = ${liveJob!.id}::bigint`,
    );

    expect(await sweepOnce(w.db, SWEEP)).toEqual({ unlockedPools: ["pool-dead"], requeued: 0 });
    const jobs = await controlJobs();
    expect(jobs.map((j) => [j.id, j.lockedBy, j.lockedAt === null])).toEqual([
      [deadJob!.id, null, true],
      [liveJob!.id, "pool-alive", false],
    ]);
    const pools = await w.db.query<{ poolId: string }>(
      sql`SELECT pool_id AS "poolId" FROM worker_heartbeat ORDER BY pool_id`,
    );
    expect(pools.map((p) => p.poolId)).toEqual(["pool-alive"]);
  });
});

/** Polls a condition (a real worker runs on its own clock). */
async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `n` sessions of this database wait for a row lock. */
async function waitForLockWaiters(db: Db, n: number): Promise<void> {
  await waitFor(
    async () => {
      const row = await db.one<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      return row!.n >= n;
    },
    `${n} lock waiters`,
    5_000,
  );
}
