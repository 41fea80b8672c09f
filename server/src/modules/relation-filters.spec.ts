/** Filters through relations: declarations and Dimona periods by their worker's or employer's fields. */
import { startTestApi, type TestApi } from "../test/api";
import { addDeclaration, createSubmission, declarationInput, submit } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let agent: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  agent = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  const tokenA = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const tokenB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
  for (const [token, employer, worker] of [
    [tokenA, fx.employerA, fx.workers.aQuarter.id],
    [tokenA, fx.employerA, fx.workers.both.id],
    [tokenB, fx.employerB, fx.workers.both.id],
  ] as const) {
    const submissionId = await createSubmission(api, token, employer);
    await addDeclaration(
      api,
      token,
      submissionId,
      declarationInput(worker, {
        properties: [
          { employerClass: employer === fx.employerA ? "017" : "058", workerType: "BLUE_COLLAR_050", grossWage: "10" },
        ],
      }),
    );
    await submit(api, token, submissionId);
  }
});
afterAll(() => api.close());

const ids = async (query: string, variables: Record<string, unknown>) => {
  const answer = await api.request<
    Record<string, { nodes: { worker: { lastName: string }; employer: { name: string } }[] }>
  >(query, variables, agent);
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return Object.values(answer.data)[0]!
    .nodes.map((n) => `${n.worker.lastName}@${n.employer.name}`)
    .sort();
};

it("wageDeclarations by the worker's last name and by the employer's name", async () => {
  const q = `query($f: WageDeclarationFilter) { wageDeclarations(filter: $f) { nodes { worker { lastName } employer { name } } } }`;
  expect(await ids(q, { f: { worker: { lastName: { contains: "goos" } } } })).toEqual([
    "Goossens@Bakkerij B",
    "Goossens@Brasserie A",
  ]);
  expect(await ids(q, { f: { worker: { lastName: { contains: "goos" } }, employer: { search: "bakkerij" } } })).toEqual(
    ["Goossens@Bakkerij B"],
  );
  expect(await ids(q, { f: { not: { worker: { ssin: { eq: fx.workers.both.ssin } } } } })).toEqual([
    "Aerts@Brasserie A",
  ]);
});

it("dimonaPeriods by the worker's name and the employer", async () => {
  const q = `query($f: DimonaPeriodFilter) { dimonaPeriods(filter: $f) { nodes { worker { lastName } employer { name } } } }`;
  expect(await ids(q, { f: { worker: { search: "Fontaine" } } })).toEqual(["Fontaine@Bakkerij B"]);
  expect(await ids(q, { f: { worker: { lastName: { eq: "Goossens" } }, employer: { search: "Brasserie" } } })).toEqual([
    "Goossens@Brasserie A",
  ]);
});

it("wageDeclarationTotals sums the declarations the caller may see, grouped", async () => {
  const q = `query($g: [DeclarationTotalsGroup!]!, $f: WageDeclarationFilter) { wageDeclarationTotals(groupBy: $g, filter: $f) { employer { name } worker { lastName } status count total } }`;
  const office = await api.request<{
    wageDeclarationTotals: { employer: { name: string } | null; count: number; total: string }[];
  }>(q, { g: ["EMPLOYER"] }, agent);
  expect(office.data?.wageDeclarationTotals.map((t) => [t.employer?.name, t.count, t.total])).toEqual(
    expect.arrayContaining([
      ["Brasserie A", 2, "20.00"],
      ["Bakkerij B", 1, "10.00"],
    ]),
  );
  const tokenA = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const mine = await api.request<{
    wageDeclarationTotals: { worker: { lastName: string } | null; count: number; total: string }[];
  }>(q, { g: ["WORKER"] }, tokenA);
  expect(mine.data?.wageDeclarationTotals.map((t) => [t.worker?.lastName, t.count, t.total]).sort()).toEqual([
    ["Aerts", 1, "10.00"],
    ["Goossens", 1, "10.00"],
  ]);
  const none = await api.request(q, { g: [] }, tokenA);
  expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
});
