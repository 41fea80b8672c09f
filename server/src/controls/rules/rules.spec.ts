/**
 * Each rule of the controls catalogue on the real database: a version that violates it and one
 * that does not, with that rule alone run over both (controls.spec.ts runs the whole catalogue
 * end to end through the API).
 */
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { ANOMALY_CATALOGUE, ANOMALY_CODES, type AnomalyCode } from "../../domain/anomaly-codes";
import { addDays } from "../../domain/dates";
import type { DeclarationContent } from "../../domain/declaration-input";
import { makeEnterpriseNumber } from "../../domain/enterprise-number";
import { makeNssoNumber } from "../../domain/nsso-number";
import { applyTransitions, createDeclarations, lockDeclarations } from "../../modules/declarations/lifecycle-engine";
import { startTestApi, type TestApi } from "../../test/api";
import { addFlexDimonaThisMonth, recentPeriod } from "../../test/declarations";
import { loadFixtures, type Fixtures } from "../../test/fixtures";
import { findViolations } from "../run-controls";
import { CONTROL_RULES } from ".";

let api: TestApi;
let db: Db;
let fx: Fixtures;
let actorId: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  db = api.database.db;
  fx = await loadFixtures(db);
  actorId = (await db.one<{ id: string }>(sql`SELECT id FROM app_user WHERE login = ${fx.logins.declarantA}`))!.id;
  await addFlexDimonaThisMonth(db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

interface Declared {
  employerId?: string;
  workerId?: string;
  employerClass?: string;
  payslipReference?: string | null;
  calculationDate?: string;
}

/** A declaration submitted at once (in a submission of its own, no input rules); returns its first version's id. */
async function declared(spec: Declared = {}): Promise<string> {
  const period = recentPeriod();
  const employerId = spec.employerId ?? fx.employerA;
  const content: DeclarationContent = {
    workerId: null,
    ssin: null,
    payslipReference: spec.payslipReference ?? null,
    calculationPeriod: { start: period.start, end: period.end },
    calculationDate: spec.calculationDate ?? period.calculationDate,
    totalCents: 25_000,
    properties: [
      {
        employerClass: spec.employerClass ?? "017",
        workerCode: "050",
        validity: { start: period.start, end: period.end },
        grossWageCents: 25_000,
        premiums: [],
      },
    ],
  };
  return db.transaction(async (tx) => {
    const submission = await tx.one<{ id: string }>(sql`
      INSERT INTO submission (employer_id, period_start, period_end, status, channel, created_by, submitted_at)
      VALUES (${employerId}, ${period.start}, ${period.end}, 'SUBMITTED', 'WIZARD', ${actorId}, now()) RETURNING id`);
    const [id] = await createDeclarations(tx, {
      actorId,
      employerId,
      submissionId: submission!.id,
      submitted: true,
      declarations: [{ workerId: spec.workerId ?? fx.workers.aQuarter.id, content }],
    });
    const version = await tx.one<{ id: string }>(
      sql`SELECT id FROM declaration_version WHERE declaration_id = ${id!} AND number = 1`,
    );
    return version!.id;
  });
}

/** Ends a version's controls ACCEPTED (it comes into force). */
async function acceptedAsIs(versionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await lockDeclarations(
      tx,
      sql`d.id = (SELECT declaration_id FROM declaration_version WHERE id = ${versionId})`,
    );
    await applyTransitions(tx, {
      actorId: null,
      reason: null,
      items: locked.map((declaration) => ({ declaration, action: { type: "controlsDone", outcome: "ACCEPTED" } })),
    });
  });
}

/** Per rule: a version that violates it (with the path it names) and one that does not. */
const CASES: Record<AnomalyCode, () => Promise<{ violates: string; path: string | null; complies: string }>> = {
  "00024-152": async () => ({
    // Only a cancelled FLX period, in 2025: none overlaps this month.
    violates: await declared({ workerId: fx.workers.aCancelled.id }),
    path: null,
    complies: await declared(),
  }),
  "00036-022": async () => ({
    violates: await declared({ employerClass: "058" }),
    path: "properties.0.employerClass",
    complies: await declared({ employerClass: "017" }),
  }),
  "00011-146": async () => {
    const provisional = await db.one<{ id: string }>(sql`
      INSERT INTO employer (name, enterprise_number, nsso_number, language, employer_classes)
      VALUES ('Voorlopig', ${makeEnterpriseNumber(7_100_001)}, ${makeNssoNumber(50_000_077, true)}, 'nl', '{017}')
      RETURNING id`);
    return { violates: await declared({ employerId: provisional!.id }), path: null, complies: await declared() };
  },
  "FAW-001": async () => ({
    violates: await declared({ calculationDate: addDays(recentPeriod().calculationDate, -6) }),
    path: null,
    complies: await declared({ calculationDate: addDays(recentPeriod().calculationDate, -5) }),
  }),
  "FAW-002": async () => {
    await acceptedAsIs(await declared({ payslipReference: "PAY-77" }));
    return {
      violates: await declared({ payslipReference: "PAY-77" }),
      path: null,
      complies: await declared({ payslipReference: "PAY-78" }),
    };
  },
};

describe("the controls catalogue", () => {
  it("has one rule per anomaly code, in the catalogue's order, with the catalogue's severity and message", () => {
    expect(CONTROL_RULES.map((r) => r.code)).toEqual([...ANOMALY_CODES]);
    for (const rule of CONTROL_RULES) {
      expect(rule.severity).toBe(ANOMALY_CATALOGUE[rule.code].severity);
      expect(ANOMALY_CATALOGUE[rule.messageKey]).toBeDefined();
    }
  });

  it.each(CONTROL_RULES.map((rule) => [rule.code, rule] as const))(
    "%s finds the version that violates it, not the one that complies",
    async (code, rule) => {
      const { violates, path, complies } = await CASES[code]();
      const found = await findViolations(db, [violates, complies], [rule]);
      expect(found).toEqual([{ versionId: violates, code, path }]);
    },
  );
});
