/**
 * `npm run bench:seed`: the benchmarks' data set in the bench's own embedded PostgreSQL
 * (`.data/bench`, or BENCH_DATA_DIR), database "bench": 200 employers, 20,000 workers, 100,000
 * Dimona periods, 2,000 bulk submissions holding 200,000 declarations with their versions,
 * properties, amounts, anomalies and status events; a declarant per employer and a back-office
 * user, all with the password BENCH_PASSWORD.
 *
 * Set-based: each table is one INSERT ... SELECT over generate_series (or unnest of arrays built
 * here with the domain's own SSIN, KBO and NSSO number makers), all in one transaction; ids are
 * md5-based UUIDs (common.ts benchUuid) so that the rows of one table can name those of another
 * without a lookup, and the data set is the same on every machine.
 *
 * The e-Box messages and audit entries that the list benches read come from seed-extras.ts, which
 * also adds them to a data set seeded before they existed.
 *
 * Runs again do nothing while the data set is complete (a marker file beside the cluster says
 * so); `--fresh` drops the database and builds it anew.
 *
 * The shape, by index: employer e (0-199) has the "home" workers w with w % 200 = e (100 each);
 * every worker has four quarterly FLX Dimona periods of 2025 at home and one day at another
 * employer; employer e submits one bulk submission per month January-October 2025, each holding
 * one declaration per home worker (1,000 per employer). Statuses: 92% ACCEPTED, 5%
 * ACCEPTED_WITH_WARNINGS (FAW-001), 3% REFUSED (00036-022).
 */
import "reflect-metadata";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { hashPassword } from "../server/src/auth/passwords";
import { createDataSource, migrate } from "../server/src/db/data-source";
import { Db } from "../server/src/db/db";
import { ensureDatabase } from "../server/src/db/embedded-postgres";
import { sql } from "../server/src/db/sql";
import { anomalyMessage } from "../server/src/domain/anomaly-codes";
import { addDays } from "../server/src/domain/dates";
import { makeEnterpriseNumber } from "../server/src/domain/enterprise-number";
import { makeNssoNumber } from "../server/src/domain/nsso-number";
import { makeSsin } from "../server/src/domain/ssin";
import {
  BACK_OFFICE_LOGIN,
  BENCH_PASSWORD,
  benchDataDir,
  benchUuid,
  DATABASE,
  declarantLogin,
  machineLine,
  openBenchPostgres,
  SEED_VERSION,
  SIZES,
  uuidSql,
} from "./common";
import { ensureSeedExtras } from "./seed-extras";

interface SeedMarker {
  version: number;
  sizes: typeof SIZES;
  seededAt: string;
  seconds: number;
}

const markerFile = () => path.join(benchDataDir(), "bench-seed.json");

/** Employer classes and joint committee by kind of business, cycled over the employers. */
const BUSINESSES = [
  { kind: "Brasserie", classes: ["017"], jointCommittee: "302" },
  { kind: "Bakkerij", classes: ["058", "057"], jointCommittee: "XXX" },
  { kind: "Garage", classes: ["064"], jointCommittee: "XXX" },
  { kind: "Épicerie", classes: ["057"], jointCommittee: "XXX" },
  { kind: "Hotel", classes: ["017"], jointCommittee: "302" },
] as const;
const LANGUAGES = ["nl", "fr", "de"] as const;

const FIRST_NAMES = [
  "Emma",
  "Lucas",
  "Louise",
  "Arthur",
  "Marie",
  "Noah",
  "Camille",
  "Hugo",
  "Lena",
  "Jonas",
  "Julie",
  "Wout",
  "Chloé",
  "Théo",
  "Sarah",
  "Stijn",
  "Manon",
  "Felix",
  "Lotte",
  "Maxime",
  "Hanne",
  "Pieter",
  "Inès",
  "Tobias",
  "Fien",
  "Antoine",
  "Nina",
  "Jens",
  "Léa",
  "Lukas",
];
const LAST_NAMES = [
  "Peeters",
  "Janssens",
  "Maes",
  "Dubois",
  "Lambert",
  "Dupont",
  "Schmitz",
  "Kessler",
  "Jacobs",
  "Mertens",
  "Martin",
  "Simon",
  "Willems",
  "Claes",
  "Leclercq",
  "Renard",
  "Heinen",
  "Reuter",
  "Goossens",
  "Wouters",
  "Lejeune",
  "Denis",
  "Backes",
  "Cremer",
  "De Smet",
  "Vermeulen",
  "Collard",
  "Gilson",
  "Pauwels",
  "Hermans",
  "Fontaine",
  "Noël",
  "Thys",
  "Baert",
  "Servais",
  "Piron",
  "Lentz",
  "Jost",
  "Aerts",
  "Michiels",
];

async function main(): Promise<void> {
  const fresh = process.argv.includes("--fresh");
  const started = performance.now();
  console.log(`bench:seed into ${benchDataDir()} (database "${DATABASE}"); ${machineLine()}`);
  const { pg, url } = await openBenchPostgres();
  try {
    const marker = await readMarker();
    if (!fresh && marker && marker.version === SEED_VERSION && (await countDeclarations(url)) === SIZES.declarations) {
      console.log(
        `Data set already there (seeded ${marker.seededAt} in ${marker.seconds.toFixed(1)} s): nothing to do. --fresh rebuilds it.`,
      );
      await step("e-Box + audit (if new)", async () => {
        const extras = await ensureSeedExtras(url);
        return extras.added ? extras.eboxMessages + extras.auditEntries : 0;
      });
      return;
    }
    // A fresh build, or an incomplete or older data set: start from an empty database.
    await rm(markerFile(), { force: true });
    await recreateDatabase(pg.connectionString("postgres"));
    await ensureDatabase(pg, DATABASE);

    const dataSource = createDataSource({ url, poolSize: 2, applicationName: "bench-seed" });
    await dataSource.initialize();
    try {
      await step("migrations", async () => {
        await migrate(dataSource);
        return 0;
      });
      const db = new Db(dataSource);
      // argon2id once: every bench user has the same password, and hashing 201 times would take longer than the data.
      const passwordHash = await hashPassword(BENCH_PASSWORD);
      await db.transaction(async (tx) => {
        await seed(tx, passwordHash);
      });
      await step("vacuum analyze", async () => {
        for (const table of [
          "employer",
          "app_user",
          "access_grant",
          "worker",
          "dimona_period",
          "submission",
          "wage_declaration",
          "declaration_version",
          "wage_property",
          "financial_element",
          "anomaly",
          "status_event",
          "event_counter",
        ]) {
          await db.query(sql.raw(`VACUUM (ANALYZE) "${table}"`));
        }
        return 0;
      });
    } finally {
      await dataSource.destroy();
    }
    await step("e-Box + audit", async () => {
      const extras = await ensureSeedExtras(url);
      return extras.eboxMessages + extras.auditEntries;
    });
    const seconds = (performance.now() - started) / 1000;
    const written: SeedMarker = { version: SEED_VERSION, sizes: SIZES, seededAt: new Date().toISOString(), seconds };
    await writeFile(markerFile(), `${JSON.stringify(written, null, 2)}\n`);
    console.log(`Seeded in ${seconds.toFixed(1)} s; ${machineLine()}`);
  } finally {
    // Leave a server that another process was using running; stop the one this process started.
    if (!pg.reused) await pg.stop();
  }
}

async function readMarker(): Promise<SeedMarker | undefined> {
  try {
    return JSON.parse(await readFile(markerFile(), "utf8")) as SeedMarker;
  } catch {
    return undefined;
  }
}

/** Declarations in the bench database; -1 when it has no schema yet. */
async function countDeclarations(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const found = await client.query<{ n: string | null }>(
      `SELECT CASE WHEN to_regclass('wage_declaration') IS NULL THEN NULL ELSE (SELECT count(*) FROM wage_declaration) END AS n`,
    );
    return found.rows[0]?.n == null ? -1 : Number(found.rows[0].n);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs one step and prints its rows and time. */
async function step(name: string, work: () => Promise<number>): Promise<void> {
  const t0 = performance.now();
  const rows = await work();
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `  ${name.padEnd(22)} ${rows ? rows.toLocaleString("en-US").padStart(9) + " rows" : "".padStart(14)}  ${seconds.toFixed(2).padStart(6)} s`,
  );
}

/** Rows affected by an INSERT without RETURNING: TypeORM answers [rows, count] only for UPDATE/DELETE, so count afterwards. */
async function count(tx: Db, table: string): Promise<number> {
  const row = await tx.one<{ n: string }>(sql.raw(`SELECT count(*) AS n FROM "${table}"`));
  return Number(row?.n ?? 0);
}

async function seed(tx: Db, passwordHash: string): Promise<void> {
  const E = SIZES.employers;

  await step("employer", async () => {
    const rows = Array.from({ length: E }, (_, i) => {
      const business = BUSINESSES[i % BUSINESSES.length]!;
      return {
        name: `${business.kind} Bench ${String(i + 1).padStart(3, "0")}`,
        enterpriseNumber: makeEnterpriseNumber(7_000_000 + i * 13),
        nssoNumber: makeNssoNumber(100_000 + i * 7),
        language: LANGUAGES[i % LANGUAGES.length]!,
        classes: business.classes.join(","),
      };
    });
    await tx.query(sql`
      INSERT INTO employer (id, name, enterprise_number, nsso_number, language, employer_classes, created_at, updated_at)
      SELECT ${sql.raw(uuidSql("employer", "t.ord - 1"))}, t.name, t.enterprise_number, t.nsso_number, t.language,
        string_to_array(t.classes, ','), timestamptz '2024-11-01 08:00:00+00' + (t.ord || ' minutes')::interval,
        timestamptz '2024-11-01 08:00:00+00' + (t.ord || ' minutes')::interval
      FROM unnest(${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.enterpriseNumber)}::text[], ${rows.map((r) => r.nssoNumber)}::text[],
        ${rows.map((r) => r.language)}::text[], ${rows.map((r) => r.classes)}::text[])
        WITH ORDINALITY AS t(name, enterprise_number, nsso_number, language, classes, ord)`);
    return count(tx, "employer");
  });

  await step("app_user + access_grant", async () => {
    const logins = [...Array.from({ length: E }, (_, i) => declarantLogin(i)), BACK_OFFICE_LOGIN];
    await tx.query(sql`
      INSERT INTO app_user (id, login, display_name, password_hash, back_office, created_at, updated_at)
      SELECT ${sql.raw(uuidSql("user", "t.ord - 1"))}, t.login,
        CASE WHEN t.ord - 1 < ${E} THEN 'Declarant ' || lpad(t.ord::text, 3, '0') ELSE 'Bench back office' END,
        ${passwordHash}, t.ord - 1 = ${E}, timestamptz '2025-01-02 08:00:00+00', timestamptz '2025-01-02 08:00:00+00'
      FROM unnest(${logins}::text[]) WITH ORDINALITY AS t(login, ord)`);
    await tx.query(sql`
      INSERT INTO access_grant (id, user_id, employer_id, permission, granted_at)
      SELECT ${sql.raw(uuidSql("grant", "e * 2 + k"))}, ${sql.raw(uuidSql("user", "e"))}, ${sql.raw(uuidSql("employer", "e"))},
        (ARRAY['FLEXI_AT_WORK', 'DIMONA_CONSULTATION'])[k + 1], timestamptz '2025-01-02 08:00:00+00'
      FROM generate_series(0, ${E - 1}) e, generate_series(0, 1) k`);
    return (await count(tx, "app_user")) + (await count(tx, "access_grant"));
  });

  await step("worker", async () => {
    // SSINs from the domain's maker: a birth date spread over 1961-2004 and a daily counter.
    const ssins: string[] = [];
    const births: string[] = [];
    for (let i = 0; i < SIZES.workers; i++) {
      const birthDate = addDays("1961-01-01", (i * 7919) % 16_000);
      births.push(birthDate);
      ssins.push(makeSsin(birthDate, 1 + 2 * Math.floor(i / 16_000) + (i % 2)));
    }
    await tx.query(sql`
      INSERT INTO worker (id, ssin, first_name, last_name, birth_date, created_at, updated_at)
      SELECT ${sql.raw(uuidSql("worker", "t.ord - 1"))}, t.ssin,
        (${FIRST_NAMES}::text[])[1 + (t.ord - 1) % ${FIRST_NAMES.length}],
        (${LAST_NAMES}::text[])[1 + ((t.ord - 1) / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}],
        t.birth_date, timestamptz '2024-12-01 00:00:00+00' + ((t.ord - 1) || ' seconds')::interval,
        timestamptz '2024-12-01 00:00:00+00' + ((t.ord - 1) || ' seconds')::interval
      FROM unnest(${ssins}::text[], ${births}::date[]) WITH ORDINALITY AS t(ssin, birth_date, ord)`);
    return count(tx, "worker");
  });

  await step("dimona_period", async () => {
    // Per worker: four quarterly FLX periods of 2025 at the home employer, one day elsewhere.
    await tx.query(sql`
      INSERT INTO dimona_period (id, period_id, employer_id, worker_id, worker_type, joint_committee, start_date, start_hour,
        end_date, end_hour, planned_hours, cancelled, created_at, updated_at)
      SELECT ${sql.raw(uuidSql("dimona", "g"))},
        (6000000000 + g)::text || lpad((97 - (6000000000 + g) % 97)::text, 2, '0'),
        ${sql.raw(uuidSql("employer", "p.e"))}, ${sql.raw(uuidSql("worker", "p.w"))},
        CASE WHEN p.k = 4 AND p.w % 5 = 0 THEN 'STU' ELSE 'FLX' END,
        CASE WHEN p.e % 5 IN (0, 4) THEN '302' ELSE 'XXX' END,
        p.start_date, CASE WHEN p.k = 4 THEN '18:00' END,
        CASE WHEN p.k = 4 THEN p.start_date ELSE (p.start_date + interval '3 months' - interval '1 day')::date END,
        CASE WHEN p.k = 4 THEN '23:00' END, CASE WHEN p.k = 4 THEN 5.00 END,
        p.k = 4 AND p.w % 10 = 3,
        ((p.start_date - 7) + time '09:00') AT TIME ZONE 'Europe/Brussels', ((p.start_date - 7) + time '09:00') AT TIME ZONE 'Europe/Brussels'
      FROM generate_series(0, ${SIZES.dimonaPeriods - 1}) g
      CROSS JOIN LATERAL (SELECT g % ${SIZES.workers} AS w, g / ${SIZES.workers} AS k) a
      CROSS JOIN LATERAL (SELECT a.w, a.k,
        CASE WHEN a.k < 4 THEN a.w % ${E} ELSE (a.w % ${E} + 1 + (a.w / ${E}) % ${E - 1}) % ${E} END AS e,
        CASE WHEN a.k < 4 THEN make_date(2025, 3 * a.k::int + 1, 1) ELSE date '2025-01-01' + (a.w * 37) % 330 END AS start_date) p`);
    return count(tx, "dimona_period");
  });

  // The plan of every declaration, once: the tables below read it.
  const perEmployer = SIZES.declarations / E;
  const workersPerEmployer = SIZES.workers / E;
  const months = perEmployer / workersPerEmployer;
  await step("plan (temp table)", async () => {
    await tx.query(sql`
      CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
      SELECT g, e, j, m, slot, e + ${E} * slot AS w, e + ${E} * m AS s, month_start, month_end, submitted_at,
        submitted_at + interval '6 seconds' + slot * interval '10 milliseconds' AS processed_at,
        4000 + (j * 7919 + e * 104729) % 40000 AS gross_cents,
        CASE WHEN (j + e) % 5 = 1 THEN 2500 ELSE 0 END AS premium_cents,
        CASE WHEN (j + e) % 6 = 5 THEN '450' ELSE '050' END AS worker_code,
        CASE WHEN (j * 37 + e * 11) % 100 < 92 THEN 'ACCEPTED' WHEN (j * 37 + e * 11) % 100 < 97 THEN 'ACCEPTED_WITH_WARNINGS' ELSE 'REFUSED' END AS status
      FROM generate_series(0, ${SIZES.declarations - 1}) g
      CROSS JOIN LATERAL (SELECT g % ${E} AS e, g / ${E} AS j) a
      CROSS JOIN LATERAL (SELECT a.j / ${workersPerEmployer} AS m, a.j % ${workersPerEmployer} AS slot) b
      CROSS JOIN LATERAL (SELECT make_date(2025, b.m::int + 1, 1) AS month_start) c
      CROSS JOIN LATERAL (SELECT (c.month_start + interval '1 month' - interval '1 day')::date AS month_end) d
      CROSS JOIN LATERAL (SELECT ((d.month_end + 2) + time '10:00') AT TIME ZONE 'Europe/Brussels' + a.e * interval '1 second' AS submitted_at) f`);
    return SIZES.declarations;
  });

  await step("submission", async () => {
    await tx.query(sql`
      INSERT INTO submission (id, employer_id, period_start, period_end, status, channel, idempotency_key, reference,
        created_by, submitted_by, submitted_at, created_at, updated_at)
      SELECT DISTINCT ON (s) ${sql.raw(uuidSql("submission", "s"))}, ${sql.raw(uuidSql("employer", "e"))}, month_start, month_end,
        'SUBMITTED', 'BULK', 'bench-' || s, 'FAW-2025-9' || lpad(s::text, 7, '0'),
        ${sql.raw(uuidSql("user", "e"))}, ${sql.raw(uuidSql("user", "e"))}, submitted_at, submitted_at - interval '10 minutes', submitted_at
      FROM bench_plan ORDER BY s`);
    if ((await count(tx, "submission")) !== E * months) throw new Error("unexpected number of submissions");
    return E * months;
  });

  await step("wage_declaration", async () => {
    await tx.query(sql`
      INSERT INTO wage_declaration (id, employer_id, worker_id, submission_id, version, newest_version, in_force_version, status, kind,
        payslip_reference, calculation_start, calculation_end, calculation_date, total_cents, submitted_at, processed_at, created_at, updated_at)
      SELECT ${sql.raw(uuidSql("declaration", "g"))}, ${sql.raw(uuidSql("employer", "e"))}, ${sql.raw(uuidSql("worker", "w"))},
        ${sql.raw(uuidSql("submission", "s"))}, 1, 1, CASE WHEN status = 'REFUSED' THEN NULL ELSE 1 END, status, 'ORIGINAL',
        'PR-' || lpad((e + 1)::text, 3, '0') || '-' || to_char(month_start, 'YYYYMM') || '-' || lpad(slot::text, 3, '0'),
        month_start, month_end, month_end, gross_cents + premium_cents, submitted_at, processed_at,
        submitted_at - interval '10 minutes', processed_at
      FROM bench_plan`);
    return count(tx, "wage_declaration");
  });

  await step("declaration_version", async () => {
    await tx.query(sql`
      INSERT INTO declaration_version (id, declaration_id, number, kind, status, payslip_reference, calculation_start, calculation_end,
        calculation_date, total_cents, created_at, created_by, submitted_at, processed_at, controls_requested_at)
      SELECT ${sql.raw(uuidSql("version", "g"))}, ${sql.raw(uuidSql("declaration", "g"))}, 1, 'ORIGINAL', status,
        'PR-' || lpad((e + 1)::text, 3, '0') || '-' || to_char(month_start, 'YYYYMM') || '-' || lpad(slot::text, 3, '0'),
        month_start, month_end, month_end, gross_cents + premium_cents, submitted_at - interval '10 minutes',
        ${sql.raw(uuidSql("user", "e"))}, submitted_at, processed_at, submitted_at
      FROM bench_plan`);
    return count(tx, "declaration_version");
  });

  await step("wage_property", async () => {
    await tx.query(sql`
      INSERT INTO wage_property (id, version_id, position, employer_class, worker_code, validity_start, validity_end)
      SELECT ${sql.raw(uuidSql("property", "g"))}, ${sql.raw(uuidSql("version", "g"))}, 0,
        (${BUSINESSES.map((b) => b.classes[0])}::text[])[1 + e % ${BUSINESSES.length}], worker_code, month_start, month_end
      FROM bench_plan`);
    return count(tx, "wage_property");
  });

  await step("financial_element", async () => {
    await tx.query(sql`
      INSERT INTO financial_element (id, property_id, position, code, amount_cents, frequency_months)
      SELECT ${sql.raw(uuidSql("element", "g * 2"))}, ${sql.raw(uuidSql("property", "g"))}, 0, '0001001000', gross_cents, NULL FROM bench_plan
      UNION ALL
      SELECT ${sql.raw(uuidSql("element", "g * 2 + 1"))}, ${sql.raw(uuidSql("property", "g"))}, 1, '0002001000', premium_cents, 0
      FROM bench_plan WHERE premium_cents > 0`);
    return count(tx, "financial_element");
  });

  await step("anomaly", async () => {
    await tx.query(sql`
      INSERT INTO anomaly (id, version_id, code, severity, message, path)
      SELECT ${sql.raw(uuidSql("anomaly", "g"))}, ${sql.raw(uuidSql("version", "g"))},
        CASE WHEN status = 'REFUSED' THEN '00036-022' ELSE 'FAW-001' END,
        CASE WHEN status = 'REFUSED' THEN 'BLOCKING' ELSE 'WARNING' END,
        CASE WHEN status = 'REFUSED' THEN ${anomalyMessage("00036-022", "en")} ELSE ${anomalyMessage("FAW-001", "en")} END,
        CASE WHEN status = 'REFUSED' THEN 'properties.0.employerClass' END
      FROM bench_plan WHERE status <> 'ACCEPTED'`);
    return count(tx, "anomaly");
  });

  await step("status_event", async () => {
    // DRAFT -> PENDING by the declarant at submission, PENDING -> outcome by the controls; numbered in time order.
    await tx.query(sql`
      INSERT INTO status_event (seq, declaration_id, employer_id, worker_id, version_number, from_status, to_status, at, actor_id, reason)
      SELECT row_number() OVER (ORDER BY x.at, x.g, x.step), ${sql.raw(uuidSql("declaration", "x.g"))}, ${sql.raw(uuidSql("employer", "x.e"))},
        ${sql.raw(uuidSql("worker", "x.w"))}, 1, x.from_status, x.to_status, x.at, x.actor_id, NULL
      FROM (
        SELECT g, e, w, 0 AS step, 'DRAFT' AS from_status, 'PENDING' AS to_status, submitted_at AS at, ${sql.raw(uuidSql("user", "e"))} AS actor_id FROM bench_plan
        UNION ALL
        SELECT g, e, w, 1, 'PENDING', status, processed_at, NULL FROM bench_plan
      ) x`);
    await tx.query(
      sql`UPDATE event_counter SET value = (SELECT COALESCE(max(seq), 0) FROM status_event) WHERE name = 'status_event'`,
    );
    return count(tx, "status_event");
  });

  // A cheap self-check: every id the plan named exists (the foreign keys checked the rest).
  const sample = await tx.one<{ ok: boolean }>(
    sql`SELECT EXISTS (SELECT 1 FROM wage_declaration WHERE id = ${benchUuid("declaration", SIZES.declarations - 1)}) AS ok`,
  );
  if (!sample?.ok) throw new Error("the last declaration is missing: benchUuid and uuidSql disagree");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
