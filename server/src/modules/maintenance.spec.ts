/**
 * The back office's maintenance of reference data through GraphQL, on the real server and a real
 * PostgreSQL: registerWorker, correctWorker, registerDimonaPeriod, correctDimonaPeriod,
 * correctEmployer, setFlexiCeiling. Each works for the back office and reads back through the
 * existing queries, writes one audit entry with the fields that changed, is FORBIDDEN to employer
 * users, and refuses bad input with every problem and its path, writing nothing.
 */
import { sql } from "../db/sql";
import { makeSsin } from "../domain/ssin";
import { errorCodes, eventually, startTestApi, type GraphQLAnswer, type TestApi } from "../test/api";
import {
  addDeclaration,
  controlled,
  createSubmission,
  declarationInput,
  recentPeriod,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { flexiCeilingId } from "./ceilings/ceiling-id";

const WORKER_FIELDS = `id ssin firstName lastName birthDate pensionerFrom`;
const PERIOD_FIELDS = `id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled employer { id } worker { id }`;
const EMPLOYER_FIELDS = `id name nssoNumber nssoProvisional language employerClasses`;
const CEILING_FIELDS = `id year amount provisional source`;

const REGISTER_WORKER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { ${WORKER_FIELDS} } }`;
const CORRECT_WORKER = `mutation($id: ID!, $input: CorrectWorkerInput!, $reason: String!) {
  correctWorker(id: $id, input: $input, reason: $reason) { ${WORKER_FIELDS} } }`;
const REGISTER_PERIOD = `mutation($input: RegisterDimonaPeriodInput!) { registerDimonaPeriod(input: $input) { ${PERIOD_FIELDS} } }`;
const CORRECT_PERIOD = `mutation($id: ID!, $input: CorrectDimonaPeriodInput!, $reason: String!) {
  correctDimonaPeriod(id: $id, input: $input, reason: $reason) { ${PERIOD_FIELDS} } }`;
const CORRECT_EMPLOYER = `mutation($id: ID!, $input: CorrectEmployerInput!, $reason: String!) {
  correctEmployer(id: $id, input: $input, reason: $reason) { ${EMPLOYER_FIELDS} } }`;
const SET_CEILING = `mutation($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {
  setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) { ${CEILING_FIELDS} } }`;
const AUDIT_ENTRIES = `query($id: ID!) { auditEntries(filter: { entityId: { eq: $id } }) {
  totalCount nodes { action entityType entityId reason actor { login } changes { field before after } } } }`;

interface WorkerView {
  id: string;
  ssin: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  pensionerFrom: string | null;
}
interface PeriodView {
  id: string;
  periodId: string;
  workerType: string;
  jointCommittee: string;
  startDate: string;
  startHour: string | null;
  endDate: string | null;
  endHour: string | null;
  plannedHours: number | null;
  cancelled: boolean;
  employer: { id: string };
  worker: { id: string };
}
interface EmployerView {
  id: string;
  name: string;
  nssoNumber: string | null;
  nssoProvisional: boolean;
  language: string;
  employerClasses: string[];
}
interface CeilingView {
  id: string;
  year: number;
  amount: string;
  provisional: boolean;
  source: string | null;
}
interface AuditRow {
  action: string;
  entityType: string;
  employerId: string | null;
  actorId: string;
  reason: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}
type FieldErrorView = { path: (string | number)[]; code: string };

let api: TestApi;
let fx: Fixtures;
const tokens: Record<string, string> = {};
let backOfficeUserId: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  for (const [role, login] of Object.entries(fx.logins)) tokens[role] = await api.signIn(login, FIXTURE_PASSWORD);
  const me = await api.request<{ me: { id: string } }>(`{ me { id } }`, {}, tokens.backOffice);
  backOfficeUserId = me.data!.me.id;
});
afterAll(() => api.close());

const asBackOffice = <T>(query: string, variables: Record<string, unknown>) =>
  api.request<T>(query, variables, tokens.backOffice);

/** The audit entries of a record, oldest first, as stored. */
async function auditOf(entityId: string): Promise<AuditRow[]> {
  return api.database.db.query<AuditRow>(sql`
    SELECT action, entity_type AS "entityType", employer_id AS "employerId", actor_id AS "actorId", reason, changes
    FROM audit_entry WHERE entity_id = ${entityId} ORDER BY at, id`);
}

/** Everything these mutations may write, to show that a refused one wrote nothing. */
async function referenceState(): Promise<Record<string, unknown>> {
  return (await api.database.db.one<Record<string, unknown>>(sql`
    SELECT (SELECT json_agg(t ORDER BY t.id) FROM worker t) AS workers,
      (SELECT json_agg(t ORDER BY t.id) FROM dimona_period t) AS periods,
      (SELECT json_agg(t ORDER BY t.id) FROM employer t) AS employers,
      (SELECT json_agg(t ORDER BY t.year) FROM flexi_ceiling t) AS ceilings,
      (SELECT count(*)::int FROM audit_entry) AS "auditEntries"`))!;
}

/** Runs a mutation that must be refused as BAD_USER_INPUT; returns its field errors and checks nothing was written. */
async function refused(query: string, variables: Record<string, unknown>): Promise<FieldErrorView[]> {
  const before = await referenceState();
  const answer = await asBackOffice(query, variables);
  expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
  expect(answer.data ?? null).toBeNull();
  expect(await referenceState()).toEqual(before);
  return answer.errors![0]!.extensions!.fieldErrors!.map((e) => ({ path: e.path, code: e.code }));
}

/**
 * Runs `statement` in a transaction of its own, starts `request` while that transaction is still
 * open, waits until the request's statement waits for it, then commits: the request then meets a
 * row it could not see when it checked.
 */
async function whileAnotherTransactionHolds<T>(
  statement: ReturnType<typeof sql>,
  request: () => Promise<T>,
): Promise<T> {
  const runner = api.database.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const { text, values } = statement.compile();
    await runner.query(text, values);
    const pending = request();
    await eventually(
      async () => {
        const row = await api.database.db.one<{ waiting: number }>(sql`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        return row!.waiting > 0 ? true : undefined;
      },
      10_000,
      "the request to wait for the other transaction",
    );
    await runner.commitTransaction();
    return await pending;
  } finally {
    await runner.release();
  }
}

function ok<T>(answer: GraphQLAnswer<T>): T {
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

let ssinSerial = 300;
const newSsin = (birthDate = "1996-04-03") => makeSsin(birthDate, (ssinSerial += 2));

async function registerWorker(input: Record<string, unknown> = {}): Promise<WorkerView> {
  return ok(
    await asBackOffice<{ registerWorker: WorkerView }>(REGISTER_WORKER, {
      input: { ssin: newSsin(), firstName: "Ann", lastName: "Claes", ...input },
    }),
  ).registerWorker;
}

async function registerPeriod(input: Record<string, unknown> = {}): Promise<PeriodView> {
  return ok(
    await asBackOffice<{ registerDimonaPeriod: PeriodView }>(REGISTER_PERIOD, {
      input: {
        employerId: fx.employerA,
        workerId: fx.workers.aQuarter.id,
        workerType: "FLX",
        jointCommittee: "302",
        startDate: "2025-05-01",
        endDate: "2025-05-31",
        ...input,
      },
    }),
  ).registerDimonaPeriod;
}

describe("registerWorker", () => {
  it("registers a worker with the birth date from the SSIN, reads back, and audits every field from nothing", async () => {
    const ssin = makeSsin("1990-02-14", 411);
    const dotted = `${ssin.slice(0, 2)}.${ssin.slice(2, 4)}.${ssin.slice(4, 6)}-${ssin.slice(6, 9)}.${ssin.slice(9)}`;
    const worker = ok(
      await asBackOffice<{ registerWorker: WorkerView }>(REGISTER_WORKER, {
        input: { ssin: dotted, firstName: "  Sofie ", lastName: "Maes", pensionerFrom: "2024-07-01" },
      }),
    ).registerWorker;
    expect(worker).toEqual({
      id: expect.any(String),
      ssin,
      firstName: "Sofie",
      lastName: "Maes",
      birthDate: "1990-02-14",
      pensionerFrom: "2024-07-01",
    });

    const read = await asBackOffice<{ worker: WorkerView }>(
      `query($s: Ssin!) { worker(ssin: $s) { ${WORKER_FIELDS} } }`,
      { s: ssin },
    );
    expect(ok(read).worker).toEqual(worker);

    expect(await auditOf(worker.id)).toEqual([
      {
        action: "registerWorker",
        entityType: "Worker",
        employerId: null,
        actorId: backOfficeUserId,
        reason: null,
        changes: [
          { field: "ssin", before: null, after: ssin },
          { field: "firstName", before: null, after: "Sofie" },
          { field: "lastName", before: null, after: "Maes" },
          { field: "birthDate", before: null, after: "1990-02-14" },
          { field: "pensionerFrom", before: null, after: "2024-07-01" },
        ],
      },
    ]);
    // The same entry through the API.
    const trail = ok(
      await asBackOffice<{
        auditEntries: { totalCount: number; nodes: { action: string; entityId: string; actor: { login: string } }[] };
      }>(AUDIT_ENTRIES, { id: worker.id }),
    );
    expect(trail.auditEntries.totalCount).toBe(1);
    expect(trail.auditEntries.nodes[0]).toMatchObject({
      action: "registerWorker",
      entityId: worker.id,
      actor: { login: fx.logins.backOffice },
    });
  });

  it("keeps the birth date empty when the SSIN does not hold one (BIS number with unknown month), and takes BIS and 20xx numbers", async () => {
    expect((await registerWorker({ ssin: "92200006963" })).birthDate).toBeNull();
    expect((await registerWorker({ ssin: "01490700185" })).birthDate).toBe("2001-09-07");
  });

  it("refuses a wrong check digit at [ssin]", async () => {
    // docs/domain-rules.md#ssin: 85073003328 is valid, so its neighbour fails both the 19xx and the 20xx rule.
    expect(await refused(REGISTER_WORKER, { input: { ssin: "85073003329", firstName: "A", lastName: "B" } })).toEqual([
      { path: ["ssin"], code: "INVALID_CHECK_DIGIT" },
    ]);
  });

  it("refuses blank names (REQUIRED) and names over 100 characters (TOO_LONG)", async () => {
    expect(await refused(REGISTER_WORKER, { input: { ssin: newSsin(), firstName: " \t", lastName: "B" } })).toEqual([
      { path: ["firstName"], code: "REQUIRED" },
    ]);
    expect(
      await refused(REGISTER_WORKER, { input: { ssin: newSsin(), firstName: "A", lastName: "x".repeat(101) } }),
    ).toEqual([{ path: ["lastName"], code: "TOO_LONG" }]);
  });

  it("refuses a pension date that is not a real date", async () => {
    expect(
      await refused(REGISTER_WORKER, {
        input: { ssin: newSsin(), firstName: "A", lastName: "B", pensionerFrom: "2025-02-29" },
      }),
    ).toEqual([{ path: ["pensionerFrom"], code: "INVALID_DATE" }]);
  });

  it("refuses an SSIN already registered as DUPLICATE at [ssin]", async () => {
    expect(
      await refused(REGISTER_WORKER, { input: { ssin: fx.workers.aQuarter.ssin, firstName: "A", lastName: "B" } }),
    ).toEqual([{ path: ["ssin"], code: "DUPLICATE" }]);
  });

  it("registers one worker when the same SSIN arrives several times at once; the others are DUPLICATE, never a server error", async () => {
    const ssin = newSsin();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        asBackOffice<{ registerWorker: WorkerView }>(REGISTER_WORKER, {
          input: { ssin, firstName: "Race", lastName: "Condition" },
        }),
      ),
    );
    const created = answers.filter((a) => a.data?.registerWorker);
    expect(created).toHaveLength(1);
    for (const answer of answers.filter((a) => !a.data?.registerWorker)) {
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => [e.path, e.code])).toEqual([
        [["ssin"], "DUPLICATE"],
      ]);
    }
    const rows = await api.database.db.query(sql`SELECT 1 FROM worker WHERE ssin = ${ssin}`);
    expect(rows).toHaveLength(1);
    expect(await auditOf(created[0]!.data!.registerWorker.id)).toHaveLength(1);
  });

  it("answers DUPLICATE, not a server error, when another registration of the SSIN commits between the check and the insert", async () => {
    const ssin = newSsin();
    const answer = await whileAnotherTransactionHolds(
      sql`INSERT INTO worker (ssin, first_name, last_name) VALUES (${ssin}, 'Other', 'Process')`,
      () => asBackOffice(REGISTER_WORKER, { input: { ssin, firstName: "Late", lastName: "Comer" } }),
    );
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => [e.path, e.code])).toEqual([[["ssin"], "DUPLICATE"]]);
    const rows = await api.database.db.query<{ firstName: string }>(
      sql`SELECT first_name AS "firstName" FROM worker WHERE ssin = ${ssin}`,
    );
    expect(rows).toEqual([{ firstName: "Other" }]);
  });

  it("reports every problem at once", async () => {
    expect(
      await refused(REGISTER_WORKER, {
        input: { ssin: fx.workers.bOnly.ssin, firstName: "", lastName: "y".repeat(200), pensionerFrom: "2025-13-01" },
      }),
    ).toEqual([
      { path: ["firstName"], code: "REQUIRED" },
      { path: ["lastName"], code: "TOO_LONG" },
      { path: ["pensionerFrom"], code: "INVALID_DATE" },
      { path: ["ssin"], code: "DUPLICATE" },
    ]);
  });
});

describe("correctWorker", () => {
  it("changes only the given fields and audits only those that changed, with the reason", async () => {
    const worker = await registerWorker({ firstName: "Ann", lastName: "Claes" });
    const corrected = ok(
      await asBackOffice<{ correctWorker: WorkerView }>(CORRECT_WORKER, {
        id: worker.id,
        input: { firstName: "Ann", lastName: "Claessens", pensionerFrom: "2025-10-01" },
        reason: "  Typo in the national register copy ",
      }),
    ).correctWorker;
    expect(corrected).toEqual({ ...worker, lastName: "Claessens", pensionerFrom: "2025-10-01" });
    const read = ok(
      await asBackOffice<{ worker: WorkerView }>(`query($id: ID!) { worker(id: $id) { ${WORKER_FIELDS} } }`, {
        id: worker.id,
      }),
    );
    expect(read.worker).toEqual(corrected);

    const [, correction] = await auditOf(worker.id);
    expect(correction).toEqual({
      action: "correctWorker",
      entityType: "Worker",
      employerId: null,
      actorId: backOfficeUserId,
      reason: "Typo in the national register copy",
      changes: [
        { field: "lastName", before: "Claes", after: "Claessens" },
        { field: "pensionerFrom", before: null, after: "2025-10-01" },
      ],
    });
  });

  it("clears the pension date with an explicit null and leaves out what is not given", async () => {
    const worker = await registerWorker({ pensionerFrom: "2024-01-01" });
    const corrected = ok(
      await asBackOffice<{ correctWorker: WorkerView }>(CORRECT_WORKER, {
        id: worker.id,
        input: { pensionerFrom: null },
        reason: "Not pensioned",
      }),
    ).correctWorker;
    expect(corrected).toEqual({ ...worker, pensionerFrom: null });
    expect((await auditOf(worker.id))[1]!.changes).toEqual([
      { field: "pensionerFrom", before: "2024-01-01", after: null },
    ]);
  });

  it("requires a reason (REQUIRED at [reason]) and writes nothing", async () => {
    const worker = await registerWorker();
    expect(await refused(CORRECT_WORKER, { id: worker.id, input: { lastName: "Other" }, reason: "   " })).toEqual([
      { path: ["reason"], code: "REQUIRED" },
    ]);
  });

  it("refuses a correction that changes nothing: NOT_ALLOWED at [input]", async () => {
    const worker = await registerWorker({ firstName: "Same" });
    expect(await refused(CORRECT_WORKER, { id: worker.id, input: {}, reason: "nothing" })).toEqual([
      { path: ["input"], code: "NOT_ALLOWED" },
    ]);
    expect(await refused(CORRECT_WORKER, { id: worker.id, input: { firstName: " Same " }, reason: "nothing" })).toEqual(
      [{ path: ["input"], code: "NOT_ALLOWED" }],
    );
  });

  it("answers NOT_FOUND for an unknown id or one that is not a UUID", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const answer = await asBackOffice(CORRECT_WORKER, { id, input: { lastName: "X" }, reason: "r" });
      expect(errorCodes(answer)).toEqual(["NOT_FOUND"]);
    }
  });

  it("reports every problem at once: a name cleared, a name too long, an unreal date, no reason", async () => {
    const worker = await registerWorker();
    expect(
      await refused(CORRECT_WORKER, {
        id: worker.id,
        input: { firstName: null, lastName: "z".repeat(101), pensionerFrom: "2025-04-31" },
        reason: "",
      }),
    ).toEqual([
      { path: ["firstName"], code: "REQUIRED" },
      { path: ["lastName"], code: "TOO_LONG" },
      { path: ["pensionerFrom"], code: "INVALID_DATE" },
      { path: ["reason"], code: "REQUIRED" },
    ]);
  });
});

describe("registerDimonaPeriod", () => {
  it("registers a period with a generated 12-digit id; the employer's users and the worker see it; audited for the employer", async () => {
    const period = await registerPeriod({
      workerId: fx.workers.aDay.id,
      startDate: "2025-06-07",
      startHour: "22:00",
      endDate: "2025-06-08",
      endHour: "02:30",
      plannedHours: 4.5,
      jointCommittee: "XXX",
    });
    expect(period).toEqual({
      id: expect.any(String),
      periodId: expect.stringMatching(/^[0-9]{12}$/),
      workerType: "FLX",
      jointCommittee: "XXX",
      startDate: "2025-06-07",
      startHour: "22:00",
      endDate: "2025-06-08",
      endHour: "02:30",
      plannedHours: 4.5,
      cancelled: false,
      employer: { id: fx.employerA },
      worker: { id: fx.workers.aDay.id },
    });

    const byFilter = ok(
      await api.request<{ dimonaPeriods: { nodes: PeriodView[] } }>(
        `query($w: ID!) { dimonaPeriods(filter: { workerId: { eq: $w }, overlaps: { start: "2025-06-01", end: "2025-06-30" } }) { nodes { ${PERIOD_FIELDS} } } }`,
        { w: fx.workers.aDay.id },
        tokens.declarantA,
      ),
    );
    expect(byFilter.dimonaPeriods.nodes).toEqual([period]);
    const nested = ok(
      await asBackOffice<{ worker: { dimonaPeriods: { id: string }[] } }>(
        `query($id: ID!) { worker(id: $id) { dimonaPeriods(from: "2025-06-01") { id } } }`,
        { id: fx.workers.aDay.id },
      ),
    );
    expect(nested.worker.dimonaPeriods.map((p) => p.id)).toEqual([period.id]);

    expect(await auditOf(period.id)).toEqual([
      {
        action: "registerDimonaPeriod",
        entityType: "DimonaPeriod",
        employerId: fx.employerA,
        actorId: backOfficeUserId,
        reason: null,
        changes: [
          { field: "periodId", before: null, after: period.periodId },
          { field: "employerId", before: null, after: fx.employerA },
          { field: "workerId", before: null, after: fx.workers.aDay.id },
          { field: "workerType", before: null, after: "FLX" },
          { field: "jointCommittee", before: null, after: "XXX" },
          { field: "startDate", before: null, after: "2025-06-07" },
          { field: "startHour", before: null, after: "22:00" },
          { field: "endDate", before: null, after: "2025-06-08" },
          { field: "endHour", before: null, after: "02:30" },
          { field: "plannedHours", before: null, after: "4.5" },
          { field: "cancelled", before: null, after: "false" },
        ],
      },
    ]);
    // The entry belongs to employer A: A's users read it, B's do not.
    const seenByA = ok(
      await api.request<{ auditEntries: { totalCount: number } }>(AUDIT_ENTRIES, { id: period.id }, tokens.declarantA),
    );
    const seenByB = ok(
      await api.request<{ auditEntries: { totalCount: number } }>(AUDIT_ENTRIES, { id: period.id }, tokens.declarantB),
    );
    expect([seenByA.auditEntries.totalCount, seenByB.auditEntries.totalCount]).toEqual([1, 0]);
  });

  it("registers an open-ended period, and a second one overlapping the first (Dimona's own overlap rules do not apply)", async () => {
    const open = await registerPeriod({ startDate: "2025-08-01", endDate: null });
    expect(open.endDate).toBeNull();
    const overlapping = await registerPeriod({ startDate: "2025-08-15", endDate: "2025-08-20" });
    expect(overlapping.periodId).not.toBe(open.periodId);
  });

  it("refuses an unknown worker or employer as NOT_FOUND field errors", async () => {
    const input = {
      employerId: "00000000-0000-4000-8000-000000000000",
      workerId: "nope",
      workerType: "FLX",
      jointCommittee: "302",
      startDate: "2025-05-01",
    };
    expect(await refused(REGISTER_PERIOD, { input })).toEqual([
      { path: ["employerId"], code: "NOT_FOUND" },
      { path: ["workerId"], code: "NOT_FOUND" },
    ]);
  });

  it("refuses an end before the start: RANGE_ORDER at [endDate], and at [endHour] on one day", async () => {
    const input = {
      employerId: fx.employerA,
      workerId: fx.workers.aQuarter.id,
      workerType: "FLX",
      jointCommittee: "302",
    };
    expect(
      await refused(REGISTER_PERIOD, { input: { ...input, startDate: "2025-05-02", endDate: "2025-05-01" } }),
    ).toEqual([{ path: ["endDate"], code: "RANGE_ORDER" }]);
    expect(
      await refused(REGISTER_PERIOD, {
        input: { ...input, startDate: "2025-05-02", endDate: "2025-05-02", startHour: "18:00", endHour: "08:00" },
      }),
    ).toEqual([{ path: ["endHour"], code: "RANGE_ORDER" }]);
  });

  it("refuses unreal dates, hours that are not HH:MM, planned hours outside 0-999 or with 3 decimals, a blank or long joint committee", async () => {
    const input = {
      employerId: fx.employerA,
      workerId: fx.workers.aQuarter.id,
      workerType: "STU",
      jointCommittee: "302",
      startDate: "2025-05-01",
    };
    expect(await refused(REGISTER_PERIOD, { input: { ...input, startDate: "2025-02-30" } })).toEqual([
      { path: ["startDate"], code: "INVALID_DATE" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, startHour: "24:00" } })).toEqual([
      { path: ["startHour"], code: "INVALID_FORMAT" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, endDate: "2025-05-01", endHour: "8:00" } })).toEqual([
      { path: ["endHour"], code: "INVALID_FORMAT" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, plannedHours: 1000 } })).toEqual([
      { path: ["plannedHours"], code: "OUT_OF_RANGE" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, plannedHours: 1e300 } })).toEqual([
      { path: ["plannedHours"], code: "OUT_OF_RANGE" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, plannedHours: 7.125 } })).toEqual([
      { path: ["plannedHours"], code: "TOO_PRECISE" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, jointCommittee: "  " } })).toEqual([
      { path: ["jointCommittee"], code: "REQUIRED" },
    ]);
    expect(await refused(REGISTER_PERIOD, { input: { ...input, jointCommittee: "30212345678" } })).toEqual([
      { path: ["jointCommittee"], code: "TOO_LONG" },
    ]);
  });

  it("reports every problem at once, the unknown worker among them", async () => {
    const input = {
      employerId: fx.employerA,
      workerId: "00000000-0000-4000-8000-000000000000",
      workerType: "FLX",
      jointCommittee: "",
      startDate: "2025-05-10",
      startHour: "7:00",
      endDate: "2025-05-09",
      plannedHours: -2,
    };
    expect(await refused(REGISTER_PERIOD, { input })).toEqual([
      { path: ["jointCommittee"], code: "REQUIRED" },
      { path: ["startHour"], code: "INVALID_FORMAT" },
      { path: ["plannedHours"], code: "OUT_OF_RANGE" },
      { path: ["endDate"], code: "RANGE_ORDER" },
      { path: ["workerId"], code: "NOT_FOUND" },
    ]);
  });
});

describe("correctDimonaPeriod", () => {
  it("changes the given fields (null clears one) and audits only those, for the period's employer", async () => {
    const period = await registerPeriod({ startDate: "2025-10-01", endDate: "2025-10-31", plannedHours: 20 });
    const corrected = ok(
      await asBackOffice<{ correctDimonaPeriod: PeriodView }>(CORRECT_PERIOD, {
        id: period.id,
        input: { endDate: "2025-10-15", plannedHours: null, startHour: "09:00" },
        reason: "Contract ended early",
      }),
    ).correctDimonaPeriod;
    expect(corrected).toEqual({ ...period, endDate: "2025-10-15", plannedHours: null, startHour: "09:00" });
    const read = ok(
      await asBackOffice<{ dimonaPeriods: { nodes: PeriodView[] } }>(
        `query($w: ID!) { dimonaPeriods(filter: { workerId: { eq: $w }, overlaps: { start: "2025-10-01", end: "2025-10-01" } }) { nodes { ${PERIOD_FIELDS} } } }`,
        { w: fx.workers.aQuarter.id },
      ),
    );
    expect(read.dimonaPeriods.nodes).toEqual([corrected]);
    expect((await auditOf(period.id))[1]).toEqual({
      action: "correctDimonaPeriod",
      entityType: "DimonaPeriod",
      employerId: fx.employerA,
      actorId: backOfficeUserId,
      reason: "Contract ended early",
      changes: [
        { field: "startHour", before: null, after: "09:00" },
        { field: "endDate", before: "2025-10-31", after: "2025-10-15" },
        { field: "plannedHours", before: "20", after: null },
      ],
    });
  });

  it("checks start <= end once the correction is applied, at the field it gave", async () => {
    const period = await registerPeriod({ startDate: "2025-11-01", endDate: "2025-11-30" });
    expect(await refused(CORRECT_PERIOD, { id: period.id, input: { startDate: "2025-12-01" }, reason: "r" })).toEqual([
      { path: ["startDate"], code: "RANGE_ORDER" },
    ]);
    expect(await refused(CORRECT_PERIOD, { id: period.id, input: { endDate: "2025-10-31" }, reason: "r" })).toEqual([
      { path: ["endDate"], code: "RANGE_ORDER" },
    ]);
    // Moving both together is fine.
    const moved = ok(
      await asBackOffice<{ correctDimonaPeriod: PeriodView }>(CORRECT_PERIOD, {
        id: period.id,
        input: { startDate: "2025-12-01", endDate: "2025-12-31" },
        reason: "Moved a month",
      }),
    ).correctDimonaPeriod;
    expect([moved.startDate, moved.endDate]).toEqual(["2025-12-01", "2025-12-31"]);
  });

  it("refuses a missing reason, a correction that changes nothing, a start date or cancelled flag set to null, bad hours and hours", async () => {
    const period = await registerPeriod({ startDate: "2025-09-01", endDate: "2025-09-30" });
    expect(await refused(CORRECT_PERIOD, { id: period.id, input: { cancelled: true }, reason: "" })).toEqual([
      { path: ["reason"], code: "REQUIRED" },
    ]);
    expect(
      await refused(CORRECT_PERIOD, { id: period.id, input: { cancelled: false, endDate: "2025-09-30" }, reason: "r" }),
    ).toEqual([{ path: ["input"], code: "NOT_ALLOWED" }]);
    expect(
      await refused(CORRECT_PERIOD, {
        id: period.id,
        input: { startDate: null, cancelled: null, endHour: "23:60", plannedHours: 0.001 },
        reason: " ",
      }),
    ).toEqual([
      { path: ["startDate"], code: "REQUIRED" },
      { path: ["endHour"], code: "INVALID_FORMAT" },
      { path: ["plannedHours"], code: "TOO_PRECISE" },
      { path: ["cancelled"], code: "REQUIRED" },
      { path: ["reason"], code: "REQUIRED" },
    ]);
  });

  it("answers NOT_FOUND for an unknown period", async () => {
    const answer = await asBackOffice(CORRECT_PERIOD, {
      id: "00000000-0000-4000-8000-000000000000",
      input: { cancelled: true },
      reason: "r",
    });
    expect(errorCodes(answer)).toEqual(["NOT_FOUND"]);
  });
});

describe("a corrected Dimona period changes what later controls find", () => {
  it("cancelling the worker's only FLX period makes the next declaration get 00024-152", async () => {
    const declarant = tokens.declarantA!;
    const month = recentPeriod();
    // aStudent has only a student period at A: the back office registers a FLX period for this month.
    const period = await registerPeriod({
      workerId: fx.workers.aStudent.id,
      startDate: month.start,
      endDate: month.end,
    });

    const covered = await createSubmission(api, declarant, fx.employerA);
    const first = await addDeclaration(api, declarant, covered, declarationInput(fx.workers.aStudent.id));
    await submit(api, declarant, covered);
    const firstView = await controlled(api, declarant, first);
    expect(firstView.anomalies.map((a) => a.code)).not.toContain("00024-152");
    expect(firstView.status).toBe("ACCEPTED");

    const cancelled = ok(
      await asBackOffice<{ correctDimonaPeriod: PeriodView }>(CORRECT_PERIOD, {
        id: period.id,
        input: { cancelled: true },
        reason: "Dimona cancelled by the employer",
      }),
    ).correctDimonaPeriod;
    expect(cancelled.cancelled).toBe(true);
    // The wizard no longer offers the worker for this month.
    const jobbers = ok(
      await api.request<{ flexiJobbers: { id: string }[] }>(
        `query($e: ID!, $from: Date!, $to: Date!) { flexiJobbers(employerId: $e, from: $from, to: $to) { id } }`,
        { e: fx.employerA, from: month.start, to: month.end },
        declarant,
      ),
    );
    expect(jobbers.flexiJobbers.map((w) => w.id)).not.toContain(fx.workers.aStudent.id);

    const uncovered = await createSubmission(api, declarant, fx.employerA);
    const second = await addDeclaration(api, declarant, uncovered, declarationInput(fx.workers.aStudent.id));
    await submit(api, declarant, uncovered);
    const secondView = await controlled(api, declarant, second);
    expect(secondView.anomalies.map((a) => [a.code, a.severity])).toEqual([["00024-152", "WARNING"]]);
    expect(secondView.status).toBe("ACCEPTED_WITH_WARNINGS");
    // The first declaration's result stands: controls ran when it was submitted.
    expect((await controlled(api, declarant, first)).status).toBe("ACCEPTED");
  });
});

describe("correctEmployer", () => {
  it("corrects name, classes, NSSO number and language; reads back; audits for the employer", async () => {
    const corrected = ok(
      await asBackOffice<{ correctEmployer: EmployerView }>(CORRECT_EMPLOYER, {
        id: fx.employerB,
        input: {
          name: " Bakkerij B & Zonen ",
          employerClasses: ["058", "258"],
          nssoNumber: "50000001-20",
          language: "DE",
        },
        reason: "KBO update",
      }),
    ).correctEmployer;
    expect(corrected).toEqual({
      id: fx.employerB,
      name: "Bakkerij B & Zonen",
      nssoNumber: "5000000120",
      nssoProvisional: true,
      language: "DE",
      employerClasses: ["058", "258"],
    });
    const read = ok(
      await asBackOffice<{ employer: EmployerView }>(`query($id: ID!) { employer(id: $id) { ${EMPLOYER_FIELDS} } }`, {
        id: fx.employerB,
      }),
    );
    expect(read.employer).toEqual(corrected);
    expect(await auditOf(fx.employerB)).toEqual([
      {
        action: "correctEmployer",
        entityType: "Employer",
        employerId: fx.employerB,
        actorId: backOfficeUserId,
        reason: "KBO update",
        changes: [
          { field: "name", before: "Bakkerij B", after: "Bakkerij B & Zonen" },
          { field: "employerClasses", before: '["058","057"]', after: '["058","258"]' },
          { field: "nssoNumber", before: "168676597", after: "5000000120" },
          { field: "language", before: "FR", after: "DE" },
        ],
      },
    ]);
    // Only one field given: only that one changes.
    const back = ok(
      await asBackOffice<{ correctEmployer: EmployerView }>(CORRECT_EMPLOYER, {
        id: fx.employerB,
        input: { nssoNumber: "168676597" },
        reason: "Definitive number assigned",
      }),
    ).correctEmployer;
    expect(back).toEqual({ ...corrected, nssoNumber: "168676597", nssoProvisional: false });
    expect((await auditOf(fx.employerB))[1]!.changes).toEqual([
      { field: "nssoNumber", before: "5000000120", after: "168676597" },
    ]);
  });

  it("refuses employer classes that are not 3 digits or repeat, at their index", async () => {
    expect(
      await refused(CORRECT_EMPLOYER, {
        id: fx.employerB,
        input: { employerClasses: ["058", "58", "058"] },
        reason: "r",
      }),
    ).toEqual([
      { path: ["employerClasses", 1], code: "INVALID_FORMAT" },
      { path: ["employerClasses", 2], code: "DUPLICATE" },
    ]);
  });

  it("refuses an NSSO number with a wrong check, a malformed one, and one of another employer", async () => {
    expect(
      await refused(CORRECT_EMPLOYER, { id: fx.employerB, input: { nssoNumber: "168676598" }, reason: "r" }),
    ).toEqual([{ path: ["nssoNumber"], code: "INVALID_CHECK_DIGIT" }]);
    expect(
      await refused(CORRECT_EMPLOYER, { id: fx.employerB, input: { nssoNumber: "BE168676597" }, reason: "r" }),
    ).toEqual([{ path: ["nssoNumber"], code: "INVALID_FORMAT" }]);
    expect(
      await refused(CORRECT_EMPLOYER, { id: fx.employerB, input: { nssoNumber: "187995796" }, reason: "r" }),
    ).toEqual([{ path: ["nssoNumber"], code: "DUPLICATE" }]);
  });

  it("answers DUPLICATE when another employer takes the NSSO number between the check and the update", async () => {
    const number = "168676597";
    // B gives its number up; then, in another transaction, takes it back while A's correction to it is pending.
    await api.database.db.query(sql`UPDATE employer SET nsso_number = '000100006' WHERE id = ${fx.employerB}`);
    const answer = await whileAnotherTransactionHolds(
      sql`UPDATE employer SET nsso_number = ${number} WHERE id = ${fx.employerB}`,
      () => asBackOffice(CORRECT_EMPLOYER, { id: fx.employerA, input: { nssoNumber: number }, reason: "r" }),
    );
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => [e.path, e.code])).toEqual([
      [["nssoNumber"], "DUPLICATE"],
    ]);
    const rows = await api.database.db.query<{ id: string; nssoNumber: string }>(sql`
      SELECT id, nsso_number AS "nssoNumber" FROM employer WHERE id IN (${fx.employerA}, ${fx.employerB})`);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.nssoNumber]))).toEqual({
      [fx.employerA]: "187995796",
      [fx.employerB]: number,
    });
    expect(await auditOf(fx.employerA)).toEqual([]);
  });

  it("refuses EN as an employer's language", async () => {
    expect(await refused(CORRECT_EMPLOYER, { id: fx.employerB, input: { language: "EN" }, reason: "r" })).toEqual([
      { path: ["language"], code: "NOT_ALLOWED" },
    ]);
  });

  it("refuses a correction that changes nothing, and answers NOT_FOUND for an unknown employer", async () => {
    const current = ok(
      await asBackOffice<{ employer: EmployerView }>(`query($id: ID!) { employer(id: $id) { ${EMPLOYER_FIELDS} } }`, {
        id: fx.employerB,
      }),
    ).employer;
    expect(
      await refused(CORRECT_EMPLOYER, {
        id: fx.employerB,
        input: { name: current.name, language: current.language },
        reason: "r",
      }),
    ).toEqual([{ path: ["input"], code: "NOT_ALLOWED" }]);
    expect(
      errorCodes(
        await asBackOffice(CORRECT_EMPLOYER, {
          id: "00000000-0000-4000-8000-000000000000",
          input: { name: "X" },
          reason: "r",
        }),
      ),
    ).toEqual(["NOT_FOUND"]);
  });

  it("reports every problem at once", async () => {
    expect(
      await refused(CORRECT_EMPLOYER, {
        id: fx.employerB,
        input: { name: "", employerClasses: ["1234"], nssoNumber: "187995796", language: "EN" },
        reason: "",
      }),
    ).toEqual([
      { path: ["name"], code: "REQUIRED" },
      { path: ["employerClasses", 0], code: "INVALID_FORMAT" },
      { path: ["language"], code: "NOT_ALLOWED" },
      { path: ["reason"], code: "REQUIRED" },
      { path: ["nssoNumber"], code: "DUPLICATE" },
    ]);
  });
});

describe("setFlexiCeiling", () => {
  const ceilings = async () =>
    ok(await asBackOffice<{ flexiCeilings: CeilingView[] }>(`{ flexiCeilings { ${CEILING_FIELDS} } }`, {}))
      .flexiCeilings;

  it("replaces a year's ceiling, reads back, and audits it under the year's stable id", async () => {
    const set = ok(
      await asBackOffice<{ setFlexiCeiling: CeilingView }>(SET_CEILING, {
        year: 2026,
        amount: "18550.5",
        provisional: false,
        source: " Circular 2026/C/12 ",
      }),
    ).setFlexiCeiling;
    expect(set).toEqual({
      id: flexiCeilingId(2026),
      year: 2026,
      amount: "18550.50",
      provisional: false,
      source: "Circular 2026/C/12",
    });
    expect((await ceilings()).find((c) => c.year === 2026)).toEqual(set);
    expect(await auditOf(set.id)).toEqual([
      {
        action: "setFlexiCeiling",
        entityType: "FlexiCeiling",
        employerId: null,
        actorId: backOfficeUserId,
        reason: null,
        changes: [
          { field: "amount", before: "18000.00", after: "18550.50" },
          { field: "provisional", before: "true", after: "false" },
          {
            field: "source",
            before: "EUR 18,000 indexed yearly; the indexed 2026 figure is not yet published",
            after: "Circular 2026/C/12",
          },
        ],
      },
    ]);
    const trail = ok(
      await asBackOffice<{ auditEntries: { nodes: { entityType: string }[] } }>(AUDIT_ENTRIES, { id: set.id }),
    );
    expect(trail.auditEntries.nodes.map((n) => n.entityType)).toEqual(["FlexiCeiling"]);
  });

  it("creates a new year, and setting the same values again writes nothing", async () => {
    const created = ok(
      await asBackOffice<{ setFlexiCeiling: CeilingView }>(SET_CEILING, {
        year: 2027,
        amount: "19000",
        provisional: true,
      }),
    ).setFlexiCeiling;
    expect(created).toEqual({
      id: flexiCeilingId(2027),
      year: 2027,
      amount: "19000.00",
      provisional: true,
      source: null,
    });
    expect((await auditOf(created.id)).map((e) => e.changes)).toEqual([
      [
        { field: "year", before: null, after: "2027" },
        { field: "amount", before: null, after: "19000.00" },
        { field: "provisional", before: null, after: "true" },
      ],
    ]);
    const before = await referenceState();
    const again = ok(
      await asBackOffice<{ setFlexiCeiling: CeilingView }>(SET_CEILING, {
        year: 2027,
        amount: "19000.00",
        provisional: true,
        source: "",
      }),
    ).setFlexiCeiling;
    expect(again).toEqual(created);
    expect(await referenceState()).toEqual(before);
  });

  it("refuses a year outside 2024-2100 at [year]", async () => {
    expect(await refused(SET_CEILING, { year: 2023, amount: "12000", provisional: false })).toEqual([
      { path: ["year"], code: "OUT_OF_RANGE" },
    ]);
    expect(await refused(SET_CEILING, { year: 2101, amount: "12000", provisional: false })).toEqual([
      { path: ["year"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("refuses an amount of zero or less, and one with more than 2 decimals, at [amount]", async () => {
    expect(await refused(SET_CEILING, { year: 2026, amount: "0.00", provisional: false })).toEqual([
      { path: ["amount"], code: "OUT_OF_RANGE" },
    ]);
    expect(await refused(SET_CEILING, { year: 2026, amount: "-18000", provisional: false })).toEqual([
      { path: ["amount"], code: "OUT_OF_RANGE" },
    ]);
    expect(await refused(SET_CEILING, { year: 2026, amount: "18000.001", provisional: false })).toEqual([
      { path: ["amount"], code: "TOO_PRECISE" },
    ]);
    expect(await refused(SET_CEILING, { year: 2026, amount: "9".repeat(30), provisional: false })).toEqual([
      { path: ["amount"], code: "OUT_OF_RANGE" },
    ]);
  });

  it("reports every problem at once", async () => {
    expect(
      await refused(SET_CEILING, { year: -2147483648, amount: "1.999", provisional: false, source: "s".repeat(501) }),
    ).toEqual([
      { path: ["year"], code: "OUT_OF_RANGE" },
      { path: ["amount"], code: "TOO_PRECISE" },
      { path: ["source"], code: "TOO_LONG" },
    ]);
  });
});

describe("access", () => {
  it("every maintenance mutation is FORBIDDEN to employer users and writes nothing; without a token it is UNAUTHENTICATED", async () => {
    const period = await registerPeriod();
    const calls: [string, Record<string, unknown>][] = [
      [REGISTER_WORKER, { input: { ssin: newSsin(), firstName: "A", lastName: "B" } }],
      [CORRECT_WORKER, { id: fx.workers.aQuarter.id, input: { lastName: "Other" }, reason: "r" }],
      [
        REGISTER_PERIOD,
        {
          input: {
            employerId: fx.employerA,
            workerId: fx.workers.aQuarter.id,
            workerType: "FLX",
            jointCommittee: "302",
            startDate: "2025-05-01",
          },
        },
      ],
      [CORRECT_PERIOD, { id: period.id, input: { cancelled: true }, reason: "r" }],
      [CORRECT_EMPLOYER, { id: fx.employerA, input: { name: "Mine now" }, reason: "r" }],
      [SET_CEILING, { year: 2025, amount: "99999", provisional: false }],
    ];
    const before = await referenceState();
    for (const [query, variables] of calls) {
      for (const role of ["declarantA", "adminA", "worker"]) {
        const answer = await api.request(query, variables, tokens[role]);
        expect({ role, query, codes: errorCodes(answer) }).toEqual({ role, query, codes: ["FORBIDDEN"] });
      }
      expect(errorCodes(await api.request(query, variables))).toEqual(["UNAUTHENTICATED"]);
    }
    expect(await referenceState()).toEqual(before);
  });
});
