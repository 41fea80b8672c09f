/**
 * What the wizard asks of the API before anything is written: the period of step 1 by the same
 * rules (and messages) as a declaration's calculation period, plus "not in the future"; every
 * problem of a form at once; and the selection of step 2 kept with the draft, so that another
 * browser resumes it. Dates are relative to today in Europe/Brussels.
 */
import { todayInBrussels } from "../../domain/calendar";
import { startTestApi, type GraphQLAnswer, type TestApi } from "../../test/api";
import { addFlexDimonaThisMonth, createSubmission, declarationInput } from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

const CHECK_PERIOD = `query($from: Date!, $to: Date!) { checkSubmissionPeriod(from: $from, to: $to) }`;
const CREATE = `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`;
const CHECK_INPUT = `query($input: DeclarationInput!) { checkDeclarationInput(input: $input) }`;
const ADD = `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`;
const SELECT = `mutation($id: ID!, $workerIds: [ID!]!) { selectSubmissionWorkers(id: $id, workerIds: $workerIds) { id selectedWorkers { id } } }`;
const READ = `query($id: ID!) { submission(id: $id) { selectedWorkers { id firstName } } }`;

let api: TestApi;
let fx: Fixtures;
let token: string;
let otherToken: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  otherToken = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type Problem = [(string | number)[], string, string];
const problems = (answer: GraphQLAnswer<unknown>): Problem[] =>
  (answer.errors?.[0]?.extensions?.fieldErrors ?? []).map((e) => [e.path, e.code, e.message]);

describe("the period of the wizard's step 1", () => {
  const today = todayInBrussels();
  const year = Number(today.slice(0, 4));
  const crossing = { from: `${year - 1}-12-15`, to: `${year}-01-15` };
  const future = { from: addDays(today, 1), to: addDays(today, 20) };

  it("accepts a past month, and a period up to today", async () => {
    const month = { from: `${today.slice(0, 8)}01`, to: today };
    expect((await api.request(CHECK_PERIOD, month, token)).data).toEqual({ checkSubmissionPeriod: true });
  });

  it("refuses a period crossing 31 December with the code, path and message a declaration's calculation period gets", async () => {
    const period = await api.request(CHECK_PERIOD, crossing, token);
    expect(problems(period)).toEqual([
      [
        ["to"],
        "NOT_ALLOWED",
        "The calculation period may not cross 31 December: split it into two declarations, one per year.",
      ],
    ]);
    const declaration = await api.request(
      CHECK_INPUT,
      {
        input: declarationInput(fx.workers.aQuarter.id, {
          calculationPeriod: { start: crossing.from, end: crossing.to },
        }),
      },
      token,
    );
    expect(problems(declaration).map(([path, code, message]) => [path.at(-1), code, message])).toEqual(
      problems(period).map(([, code, message]) => ["end", code, message]),
    );
  });

  it("refuses a period starting after today, and createSubmission refuses what the check refuses", async () => {
    expect(problems(await api.request(CHECK_PERIOD, future, token))).toEqual([
      [["from"], "NOT_ALLOWED", "The period may not start in the future: wage data is declared for work done."],
    ]);
    for (const period of [future, crossing]) {
      const checked = await api.request(CHECK_PERIOD, period, token);
      const created = await api.request(CREATE, { input: { employerId: fx.employerA, ...period } }, token);
      expect(created.data).toBeNull();
      expect(problems(created)).toEqual(problems(checked));
    }
  });

  it("reports every problem at once: before 2025 and the wrong order", async () => {
    expect(problems(await api.request(CHECK_PERIOD, { from: "2024-12-20", to: "2024-12-01" }, token))).toEqual([
      [["to"], "RANGE_ORDER", "The end date may not be before the start date."],
      [
        ["from"],
        "OUT_OF_RANGE",
        "The calculation period must start on or after 2025-01-01: Flexi at work covers pay for work from 2025.",
      ],
    ]);
  });

  it("needs a sign-in", async () => {
    const answer = await api.request(CHECK_PERIOD, { from: today, to: today });
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("every problem of a form at once", () => {
  it("checks a declaration without writing it: a negative wage and a future calculation date together", async () => {
    const input = declarationInput(fx.workers.aQuarter.id, {
      calculationDate: addDays(todayInBrussels(), 3),
      properties: [
        {
          employerClass: "017",
          workerType: "BLUE_COLLAR_050",
          grossWage: "-5",
          premiums: [{ amount: "10", frequencyMonths: 0 }],
        },
      ],
    });
    const answer = await api.request(CHECK_INPUT, { input }, token);
    expect(problems(answer).map(([path, code]) => [path.join("."), code])).toEqual([
      ["calculationDate", "OUT_OF_RANGE"],
      ["properties.0.grossWage", "OUT_OF_RANGE"],
    ]);
    const valid = await api.request(CHECK_INPUT, { input: declarationInput(fx.workers.aQuarter.id) }, token);
    expect(valid.data).toEqual({ checkDeclarationInput: true });
  });
});

describe("the selection of step 2, kept with the draft", () => {
  it("is stored in order, read back by another session of the same user, and refused for workers without a Dimona at the employer", async () => {
    const id = await createSubmission(api, token, fx.employerA);
    const chosen = [fx.workers.aQuarter.id, fx.workers.aDay.id];
    const selected = await api.request<{ selectSubmissionWorkers: { selectedWorkers: { id: string }[] } }>(
      SELECT,
      { id, workerIds: [...chosen, fx.workers.aQuarter.id] },
      token,
    );
    expect(selected.data?.selectSubmissionWorkers.selectedWorkers.map((w) => w.id)).toEqual(chosen);

    const elsewhere = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    const read = await api.request<{ submission: { selectedWorkers: { id: string }[] } }>(READ, { id }, elsewhere);
    expect(read.data?.submission.selectedWorkers.map((w) => w.id)).toEqual(chosen);

    const refused = await api.request(SELECT, { id, workerIds: [fx.workers.aQuarter.id, fx.workers.bOnly.id] }, token);
    expect(problems(refused).map(([path, code]) => [path, code])).toEqual([[["workerIds", 1], "NOT_FOUND"]]);
    const unchanged = await api.request<{ submission: { selectedWorkers: { id: string }[] } }>(READ, { id }, token);
    expect(unchanged.data?.submission.selectedWorkers.map((w) => w.id)).toEqual(chosen);
  });

  it("is another employer's draft NOT_FOUND, and a transmitted submission's INVALID_STATE", async () => {
    const id = await createSubmission(api, token, fx.employerA);
    const foreign = await api.request(SELECT, { id, workerIds: [] }, otherToken);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    await api.request(ADD, { input: { submissionId: id, ...declarationInput(fx.workers.aQuarter.id) } }, token);
    await api.request(
      `mutation($id: ID!) { submitSubmission(id: $id, idempotencyKey: "wizard-support-${Date.now()}") { id } }`,
      { id },
      token,
    );
    const late = await api.request(SELECT, { id, workerIds: [fx.workers.aQuarter.id] }, token);
    expect(late.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
  });
});
