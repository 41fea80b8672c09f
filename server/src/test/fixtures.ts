import { hashPassword } from "../auth/passwords";
import type { PermissionCode } from "../auth/permissions";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { makeSsin } from "../domain/ssin";

export const FIXTURE_PASSWORD = "correct horse battery";

/**
 * A small world for the API tests: employer A (horeca) and B (bakery), workers with Dimona
 * periods at A, at B or at both, and a user for each kind of caller.
 */
export interface Fixtures {
  employerA: string;
  employerB: string;
  workers: {
    /** FLX per quarter at A, Q1 2025. SSIN 85073003328 (the example of docs/domain-rules.md#ssin). */
    aQuarter: { id: string; ssin: string };
    /** FLX per day at A, 2025-03-15. */
    aDay: { id: string; ssin: string };
    /** Only a cancelled FLX period at A, Q1 2025. */
    aCancelled: { id: string; ssin: string };
    /** Only a student (STU) period at A, Q1 2025. */
    aStudent: { id: string; ssin: string };
    /** FLX at A in Q3 2025 only. */
    aLater: { id: string; ssin: string };
    /** FLX at B only, Q1 2025. */
    bOnly: { id: string; ssin: string };
    /** FLX at A and at B, Q1 2025. */
    both: { id: string; ssin: string };
  };
  /** Dimona period of B for `bOnly`. */
  periodOfB: string;
  logins: {
    declarantA: string;
    declarantB: string;
    dimonaOnlyA: string;
    adminA: string;
    backOffice: string;
    /** The worker `both`, with their own SSIN. */
    worker: string;
    noRights: string;
  };
}

let periodCounter = 0;

export async function loadFixtures(db: Db): Promise<Fixtures> {
  const [a, b] = await db.query<{ id: string }>(sql`
    INSERT INTO employer (name, enterprise_number, nsso_number, language, employer_classes) VALUES
      ('Brasserie A', '0403019261', '187995796', 'nl', '{017}'),
      ('Bakkerij B', '0428759497', '168676597', 'fr', '{058,057}')
    RETURNING id`);
  const employerA = a!.id;
  const employerB = b!.id;

  const worker = async (ssin: string, firstName: string, lastName: string) => {
    const row = await db.one<{ id: string }>(sql`
      INSERT INTO worker (ssin, first_name, last_name) VALUES (${ssin}, ${firstName}, ${lastName}) RETURNING id`);
    return { id: row!.id, ssin };
  };
  const workers = {
    aQuarter: await worker("85073003328", "Jan", "Aerts"),
    aDay: await worker(makeSsin("1990-05-12", 101), "Lotte", "Bosmans"),
    aCancelled: await worker(makeSsin("1992-11-02", 33), "Pierre", "Collin"),
    aStudent: await worker(makeSsin("2004-02-20", 58), "Noor", "De Smet"),
    aLater: await worker(makeSsin("1988-08-08", 77), "Elise", "Ewald"),
    bOnly: await worker(makeSsin("1979-01-30", 215), "Marc", "Fontaine"),
    both: await worker(makeSsin("2001-06-17", 144), "Eva", "Goossens"),
  };

  const period = async (
    employerId: string,
    workerId: string,
    type: string,
    start: string,
    end: string,
    options: { cancelled?: boolean; hours?: [string, string] } = {},
  ) => {
    periodCounter += 1;
    const periodId = String(100000000000 + periodCounter);
    const row = await db.one<{ id: string }>(sql`
      INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date,
        start_hour, end_hour, cancelled)
      VALUES (${periodId}, ${employerId}, ${workerId}, ${type}, '302', ${start}, ${end},
        ${options.hours?.[0] ?? null}, ${options.hours?.[1] ?? null}, ${options.cancelled ?? false})
      RETURNING id`);
    return row!.id;
  };
  await period(employerA, workers.aQuarter.id, "FLX", "2025-01-01", "2025-03-31");
  await period(employerA, workers.aDay.id, "FLX", "2025-03-15", "2025-03-15", { hours: ["18:00", "23:30"] });
  await period(employerA, workers.aCancelled.id, "FLX", "2025-01-01", "2025-03-31", { cancelled: true });
  await period(employerA, workers.aStudent.id, "STU", "2025-01-01", "2025-03-31");
  await period(employerA, workers.aLater.id, "FLX", "2025-07-01", "2025-09-30");
  const periodOfB = await period(employerB, workers.bOnly.id, "FLX", "2025-01-01", "2025-03-31");
  await period(employerA, workers.both.id, "FLX", "2025-02-01", "2025-02-28");
  await period(employerB, workers.both.id, "FLX", "2025-01-01", "2025-03-31");

  const hash = await hashPassword(FIXTURE_PASSWORD);
  const user = async (
    login: string,
    options: { backOffice?: boolean; ssin?: string; grants?: [string, PermissionCode][] } = {},
  ) => {
    const row = await db.one<{ id: string }>(sql`
      INSERT INTO app_user (login, display_name, password_hash, back_office, ssin)
      VALUES (${login}, ${login}, ${hash}, ${options.backOffice ?? false}, ${options.ssin ?? null}) RETURNING id`);
    for (const [employerId, permission] of options.grants ?? []) {
      await db.query(
        sql`INSERT INTO access_grant (user_id, employer_id, permission) VALUES (${row!.id}, ${employerId}, ${permission})`,
      );
    }
    return login;
  };
  const logins = {
    declarantA: await user("declarant.a", {
      grants: [
        [employerA, "DIMONA_CONSULTATION"],
        [employerA, "FLEXI_AT_WORK"],
      ],
    }),
    declarantB: await user("declarant.b", {
      grants: [
        [employerB, "DIMONA_CONSULTATION"],
        [employerB, "FLEXI_AT_WORK"],
      ],
    }),
    dimonaOnlyA: await user("dimona.a", { grants: [[employerA, "DIMONA_CONSULTATION"]] }),
    adminA: await user("admin.a", { grants: [[employerA, "ACCESS_ADMIN"]] }),
    backOffice: await user("agent", { backOffice: true }),
    worker: await user("eva", { ssin: workers.both.ssin }),
    noRights: await user("nobody"),
  };
  return { employerA, employerB, workers, periodOfB, logins };
}
