/**
 * Keyset pagination both ways: `last`/`before` pages through a list backwards and
 * gives exactly the rows of the forward order, also for orders on a column that may be NULL.
 */
import { startTestApi, type TestApi } from "../test/api";
import { addDeclaration, createSubmission, declarationInput, submit } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  // Ten declarations, five of them transmitted (a submittedAt) and five drafts (none).
  for (let i = 0; i < 2; i++) {
    const submissionId = await createSubmission(api, token, fx.employerA);
    for (let j = 0; j < 5; j++)
      await addDeclaration(
        api,
        token,
        submissionId,
        declarationInput(fx.workers.aQuarter.id, { payslipReference: `P-${i}-${j}` }),
      );
    if (i === 0) await submit(api, token, submissionId);
  }
});
afterAll(() => api.close());

interface Page {
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function page(
  list: "wageDeclarations" | "workers",
  orderBy: string,
  args: Record<string, unknown>,
): Promise<Page> {
  const answer = await api.request<Record<string, Page>>(
    `query($first: Int, $after: String, $last: Int, $before: String) { ${list}(orderBy: [${orderBy}], first: $first, after: $after, last: $last, before: $before) {
      nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    args,
    token,
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data[list]!;
}

/** Every row, read backwards in pages of `size`, in the list's own order. */
async function backwards(list: "wageDeclarations" | "workers", orderBy: string, size: number): Promise<string[]> {
  const ids: string[] = [];
  let before: string | null = null;
  for (;;) {
    const p: Page = await page(list, orderBy, { last: size, before });
    ids.unshift(...p.nodes.map((n) => n.id));
    if (!p.pageInfo.hasPreviousPage) return ids;
    before = p.pageInfo.startCursor;
  }
}

it.each([
  ["workers", "LAST_NAME_ASC"],
  ["workers", "LAST_NAME_DESC"],
  ["wageDeclarations", "SUBMITTED_AT_ASC"],
  ["wageDeclarations", "SUBMITTED_AT_DESC"],
  ["wageDeclarations", "CALCULATION_DATE_DESC"],
] as const)("%s ordered %s: pages of 3 backwards give the forward order", async (list, orderBy) => {
  const forward = (await page(list, orderBy, { first: 500 })).nodes.map((n) => n.id);
  expect(forward.length).toBeGreaterThanOrEqual(6); // declarant A sees 6 workers; 10 declarations
  expect(await backwards(list, orderBy, 3)).toEqual(forward);
});

it("a backward page after a forward one: before the first row of page 2 is page 1", async () => {
  const first = await page("wageDeclarations", "SUBMITTED_AT_ASC", { first: 4 });
  const second = await page("wageDeclarations", "SUBMITTED_AT_ASC", { first: 4, after: first.pageInfo.endCursor });
  const back = await page("wageDeclarations", "SUBMITTED_AT_ASC", { last: 4, before: second.pageInfo.startCursor });
  expect(back.nodes).toEqual(first.nodes);
  expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
});

it("refuses first with last, a cursor with offset, last above 500 and a forged before", async () => {
  const codes = async (args: Record<string, unknown>) => {
    const answer = await api.request<unknown>(
      `query($first: Int, $last: Int, $before: String, $offset: Int) { workers(first: $first, last: $last, before: $before, offset: $offset) { totalCount } }`,
      args,
      token,
    );
    return answer.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.path.join(".")}:${e.code}`);
  };
  expect(await codes({ first: 2, last: 2 })).toEqual(["last:NOT_ALLOWED"]);
  expect(await codes({ last: 2, before: "x", offset: 1 })).toEqual(expect.arrayContaining(["offset:NOT_ALLOWED"]));
  expect(await codes({ last: 501 })).toEqual(["last:OUT_OF_RANGE"]);
  expect(await codes({ last: 2, before: "bm90LWEtY3Vyc29y" })).toEqual(["before:INVALID_FORMAT"]);
});
