/**
 * An idempotency key answers for one thing only: the same key again with the same submission
 * (or the same bulk content) returns the first result; the key with another submission or other
 * content is CONFLICT, and nothing is written. Keys are per employer.
 */
import { sql } from "../../db/sql";
import { startTestApi, type GraphQLAnswer, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  rowCounts,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

const SUBMIT_ONE = `mutation($id: ID!, $key: String!) { submitSubmission(id: $id, idempotencyKey: $key) { id status reference } }`;
const SUBMIT_BULK = `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id status reference } }`;

interface Sent {
  id: string;
  status: string;
  reference: string;
}

let api: TestApi;
let fx: Fixtures;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

async function draftWithOneDeclaration(grossWage = "250.00"): Promise<string> {
  const id = await createSubmission(api, token, fx.employerA);
  await addDeclaration(
    api,
    token,
    id,
    declarationInput(fx.workers.aQuarter.id, {
      properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage }],
    }),
  );
  return id;
}

const submitOne = (id: string, key: string) => api.request<{ submitSubmission: Sent }>(SUBMIT_ONE, { id, key }, token);

function bulkInput(key: string, grossWage: string): Record<string, unknown> {
  const { workerId: _worker, ...declaration } = declarationInput(fx.workers.aQuarter.id, {
    properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage }],
  });
  return {
    employerId: fx.employerA,
    idempotencyKey: key,
    declarations: [{ ...declaration, ssin: fx.workers.aQuarter.ssin }],
  };
}

const submitBulk = (input: Record<string, unknown>) =>
  api.request<{ submitDeclarations: Sent }>(SUBMIT_BULK, { input }, token);

async function statusOf(submissionId: string): Promise<string> {
  return (await api.database.db.one<{ status: string }>(sql`SELECT status FROM submission WHERE id = ${submissionId}`))!
    .status;
}

function conflictOf(answer: GraphQLAnswer<unknown>): { code: unknown; message: string } | undefined {
  const error = answer.errors?.[0];
  return error ? { code: error.extensions?.code, message: error.message } : undefined;
}

describe("submitSubmission", () => {
  it("a key already used for another submission is CONFLICT, and the draft stays a draft", async () => {
    const march = await draftWithOneDeclaration();
    const first = await submitOne(march, "payroll-2025-03");
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitSubmission).toMatchObject({ id: march, status: "SUBMITTED" });

    const april = await draftWithOneDeclaration("260.00");
    const counts = await rowCounts(api.database.db);
    const reused = await submitOne(april, "payroll-2025-03");
    expect(reused.data).toBeNull();
    expect(conflictOf(reused)).toEqual({
      code: "CONFLICT",
      message: expect.stringMatching(/idempotency key .*already .*another submission/i),
    });
    expect(await statusOf(april)).toBe("DRAFT");
    expect(await rowCounts(api.database.db)).toEqual(counts);

    // The key with its own submission still answers the first result; the draft goes with a key of its own.
    expect((await submitOne(march, "payroll-2025-03")).data?.submitSubmission).toEqual(first.data!.submitSubmission);
    const own = await submitOne(april, "payroll-2025-04");
    expect(own.data?.submitSubmission).toMatchObject({ id: april, status: "SUBMITTED" });
  });

  it("a key of a bulk call is CONFLICT for a draft", async () => {
    const bulk = await submitBulk(bulkInput("bulk-then-wizard", "300.00"));
    expect(bulk.errors).toBeUndefined();
    const draft = await draftWithOneDeclaration();
    expect(conflictOf(await submitOne(draft, "bulk-then-wizard"))?.code).toBe("CONFLICT");
    expect(await statusOf(draft)).toBe("DRAFT");
  });
});

describe("submitDeclarations", () => {
  it("the same key with the same content returns the first result; with other content it is CONFLICT", async () => {
    const first = await submitBulk(bulkInput("run-2025-05", "300.00"));
    expect(first.errors).toBeUndefined();
    const again = await submitBulk(bulkInput("run-2025-05", "300.00"));
    expect(again.data?.submitDeclarations).toEqual(first.data!.submitDeclarations);

    const counts = await rowCounts(api.database.db);
    const changed = await submitBulk(bulkInput("run-2025-05", "301.00"));
    expect(changed.data).toBeNull();
    expect(conflictOf(changed)).toEqual({
      code: "CONFLICT",
      message: expect.stringMatching(/idempotency key .*already .*other declarations/i),
    });
    expect(await rowCounts(api.database.db)).toEqual(counts);
  });

  it("a key of a transmitted draft submission is CONFLICT for a bulk call", async () => {
    const draft = await draftWithOneDeclaration();
    expect((await submitOne(draft, "wizard-then-bulk")).errors).toBeUndefined();
    const counts = await rowCounts(api.database.db);
    expect(conflictOf(await submitBulk(bulkInput("wizard-then-bulk", "250.00")))?.code).toBe("CONFLICT");
    expect(await rowCounts(api.database.db)).toEqual(counts);
  });
});
