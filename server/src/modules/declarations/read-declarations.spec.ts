/**
 * Reading declarations through the API (docs/architecture.md#the-graphql-contract, docs/architecture.md#tenancy-access-and-errors, docs/architecture.md#reading-lists): who sees which declarations and
 * submissions, every filter of WageDeclarationFilter and their combinations, the orders and both
 * kinds of pagination, the statement count of a nested list, the guide's declared workers with
 * their latest declaration, and a worker's flexi income against the ceiling.
 *
 * The data is made as users make it: declarants of A and B create submissions, add declarations
 * and transmit them; the controls run in the API's worker; a few drafts stay unsubmitted. Only
 * reference data (workers, Dimona periods) is written with SQL, as the fixtures do.
 */
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import { runControls } from "../../controls/run-controls";
import { todayInBrussels } from "../../domain/calendar";
import { addDays, daysInMonth, yearOf } from "../../domain/dates";
import { makeSsin } from "../../domain/ssin";
import { errorCodes, eventually, startTestApi, type GraphQLAnswer, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  recentPeriod,
  submit,
  type DeclarationView,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

type Role = keyof Fixtures["logins"];
type Employer = "A" | "B";

interface DeclarationNode {
  id: string;
  status: string;
  calculationDate: string;
  submittedAt: string | null;
  updatedAt: string;
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string }[];
  nodes: T[];
}

/** A declaration this file made, with what the tests need to know about it. */
interface Made {
  key: string;
  id: string;
  employer: Employer;
  workerId: string;
  submissionId: string;
  draft: boolean;
}
/** A submission this file made. */
interface MadeSubmission {
  key: string;
  id: string;
  employer: Employer;
  submitted: boolean;
}

const LIST = `query($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $after: String, $offset: Int) {
  wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor }
    nodes { id status calculationDate submittedAt updatedAt } } }`;

const INCOME = `query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) {
  ssin year total pending pensionerTotal ceiling remaining exceeded byEmployer { employer { id } total pending } } }`;

interface IncomeView {
  ssin: string;
  year: number;
  total: string;
  pending: string;
  pensionerTotal: string;
  ceiling: string | null;
  remaining: string | null;
  exceeded: boolean | null;
  byEmployer: { employer: { id: string }; total: string; pending: string }[];
}

/** The data of an answer, or a failure that shows its errors. */
function dataOf<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors?.length || !answer.data) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** A calculation period of a whole month of 2025, calculated on its last day. */
function month2025(month: number): { calculationPeriod: { start: string; end: string }; calculationDate: string } {
  const mm = String(month).padStart(2, "0");
  const end = `2025-${mm}-${String(daysInMonth(2025, month)).padStart(2, "0")}`;
  return { calculationPeriod: { start: `2025-${mm}-01`, end }, calculationDate: end };
}

/** One blue-collar property with a gross wage (and premiums). */
function wage(grossWage: string, employerClass = "017", premiums: { amount: string; frequencyMonths: number }[] = []) {
  return { properties: [{ employerClass, workerType: "BLUE_COLLAR_050", grossWage, premiums }] };
}

/** Workers with two FLX Dimona periods at an employer (this month and June 2025), in two statements. */
async function insertWorkers(db: Db, employerId: string, count: number): Promise<{ id: string; ssin: string }[]> {
  const rows = Array.from(
    { length: count },
    (_, i) => sql`(${makeSsin("1995-03-10", i + 1)}, ${"Bulk"}, ${`Worker${String(i).padStart(2, "0")}`})`,
  );
  const workers = await db.query<{ id: string; ssin: string }>(sql`
    INSERT INTO worker (ssin, first_name, last_name) VALUES ${sql.join(rows)} RETURNING id, ssin`);
  const period = recentPeriod();
  const periods = workers.flatMap((w, i) => [
    sql`(${String(300000000000 + 2 * i)}, ${employerId}, ${w.id}, 'FLX', '302', ${period.start}::date, ${period.end}::date)`,
    sql`(${String(300000000001 + 2 * i)}, ${employerId}, ${w.id}, 'FLX', '302', '2025-06-01'::date, '2025-06-30'::date)`,
  ]);
  await db.query(sql`
    INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date) VALUES ${sql.join(periods)}`);
  return workers;
}

describe("reading declarations, submissions, declared workers and flexi income", () => {
  let api: TestApi;
  let fx: Fixtures;
  const tokens = {} as Record<Role, string>;
  const made: Made[] = [];
  const submissions: MadeSubmission[] = [];
  const views = new Map<string, DeclarationView>();
  let bulkWorkers: { id: string; ssin: string }[] = [];
  /** Instants around the transmission of B's first submission. */
  let beforeB = "";
  let afterB = "";

  const employerId = (e: Employer) => (e === "A" ? fx.employerA : fx.employerB);
  const declarantOf = (e: Employer) => tokens[e === "A" ? "declarantA" : "declarantB"];
  const byKey = (key: string) => {
    const found = made.find((m) => m.key === key);
    if (!found) throw new Error(`no declaration ${key}`);
    return found;
  };
  const submissionByKey = (key: string) => submissions.find((s) => s.key === key)!;
  const sorted = (ids: string[]) => [...ids].sort();
  const idsOf = (list: Made[]) => sorted(list.map((m) => m.id));
  const keysIds = (...keys: string[]) => sorted(keys.map((k) => byKey(k).id));

  async function newSubmission(employer: Employer, key: string): Promise<MadeSubmission> {
    const submission = {
      key,
      id: await createSubmission(api, declarantOf(employer), employerId(employer)),
      employer,
      submitted: false,
    };
    submissions.push(submission);
    return submission;
  }

  async function add(
    submission: MadeSubmission,
    key: string,
    workerId: string,
    overrides: Record<string, unknown>,
  ): Promise<void> {
    const id = await addDeclaration(
      api,
      declarantOf(submission.employer),
      submission.id,
      declarationInput(workerId, overrides),
    );
    made.push({ key, id, employer: submission.employer, workerId, submissionId: submission.id, draft: true });
  }

  /** Transmits a submission and waits until the controls of each of its declarations are done. */
  async function transmit(submission: MadeSubmission): Promise<void> {
    await submit(api, declarantOf(submission.employer), submission.id);
    submission.submitted = true;
    const own = made.filter((m) => m.submissionId === submission.id);
    for (const m of own) m.draft = false;
    for (const m of own) views.set(m.key, await controlled(api, declarantOf(submission.employer), m.id));
  }

  async function list(role: Role, variables: Record<string, unknown>): Promise<Connection<DeclarationNode>> {
    return dataOf(await api.request<{ wageDeclarations: Connection<DeclarationNode> }>(LIST, variables, tokens[role]))
      .wageDeclarations;
  }

  /** The ids a role sees with a filter, sorted, after checking that totalCount agrees. */
  async function idsFor(role: Role, filter?: Record<string, unknown>): Promise<string[]> {
    const connection = await list(role, { filter, first: 500 });
    expect(connection.totalCount).toBe(connection.nodes.length);
    return sorted(connection.nodes.map((n) => n.id));
  }

  /** Every row of an order, page by page with `after`. */
  async function pageThrough(role: Role, orderBy: string[] | undefined, size: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const page: Connection<DeclarationNode> = await list(role, { orderBy, first: size, after });
      expect(page.nodes.length).toBeLessThanOrEqual(size);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.nodes).toHaveLength(size);
      after = page.pageInfo.endCursor;
    }
    throw new Error("paging did not end");
  }

  beforeAll(async () => {
    api = await startTestApi();
    const db = api.database.db;
    fx = await loadFixtures(db);
    for (const [role, login] of Object.entries(fx.logins))
      tokens[role as Role] = await api.signIn(login, FIXTURE_PASSWORD);
    const w = fx.workers;
    // FLX this month, so that this month's declarations of these workers are accepted without 00024-152.
    await addFlexDimonaThisMonth(db, fx.employerA, w.aQuarter.id);
    await addFlexDimonaThisMonth(db, fx.employerA, w.both.id);
    await addFlexDimonaThisMonth(db, fx.employerB, w.bOnly.id);
    await addFlexDimonaThisMonth(db, fx.employerB, w.both.id);
    bulkWorkers = await insertWorkers(db, fx.employerA, 50);

    // A's wizard: this month, a late one (March 2025), a refused one (class 058 is B's), one without Dimona this month.
    const a1 = await newSubmission("A", "SA1");
    await add(a1, "a1", w.aQuarter.id, { payslipReference: "PAY-A1", ...wage("100.00") });
    await add(a1, "a2", w.both.id, { payslipReference: "PAY-A2", ...wage("200.00") });
    await add(a1, "a3", w.aQuarter.id, { payslipReference: "MARCH-25", ...month2025(3), ...wage("300.00") });
    await add(a1, "a4", w.aQuarter.id, wage("40.00", "058"));
    await add(a1, "a5", w.aDay.id, wage("50.00"));
    await transmit(a1);

    // A's 2025 income of `both` and `aQuarter`; December 2025 is calculated in January 2026 and still counts in 2025.
    const incomeA = await newSubmission("A", "SAincome");
    await add(incomeA, "iA1", w.both.id, {
      ...month2025(2),
      ...wage("9000.00", "017", [{ amount: "1000.00", frequencyMonths: 0 }]),
    });
    await add(incomeA, "iA2", w.both.id, {
      calculationPeriod: { start: "2025-12-01", end: "2025-12-31" },
      calculationDate: "2026-01-05",
      ...wage("1000.00"),
    });
    await add(incomeA, "iA3", w.aQuarter.id, { ...month2025(1), ...wage("700.00") });
    await transmit(incomeA);

    // B: this month, 2025 income above the ceiling together with A's, a refused one (017 is not B's class), exactly the ceiling for bOnly.
    const b1 = await newSubmission("B", "SB1");
    await add(b1, "b1", w.bOnly.id, { payslipReference: "PAY-B1", ...wage("150.00", "058") });
    await add(b1, "b2", w.both.id, wage("250.00", "058"));
    await add(b1, "b3", w.both.id, { ...month2025(1), ...wage("9000.00", "058") });
    await add(b1, "b4", w.both.id, { ...month2025(3), ...wage("500.00", "017") });
    await add(b1, "b5", w.bOnly.id, { ...month2025(2), ...wage("18000.00", "058") });
    beforeB = new Date().toISOString();
    await transmit(b1);
    afterB = new Date().toISOString();

    // 100 declarations of 50 workers in one submission: their controls run in one job and share one updated_at.
    const bulk = await newSubmission("A", "SAbulk");
    const period = recentPeriod();
    const daysSoFar = Number(period.end.slice(8, 10));
    for (let chunk = 0; chunk < 100; chunk += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, j) => {
          const i = chunk + j;
          const premiums = i % 3 === 0 ? [{ amount: "10.00", frequencyMonths: 1 }] : [];
          const input = {
            payslipReference: `BULK-${i}`,
            calculationDate: addDays(period.end, -(i % daysSoFar)),
            ...wage(`${100 + i}.00`, "017", premiums),
          };
          const id = await addDeclaration(
            api,
            tokens.declarantA,
            bulk.id,
            declarationInput(bulkWorkers[i % 50]!.id, input),
          );
          made.push({
            key: `bulk${i}`,
            id,
            employer: "A",
            workerId: bulkWorkers[i % 50]!.id,
            submissionId: bulk.id,
            draft: true,
          });
        }),
      );
    }
    await submit(api, tokens.declarantA, bulk.id);
    bulk.submitted = true;
    for (const m of made) if (m.submissionId === bulk.id) m.draft = false;
    await eventually(
      async () =>
        (await list("declarantA", { filter: { submissionId: { eq: bulk.id }, status: { eq: "PENDING" } } }))
          .totalCount === 0
          ? true
          : undefined,
      10_000,
      "controls of the bulk submission",
    );

    // Drafts left in the wizard, newest of all.
    const draftsA = await newSubmission("A", "SA2");
    await add(draftsA, "d1", w.aQuarter.id, wage("60.00"));
    await add(draftsA, "d2", w.both.id, wage("70.00"));
    await add(draftsA, "d3", w.aLater.id, wage("80.00"));
    await add(draftsA, "d4", w.both.id, { ...month2025(2), ...wage("5000.00") });
    const draftsB = await newSubmission("B", "SB2");
    await add(draftsB, "bd1", w.bOnly.id, wage("90.00", "058"));
  }, 60_000);
  afterAll(() => api?.close());

  it("the data is what the tests below expect: controls done, statuses and anomalies as designed", () => {
    const outcome = (key: string) => ({
      status: views.get(key)!.status,
      codes: views
        .get(key)!
        .anomalies.map((a) => a.code)
        .sort(),
    });
    expect(outcome("a1")).toEqual({ status: "ACCEPTED", codes: [] });
    expect(outcome("a2")).toEqual({ status: "ACCEPTED", codes: [] });
    expect(outcome("a3")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["FAW-001"] });
    expect(outcome("a4")).toEqual({ status: "REFUSED", codes: ["00036-022"] });
    expect(outcome("a5")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["00024-152"] });
    expect(outcome("iA1")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["FAW-001"] });
    expect(outcome("iA2")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["00024-152", "FAW-001"] });
    expect(outcome("iA3")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["FAW-001"] });
    expect(outcome("b1")).toEqual({ status: "ACCEPTED", codes: [] });
    expect(outcome("b2")).toEqual({ status: "ACCEPTED", codes: [] });
    expect(outcome("b3")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["FAW-001"] });
    expect(outcome("b4")).toEqual({ status: "REFUSED", codes: ["00036-022", "FAW-001"] });
    expect(outcome("b5")).toEqual({ status: "ACCEPTED_WITH_WARNINGS", codes: ["FAW-001"] });
    expect(views.get("iA1")!.total).toBe("10000.00");
  });

  describe("tenancy", () => {
    it("each declarant sees its own employer's declarations, drafts included, and never the other's", async () => {
      expect(await idsFor("declarantA")).toEqual(idsOf(made.filter((m) => m.employer === "A")));
      expect(await idsFor("declarantB")).toEqual(idsOf(made.filter((m) => m.employer === "B")));
      const query = `query($id: ID!) { wageDeclaration(id: $id) { id status } }`;
      for (const [role, own, other] of [
        ["declarantA", "d1", "b1"],
        ["declarantB", "bd1", "a1"],
      ] as const) {
        const ownAnswer = await api.request<{ wageDeclaration: { id: string; status: string } }>(
          query,
          { id: byKey(own).id },
          tokens[role],
        );
        expect(dataOf(ownAnswer).wageDeclaration).toEqual({ id: byKey(own).id, status: "DRAFT" });
        expect(errorCodes(await api.request(query, { id: byKey(other).id }, tokens[role]))).toEqual(["NOT_FOUND"]);
      }
      // Filtering on the other employer shows nothing either.
      expect(await idsFor("declarantA", { employerId: { eq: fx.employerB } })).toEqual([]);
    });

    it("the back office sees every transmitted declaration but no draft; a draft's id is NOT_FOUND for it", async () => {
      expect(await idsFor("backOffice")).toEqual(idsOf(made.filter((m) => !m.draft)));
      const query = `query($id: ID!) { wageDeclaration(id: $id) { id employer { id } } }`;
      expect(
        dataOf(await api.request<{ wageDeclaration: { id: string } }>(query, { id: byKey("b1").id }, tokens.backOffice))
          .wageDeclaration.id,
      ).toBe(byKey("b1").id);
      expect(errorCodes(await api.request(query, { id: byKey("d1").id }, tokens.backOffice))).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await api.request(query, { id: byKey("bd1").id }, tokens.backOffice))).toEqual(["NOT_FOUND"]);
    });

    it("the worker sees only the transmitted declarations about themself, at every employer", async () => {
      const expected = made.filter((m) => m.workerId === fx.workers.both.id && !m.draft);
      expect(expected.map((m) => m.employer).sort()).toEqual(["A", "A", "A", "B", "B", "B"]);
      expect(await idsFor("worker")).toEqual(idsOf(expected));
      const query = `query($id: ID!) { wageDeclaration(id: $id) { id worker { ssin } } }`;
      const own = dataOf(
        await api.request<{ wageDeclaration: { worker: { ssin: string } } }>(
          query,
          { id: byKey("b2").id },
          tokens.worker,
        ),
      );
      expect(own.wageDeclaration.worker.ssin).toBe(fx.workers.both.ssin);
      expect(errorCodes(await api.request(query, { id: byKey("a1").id }, tokens.worker))).toEqual(["NOT_FOUND"]); // someone else
      expect(errorCodes(await api.request(query, { id: byKey("d2").id }, tokens.worker))).toEqual(["NOT_FOUND"]); // a draft about them
    });

    it("users without Flexi at work see an empty list and NOT_FOUND; without a token it is UNAUTHENTICATED", async () => {
      for (const role of ["noRights", "dimonaOnlyA", "adminA"] as const) {
        const connection = await list(role, { first: 500 });
        expect({ role, totalCount: connection.totalCount, nodes: connection.nodes }).toEqual({
          role,
          totalCount: 0,
          nodes: [],
        });
        expect(
          errorCodes(
            await api.request(
              `query($id: ID!) { wageDeclaration(id: $id) { id } }`,
              { id: byKey("a1").id },
              tokens[role],
            ),
          ),
        ).toEqual(["NOT_FOUND"]);
      }
      expect(errorCodes(await api.request(LIST, {}))).toEqual(["UNAUTHENTICATED"]);
      expect(
        errorCodes(await api.request(`{ wageDeclaration(id: "not-a-uuid") { id } }`, {}, tokens.backOffice)),
      ).toEqual(["NOT_FOUND"]);
    });

    it("submissions follow the same rules: own employer's (drafts included); the back office only transmitted ones", async () => {
      const query = `query($filter: SubmissionFilter) { submissions(filter: $filter, first: 500) { totalCount nodes { id status employer { id } } } }`;
      type Sub = {
        submissions: { totalCount: number; nodes: { id: string; status: string; employer: { id: string } }[] };
      };
      const seen = async (role: Role, filter?: Record<string, unknown>) => {
        const answer = dataOf(await api.request<Sub>(query, { filter }, tokens[role])).submissions;
        expect(answer.totalCount).toBe(answer.nodes.length);
        return sorted(answer.nodes.map((n) => n.id));
      };
      const ids = (list: MadeSubmission[]) => sorted(list.map((s) => s.id));
      expect(await seen("declarantA")).toEqual(ids(submissions.filter((s) => s.employer === "A")));
      expect(await seen("declarantB")).toEqual(ids(submissions.filter((s) => s.employer === "B")));
      expect(await seen("backOffice")).toEqual(ids(submissions.filter((s) => s.submitted)));
      for (const role of ["worker", "noRights", "dimonaOnlyA"] as const) expect(await seen(role)).toEqual([]);
      expect(await seen("declarantA", { status: "DRAFT" })).toEqual([submissionByKey("SA2").id]);
      expect(await seen("backOffice", { employerId: { eq: fx.employerB } })).toEqual([submissionByKey("SB1").id]);
      expect(await seen("declarantA", { employerId: { eq: fx.employerB } })).toEqual([]);

      const one = `query($id: ID!) { submission(id: $id) { id status declarations(first: 500) { totalCount nodes { id } } } }`;
      type One = {
        submission: { id: string; status: string; declarations: { totalCount: number; nodes: { id: string }[] } };
      };
      const sa1 = dataOf(await api.request<One>(one, { id: submissionByKey("SA1").id }, tokens.declarantA)).submission;
      expect(sa1.status).toBe("SUBMITTED");
      expect(sorted(sa1.declarations.nodes.map((n) => n.id))).toEqual(keysIds("a1", "a2", "a3", "a4", "a5"));
      expect(sa1.declarations.totalCount).toBe(5);
      const draftForA = dataOf(
        await api.request<One>(one, { id: submissionByKey("SA2").id }, tokens.declarantA),
      ).submission;
      expect(draftForA.declarations.totalCount).toBe(4);
      expect(
        dataOf(await api.request<One>(one, { id: submissionByKey("SB1").id }, tokens.backOffice)).submission
          .declarations.totalCount,
      ).toBe(5);
      const notFound: [Role, string][] = [
        ["backOffice", "SA2"],
        ["backOffice", "SB2"],
        ["declarantA", "SB1"],
        ["declarantB", "SA1"],
        ["worker", "SB1"],
        ["noRights", "SA1"],
      ];
      for (const [role, key] of notFound) {
        expect({
          role,
          key,
          codes: errorCodes(await api.request(one, { id: submissionByKey(key).id }, tokens[role])),
        }).toEqual({ role, key, codes: ["NOT_FOUND"] });
      }
    });

    it("a submission the caller may not see is not reachable through a declaration's nested field either (docs/architecture.md#tenancy-access-and-errors)", async () => {
      // The worker sees their declaration b2, but not B's submission SB1 (submission(id) is NOT_FOUND for them, test above):
      // its progress would tell them about the other workers' declarations in it.
      const query = `query($id: ID!) { wageDeclaration(id: $id) { id submission { id progress { total refused } } } }`;
      const forWorker = dataOf(
        await api.request<{ wageDeclaration: { submission: unknown } }>(query, { id: byKey("b2").id }, tokens.worker),
      );
      expect(forWorker.wageDeclaration.submission).toBeNull();
      const forDeclarant = dataOf(
        await api.request<{ wageDeclaration: { submission: { id: string; progress: { total: number } } } }>(
          query,
          { id: byKey("b2").id },
          tokens.declarantB,
        ),
      );
      expect(forDeclarant.wageDeclaration.submission).toEqual({
        id: submissionByKey("SB1").id,
        progress: { total: 5, refused: 1 },
      });
    });
  });

  describe("filters", () => {
    const visibleTo = (role: "declarantA" | "backOffice") =>
      made.filter((m) => (role === "declarantA" ? m.employer === "A" : !m.draft));

    it("employerId, workerId and submissionId with eq and in; ids that are not UUIDs match nothing", async () => {
      expect(await idsFor("backOffice", { employerId: { eq: fx.employerB } })).toEqual(
        keysIds("b1", "b2", "b3", "b4", "b5"),
      );
      expect(await idsFor("backOffice", { employerId: { in: [fx.employerA, fx.employerB] } })).toEqual(
        idsOf(visibleTo("backOffice")),
      );
      expect(await idsFor("declarantA", { workerId: { eq: fx.workers.both.id } })).toEqual(
        keysIds("a2", "iA1", "iA2", "d2", "d4"),
      );
      expect(await idsFor("declarantA", { workerId: { in: [fx.workers.both.id, fx.workers.aDay.id] } })).toEqual(
        keysIds("a2", "iA1", "iA2", "d2", "d4", "a5"),
      );
      expect(await idsFor("declarantA", { submissionId: { eq: submissionByKey("SA1").id } })).toEqual(
        keysIds("a1", "a2", "a3", "a4", "a5"),
      );
      expect(
        await idsFor("backOffice", {
          submissionId: { in: [submissionByKey("SA1").id, submissionByKey("SB1").id, submissionByKey("SA2").id] },
        }),
      ).toEqual(keysIds("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5"));
      expect(await idsFor("declarantA", { submissionId: { eq: submissionByKey("SA2").id } })).toEqual(
        keysIds("d1", "d2", "d3", "d4"),
      );
      expect(await idsFor("backOffice", { workerId: { eq: "x' OR 1=1" } })).toEqual([]);
      expect(await idsFor("backOffice", { employerId: { in: ["nope", fx.employerB] } })).toEqual(
        keysIds("b1", "b2", "b3", "b4", "b5"),
      );
    });

    it("ssin with eq (dots and dashes accepted) and in", async () => {
      expect(await idsFor("declarantA", { ssin: { eq: "85.07.30-033.28" } })).toEqual(
        keysIds("a1", "a3", "a4", "iA3", "d1"),
      );
      expect(await idsFor("backOffice", { ssin: { in: [fx.workers.both.ssin, fx.workers.bOnly.ssin] } })).toEqual(
        keysIds("a2", "iA1", "iA2", "b1", "b2", "b3", "b4", "b5"),
      );
      expect(await idsFor("declarantB", { ssin: { eq: fx.workers.aQuarter.ssin } })).toEqual([]);
    });

    it("status with eq and in, drafts only for their employer", async () => {
      expect(await idsFor("backOffice", { status: { eq: "REFUSED" } })).toEqual(keysIds("a4", "b4"));
      expect(await idsFor("declarantA", { status: { in: ["ACCEPTED_WITH_WARNINGS", "DRAFT"] } })).toEqual(
        keysIds("a3", "a5", "iA1", "iA2", "iA3", "d1", "d2", "d3", "d4"),
      );
      expect(await idsFor("backOffice", { status: { eq: "DRAFT" } })).toEqual([]);
      const accepted = await idsFor("declarantA", { status: { eq: "ACCEPTED" } });
      expect(accepted).toEqual(idsOf(made.filter((m) => m.key.startsWith("bulk") || m.key === "a1" || m.key === "a2")));
    });

    it("calculationPeriodOverlaps: a declaration whose period shares a day with the range", async () => {
      expect(
        await idsFor("backOffice", { calculationPeriodOverlaps: { start: "2025-03-15", end: "2025-03-15" } }),
      ).toEqual(keysIds("a3", "b4"));
      expect(
        await idsFor("backOffice", { calculationPeriodOverlaps: { start: "2025-01-31", end: "2025-02-01" } }),
      ).toEqual(keysIds("iA1", "iA3", "b3", "b5"));
      expect(
        await idsFor("declarantA", { calculationPeriodOverlaps: { start: "2025-01-31", end: "2025-02-01" } }),
      ).toEqual(keysIds("iA1", "iA3", "d4"));
      expect(
        await idsFor("backOffice", { calculationPeriodOverlaps: { start: "2025-12-31", end: "2026-01-05" } }),
      ).toEqual(keysIds("iA2"));
    });

    it("calculationPeriodOverlaps: an impossible date or a reversed range is BAD_USER_INPUT with its path under filter", async () => {
      const bad = await api.request(
        LIST,
        { filter: { calculationPeriodOverlaps: { start: "2025-02-30", end: "2025-03-01" } } },
        tokens.declarantA,
      );
      expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(bad.errors![0]!.extensions!.fieldErrors).toEqual([
        expect.objectContaining({ path: ["filter", "calculationPeriodOverlaps", "start"], code: "INVALID_DATE" }),
      ]);
      const reversed = await api.request(
        LIST,
        {
          filter: {
            and: [
              { status: { eq: "ACCEPTED" } },
              { calculationPeriodOverlaps: { start: "2025-03-01", end: "2025-02-01" } },
            ],
          },
        },
        tokens.declarantA,
      );
      expect(errorCodes(reversed)).toEqual(["BAD_USER_INPUT"]);
      expect(reversed.errors![0]!.extensions!.fieldErrors).toEqual([
        expect.objectContaining({
          path: ["filter", "and", 1, "calculationPeriodOverlaps", "end"],
          code: "RANGE_ORDER",
        }),
      ]);
      // Every bad date at once, wherever it is nested.
      const several = await api.request(
        LIST,
        {
          filter: {
            or: [{ calculationPeriodOverlaps: { start: "2025-13-01", end: "2025-01-01" } }],
            not: { calculationPeriodOverlaps: { start: "2025-01-01", end: "2025-04-31" } },
          },
        },
        tokens.backOffice,
      );
      expect(several.errors![0]!.extensions!.fieldErrors!.map((e) => e.path)).toEqual([
        ["filter", "or", 0, "calculationPeriodOverlaps", "start"],
        ["filter", "not", "calculationPeriodOverlaps", "end"],
      ]);
      expect(several.data ?? null).toBeNull();
    });

    it("anomalyCode with eq, in and contains: the anomalies of the newest version", async () => {
      expect(await idsFor("backOffice", { anomalyCode: { eq: "00036-022" } })).toEqual(keysIds("a4", "b4"));
      expect(await idsFor("backOffice", { anomalyCode: { eq: "FAW-001" } })).toEqual(
        keysIds("a3", "iA1", "iA2", "iA3", "b3", "b4", "b5"),
      );
      expect(await idsFor("declarantA", { anomalyCode: { in: ["00036-022", "00024-152"] } })).toEqual(
        keysIds("a4", "a5", "iA2"),
      );
      expect(await idsFor("backOffice", { anomalyCode: { contains: "00024" } })).toEqual(keysIds("a5", "iA2"));
      expect(await idsFor("backOffice", { anomalyCode: { eq: "FAW-002" } })).toEqual([]);
    });

    it("submittedAt with gte and lte; drafts have none", async () => {
      const sb1 = keysIds("b1", "b2", "b3", "b4", "b5");
      expect(await idsFor("backOffice", { submittedAt: { gte: beforeB, lte: afterB } })).toEqual(sb1);
      const later = idsOf(
        made.filter((m) => (m.employer === "B" ? m.key.startsWith("b") && !m.draft : m.key.startsWith("bulk"))),
      );
      expect(await idsFor("declarantA", { submittedAt: { gte: beforeB } })).toEqual(
        idsOf(made.filter((m) => m.key.startsWith("bulk"))),
      );
      expect(await idsFor("backOffice", { submittedAt: { gte: beforeB } })).toEqual(later);
      expect(await idsFor("declarantA", { submittedAt: { lte: beforeB } })).toEqual(
        keysIds("a1", "a2", "a3", "a4", "a5", "iA1", "iA2", "iA3"),
      );
      expect(await idsFor("backOffice", { submittedAt: { gte: afterB, lte: beforeB } })).toEqual([]);
    });

    it("submittedAt: the instant the API shows for a declaration, used as gte and lte, finds that declaration", async () => {
      const shown = (
        await list("declarantB", { filter: { submissionId: { eq: submissionByKey("SB1").id } }, first: 1 })
      ).nodes[0]!.submittedAt!;
      expect(await idsFor("declarantB", { submittedAt: { gte: shown, lte: shown } })).toEqual(
        keysIds("b1", "b2", "b3", "b4", "b5"),
      );
    });

    it("search: worker's name, SSIN start (with or without dots) and payslip reference, case-insensitive and literal", async () => {
      const bothA = keysIds("a2", "iA1", "iA2", "d2", "d4");
      expect(await idsFor("declarantA", { search: "goossens" })).toEqual(bothA);
      expect(await idsFor("declarantA", { search: "  Eva Goo " })).toEqual(bothA);
      const aQuarterA = keysIds("a1", "a3", "a4", "iA3", "d1");
      expect(await idsFor("declarantA", { search: "850730" })).toEqual(aQuarterA);
      expect(await idsFor("declarantA", { search: "85.07.30" })).toEqual(aQuarterA);
      expect(await idsFor("declarantA", { search: "pay-a" })).toEqual(keysIds("a1", "a2"));
      expect(await idsFor("declarantA", { search: "march" })).toEqual(keysIds("a3"));
      expect(await idsFor("declarantB", { search: "PAY-B1" })).toEqual(keysIds("b1"));
      expect(await idsFor("declarantA", { search: "PAY-B1" })).toEqual([]);
      expect(await idsFor("declarantA", { search: "%" })).toEqual([]);
      expect(await idsFor("declarantA", { search: "BULK-_" })).toEqual([]);
      expect(await idsFor("declarantA", { search: "BULK-9" })).toEqual(
        idsOf(made.filter((m) => /^bulk9\d?$/.test(m.key))),
      );
    });

    it("combines with and / or / not, and several fields of one filter are all required", async () => {
      expect(await idsFor("declarantA", { or: [{ status: { eq: "REFUSED" } }, { search: "PAY-A1" }] })).toEqual(
        keysIds("a4", "a1"),
      );
      expect(
        await idsFor("backOffice", { and: [{ employerId: { eq: fx.employerA } }, { anomalyCode: { eq: "FAW-001" } }] }),
      ).toEqual(keysIds("a3", "iA1", "iA2", "iA3"));
      expect(await idsFor("backOffice", { not: { employerId: { eq: fx.employerA } } })).toEqual(
        keysIds("b1", "b2", "b3", "b4", "b5"),
      );
      expect(
        await idsFor("declarantA", {
          workerId: { eq: fx.workers.both.id },
          not: {
            or: [
              { status: { eq: "DRAFT" } },
              { calculationPeriodOverlaps: { start: "2025-01-01", end: "2025-12-31" } },
            ],
          },
        }),
      ).toEqual(keysIds("a2"));
      expect(
        await idsFor("declarantA", { employerId: { eq: fx.employerA }, status: { eq: "ACCEPTED" }, search: "PAY" }),
      ).toEqual(keysIds("a1", "a2"));
      expect(await idsFor("backOffice", { or: [] })).toEqual([]);
      expect(await idsFor("backOffice", { and: [] })).toEqual(idsOf(visibleTo("backOffice")));
    });

    // `not` is the complement of a filter within what the caller sees: each row is in exactly one of F and not F.
    const complements: [string, () => Record<string, unknown>][] = [
      ["employerId", () => ({ employerId: { eq: fx.employerA } })],
      ["ssin", () => ({ ssin: { eq: fx.workers.both.ssin } })],
      ["status", () => ({ status: { in: ["DRAFT", "REFUSED"] } })],
      ["calculationPeriodOverlaps", () => ({ calculationPeriodOverlaps: { start: "2025-01-01", end: "2025-12-31" } })],
      ["anomalyCode", () => ({ anomalyCode: { eq: "FAW-001" } })],
      ["search (rows without a payslip reference)", () => ({ search: "PAY-A" })],
      ["submittedAt (drafts have none)", () => ({ submittedAt: { gte: beforeB } })],
    ];
    it.each(complements)("not is the complement of %s", async (_name, filter) => {
      const all = await idsFor("declarantA");
      const inside = await idsFor("declarantA", filter());
      const outside = await idsFor("declarantA", { not: filter() });
      expect(inside.filter((id) => outside.includes(id))).toEqual([]);
      expect(sorted([...inside, ...outside])).toEqual(all);
    });
  });

  describe("ordering and pagination", () => {
    it("default order is newest first (UPDATED_AT_DESC); many rows share one updatedAt", async () => {
      const byDefault = await list("declarantA", { first: 500 });
      const explicit = await list("declarantA", { first: 500, orderBy: ["UPDATED_AT_DESC"] });
      expect(byDefault.nodes.map((n) => n.id)).toEqual(explicit.nodes.map((n) => n.id));
      const times = byDefault.nodes.map((n) => n.updatedAt);
      expect(times).toEqual([...times].sort().reverse());
      const counts = new Map<string, number>();
      for (const t of times) counts.set(t, (counts.get(t) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(25);
      // The drafts, made last, come first.
      expect(byDefault.nodes.slice(0, 4).map((n) => n.status)).toEqual(["DRAFT", "DRAFT", "DRAFT", "DRAFT"]);
    });

    it("CALCULATION_DATE_ASC and _DESC order by the calculation date", async () => {
      const asc = (await list("declarantA", { first: 500, orderBy: ["CALCULATION_DATE_ASC"] })).nodes.map(
        (n) => n.calculationDate,
      );
      expect(asc).toEqual([...asc].sort());
      expect(asc[0]).toBe("2025-01-31");
      const desc = (await list("backOffice", { first: 500, orderBy: ["CALCULATION_DATE_DESC"] })).nodes.map(
        (n) => n.calculationDate,
      );
      expect(desc).toEqual([...desc].sort().reverse());
      expect(desc[desc.length - 1]).toBe("2025-01-31");
    });

    it("SUBMITTED_AT_ASC puts the drafts (no submittedAt) last, SUBMITTED_AT_DESC first", async () => {
      const drafts = made.filter((m) => m.employer === "A" && m.draft).length;
      const asc = (await list("declarantA", { first: 500, orderBy: ["SUBMITTED_AT_ASC"] })).nodes;
      const ascTimes = asc.slice(0, asc.length - drafts).map((n) => n.submittedAt);
      expect(ascTimes.every((t) => t !== null)).toBe(true);
      expect(ascTimes).toEqual([...ascTimes].sort());
      expect(asc.slice(asc.length - drafts).map((n) => n.submittedAt)).toEqual(Array(drafts).fill(null));
      const desc = (await list("declarantA", { first: 500, orderBy: ["SUBMITTED_AT_DESC"] })).nodes;
      expect(desc.slice(0, drafts).map((n) => n.submittedAt)).toEqual(Array(drafts).fill(null));
      const descTimes = desc.slice(drafts).map((n) => n.submittedAt);
      expect(descTimes).toEqual([...descTimes].sort().reverse());
    });

    it.each([
      [undefined],
      [["CALCULATION_DATE_ASC"]],
      [["CALCULATION_DATE_DESC"]],
      [["SUBMITTED_AT_ASC"]],
      [["SUBMITTED_AT_DESC"]],
    ])("pages of 7 with after return every row once, in the order of one big page (orderBy %j)", async (orderBy) => {
      const big = (await list("declarantA", { first: 500, orderBy })).nodes.map((n) => n.id);
      expect(big.length).toBeGreaterThanOrEqual(100);
      const paged = await pageThrough("declarantA", orderBy, 7);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toEqual(big);
    });

    it("offset pages give the rows of the big page; after and offset together are refused", async () => {
      const big = (await list("declarantA", { first: 500 })).nodes.map((n) => n.id);
      const page = await list("declarantA", { first: 7, offset: 14 });
      expect(page.nodes.map((n) => n.id)).toEqual(big.slice(14, 21));
      expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(page.totalCount).toBe(big.length);
      const last = await list("declarantA", { first: 7, offset: big.length - 3 });
      expect(last.nodes.map((n) => n.id)).toEqual(big.slice(-3));
      expect(last.pageInfo.hasNextPage).toBe(false);
      const both = await api.request(LIST, { first: 7, offset: 7, after: page.pageInfo.endCursor }, tokens.declarantA);
      expect(errorCodes(both)).toEqual(["BAD_USER_INPUT"]);
      expect(both.errors![0]!.extensions!.fieldErrors!.map((e) => e.path)).toEqual([["offset"]]);
    });

    it("first above 500, a negative first, a forged cursor and a cursor of another order are BAD_USER_INPUT", async () => {
      const many = await api.request(LIST, { first: 501 }, tokens.backOffice);
      expect(errorCodes(many)).toEqual(["BAD_USER_INPUT"]);
      expect(many.errors![0]!.extensions!.fieldErrors).toEqual([expect.objectContaining({ path: ["first"] })]);
      expect(errorCodes(await api.request(LIST, { first: -1 }, tokens.backOffice))).toEqual(["BAD_USER_INPUT"]);
      for (const forged of [
        "garbage",
        Buffer.from(JSON.stringify(["2025-01-01T00:00:00Z", "1 OR 1=1"])).toString("base64url"),
        Buffer.from("{}").toString("base64url"),
      ]) {
        const answer = await api.request(LIST, { after: forged }, tokens.backOffice);
        expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
        expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => e.path)).toEqual([["after"]]);
      }
      const cursor = (await list("backOffice", { first: 1 })).pageInfo.endCursor;
      const otherOrder = await api.request(
        LIST,
        { after: cursor, orderBy: ["CALCULATION_DATE_ASC"] },
        tokens.backOffice,
      );
      expect(errorCodes(otherOrder)).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("statements per request (docs/architecture.md#reading-lists)", () => {
    const DESIGN_SELECTION = `worker { ssin firstName lastName dimonaPeriods { periodId } } employer { name } properties { grossWage premiums { amount frequencyMonths } }`;
    const nested = (
      selection: string,
    ) => `query($s: ID!, $first: Int) { wageDeclarations(filter: { submissionId: { eq: $s } }, first: $first) {
      nodes { id ${selection} } } }`;
    type Nested = {
      wageDeclarations: {
        nodes: { worker: { dimonaPeriods: unknown[] }; properties: { premiums: unknown[] }[]; history?: unknown[] }[];
      };
    };

    it("100 declarations with worker, the worker's Dimona periods, employer, properties and amounts: at most 4 statements, viewer included", async () => {
      const variables = { s: submissionByKey("SAbulk").id, first: 100 };
      const answer = await api.request<Nested>(nested(DESIGN_SELECTION), variables, tokens.declarantA);
      const nodes = dataOf(answer).wageDeclarations.nodes;
      expect(nodes).toHaveLength(100);
      expect(nodes.every((n) => n.worker.dimonaPeriods.length === 2)).toBe(true);
      expect(nodes.filter((n) => n.properties[0]!.premiums.length === 1)).toHaveLength(34);
      // the list with its workers and employers joined, the workers' Dimona periods, properties with
      // their amounts (and the viewer, when the cache does not hold it yet)
      expect(answer.extensions!.sqlStatements).toBeLessThanOrEqual(4);
      const ten = await api.request<Nested>(nested(DESIGN_SELECTION), { ...variables, first: 10 }, tokens.declarantA);
      expect(ten.extensions!.sqlStatements).toBe(answer.extensions!.sqlStatements);
    });

    it("with anomalies and history too, one statement more per kind, whatever the length", async () => {
      const selection = `${DESIGN_SELECTION} anomalies { code } history { number }`;
      const variables = { s: submissionByKey("SAbulk").id, first: 100 };
      const answer = await api.request<Nested>(nested(selection), variables, tokens.declarantA);
      expect(dataOf(answer).wageDeclarations.nodes.every((n) => n.history!.length === 1)).toBe(true);
      expect(answer.extensions!.sqlStatements).toBeLessThanOrEqual(6);
      const ten = await api.request<Nested>(nested(selection), { ...variables, first: 10 }, tokens.declarantA);
      expect(ten.extensions!.sqlStatements).toBe(answer.extensions!.sqlStatements);
    });
  });

  describe("declaredWorkers and Worker.latestDeclaration", () => {
    const DECLARED = `query($e: ID!, $first: Int, $after: String) { declaredWorkers(employerId: $e, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id latestDeclaration(employerId: $e) { id status updatedAt employer { id } } } } }`;
    type Declared = {
      declaredWorkers: Connection<{
        id: string;
        latestDeclaration: { id: string; status: string; updatedAt: string; employer: { id: string } } | null;
      }>;
    };

    it("lists the workers with transmitted declarations of the employer, most recently declared first", async () => {
      const answer = await api.request<Declared>(DECLARED, { e: fx.employerA, first: 500 }, tokens.backOffice);
      const nodes = dataOf(answer).declaredWorkers.nodes;
      const expected = new Set(made.filter((m) => m.employer === "A" && !m.draft).map((m) => m.workerId));
      expect(sorted(nodes.map((n) => n.id))).toEqual(sorted([...expected]));
      expect(nodes.map((n) => n.id)).not.toContain(fx.workers.aLater.id); // drafts only
      expect(nodes.map((n) => n.id)).not.toContain(fx.workers.bOnly.id); // another employer's
      // The bulk workers were declared last, aDay first (only in SA1); aQuarter and both last in SAincome.
      expect(sorted(nodes.slice(0, 50).map((n) => n.id))).toEqual(sorted(bulkWorkers.map((w) => w.id)));
      expect(sorted(nodes.slice(50, 52).map((n) => n.id))).toEqual(
        sorted([fx.workers.aQuarter.id, fx.workers.both.id]),
      );
      expect(nodes[52]!.id).toBe(fx.workers.aDay.id);
      const times = nodes.map((n) => n.latestDeclaration!.updatedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(
        nodes.every(
          (n) => n.latestDeclaration!.employer.id === fx.employerA && n.latestDeclaration!.status !== "DRAFT",
        ),
      ).toBe(true);
      // The latest declarations load in one statement for the whole page.
      expect(answer.extensions!.sqlStatements).toBeLessThanOrEqual(5);

      const forDeclarant = dataOf(
        await api.request<Declared>(DECLARED, { e: fx.employerA, first: 500 }, tokens.declarantA),
      ).declaredWorkers;
      expect(forDeclarant.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
      expect(forDeclarant.totalCount).toBe(53);
      const forB = dataOf(
        await api.request<Declared>(DECLARED, { e: fx.employerB, first: 500 }, tokens.declarantB),
      ).declaredWorkers;
      expect(sorted(forB.nodes.map((n) => n.id))).toEqual(sorted([fx.workers.bOnly.id, fx.workers.both.id]));
    });

    it("pages with after: every worker once, in order", async () => {
      const all = dataOf(
        await api.request<Declared>(DECLARED, { e: fx.employerA, first: 500 }, tokens.declarantA),
      ).declaredWorkers.nodes.map((n) => n.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Declared["declaredWorkers"] = dataOf(
          await api.request<Declared>(DECLARED, { e: fx.employerA, first: 7, after }, tokens.declarantA),
        ).declaredWorkers;
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });

    it("another employer is NOT_FOUND, a known one without Flexi at work FORBIDDEN", async () => {
      const codes = async (role: Role, e: string) =>
        errorCodes(await api.request(DECLARED, { e, first: 1 }, tokens[role]));
      expect(await codes("declarantA", fx.employerB)).toEqual(["NOT_FOUND"]);
      expect(await codes("declarantB", fx.employerA)).toEqual(["NOT_FOUND"]);
      expect(await codes("worker", fx.employerA)).toEqual(["NOT_FOUND"]);
      expect(await codes("noRights", fx.employerA)).toEqual(["NOT_FOUND"]);
      expect(await codes("declarantA", "not-a-uuid")).toEqual(["NOT_FOUND"]);
      expect(await codes("dimonaOnlyA", fx.employerA)).toEqual(["FORBIDDEN"]);
      expect(await codes("adminA", fx.employerA)).toEqual(["FORBIDDEN"]);
    });

    it("Worker.latestDeclaration is the newest declaration the caller sees, per employer or over all", async () => {
      const query = `query($id: ID!, $a: ID!, $b: ID!) { worker(id: $id) {
        atA: latestDeclaration(employerId: $a) { id } atB: latestDeclaration(employerId: $b) { id } any: latestDeclaration { id } } }`;
      type Latest = { worker: { atA: { id: string } | null; atB: { id: string } | null; any: { id: string } | null } };
      const newest = async (role: Role, filter: Record<string, unknown>) =>
        (await list(role, { filter, first: 1 })).nodes[0]?.id ?? null;
      const both = fx.workers.both.id;
      for (const role of ["declarantA", "declarantB", "backOffice", "worker"] as const) {
        const answer = dataOf(
          await api.request<Latest>(query, { id: both, a: fx.employerA, b: fx.employerB }, tokens[role]),
        ).worker;
        expect({ role, ...answer }).toEqual({
          role,
          atA: await newest(role, { workerId: { eq: both }, employerId: { eq: fx.employerA } }).then((id) =>
            id ? { id } : null,
          ),
          atB: await newest(role, { workerId: { eq: both }, employerId: { eq: fx.employerB } }).then((id) =>
            id ? { id } : null,
          ),
          any: await newest(role, { workerId: { eq: both } }).then((id) => (id ? { id } : null)),
        });
      }
      const forBackOffice = dataOf(
        await api.request<Latest>(query, { id: both, a: fx.employerA, b: fx.employerB }, tokens.backOffice),
      ).worker;
      expect([byKey("iA1").id, byKey("iA2").id]).toContain(forBackOffice.atA!.id); // SAincome was controlled after SA1
      const forA = dataOf(
        await api.request<Latest>(query, { id: both, a: fx.employerA, b: fx.employerB }, tokens.declarantA),
      ).worker;
      expect(forA.atB).toBeNull();
    });
  });

  describe("flexiIncome", () => {
    const income = async (role: Role, ssin: string, year: number) =>
      dataOf(await api.request<{ flexiIncome: IncomeView }>(INCOME, { ssin, year }, tokens[role])).flexiIncome;
    const share = (e: string, total: string, pending = "0.00") => ({ employer: { id: e }, total, pending });
    const byId = (list: IncomeView["byEmployer"]) =>
      [...list].sort((x, y) => x.employer.id.localeCompare(y.employer.id));

    it("the back office and the worker see all employers against the ceiling; above 18,000.00 in 2025 it is exceeded", async () => {
      // A: 9,000.00 + premium 1,000.00 (February) and 1,000.00 (December, calculated in January 2026); B: 9,000.00. Refused and draft ones do not count.
      const expected: IncomeView = {
        ssin: fx.workers.both.ssin,
        year: 2025,
        total: "20000.00",
        pending: "0.00",
        pensionerTotal: "0.00",
        ceiling: "18000.00",
        remaining: "0.00",
        exceeded: true,
        byEmployer: byId([share(fx.employerA, "11000.00"), share(fx.employerB, "9000.00")]),
      };
      for (const role of ["backOffice", "worker"] as const) {
        const seen = await income(role, fx.workers.both.ssin, 2025);
        expect({ role, ...seen, byEmployer: byId(seen.byEmployer) }).toEqual({ role, ...expected });
      }
    });

    it("exactly the ceiling is not exceeded; the remaining amount is the ceiling minus the total", async () => {
      const seen = await income("backOffice", fx.workers.bOnly.ssin, 2025);
      expect(seen).toMatchObject({ total: "18000.00", ceiling: "18000.00", remaining: "0.00", exceeded: false });
      const quarter = await income("backOffice", fx.workers.aQuarter.ssin, 2025);
      expect(quarter).toMatchObject({ total: "1000.00", ceiling: "18000.00", remaining: "17000.00", exceeded: false });
    });

    it("a declaration counts in the calendar year of its calculation period", async () => {
      const year = yearOf(todayInBrussels());
      const seen = await income("backOffice", fx.workers.both.ssin, year);
      expect({ total: seen.total, pending: seen.pending, byEmployer: byId(seen.byEmployer) }).toEqual({
        total: "450.00",
        pending: "0.00",
        byEmployer: byId([share(fx.employerA, "200.00"), share(fx.employerB, "250.00")]),
      });
      const before = await income("backOffice", fx.workers.both.ssin, 2024);
      expect(before).toMatchObject({
        total: "0.00",
        pending: "0.00",
        byEmployer: [],
        ceiling: "12000.00",
        exceeded: false,
      });
    });

    it("an employer sees only its own share, without ceiling, remaining or exceeded", async () => {
      expect(await income("declarantA", fx.workers.both.ssin, 2025)).toEqual({
        ssin: fx.workers.both.ssin,
        year: 2025,
        total: "11000.00",
        pending: "0.00",
        pensionerTotal: "0.00",
        ceiling: null,
        remaining: null,
        exceeded: null,
        byEmployer: [share(fx.employerA, "11000.00")],
      });
      expect(await income("declarantB", fx.workers.both.ssin, 2025)).toMatchObject({
        total: "9000.00",
        ceiling: null,
        remaining: null,
        exceeded: null,
        byEmployer: [share(fx.employerB, "9000.00")],
      });
    });

    it("pay for calculation periods starting on or after pensionerFrom counts in pensionerTotal, not toward the ceiling", async () => {
      const db = api.database.db;
      try {
        // March 2025 (300.00) starts on the pension date; January (700.00) before it.
        await db.query(sql`UPDATE worker SET pensioner_from = '2025-03-01' WHERE id = ${fx.workers.aQuarter.id}`);
        expect(await income("backOffice", fx.workers.aQuarter.ssin, 2025)).toMatchObject({
          total: "700.00",
          pensionerTotal: "300.00",
          remaining: "17300.00",
          exceeded: false,
        });
        expect(await income("declarantA", fx.workers.aQuarter.ssin, 2025)).toMatchObject({
          total: "700.00",
          pensionerTotal: "300.00",
          ceiling: null,
        });
        await db.query(sql`UPDATE worker SET pensioner_from = '2025-03-02' WHERE id = ${fx.workers.aQuarter.id}`);
        expect(await income("backOffice", fx.workers.aQuarter.ssin, 2025)).toMatchObject({
          total: "1000.00",
          pensionerTotal: "0.00",
        });
        await db.query(sql`UPDATE worker SET pensioner_from = '2025-01-01' WHERE id = ${fx.workers.aQuarter.id}`);
        expect(await income("backOffice", fx.workers.aQuarter.ssin, 2025)).toMatchObject({
          total: "0.00",
          pensionerTotal: "1000.00",
          remaining: "18000.00",
        });
      } finally {
        await db.query(sql`UPDATE worker SET pensioner_from = NULL WHERE id = ${fx.workers.aQuarter.id}`);
      }
    });

    it("a bad check digit is BAD_USER_INPUT at [ssin]; an unknown SSIN or a worker the caller may not see is NOT_FOUND", async () => {
      const bad = await api.request(INCOME, { ssin: "85073003329", year: 2025 }, tokens.backOffice);
      expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(bad.errors![0]!.extensions!.fieldErrors).toEqual([
        expect.objectContaining({ path: ["ssin"], code: "INVALID_CHECK_DIGIT" }),
      ]);
      const codes = async (role: Role, ssin: string) =>
        errorCodes(await api.request(INCOME, { ssin, year: 2025 }, tokens[role]));
      expect(await codes("backOffice", makeSsin("1970-01-01", 5))).toEqual(["NOT_FOUND"]);
      expect(await codes("declarantA", fx.workers.bOnly.ssin)).toEqual(["NOT_FOUND"]);
      expect(await codes("declarantB", fx.workers.aQuarter.ssin)).toEqual(["NOT_FOUND"]);
      expect(await codes("worker", fx.workers.aQuarter.ssin)).toEqual(["NOT_FOUND"]);
      expect(await codes("noRights", fx.workers.both.ssin)).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await api.request(INCOME, { ssin: fx.workers.both.ssin, year: 2025 }))).toEqual([
        "UNAUTHENTICATED",
      ]);
    });
  });
});

describe("flexiIncome of pending declarations (controls run by hand)", () => {
  let api: TestApi;
  let fx: Fixtures;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    api = await startTestApi({ controls: false });
    fx = await loadFixtures(api.database.db);
    for (const role of ["declarantA", "declarantB", "backOffice", "worker"] as const)
      tokens[role] = await api.signIn(fx.logins[role], FIXTURE_PASSWORD);
    const a = await createSubmission(api, tokens.declarantA, fx.employerA);
    await addDeclaration(api, tokens.declarantA, a, declarationInput(fx.workers.both.id, wage("120.00")));
    await addDeclaration(
      api,
      tokens.declarantA,
      a,
      declarationInput(fx.workers.both.id, { ...month2025(2), ...wage("80.00") }),
    );
    await submit(api, tokens.declarantA, a);
    const b = await createSubmission(api, tokens.declarantB, fx.employerB);
    await addDeclaration(api, tokens.declarantB, b, declarationInput(fx.workers.both.id, wage("30.00", "058")));
    await submit(api, tokens.declarantB, b);
    // A draft does not count as pending.
    const draft = await createSubmission(api, tokens.declarantA, fx.employerA);
    await addDeclaration(api, tokens.declarantA, draft, declarationInput(fx.workers.both.id, wage("999.00")));
  }, 30_000);
  afterAll(() => api?.close());

  const income = async (role: Role, year: number) =>
    dataOf(await api.request<{ flexiIncome: IncomeView }>(INCOME, { ssin: fx.workers.both.ssin, year }, tokens[role]))
      .flexiIncome;
  const byId = (list: IncomeView["byEmployer"]) => [...list].sort((x, y) => x.employer.id.localeCompare(y.employer.id));

  it("pending declarations count in pending until their controls accept them, then in total", async () => {
    const year = yearOf(todayInBrussels());
    const pendingIds = await api.request<{ wageDeclarations: { totalCount: number } }>(
      `{ wageDeclarations(filter: { status: { eq: PENDING } }) { totalCount } }`,
      {},
      tokens.backOffice,
    );
    expect(dataOf(pendingIds).wageDeclarations.totalCount).toBe(3);

    const now = await income("backOffice", year);
    expect({ total: now.total, pending: now.pending, byEmployer: byId(now.byEmployer) }).toEqual({
      total: "0.00",
      pending: "150.00",
      byEmployer: byId([
        { employer: { id: fx.employerA }, total: "0.00", pending: "120.00" },
        { employer: { id: fx.employerB }, total: "0.00", pending: "30.00" },
      ]),
    });
    expect(await income("worker", 2025)).toMatchObject({ total: "0.00", pending: "80.00" });
    expect(await income("declarantA", year)).toMatchObject({
      pending: "120.00",
      byEmployer: [{ employer: { id: fx.employerA }, total: "0.00", pending: "120.00" }],
    });
    expect(await income("declarantB", year)).toMatchObject({
      pending: "30.00",
      byEmployer: [{ employer: { id: fx.employerB }, total: "0.00", pending: "30.00" }],
    });

    const versions = await api.database.db.query<{ id: string }>(
      sql`SELECT id FROM declaration_version WHERE status = 'PENDING'`,
    );
    expect(
      (
        await runControls(
          api.database.db,
          versions.map((v) => v.id),
        )
      ).controlled,
    ).toBe(3);
    expect(await income("backOffice", year)).toMatchObject({ total: "150.00", pending: "0.00" });
    expect(await income("backOffice", 2025)).toMatchObject({ total: "80.00", pending: "0.00" });
  });
});
