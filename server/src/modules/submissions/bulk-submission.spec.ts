/**
 * Bulk submission for payroll software: 2,000 declarations validated whole, written
 * all or nothing, idempotent; results through the submission's progress and one summary message.
 */
import { sql } from "../../db/sql";
import { eventually, startTestApi, type TestApi } from "../../test/api";
import { addFlexDimonaThisMonth, declarationInput, rowCounts } from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

const SUBMIT = `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status reference } }`;
const PROGRESS = `query($id: ID!) { submission(id: $id) { status progress { total processed accepted acceptedWithWarnings refused } } }`;

let api: TestApi;
let fx: Fixtures;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.both.id);
});
afterAll(() => api.close());

/** 2,000 valid declarations, each with its own payslip reference. */
function payroll(count = 2000): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const { workerId: _w, ...rest } = declarationInput(i % 2 === 0 ? fx.workers.aQuarter.id : fx.workers.both.id, {
      payslipReference: `RUN-7-${i}`,
      properties: [
        {
          employerClass: "017",
          workerType: "BLUE_COLLAR_050",
          grossWage: `${100 + (i % 50)}.25`,
          premiums: i % 3 === 0 ? [{ amount: "10", frequencyMonths: 0 }] : [],
        },
      ],
    });
    return { ...rest, ssin: i % 2 === 0 ? fx.workers.aQuarter.ssin : fx.workers.both.ssin };
  });
}

it("one invalid declaration among 2,000 writes nothing and is reported by its path", async () => {
  const declarations = payroll();
  declarations[1234] = {
    ...declarations[1234],
    calculationPeriod: { start: "2024-12-01", end: "2024-12-31" },
    calculationDate: "2024-12-31",
  };
  declarations[1500] = { ...declarations[1500], ssin: fx.workers.bOnly.ssin }; // no Dimona period with A
  const counts = await rowCounts(api.database.db);
  const answer = await api.request(
    SUBMIT,
    { input: { employerId: fx.employerA, idempotencyKey: "run-7-bad", declarations } },
    token,
  );
  expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(answer.errors![0]!.extensions!.fieldErrors).toEqual([
    expect.objectContaining({ path: ["declarations", 1234, "calculationPeriod", "start"], code: "OUT_OF_RANGE" }),
    expect.objectContaining({ path: ["declarations", 1500, "ssin"], code: "NOT_FOUND" }),
  ]);
  expect(await rowCounts(api.database.db)).toEqual(counts);
});

it("2,000 valid declarations are written once, also when the call is repeated with the same key, and all are controlled with one summary", async () => {
  const input = { employerId: fx.employerA, idempotencyKey: "run-7", declarations: payroll() };
  const first = await api.request<{ submitDeclarations: { id: string; status: string; reference: string } }>(
    SUBMIT,
    { input },
    token,
  );
  expect(first.data?.submitDeclarations).toMatchObject({
    status: "SUBMITTED",
    reference: expect.stringMatching(/^FAW-\d{4}-\d{8}$/),
  });
  const id = first.data!.submitDeclarations.id;
  const again = await api.request<{ submitDeclarations: { id: string } }>(SUBMIT, { input }, token);
  expect(again.data?.submitDeclarations.id).toBe(id);
  const declared = await api.database.db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM wage_declaration WHERE submission_id = ${id}`,
  );
  expect(declared!.n).toBe(2000);

  const done = await eventually(
    async () => {
      const answer = await api.request<{
        submission: { progress: { total: number; processed: number; accepted: number } };
      }>(PROGRESS, { id }, token);
      const progress = answer.data?.submission.progress;
      return progress && progress.processed === progress.total ? progress : undefined;
    },
    60_000,
    "all 2,000 controlled",
  );
  expect(done).toMatchObject({ total: 2000, processed: 2000, accepted: 2000 });

  const messages = await api.database.db.query<{ type: string }>(
    sql`SELECT type FROM ebox_message WHERE submission_id = ${id}`,
  );
  expect(messages).toEqual([{ type: "SUBMISSION_SUMMARY" }]);
  const events = await api.database.db.one<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM status_event e JOIN wage_declaration d ON d.id = e.declaration_id WHERE d.submission_id = ${id}`);
  expect(events!.n).toBe(4000); // (none) -> PENDING and PENDING -> ACCEPTED for each

  const third = await api.request<{ submitDeclarations: { id: string } }>(SUBMIT, { input }, token);
  expect(third.data?.submitDeclarations.id).toBe(id);
  expect(
    (await api.database.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM wage_declaration WHERE submission_id = ${id}`,
    ))!.n,
  ).toBe(2000);
}, 90_000);

it("the same key sent twice at once gives one submission", async () => {
  const input = { employerId: fx.employerA, idempotencyKey: "run-8", declarations: payroll(20) };
  const [a, b] = await Promise.all([
    api.request<{ submitDeclarations: { id: string } }>(SUBMIT, { input }, token),
    api.request<{ submitDeclarations: { id: string } }>(SUBMIT, { input }, token),
  ]);
  expect(a.data?.submitDeclarations.id).toBeDefined();
  expect(a.data?.submitDeclarations.id).toBe(b.data?.submitDeclarations.id);
  const submissions = await api.database.db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM submission WHERE idempotency_key = 'run-8'`,
  );
  expect(submissions!.n).toBe(1);
});

it("refuses an empty call, more than 2,000, another employer and a user without the right; nothing written", async () => {
  // Earlier submissions' controls write too: wait until none is pending and their jobs are gone
  // (the worker completes jobs in batches, a moment after their declarations are controlled).
  await eventually(
    async () =>
      (await api.database.db.one<{ n: number }>(
        sql`SELECT ((SELECT count(*) FROM wage_declaration WHERE status = 'PENDING')
          + (SELECT count(*) FROM graphile_worker.jobs))::int AS n`,
      ))!.n === 0
        ? true
        : undefined,
    30_000,
    "quiet",
  );
  const counts = await rowCounts(api.database.db);
  const empty = await api.request(
    SUBMIT,
    { input: { employerId: fx.employerA, idempotencyKey: "e", declarations: [] } },
    token,
  );
  expect(empty.errors?.[0]?.extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    fieldErrors: [{ path: ["declarations"], code: "REQUIRED" }],
  });
  const tooMany = await api.request(
    SUBMIT,
    { input: { employerId: fx.employerA, idempotencyKey: "t", declarations: payroll(2001) } },
    token,
  );
  expect(tooMany.errors?.[0]?.extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    fieldErrors: [{ path: ["declarations"], code: "OUT_OF_RANGE" }],
  });
  const other = await api.request(
    SUBMIT,
    { input: { employerId: fx.employerB, idempotencyKey: "o", declarations: payroll(1) } },
    token,
  );
  expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  const dimonaOnly = await api.signIn(fx.logins.dimonaOnlyA, FIXTURE_PASSWORD);
  const forbidden = await api.request(
    SUBMIT,
    { input: { employerId: fx.employerA, idempotencyKey: "f", declarations: payroll(1) } },
    dimonaOnly,
  );
  expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  expect(await rowCounts(api.database.db)).toEqual(counts);
});
