/**
 * The guide's whole workflow through GraphQL, as an employer does it in the wizard:
 * period, flexi-jobbers with a Dimona, the form for two workers, the overview with edit and
 * delete, transmit, the confirmation, PENDING then ACCEPTED on a subscription, the e-Box; then
 * modify, delete, and a refused modification that leaves the earlier version in force.
 */
import type { Client } from "graphql-ws";
import { startTestApi, eventually, type TestApi } from "../../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  readDeclaration,
  recentPeriod,
  rowCounts,
} from "../../test/declarations";
import { addDays, yearOf } from "../../domain/dates";
import { sql } from "../../db/sql";

interface StatusEventView {
  cursor: string;
  from: string | null;
  to: string;
  declaration: { id: string; status: string };
}

/** Collects the status events a subscriber receives. */
function watchStatus(client: Client, variables: Record<string, unknown> = {}) {
  const events: StatusEventView[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<{ declarationStatusChanged: StatusEventView }>(
    {
      query: `subscription($employerId: ID, $declarationId: ID, $after: String) {
        declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) {
          cursor from to declaration { id status } } }`,
      variables,
    },
    {
      next: (result) => {
        if (result.data) events.push(result.data.declarationStatusChanged);
        if (result.errors) errors.push(...result.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { events, errors, stop };
}

const EBOX = `query { eboxMessages { unreadCount nodes { type subject body declaration { id } } } }`;
interface EboxView {
  eboxMessages: {
    unreadCount: number;
    nodes: { type: string; subject: string; body: string; declaration: { id: string } | null }[];
  };
}

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

describe("the employer's wizard, end to end", () => {
  let first: string;
  let second: string;

  it("steps 1-7: period, flexi-jobbers, form, overview with edit and delete, transmit, confirmation, accepted live, e-Box", async () => {
    const period = recentPeriod();

    // Steps 1-2: the period and the flexi-jobbers with a Dimona in it.
    const jobbers = await api.request<{ flexiJobbers: { id: string }[] }>(
      `query($e: ID!, $from: Date!, $to: Date!) { flexiJobbers(employerId: $e, from: $from, to: $to) { id } }`,
      { e: fx.employerA, from: period.start, to: period.end },
      token,
    );
    const ids = jobbers.data!.flexiJobbers.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining([fx.workers.aQuarter.id, fx.workers.both.id]));
    const submissionId = await createSubmission(api, token, fx.employerA);

    // Step 3: the form, for two workers; the first with two properties and premiums of frequency 0, 1, 6 and 12.
    const validityStart = period.start;
    const validityEnd = period.start; // the "validity differs" tick: one day inside the calculation period
    first = await addDeclaration(
      api,
      token,
      submissionId,
      declarationInput(fx.workers.aQuarter.id, {
        payslipReference: "SLIP-001",
        properties: [
          {
            employerClass: "017",
            workerType: "BLUE_COLLAR_050",
            grossWage: "1234.56",
            premiums: [
              { amount: "50", frequencyMonths: 0 },
              { amount: "20.5", frequencyMonths: 1 },
            ],
          },
          {
            employerClass: "017",
            workerType: "WHITE_COLLAR_450",
            validity: { start: validityStart, end: validityEnd },
            premiums: [
              { amount: "300.00", frequencyMonths: 6 },
              { amount: "600", frequencyMonths: 12 },
            ],
          },
        ],
      }),
    );
    second = await addDeclaration(
      api,
      token,
      submissionId,
      declarationInput(fx.workers.both.id, {
        properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "100" }],
      }),
    );
    const extra = await addDeclaration(api, token, submissionId, declarationInput(fx.workers.aDay.id));

    // Step 4: the overview; pencil on the second, bin on the extra one.
    const edited = await api.request<{ updateDraftDeclaration: { status: string; total: string; version: number } }>(
      `mutation($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { status total version } }`,
      {
        id: second,
        input: declarationInput(fx.workers.both.id, {
          properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "180.25" }],
        }),
      },
      token,
    );
    expect(edited.data?.updateDraftDeclaration).toEqual({ status: "DRAFT", total: "180.25", version: 2 });
    const removed = await api.request<{ removeDraftDeclaration: string }>(
      `mutation($id: ID!) { removeDraftDeclaration(id: $id) }`,
      { id: extra },
      token,
    );
    expect(removed.data?.removeDraftDeclaration).toBe(extra);
    const overview = await api.request<{
      submission: {
        status: string;
        declarations: { totalCount: number; nodes: { id: string; status: string; total: string }[] };
      };
    }>(
      `query($id: ID!) { submission(id: $id) { status declarations { totalCount nodes { id status total } } } }`,
      { id: submissionId },
      token,
    );
    expect(overview.data?.submission.status).toBe("DRAFT");
    expect(overview.data?.submission.declarations.nodes.map((d) => d.id).sort()).toEqual([first, second].sort());
    expect(overview.data?.submission.declarations.nodes.find((d) => d.id === first)?.total).toBe("2205.06");

    // Drafts are the employer's own: the back office does not see them.
    const agent = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
    const hidden = await api.request(`query($id: ID!) { wageDeclaration(id: $id) { id } }`, { id: first }, agent);
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // Steps 5-6: transmit, with a subscriber watching; the confirmation shows the reference.
    // From the start of the log (`after: "0"`): no race between subscribing and transmitting.
    const watcher = watchStatus(api.wsClient(token), { employerId: fx.employerA, after: "0" });
    const transmitted = await api.request<{
      submitSubmission: { status: string; reference: string; submittedAt: string };
    }>(
      `mutation($id: ID!) { submitSubmission(id: $id, idempotencyKey: "wizard-1") { status reference submittedAt } }`,
      { id: submissionId },
      token,
    );
    expect(transmitted.data?.submitSubmission.status).toBe("SUBMITTED");
    expect(transmitted.data?.submitSubmission.reference).toMatch(/^FAW-\d{4}-\d{8}$/);

    // Step 7: pending, then accepted, live.
    await eventually(
      async () => (watcher.events.filter((e) => e.to === "ACCEPTED").length === 2 ? true : undefined),
      10_000,
      "two ACCEPTED events",
    );
    for (const id of [first, second]) {
      expect(watcher.events.filter((e) => e.declaration.id === id).map((e) => [e.from, e.to])).toEqual([
        ["DRAFT", "PENDING"],
        ["PENDING", "ACCEPTED"],
      ]);
    }
    expect(watcher.errors).toEqual([]);
    const cursors = watcher.events.map((e) => Number(e.cursor));
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);

    const firstView = await readDeclaration(api, token, first);
    expect(firstView).toMatchObject({
      status: "ACCEPTED",
      kind: "ORIGINAL",
      total: "2205.06",
      anomalies: [],
      inForce: { number: 1, status: "ACCEPTED" },
    });
    expect(firstView.properties).toEqual([
      expect.objectContaining({
        employerClass: "017",
        workerType: "BLUE_COLLAR_050",
        grossWage: "1234.56",
        premiums: [
          { amount: "50.00", frequencyMonths: 0 },
          { amount: "20.50", frequencyMonths: 1 },
        ],
      }),
      expect.objectContaining({
        employerClass: "017",
        workerType: "WHITE_COLLAR_450",
        grossWage: null,
        validity: { start: validityStart, end: validityEnd },
        premiums: [
          { amount: "300.00", frequencyMonths: 6 },
          { amount: "600.00", frequencyMonths: 12 },
        ],
      }),
    ]);

    // The e-Box: one message per declaration, in the reader's language (employer A speaks Dutch).
    const ebox = await api.request<EboxView>(EBOX, {}, token);
    const accepted = ebox.data!.eboxMessages.nodes.filter((m) => m.type === "DECLARATION_ACCEPTED");
    expect(accepted.map((m) => m.declaration?.id).sort()).toEqual([first, second].sort());
    expect(accepted.find((m) => m.declaration?.id === first)?.subject).toContain("Aerts");
    expect(ebox.data!.eboxMessages.unreadCount).toBe(2);

    // The guide's home overview lists both workers.
    const home = await api.request<{
      declaredWorkers: { nodes: { id: string; latestDeclaration: { id: string; status: string } }[] };
    }>(
      `query($e: ID!) { declaredWorkers(employerId: $e) { nodes { id latestDeclaration(employerId: $e) { id status } } } }`,
      { e: fx.employerA },
      token,
    );
    expect(home.data?.declaredWorkers.nodes.map((w) => w.latestDeclaration.id).sort()).toEqual([first, second].sort());
    watcher.stop();
  });

  it("modify: a new version, accepted again, with a message; history lists both versions", async () => {
    const before = await readDeclaration(api, token, first);
    const modified = await api.request<{ modifyDeclaration: { status: string; kind: string; version: number } }>(
      `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { status kind version } }`,
      {
        id: first,
        v: before.version,
        input: declarationInput(fx.workers.aQuarter.id, {
          payslipReference: "SLIP-001",
          properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "1500.00" }],
        }),
      },
      token,
    );
    expect(modified.data?.modifyDeclaration).toEqual({
      status: "PENDING",
      kind: "MODIFICATION",
      version: before.version + 1,
    });
    const after = await controlled(api, token, first);
    expect(after).toMatchObject({
      status: "ACCEPTED",
      kind: "MODIFICATION",
      total: "1500.00",
      inForce: { number: 2, total: "1500.00" },
    });
    expect(after.history.map((v) => [v.number, v.kind, v.status])).toEqual([
      [1, "ORIGINAL", "ACCEPTED"],
      [2, "MODIFICATION", "ACCEPTED"],
    ]);
    const ebox = await api.request<EboxView>(EBOX, {}, token);
    expect(
      ebox.data!.eboxMessages.nodes.filter((m) => m.type === "MODIFICATION_PROCESSED" && m.declaration?.id === first),
    ).toHaveLength(1);
  });

  it("a stale expectedVersion is CONFLICT and changes nothing", async () => {
    const current = await readDeclaration(api, token, first);
    const counts = await rowCounts(api.database.db);
    const answer = await api.request(
      `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
      { id: first, v: current.version - 1, input: declarationInput(fx.workers.aQuarter.id) },
      token,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const deleted = await api.request(
      `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { id } }`,
      { id: first, v: current.version + 1 },
      token,
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await rowCounts(api.database.db)).toEqual(counts);
    expect(await readDeclaration(api, token, first)).toEqual(current);
  });

  it("a refused modification leaves the earlier version in force, and in flexiIncome", async () => {
    const year = yearOf(recentPeriod().start);
    const incomeQuery = `query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { total pending byEmployer { employer { id } total } ceiling } }`;
    const income = await api.request<{
      flexiIncome: { total: string; byEmployer: { total: string }[]; ceiling: string | null };
    }>(incomeQuery, { ssin: fx.workers.aQuarter.ssin, year }, token);
    expect(income.data?.flexiIncome).toMatchObject({
      total: "1500.00",
      ceiling: null,
      byEmployer: [{ employer: { id: fx.employerA }, total: "1500.00" }],
    });

    const current = await readDeclaration(api, token, first);
    // Employer class 058 is not one of employer A's: 00036-022 refuses the modification.
    await api.request(
      `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
      {
        id: first,
        v: current.version,
        input: declarationInput(fx.workers.aQuarter.id, {
          properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "9000" }],
        }),
      },
      token,
    );
    const refused = await controlled(api, token, first);
    expect(refused).toMatchObject({ status: "REFUSED", total: "9000.00", inForce: { number: 2, total: "1500.00" } });
    expect(refused.anomalies.map((a) => [a.code, a.severity, a.path])).toEqual([
      ["00036-022", "BLOCKING", "properties.0.employerClass"],
    ]);

    const afterIncome = await api.request<{ flexiIncome: { total: string } }>(
      incomeQuery,
      { ssin: fx.workers.aQuarter.ssin, year },
      token,
    );
    expect(afterIncome.data?.flexiIncome.total).toBe("1500.00");
    const ebox = await api.request<EboxView>(EBOX, {}, token);
    expect(
      ebox.data!.eboxMessages.nodes.filter((m) => m.type === "DECLARATION_REFUSED" && m.declaration?.id === first),
    ).toHaveLength(1);
  });

  it("delete: a cancellation, CANCELLED after the controls, nothing in force, with a message", async () => {
    const current = await readDeclaration(api, token, second);
    const deleted = await api.request<{ deleteDeclaration: { status: string; kind: string } }>(
      `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { status kind } }`,
      { id: second, v: current.version },
      token,
    );
    expect(deleted.data?.deleteDeclaration).toEqual({ status: "PENDING", kind: "CANCELLATION" });
    const after = await controlled(api, token, second);
    expect(after).toMatchObject({ status: "CANCELLED", kind: "CANCELLATION", inForce: null, total: "180.25" });
    const ebox = await api.request<EboxView>(EBOX, {}, token);
    expect(
      ebox.data!.eboxMessages.nodes.filter((m) => m.type === "DELETION_PROCESSED" && m.declaration?.id === second),
    ).toHaveLength(1);
    // A cancelled declaration is final.
    const again = await api.request(
      `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { id } }`,
      { id: second, v: after.version },
      token,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
  });
});

describe("submitting", () => {
  it("the same idempotency key twice gives one submission; another key is INVALID_STATE; an empty submission is BAD_USER_INPUT", async () => {
    const empty = await createSubmission(api, token, fx.employerA);
    const counts = await rowCounts(api.database.db);
    const nothing = await api.request(
      `mutation($id: ID!) { submitSubmission(id: $id, idempotencyKey: "empty") { id } }`,
      { id: empty },
      token,
    );
    expect(nothing.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: ["id"], code: "REQUIRED" }],
    });
    expect(await rowCounts(api.database.db)).toEqual(counts);

    const submissionId = await createSubmission(api, token, fx.employerA);
    const declared = await addDeclaration(
      api,
      token,
      submissionId,
      declarationInput(fx.workers.aQuarter.id, { calculationDate: addDays(recentPeriod().calculationDate, 0) }),
    );
    const send = (key: string) =>
      api.request<{ submitSubmission: { id: string; reference: string } }>(
        `mutation($id: ID!, $key: String!) { submitSubmission(id: $id, idempotencyKey: $key) { id reference } }`,
        { id: submissionId, key },
        token,
      );
    const [a, b] = await Promise.all([send("same-key"), send("same-key")]);
    expect(a.data?.submitSubmission).toEqual(b.data?.submitSubmission);
    await controlled(api, token, declared); // the controls' writes are not the retry's
    const afterFirst = await rowCounts(api.database.db);
    const c = await send("same-key");
    expect(c.data?.submitSubmission).toEqual(a.data?.submitSubmission);
    expect(await rowCounts(api.database.db)).toEqual(afterFirst);
    const events = await api.database.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM status_event e JOIN wage_declaration d ON d.id = e.declaration_id WHERE d.submission_id = ${submissionId} AND e.to_status = 'PENDING'`,
    );
    expect(events[0]!.n).toBe(1);
    const other = await send("other-key");
    expect(other.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    // A discarded draft submission disappears; a transmitted one cannot be discarded.
    const discardSent = await api.request(
      `mutation($id: ID!) { discardSubmission(id: $id) }`,
      { id: submissionId },
      token,
    );
    expect(discardSent.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    const discarded = await api.request<{ discardSubmission: string }>(
      `mutation($id: ID!) { discardSubmission(id: $id) }`,
      { id: empty },
      token,
    );
    expect(discarded.data?.discardSubmission).toBe(empty);
  });

  it("another employer's submission and declarations are NOT_FOUND", async () => {
    const submissionId = await createSubmission(api, token, fx.employerA);
    const tokenB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    const counts = await rowCounts(api.database.db);
    for (const [query, variables] of [
      [`mutation($id: ID!) { submitSubmission(id: $id, idempotencyKey: "x") { id } }`, { id: submissionId }],
      [`mutation($id: ID!) { discardSubmission(id: $id) }`, { id: submissionId }],
      [`query($id: ID!) { submission(id: $id) { id } }`, { id: submissionId }],
    ] as const) {
      const answer = await api.request(query, variables, tokenB);
      expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect(await rowCounts(api.database.db)).toEqual(counts);
  });
});
