import { performance } from "node:perf_hooks";
import { verifyPassword } from "../auth/passwords";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { quarterOf } from "../domain/dates";
import { isValidEnterpriseNumber } from "../domain/enterprise-number";
import { parseNssoNumber } from "../domain/nsso-number";
import { isValidSsin, parseSsin } from "../domain/ssin";
import { createTestDatabase } from "../test/database";
import { DEMO_USERS, isDatabaseEmpty, loadDemoData } from "./demo-data";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/** The demo tables with every column but secrets, so a digest covers ids and timestamps too. */
const DIGEST_COLUMNS: Record<string, string> = {
  employer: `"id", "name", "enterprise_number", "nsso_number", "language", "employer_classes", "created_at", "updated_at"`,
  worker: `"id", "ssin", "first_name", "last_name", "birth_date", "pensioner_from", "created_at", "updated_at"`,
  dimona_period: `"id", "period_id", "employer_id", "worker_id", "worker_type", "joint_committee", "start_date", "start_hour", "end_date", "end_hour", "planned_hours", "cancelled", "created_at", "updated_at"`,
  // password_hash is salted: it differs between loads by design.
  app_user: `"id", "login", "display_name", "language", "ssin", "back_office", "disabled", "created_at", "updated_at"`,
  access_grant: `"id", "user_id", "employer_id", "permission", "granted_by", "granted_at"`,
};

async function digests(db: Db): Promise<Record<string, { rows: number; digest: string }>> {
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const [table, columns] of Object.entries(DIGEST_COLUMNS)) {
    const row = await db.one<{ rows: number; digest: string }>(sql`
      SELECT count(*)::int AS "rows", md5(coalesce(string_agg(t::text, E'\n' ORDER BY t."id"), '')) AS "digest"
      FROM (SELECT ${sql.raw(columns)} FROM ${sql.raw(`"${table}"`)}) t`);
    if (!row) throw new Error(`no digest for ${table}`);
    result[table] = row;
  }
  return result;
}

interface EmployerRow { id: string; name: string; enterprise_number: string; nsso_number: string; employer_classes: string[] }
interface WorkerRow { id: string; ssin: string; first_name: string; last_name: string; birth_date: string | null; pensioner_from: string | null }
interface PeriodRow {
  period_id: string; employer_id: string; worker_id: string; worker_type: string; joint_committee: string;
  start_date: string; start_hour: string | null; end_date: string | null; end_hour: string | null;
  planned_hours: string | null; cancelled: boolean;
}

/** What the README promises for each sign-in, written out independently of the loader. */
const EXPECTED_USERS: Record<string, { displayName: string; backOffice: boolean; language: string | null; worker: boolean; grants: string[] }> = {
  "anna.declarant": {
    displayName: "Anna Peeters", backOffice: false, language: null, worker: false,
    grants: ["Brasserie De Gouden Leeuw/DIMONA_CONSULTATION", "Brasserie De Gouden Leeuw/FLEXI_AT_WORK"],
  },
  "benoit.declarant": {
    displayName: "Benoît Dubois", backOffice: false, language: null, worker: false,
    grants: ["Boulangerie Le Bon Pain/DIMONA_CONSULTATION", "Boulangerie Le Bon Pain/FLEXI_AT_WORK"],
  },
  "gerda.declarant": {
    displayName: "Gerda Schmitz", backOffice: false, language: null, worker: false,
    grants: ["Garage Eifel GmbH/DIMONA_CONSULTATION", "Garage Eifel GmbH/FLEXI_AT_WORK"],
  },
  "carla.admin": {
    displayName: "Carla Janssens", backOffice: false, language: null, worker: false,
    grants: ["Boulangerie Le Bon Pain/ACCESS_ADMIN", "Brasserie De Gouden Leeuw/ACCESS_ADMIN"],
  },
  "dirk.backoffice": { displayName: "Dirk Vermeulen", backOffice: true, language: "nl", worker: false, grants: [] },
  "eva.worker": { displayName: "Eva Claes", backOffice: false, language: "nl", worker: true, grants: [] },
};

const HOUR = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

describe("demo data", () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let emptyBefore: boolean;
  let counts: Awaited<ReturnType<typeof loadDemoData>>;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    emptyBefore = await isDatabaseEmpty(a.db);
    const started = performance.now();
    counts = await loadDemoData(a.db);
    const elapsed = performance.now() - started;
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
  });

  it("is loaded only into an empty database", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(a.db)).toBe(false);
    // A second load (say, another process starting at the same time) adds nothing.
    expect(await loadDemoData(a.db)).toEqual({ employers: 0, workers: 0, dimonaPeriods: 0, users: 0 });
    expect((await digests(a.db)).worker?.rows).toBe(300);
  });

  it("has employers with valid KBO and NSSO numbers, exactly one provisional", async () => {
    const employers = await a.db.query<EmployerRow>(sql`SELECT "id", "name", "enterprise_number", "nsso_number", "employer_classes" FROM "employer"`);
    expect(employers.length).toBeGreaterThanOrEqual(3);
    for (const e of employers) {
      expect({ name: e.name, kbo: isValidEnterpriseNumber(e.enterprise_number) }).toEqual({ name: e.name, kbo: true });
      expect({ name: e.name, nsso: parseNssoNumber(e.nsso_number)?.digits }).toEqual({ name: e.name, nsso: e.nsso_number });
      expect(e.employer_classes.length).toBeGreaterThan(0);
    }
    const provisional = employers.filter((e) => parseNssoNumber(e.nsso_number)?.provisional);
    expect(provisional.map((e) => e.name)).toEqual(["Garage Eifel GmbH"]);
  });

  it("has 300 workers with valid, unique SSINs: INSZ and BIS, born after 2000, pensioners", async () => {
    const workers = await a.db.query<WorkerRow>(sql`SELECT "id", "ssin", "first_name", "last_name", "birth_date", "pensioner_from" FROM "worker"`);
    expect(workers).toHaveLength(300);
    expect(new Set(workers.map((w) => w.ssin)).size).toBe(300);
    for (const w of workers) {
      expect({ ssin: w.ssin, valid: isValidSsin(w.ssin) }).toEqual({ ssin: w.ssin, valid: true });
      expect(w.birth_date).toBe(parseSsin(w.ssin)?.birthDate);
      expect(w.first_name.length * w.last_name.length).toBeGreaterThan(0);
    }
    const info = workers.map((w) => ({ worker: w, ssin: parseSsin(w.ssin) as NonNullable<ReturnType<typeof parseSsin>> }));
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
    const employers = await a.db.query<EmployerRow>(sql`SELECT "id", "name", "enterprise_number", "nsso_number", "employer_classes" FROM "employer"`);
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
        // Never across a quarter (domain.md §3).
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
      expect({ employer: e.name, enough: workers.size >= 60 && workers.size <= 160 }).toEqual({ employer: e.name, enough: true });
    }
    const employersOfWorker = new Map<string, Set<string>>();
    for (const p of periods) employersOfWorker.set(p.worker_id, (employersOfWorker.get(p.worker_id) ?? new Set()).add(p.employer_id));
    expect([...employersOfWorker.values()].filter((s) => s.size >= 2).length).toBeGreaterThan(20);
  });

  it("has every README sign-in, with the password and the grants listed", async () => {
    expect(DEMO_USERS.map((u) => u.login).sort()).toEqual(Object.keys(EXPECTED_USERS).sort());
    for (const demo of DEMO_USERS) {
      const expected = EXPECTED_USERS[demo.login];
      if (!expected) throw new Error(`unexpected demo user ${demo.login}`);
      const user = await a.db.one<{ id: string; login: string; display_name: string; password_hash: string; language: string | null; ssin: string | null; back_office: boolean; disabled: boolean }>(
        sql`SELECT "id", "login", "display_name", "password_hash", "language", "ssin", "back_office", "disabled" FROM "app_user" WHERE lower("login") = lower(${demo.login})`,
      );
      if (!user) throw new Error(`demo user ${demo.login} is missing`);
      expect({ login: user.login, displayName: user.display_name, backOffice: user.back_office, language: user.language, disabled: user.disabled, worker: user.ssin !== null })
        .toEqual({ login: demo.login, displayName: expected.displayName, backOffice: expected.backOffice, language: expected.language, disabled: false, worker: expected.worker });
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
    const eva = await a.db.one<{ ssin: string; first_name: string; last_name: string; pensioner_from: string | null; employers: number }>(sql`
      SELECT w."ssin", w."first_name", w."last_name", w."pensioner_from",
             (SELECT count(DISTINCT p."employer_id")::int FROM "dimona_period" p
              WHERE p."worker_id" = w."id" AND p."worker_type" = 'FLX' AND NOT p."cancelled") AS "employers"
      FROM "app_user" u JOIN "worker" w ON w."ssin" = u."ssin"
      WHERE u."login" = 'eva.worker'`);
    expect(eva).toEqual({ ssin: expect.any(String), first_name: "Eva", last_name: "Claes", pensioner_from: null, employers: 2 });
  });
});
