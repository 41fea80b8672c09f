import { performance } from "node:perf_hooks";
import { verifyPassword } from "../auth/passwords";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { runControls } from "../controls/run-controls";
import { pendingSchemaChanges } from "../db/data-source";
import { addDays, quarterOf } from "../domain/dates";
import { isValidEnterpriseNumber } from "../domain/enterprise-number";
import { parseNssoNumber } from "../domain/nsso-number";
import { isValidSsin, parseSsin } from "../domain/ssin";
import { createTestDatabase } from "../test/database";
import { demoUuid, DEMO_USERS, isDatabaseEmpty, loadDemoData, type DemoDataCounts } from "./demo-data";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/** A submission `s` of Eva's story (demo-declarations.ts): its declarations' payslips say "-E-". */
const STORY_SUBMISSION = sql.raw(
  `SELECT 1 FROM "wage_declaration" sd WHERE sd."submission_id" = s."id" AND sd."payslip_reference" LIKE '%-E-%'`,
);

/** Whether a declaration id belongs (or not) to Eva's story. */
function storyDeclaration(story: boolean, id: string) {
  return sql.raw(
    `${story ? "" : "NOT "}EXISTS (SELECT 1 FROM "wage_declaration" sd WHERE sd."id" = ${id} AND sd."payslip_reference" LIKE '%-E-%')`,
  );
}

/** The demo tables with every column but secrets, so a digest covers ids and timestamps too. */
const DIGEST_COLUMNS: Record<string, string> = {
  employer: `"id", "name", "enterprise_number", "nsso_number", "language", "employer_classes", "created_at", "updated_at"`,
  worker: `"id", "ssin", "first_name", "last_name", "birth_date", "pensioner_from", "created_at", "updated_at"`,
  dimona_period: `"id", "period_id", "employer_id", "worker_id", "worker_type", "joint_committee", "start_date", "start_hour", "end_date", "end_hour", "planned_hours", "cancelled", "created_at", "updated_at"`,
  // password_hash is salted: it differs between loads by design.
  app_user: `"id", "login", "display_name", "language", "ssin", "back_office", "disabled", "created_at", "updated_at"`,
  access_grant: `"id", "user_id", "employer_id", "permission", "granted_by", "granted_at"`,
  submission: `"id", "employer_id", "period_start", "period_end", "status", "channel", "idempotency_key", "reference", "created_by", "submitted_by", "submitted_at", "created_at", "updated_at"`,
  wage_declaration: `"id", "employer_id", "worker_id", "submission_id", "version", "newest_version", "in_force_version", "status", "kind", "payslip_reference", "calculation_start", "calculation_end", "calculation_date", "total_cents", "submitted_at", "processed_at", "created_at", "updated_at"`,
  // The pending versions' controls are requested three minutes after the load, by design (checked below).
  declaration_version: `"id", "declaration_id", "number", "kind", "status", "payslip_reference", "calculation_start", "calculation_end", "calculation_date", "total_cents", "created_at", "created_by", "reason", "submitted_at", "processed_at",
    CASE WHEN "status" = 'PENDING' THEN 'three minutes after the load' ELSE "controls_requested_at"::text END AS "controls_requested_at"`,
  wage_property: `"id", "version_id", "position", "employer_class", "worker_code", "validity_start", "validity_end"`,
  financial_element: `"id", "property_id", "position", "code", "amount_cents", "frequency_months"`,
  anomaly: `"id", "version_id", "code", "severity", "message", "path"`,
  status_event: `"seq", "declaration_id", "employer_id", "worker_id", "version_number", "from_status", "to_status", "at", "actor_id", "reason", "reason_code"`,
  event_counter: `"name", "value"`,
  ebox_message: `"id", "employer_id", "type", "subject_nl", "subject_fr", "subject_de", "subject_en", "body_nl", "body_fr", "body_de", "body_en", "declaration_id", "submission_id", "dedup_key", "received_at", "read_at"`,
};

async function digests(db: Db): Promise<Record<string, { rows: number; digest: string }>> {
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const [table, columns] of Object.entries(DIGEST_COLUMNS)) {
    const row = await db.one<{ rows: number; digest: string }>(sql`
      SELECT count(*)::int AS "rows", md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) AS "digest"
      FROM (SELECT ${sql.raw(columns)} FROM ${sql.raw(`"${table}"`)}) t`);
    if (!row) throw new Error(`no digest for ${table}`);
    result[table] = row;
  }
  return result;
}

interface EmployerRow {
  id: string;
  name: string;
  enterprise_number: string;
  nsso_number: string;
  employer_classes: string[];
}
interface WorkerRow {
  id: string;
  ssin: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  pensioner_from: string | null;
}
interface PeriodRow {
  period_id: string;
  employer_id: string;
  worker_id: string;
  worker_type: string;
  joint_committee: string;
  start_date: string;
  start_hour: string | null;
  end_date: string | null;
  end_hour: string | null;
  planned_hours: string | null;
  cancelled: boolean;
}

/** What the README promises for each sign-in, written out independently of the loader. */
const EXPECTED_USERS: Record<
  string,
  { displayName: string; backOffice: boolean; language: string | null; worker: boolean; grants: string[] }
> = {
  "anna.declarant": {
    displayName: "Anna Peeters",
    backOffice: false,
    language: null,
    worker: false,
    grants: ["Brasserie De Gouden Leeuw/DIMONA_CONSULTATION", "Brasserie De Gouden Leeuw/FLEXI_AT_WORK"],
  },
  "benoit.declarant": {
    displayName: "Benoît Dubois",
    backOffice: false,
    language: null,
    worker: false,
    grants: ["Boulangerie Le Bon Pain/DIMONA_CONSULTATION", "Boulangerie Le Bon Pain/FLEXI_AT_WORK"],
  },
  "gerda.declarant": {
    displayName: "Gerda Schmitz",
    backOffice: false,
    language: null,
    worker: false,
    grants: ["Garage Eifel GmbH/DIMONA_CONSULTATION", "Garage Eifel GmbH/FLEXI_AT_WORK"],
  },
  "carla.admin": {
    displayName: "Carla Janssens",
    backOffice: false,
    language: null,
    worker: false,
    grants: ["Boulangerie Le Bon Pain/ACCESS_ADMIN", "Brasserie De Gouden Leeuw/ACCESS_ADMIN"],
  },
  "dirk.backoffice": { displayName: "Dirk Vermeulen", backOffice: true, language: "nl", worker: false, grants: [] },
  "eva.worker": { displayName: "Eva Claes", backOffice: false, language: "nl", worker: true, grants: [] },
};

const HOUR = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * Declarations per employer and status, as the demo plan means them to come out of the real
 * controls: regular ones accepted; late ones (FAW-001) and one without Dimona that month
 * (00024-152) with warnings; a baker's class at the brasserie (00036-022), a refused modification
 * and the garage's provisional NSSO number (00011-146) refused; deletions and a withdrawal
 * cancelled; anna's open wizard and benoit's transmission still being controlled.
 */
const EXPECTED_STATUSES: Record<string, Record<string, number>> = {
  "Brasserie De Gouden Leeuw": { ACCEPTED: 21, ACCEPTED_WITH_WARNINGS: 4, REFUSED: 2, CANCELLED: 1, DRAFT: 2 },
  "Boulangerie Le Bon Pain": { ACCEPTED: 19, ACCEPTED_WITH_WARNINGS: 4, CANCELLED: 1, PENDING: 3 },
  "Garage Eifel GmbH": { REFUSED: 3, CANCELLED: 1 },
};

describe("demo data", () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let emptyBefore: boolean;
  let counts: DemoDataCounts;
  /** The database's clock around the first load (the pending controls are timed from it). */
  let loadWindow: { from: Date; to: Date };

  const databaseNow = async (db: Db): Promise<Date> =>
    (await db.one<{ now: Date }>(sql`SELECT clock_timestamp() AS "now"`))!.now;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    emptyBefore = await isDatabaseEmpty(a.db);
    const from = await databaseNow(a.db);
    const started = performance.now();
    counts = await loadDemoData(a.db);
    const elapsed = performance.now() - started;
    loadWindow = { from, to: await databaseNow(a.db) };
    console.info(`demo data loaded in ${Math.round(elapsed)} ms: ${JSON.stringify(counts)}`);
    await loadDemoData(b.db);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  it("loads the same rows, ids and timestamps included, into two fresh databases", async () => {
    const [first, second] = await Promise.all([digests(a.db), digests(b.db)]);
    expect(second).toEqual(first);
    expect(first.employer?.rows).toBe(counts.employers);
    expect(first.worker?.rows).toBe(counts.workers);
    expect(first.dimona_period?.rows).toBe(counts.dimonaPeriods);
    expect(first.app_user?.rows).toBe(counts.users);
    expect(first.access_grant?.rows).toBeGreaterThan(0);
    expect(first.submission?.rows).toBe(counts.submissions);
    expect(first.wage_declaration?.rows).toBe(counts.declarations);
    for (const table of [
      "declaration_version",
      "wage_property",
      "financial_element",
      "anomaly",
      "status_event",
      "ebox_message",
    ]) {
      expect({ table, rows: (first[table]?.rows ?? 0) > 0 }).toEqual({ table, rows: true });
    }
  });

  it("names the declarations' rows like the rest of the demo, and leaves the id defaults as the migrations made them", async () => {
    // The n-th row a table received is demoUuid("<table>:n"); anomalies are named after their content.
    for (const table of [
      "submission",
      "wage_declaration",
      "declaration_version",
      "wage_property",
      "financial_element",
      "ebox_message",
    ]) {
      const rows = await a.db.query<{ id: string }>(sql`SELECT "id" FROM ${sql.raw(`"${table}"`)}`);
      const expected = rows.map((_, i) => demoUuid(`${table}:${i + 1}`));
      expect({ table, ids: rows.map((r) => r.id).sort() }).toEqual({ table, ids: expected.sort() });
    }
    const anomalies = await a.db.query<{ id: string; version_id: string; code: string; path: string | null }>(
      sql`SELECT "id", "version_id", "code", "path" FROM "anomaly"`,
    );
    for (const x of anomalies) expect(x.id).toBe(demoUuid(`anomaly:${x.version_id}:${x.code}:${x.path ?? ""}`));

    // The load borrowed the id defaults; the schema is again exactly what the entities describe.
    expect(await pendingSchemaChanges(a.dataSource)).toEqual({ up: [], down: [] });
    const leftovers = await a.db.one<{ functions: number; sequences: number }>(sql`
      SELECT (SELECT count(*)::int FROM pg_proc WHERE proname LIKE 'flexi_demo%') AS "functions",
             (SELECT count(*)::int FROM pg_class WHERE relkind = 'S' AND relname LIKE 'flexi_demo%') AS "sequences"`);
    expect(leftovers).toEqual({ functions: 0, sequences: 0 });
  });

  it("is loaded only into an empty database", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(a.db)).toBe(false);
    // A second load (say, another process starting at the same time) adds nothing.
    expect(await loadDemoData(a.db)).toEqual({
      employers: 0,
      workers: 0,
      dimonaPeriods: 0,
      users: 0,
      submissions: 0,
      declarations: 0,
    });
    expect((await digests(a.db)).worker?.rows).toBe(300);
  });

  it("has employers with valid KBO and NSSO numbers, exactly one provisional", async () => {
    const employers = await a.db.query<EmployerRow>(
      sql`SELECT "id", "name", "enterprise_number", "nsso_number", "employer_classes" FROM "employer"`,
    );
    expect(employers.length).toBeGreaterThanOrEqual(3);
    for (const e of employers) {
      expect({ name: e.name, kbo: isValidEnterpriseNumber(e.enterprise_number) }).toEqual({ name: e.name, kbo: true });
      expect({ name: e.name, nsso: parseNssoNumber(e.nsso_number)?.digits }).toEqual({
        name: e.name,
        nsso: e.nsso_number,
      });
      expect(e.employer_classes.length).toBeGreaterThan(0);
    }
    const provisional = employers.filter((e) => parseNssoNumber(e.nsso_number)?.provisional);
    expect(provisional.map((e) => e.name)).toEqual(["Garage Eifel GmbH"]);
  });

  it("has 300 workers with valid, unique SSINs: INSZ and BIS, born after 2000, pensioners", async () => {
    const workers = await a.db.query<WorkerRow>(
      sql`SELECT "id", "ssin", "first_name", "last_name", "birth_date", "pensioner_from" FROM "worker"`,
    );
    expect(workers).toHaveLength(300);
    expect(new Set(workers.map((w) => w.ssin)).size).toBe(300);
    for (const w of workers) {
      expect({ ssin: w.ssin, valid: isValidSsin(w.ssin) }).toEqual({ ssin: w.ssin, valid: true });
      expect(w.birth_date).toBe(parseSsin(w.ssin)?.birthDate);
      expect(w.first_name.length * w.last_name.length).toBeGreaterThan(0);
    }
    const info = workers.map((w) => ({
      worker: w,
      ssin: parseSsin(w.ssin) as NonNullable<ReturnType<typeof parseSsin>>,
    }));
    const bis = info.filter((x) => x.ssin.kind === "BIS");
    expect(bis.length).toBeGreaterThanOrEqual(10);
    // Both kinds of BIS: issued with the sex unknown (month + 20) and known (month + 40).
    expect(bis.some((x) => x.ssin.sex === null)).toBe(true);
    expect(bis.some((x) => x.ssin.sex !== null)).toBe(true);
    expect(info.filter((x) => x.ssin.century === 2000).length).toBeGreaterThanOrEqual(30);

    const pensioners = workers.filter((w) => w.pensioner_from !== null);
    expect(pensioners.length).toBeGreaterThanOrEqual(10);
    for (const p of pensioners) expect(p.birth_date?.slice(0, 3)).toBe("195");
    // Some were pensioned before 2025, some during 2025 (the ceiling split shows within a year).
    expect(pensioners.some((p) => (p.pensioner_from as string) < "2025-01-01")).toBe(true);
    expect(pensioners.some((p) => (p.pensioner_from as string).startsWith("2025-"))).toBe(true);
  });

  it("has Dimona periods per day and per quarter, of several types, some cancelled", async () => {
    const periods = await a.db.query<PeriodRow>(sql`
      SELECT "period_id", "employer_id", "worker_id", "worker_type", "joint_committee", "start_date", "start_hour",
             "end_date", "end_hour", "planned_hours", "cancelled"
      FROM "dimona_period"`);
    const employers = await a.db.query<EmployerRow>(
      sql`SELECT "id", "name", "enterprise_number", "nsso_number", "employer_classes" FROM "employer"`,
    );
    expect(periods.length).toBeGreaterThanOrEqual(1500);
    expect(periods.length).toBeLessThanOrEqual(3000);
    expect(new Set(periods.map((p) => p.period_id)).size).toBe(periods.length);

    let perDay = 0;
    let perQuarter = 0;
    for (const p of periods) {
      expect(p.period_id).toMatch(/^[0-9]{12}$/);
      expect(p.start_date >= "2025-01-01" && p.start_date <= "2026-12-31").toBe(true);
      if (p.start_hour !== null) {
        perDay++;
        expect(p.end_date).toBe(p.start_date);
        expect(p.start_hour).toMatch(HOUR);
        expect(p.end_hour).toMatch(HOUR);
        expect((p.end_hour as string) > p.start_hour).toBe(true);
        expect(Number(p.planned_hours)).toBeGreaterThanOrEqual(4);
        expect(Number(p.planned_hours)).toBeLessThanOrEqual(8);
      } else {
        perQuarter++;
        expect(p.end_hour).toBeNull();
        expect(p.planned_hours).toBeNull();
        expect(p.end_date).not.toBeNull();
        expect((p.end_date as string) >= p.start_date).toBe(true);
        // Never across a quarter (docs/domain-rules.md#periods-per-quarter-or-per-day).
        expect((p.end_date as string) <= quarterOf(p.start_date).end).toBe(true);
      }
      const employer = employers.find((e) => e.id === p.employer_id);
      expect(p.joint_committee).toBe(employer?.employer_classes.includes("017") ? "302" : "XXX");
    }
    expect(perDay).toBeGreaterThan(100);
    expect(perQuarter).toBeGreaterThan(100);

    const byType = (type: string): number => periods.filter((p) => p.worker_type === type).length;
    expect(byType("FLX")).toBeGreaterThan(periods.length / 2);
    expect(byType("STU")).toBeGreaterThan(0);
    expect(byType("OTH")).toBeGreaterThan(0);
    expect(periods.filter((p) => p.cancelled).length).toBeGreaterThan(0);
    expect(periods.some((p) => p.start_date.startsWith("2025-"))).toBe(true);
    expect(periods.some((p) => p.start_date.startsWith("2026-"))).toBe(true);

    // Each employer has a realistic workforce; some workers work for two employers.
    for (const e of employers) {
      const workers = new Set(periods.filter((p) => p.employer_id === e.id).map((p) => p.worker_id));
      expect({ employer: e.name, enough: workers.size >= 60 && workers.size <= 160 }).toEqual({
        employer: e.name,
        enough: true,
      });
    }
    const employersOfWorker = new Map<string, Set<string>>();
    for (const p of periods)
      employersOfWorker.set(p.worker_id, (employersOfWorker.get(p.worker_id) ?? new Set()).add(p.employer_id));
    expect([...employersOfWorker.values()].filter((s) => s.size >= 2).length).toBeGreaterThan(20);
  });

  it("has every README sign-in, with the password and the grants listed", async () => {
    expect(DEMO_USERS.map((u) => u.login).sort()).toEqual(Object.keys(EXPECTED_USERS).sort());
    for (const demo of DEMO_USERS) {
      const expected = EXPECTED_USERS[demo.login];
      if (!expected) throw new Error(`unexpected demo user ${demo.login}`);
      const user = await a.db.one<{
        id: string;
        login: string;
        display_name: string;
        password_hash: string;
        language: string | null;
        ssin: string | null;
        back_office: boolean;
        disabled: boolean;
      }>(
        sql`SELECT "id", "login", "display_name", "password_hash", "language", "ssin", "back_office", "disabled" FROM "app_user" WHERE lower("login") = lower(${demo.login})`,
      );
      if (!user) throw new Error(`demo user ${demo.login} is missing`);
      expect({
        login: user.login,
        displayName: user.display_name,
        backOffice: user.back_office,
        language: user.language,
        disabled: user.disabled,
        worker: user.ssin !== null,
      }).toEqual({
        login: demo.login,
        displayName: expected.displayName,
        backOffice: expected.backOffice,
        language: expected.language,
        disabled: false,
        worker: expected.worker,
      });
      expect(await verifyPassword(user.password_hash, demo.password)).toBe(true);
      const grants = await a.db.query<{ grant: string; granted_by: string | null }>(sql`
        SELECT e."name" || '/' || g."permission" AS "grant", g."granted_by"
        FROM "access_grant" g JOIN "employer" e ON e."id" = g."employer_id"
        WHERE g."user_id" = ${user.id} ORDER BY 1`);
      expect(grants.map((g) => g.grant)).toEqual([...expected.grants].sort());
      expect(grants.every((g) => g.granted_by === null)).toBe(true);
    }
  });

  it("gives the worker sign-in a non-pensioner with FLX periods at two employers", async () => {
    const eva = await a.db.one<{
      ssin: string;
      first_name: string;
      last_name: string;
      pensioner_from: string | null;
      employers: number;
    }>(sql`
      SELECT w."ssin", w."first_name", w."last_name", w."pensioner_from",
             (SELECT count(DISTINCT p."employer_id")::int FROM "dimona_period" p
              WHERE p."worker_id" = w."id" AND p."worker_type" = 'FLX' AND NOT p."cancelled") AS "employers"
      FROM "app_user" u JOIN "worker" w ON w."ssin" = u."ssin"
      WHERE u."login" = 'eva.worker'`);
    expect(eva).toEqual({
      ssin: expect.any(String),
      first_name: "Eva",
      last_name: "Claes",
      pensioner_from: null,
      employers: 2,
    });
  });

  it("tells Eva's story from today in Brussels: income this year close to the ceiling, mostly from one employer, and last year", async () => {
    const today = await a.db.one<{ today: string }>(
      sql`SELECT to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS "today"`,
    );
    const year = Number(today!.today.slice(0, 4));
    const rows = await a.db.query<{ year: number; employer: string; cents: string }>(sql`
      SELECT extract(year FROM v."calculation_start")::int AS "year", e."name" AS "employer", sum(v."total_cents")::text AS "cents"
      FROM "app_user" u JOIN "worker" w ON w."ssin" = u."ssin"
      JOIN "wage_declaration" d ON d."worker_id" = w."id"
      JOIN "declaration_version" v ON v."declaration_id" = d."id" AND v."number" = d."in_force_version"
      JOIN "employer" e ON e."id" = d."employer_id"
      WHERE u."login" = 'eva.worker' AND extract(year FROM v."calculation_start") IN (${year - 1}, ${year})
      GROUP BY 1, 2`);
    const ceiling = await a.db.one<{ cents: string }>(
      sql`SELECT "amount_cents"::text AS "cents" FROM "flexi_ceiling" WHERE "year" <= ${year} ORDER BY "year" DESC LIMIT 1`,
    );
    const of = (y: number) => rows.filter((r) => r.year === y).map((r) => Number(r.cents));
    expect(of(year - 1).length).toBe(2);
    // On 1 and 2 January nothing of the new year is declared yet.
    if (today!.today.slice(5) > "01-02") {
      const total = of(year).reduce((sum, cents) => sum + cents, 0);
      expect(total / Number(ceiling!.cents)).toBeGreaterThan(0.85);
      expect(total / Number(ceiling!.cents)).toBeLessThan(1);
      expect(Math.max(...of(year)) / Number(ceiling!.cents)).toBeGreaterThan(0.8);
    }
    // Nothing of the story lies ahead of today.
    const ahead = await a.db.one<{ n: number }>(sql`
      SELECT count(*)::int AS "n" FROM "wage_declaration"
      WHERE "payslip_reference" LIKE '%-E-%' AND "calculation_end" >= ${today!.today}::date - 1`);
    expect(ahead!.n).toBe(0);
  });

  it("has declarations in every status, per employer as designed", async () => {
    // The 2025 timeline's declarations; Eva's story (below) depends on the day of the load.
    const rows = await a.db.query<{ employer: string; status: string; n: number }>(sql`
      SELECT e."name" AS "employer", d."status", count(*)::int AS "n"
      FROM "wage_declaration" d JOIN "employer" e ON e."id" = d."employer_id"
      WHERE d."payslip_reference" NOT LIKE '%-E-%' GROUP BY 1, 2`);
    const byEmployer: Record<string, Record<string, number>> = {};
    for (const r of rows) byEmployer[r.employer] = { ...byEmployer[r.employer], [r.status]: r.n };
    expect(byEmployer).toEqual(EXPECTED_STATUSES);
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of ["DRAFT", "PENDING", "ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED", "CANCELLED"])
      expect([...statuses]).toContain(status);

    // What anna.declarant finds on signing in: her two drafts in an open submission, nothing pending.
    const anna = await a.db.one<{ drafts: number; pending: number; draftSubmissions: number }>(sql`
      SELECT count(*) FILTER (WHERE d."status" = 'DRAFT')::int AS "drafts", count(*) FILTER (WHERE d."status" = 'PENDING')::int AS "pending",
             count(DISTINCT d."submission_id") FILTER (WHERE d."status" = 'DRAFT')::int AS "draftSubmissions"
      FROM "wage_declaration" d
      WHERE d."employer_id" IN (SELECT g."employer_id" FROM "access_grant" g JOIN "app_user" u ON u."id" = g."user_id"
                                WHERE u."login" = 'anna.declarant' AND g."permission" = 'FLEXI_AT_WORK')`);
    expect(anna).toEqual({ drafts: 2, pending: 0, draftSubmissions: 1 });
  });

  it("shows every control, modification, deletion and withdrawal, each with its e-Box message", async () => {
    const newest = await a.db.query<{
      id: string;
      status: string;
      kind: string;
      newest: number;
      inForce: number | null;
      codes: string[];
      severities: string[];
    }>(sql`
      SELECT d."id", d."status", d."kind", d."newest_version" AS "newest", d."in_force_version" AS "inForce",
             coalesce(array_agg(x."code" ORDER BY x."code") FILTER (WHERE x."code" IS NOT NULL), '{}') AS "codes",
             coalesce(array_agg(x."severity") FILTER (WHERE x."code" IS NOT NULL), '{}') AS "severities"
      FROM "wage_declaration" d
      JOIN "declaration_version" v ON v."declaration_id" = d."id" AND v."number" = d."newest_version"
      LEFT JOIN "anomaly" x ON x."version_id" = v."id"
      GROUP BY d."id"`);
    const codes = new Set(newest.flatMap((d) => d.codes));
    for (const code of ["00024-152", "00036-022", "00011-146", "FAW-001"]) expect([...codes]).toContain(code);
    for (const d of newest) {
      if (d.status === "ACCEPTED") expect(d.codes).toEqual([]);
      if (d.status === "ACCEPTED_WITH_WARNINGS")
        expect(d.severities.length > 0 && d.severities.every((x) => x === "WARNING")).toBe(true);
      if (d.status === "REFUSED") expect(d.severities).toContain("BLOCKING");
    }
    // Accepted modifications, and one refused: the earlier version stays in force.
    expect(newest.filter((d) => d.kind === "MODIFICATION" && d.status === "ACCEPTED").length).toBeGreaterThanOrEqual(2);
    expect(
      newest
        .filter((d) => d.kind === "MODIFICATION" && d.status === "REFUSED")
        .map((d) => ({ newest: d.newest, inForce: d.inForce })),
    ).toEqual([{ newest: 2, inForce: 1 }]);
    // Deletions processed by the controls, and a refused declaration withdrawn at once.
    const cancelled = newest.filter((d) => d.status === "CANCELLED");
    expect(
      cancelled.filter((d) => d.kind === "CANCELLATION" && d.newest === 2 && d.inForce === null).length,
    ).toBeGreaterThanOrEqual(2);
    expect(cancelled.filter((d) => d.kind === "ORIGINAL" && d.newest === 1 && d.inForce === null)).toHaveLength(1);

    // Every decided version has its e-Box message (the controls' or the withdrawal's).
    const versions = await a.db.query<{ key: string; type: string | null }>(sql`
      SELECT 'declaration:' || v."declaration_id" || ':v' || v."number" || ':' || v."status" AS "key", m."type"
      FROM "declaration_version" v LEFT JOIN "ebox_message" m ON m."dedup_key" = 'declaration:' || v."declaration_id" || ':v' || v."number" || ':' || v."status"
      WHERE v."status" NOT IN ('DRAFT', 'PENDING')`);
    expect(versions.length).toBeGreaterThan(50);
    for (const v of versions) expect({ key: v.key, type: v.type }).toEqual({ key: v.key, type: expect.any(String) });
    const messages = await a.db.query<{ type: string; n: number }>(
      sql`SELECT "type", count(*)::int AS "n" FROM "ebox_message" GROUP BY 1`,
    );
    for (const type of [
      "DECLARATION_ACCEPTED",
      "DECLARATION_ACCEPTED_WITH_WARNINGS",
      "DECLARATION_REFUSED",
      "MODIFICATION_PROCESSED",
      "DELETION_PROCESSED",
    ]) {
      expect(messages.map((m) => m.type)).toContain(type);
    }
    // The inbox has been used: older messages read, the recent ones not yet.
    const read = await a.db.one<{ read: number; unread: number }>(sql`
      SELECT count(*) FILTER (WHERE "read_at" IS NOT NULL)::int AS "read", count(*) FILTER (WHERE "read_at" IS NULL)::int AS "unread" FROM "ebox_message"`);
    expect(read!.read).toBeGreaterThan(0);
    expect(read!.unread).toBeGreaterThan(0);
  });

  it("numbers the status events in timeline order, each from the status the one before led to", async () => {
    const events = await a.db.query<{
      seq: string;
      declarationId: string;
      from: string | null;
      to: string;
      at: Date;
      actor: string | null;
    }>(sql`
      SELECT "seq", "declaration_id" AS "declarationId", "from_status" AS "from", "to_status" AS "to", "at", "actor_id" AS "actor"
      FROM "status_event" ORDER BY "seq"`);
    expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
    const counter = await a.db.one<{ value: string }>(
      sql`SELECT "value" FROM "event_counter" WHERE "name" = 'status_event'`,
    );
    expect(Number(counter!.value)).toBe(events.length);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());

    const declarations = await a.db.query<{ id: string; status: string }>(
      sql`SELECT "id", "status" FROM "wage_declaration"`,
    );
    for (const d of declarations) {
      const own = events.filter((e) => e.declarationId === d.id);
      if (d.status === "DRAFT") {
        expect(own).toEqual([]); // drafts emit no status events
        continue;
      }
      expect(own[0]).toMatchObject({ from: "DRAFT", to: "PENDING", actor: expect.any(String) });
      for (let i = 1; i < own.length; i++)
        expect({ declaration: d.id, from: own[i]!.from }).toEqual({ declaration: d.id, from: own[i - 1]!.to });
      expect({ declaration: d.id, last: own[own.length - 1]!.to }).toEqual({ declaration: d.id, last: d.status });
      // The controls act as the system (no actor); a person's change names its author.
      for (const e of own) expect(e.actor === null).toBe(e.from === "PENDING");
    }
  });

  it("transmits on time two days after the latest calculation date at 10:00 in Brussels, late ones after twelve", async () => {
    const submissions = await a.db.query<{
      reference: string;
      local: string;
      latest: string;
      late: boolean;
      versionsAtSubmission: boolean;
    }>(sql`
      SELECT s."reference", to_char(s."submitted_at" AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD HH24:MI:SS') AS "local",
             max(v."calculation_date") AS "latest", coalesce(bool_or(x."code" = 'FAW-001'), false) AS "late",
             bool_and(v."submitted_at" = s."submitted_at" AND d."created_at" < s."submitted_at") AS "versionsAtSubmission"
      FROM "submission" s
      JOIN "wage_declaration" d ON d."submission_id" = s."id"
      JOIN "declaration_version" v ON v."declaration_id" = d."id" AND v."number" = 1
      LEFT JOIN "anomaly" x ON x."version_id" = v."id"
      WHERE s."status" = 'SUBMITTED' AND NOT EXISTS (${STORY_SUBMISSION})
      GROUP BY s."id" ORDER BY s."submitted_at", s."reference"`);
    // Submissions of two employers may go out at the same instant: their references break the tie.
    expect(submissions.map((s) => s.reference)).toEqual(
      submissions.map((_, i) => `FAW-2025-${String(i + 1).padStart(8, "0")}`),
    );
    for (const s of submissions) {
      expect({ reference: s.reference, local: s.local, atSubmission: s.versionsAtSubmission }).toEqual({
        reference: s.reference,
        local: `${addDays(s.latest, s.late ? 12 : 2)} 10:00:00`,
        atSubmission: true,
      });
    }
    expect(submissions.filter((s) => s.late).length).toBeGreaterThanOrEqual(2);

    // Every instant of the 2025 timeline lies in 2025, up to the data set's snapshot; only the
    // pending controls wait for the product. Eva's story lies before the load.
    const instants = (story: boolean) => sql`
      SELECT to_char(max(t) AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS "latest", max(t) AS "at" FROM (
        SELECT unnest(ARRAY[s."created_at", s."updated_at", s."submitted_at"]) AS t FROM "submission" s
          WHERE ${story ? sql.empty : sql.raw("NOT")} EXISTS (${STORY_SUBMISSION})
        UNION ALL SELECT unnest(ARRAY["created_at", "updated_at", "submitted_at", "processed_at"]) FROM "wage_declaration" d
          WHERE ${storyDeclaration(story, "d.id")}
        UNION ALL SELECT unnest(ARRAY["created_at", "submitted_at", "processed_at",
          CASE WHEN "status" = 'PENDING' THEN NULL ELSE "controls_requested_at" END]) FROM "declaration_version" v
          WHERE ${storyDeclaration(story, "v.declaration_id")}
        UNION ALL SELECT "at" FROM "status_event" e WHERE ${storyDeclaration(story, "e.declaration_id")}
        UNION ALL SELECT unnest(ARRAY["received_at", "read_at"]) FROM "ebox_message" m
          WHERE ${storyDeclaration(story, "m.declaration_id")}) x`;
    const latest = await a.db.one<{ latest: string }>(instants(false));
    expect(latest!.latest).toBe("2025-12-19");
    const story = await a.db.one<{ at: Date }>(instants(true));
    expect(story!.at.getTime()).toBeLessThan(loadWindow.from.getTime());
  });

  it("leaves the pending submission's controls to the product, three minutes after the load", async () => {
    const jobs = await a.db.query<{ runAt: Date }>(
      sql`SELECT "run_at" AS "runAt" FROM graphile_worker.jobs WHERE "task_identifier" = 'run_controls'`,
    );
    expect(jobs).toHaveLength(1);
    const runAt = jobs[0]!.runAt.getTime();
    const threeMinutes = 3 * 60_000;
    expect(runAt).toBeGreaterThanOrEqual(loadWindow.from.getTime() + threeMinutes);
    expect(runAt).toBeLessThanOrEqual(loadWindow.to.getTime() + threeMinutes);
    const pending = await a.db.query<{ requested: Date }>(sql`
      SELECT "controls_requested_at" AS "requested" FROM "declaration_version" WHERE "status" = 'PENDING'`);
    expect(pending.map((p) => p.requested.getTime())).toEqual([runAt, runAt, runAt]);

    // When the job runs, the hourglasses turn into checks (on the second database: the others read the first).
    const ids = await b.db.query<{ id: string }>(
      sql`SELECT "id" FROM "declaration_version" WHERE "status" = 'PENDING'`,
    );
    expect(
      await runControls(
        b.db,
        ids.map((v) => v.id),
      ),
    ).toEqual({ controlled: 3, skipped: 0 });
    const after = await b.db.query<{ status: string; type: string }>(sql`
      SELECT v."status", m."type" FROM "declaration_version" v
      JOIN "ebox_message" m ON m."dedup_key" = 'declaration:' || v."declaration_id" || ':v' || v."number" || ':' || v."status"
      WHERE v."id" = ANY(${ids.map((v) => v.id)}::uuid[])`);
    expect(after).toEqual([0, 1, 2].map(() => ({ status: "ACCEPTED", type: "DECLARATION_ACCEPTED" })));
  });
});
