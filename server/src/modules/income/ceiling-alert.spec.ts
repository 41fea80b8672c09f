/**
 * The ceiling alert (docs/domain-rules.md#ceiling-alerts): when a worker's accepted flexi income of a year passes
 * the ceiling, the back office and that worker see an alert; employers do not.
 */
import { startTestApi, type TestApi } from "../../test/api";
import { addDeclaration, controlled, createSubmission, declarationInput, submit } from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

const ALERTS = `query { ceilingAlerts { totalCount nodes { year total ceiling worker { ssin } } } }`;
type Alerts = {
  ceilingAlerts: {
    totalCount: number;
    nodes: { year: number; total: string; ceiling: string; worker: { ssin: string } }[];
  };
};

let api: TestApi;
let fx: Fixtures;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  for (const [role, login] of Object.entries({
    a: fx.logins.declarantA,
    b: fx.logins.declarantB,
    office: fx.logins.backOffice,
    worker: fx.logins.worker,
  })) {
    tokens[role] = await api.signIn(login, FIXTURE_PASSWORD);
  }
});
afterAll(() => api.close());

/** A 2025 declaration for the worker `both` (FLX at A in February, at B in Q1 2025). */
async function declare2025(token: string, employerId: string, month: "01" | "02", grossWage: string) {
  const submissionId = await createSubmission(api, token, employerId);
  const end = month === "01" ? "2025-01-31" : "2025-02-28";
  const id = await addDeclaration(
    api,
    token,
    submissionId,
    declarationInput(fx.workers.both.id, {
      calculationPeriod: { start: `2025-${month}-01`, end },
      calculationDate: end,
      properties: [
        { employerClass: employerId === fx.employerA ? "017" : "058", workerType: "BLUE_COLLAR_050", grossWage },
      ],
    }),
  );
  await submit(api, token, submissionId);
  return controlled(api, token, id);
}

const alertsOf = async (role: string) => (await api.request<Alerts>(ALERTS, {}, tokens[role])).data!.ceilingAlerts;

it("raises one alert when accepted pay passes the year's ceiling, for the back office and the worker only", async () => {
  const first = await declare2025(tokens.a!, fx.employerA, "02", "10000.00");
  expect(first.status).toMatch(/^ACCEPTED/);
  expect((await alertsOf("office")).totalCount).toBe(0);

  const second = await declare2025(tokens.b!, fx.employerB, "01", "9000.00");
  expect(second.status).toMatch(/^ACCEPTED/);
  const office = await alertsOf("office");
  expect(office.nodes).toEqual([
    { year: 2025, total: "19000.00", ceiling: "18000.00", worker: { ssin: fx.workers.both.ssin } },
  ]);
  expect((await alertsOf("worker")).nodes).toEqual(office.nodes);
  expect((await alertsOf("a")).totalCount).toBe(0);
  expect((await alertsOf("b")).totalCount).toBe(0);

  // More pay the same year raises no second alert.
  await declare2025(tokens.b!, fx.employerB, "01", "500.00");
  expect((await alertsOf("office")).totalCount).toBe(1);
});
