/**
 * Every back-office read of a worker's pay is audited (access/income-reads.ts):
 * through the declarations list, one declaration and its versions, the grouped totals, the
 * ceiling alerts, over HTTP and in a subscription's events; one `readIncome` entry per worker
 * and operation. Reads that show no pay, and the declarants' own reads, leave none. An answer
 * whose entries cannot be written is withheld.
 */
import type { GraphQLObjectType } from "graphql";
import { sql } from "../db/sql";
import { buildFlexiSchema } from "../graphql/schema";
import { IncomeReads, unauditedReaders } from "./income-reads";
import { errorCodes, eventually, startTestApi, type TestApi } from "../test/api";
import { addDeclaration, createSubmission, declarationInput, submit } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

let api: TestApi;
let fx: Fixtures;
const tokens: Record<"office" | "declarant", string> = { office: "", declarant: "" };
let declarationId: string;
let submissionId: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  tokens.office = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  tokens.declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  submissionId = await createSubmission(api, tokens.declarant, fx.employerA);
  declarationId = await addDeclaration(api, tokens.declarant, submissionId, declarationInput(fx.workers.aQuarter.id));
  await addDeclaration(api, tokens.declarant, submissionId, declarationInput(fx.workers.both.id));
  await submit(api, tokens.declarant, submissionId);
});
afterAll(() => api.close());

/** The readIncome entries written since `since`, as [operation, worker id], sorted. */
async function readsSince(since: Date): Promise<[string | null, string][]> {
  const rows = await api.database.db.query<{ reason: string | null; entityId: string }>(sql`
    SELECT reason, entity_id AS "entityId" FROM audit_entry
    WHERE action = 'readIncome' AND entity_type = 'Worker' AND at >= ${since}
      AND actor_id = (SELECT id FROM app_user WHERE login = ${fx.logins.backOffice})
    ORDER BY reason, entity_id`);
  return rows.map((r) => [r.reason, r.entityId]);
}

const both = () => [fx.workers.aQuarter.id, fx.workers.both.id].sort();

async function audited(
  query: string,
  variables: Record<string, unknown>,
  token = tokens.office,
): Promise<[string | null, string][]> {
  const since = (await api.database.db.one<{ now: Date }>(sql`SELECT clock_timestamp() AS now`))!.now;
  const answer = await api.request(query, variables, token);
  expect(answer.errors).toBeUndefined();
  return readsSince(since);
}

it("the review queue's list with totals: one entry per worker shown, named after the operation", async () => {
  const reads = await audited(
    `query Queue($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { id total } } }`,
    { s: submissionId },
  );
  expect(reads).toEqual(both().map((id) => ["Queue", id]));
});

it("a list without pay (status, worker names) leaves no entry", async () => {
  expect(
    await audited(
      `query($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { status worker { lastName } } } }`,
      { s: submissionId },
    ),
  ).toEqual([]);
});

it("one declaration's properties, versions and in-force version are the worker's pay too", async () => {
  for (const selection of [
    "properties { grossWage }",
    "history { number total }",
    "inForce { number }",
    "history { properties { premiums { amount } } }",
  ]) {
    const reads = await audited(`query One($id: ID!) { wageDeclaration(id: $id) { ${selection} } }`, {
      id: declarationId,
    });
    expect([selection, reads]).toEqual([selection, [["One", fx.workers.aQuarter.id]]]);
  }
});

it("totals: by worker, each worker; a group of one worker's declarations, that worker; a group of several, every one of them", async () => {
  const totals = `query Totals($g: [DeclarationTotalsGroup!]!, $f: WageDeclarationFilter) { wageDeclarationTotals(groupBy: $g, filter: $f) { count total } }`;
  expect(await audited(totals, { g: ["WORKER"], f: { submissionId: { eq: submissionId } } })).toEqual(
    both().map((id) => ["Totals", id]),
  );
  expect(await audited(totals, { g: ["STATUS"], f: { workerId: { eq: fx.workers.both.id } } })).toEqual([
    ["Totals", fx.workers.both.id],
  ]);
  // A sum over several workers shows each one's pay to whoever also reads the sum without them.
  expect(await audited(totals, { g: ["EMPLOYER"], f: { submissionId: { eq: submissionId } } })).toEqual(
    both().map((id) => ["Totals", id]),
  );
  expect(await audited(totals, { g: ["MONTH", "STATUS"], f: { submissionId: { eq: submissionId } } })).toEqual(
    both().map((id) => ["Totals", id]),
  );
  expect(await audited(`query { wageDeclarationTotals(groupBy: [WORKER]) { count } }`, {})).toEqual([]);
  expect(await audited(`query { wageDeclarationTotals(groupBy: [EMPLOYER]) { count employer { id } } }`, {})).toEqual(
    [],
  );
});

it("totals: only the workers of the groups shown", async () => {
  // Another employer's declaration, of a third worker: outside the filtered groups, it is not read.
  const ofB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
  const otherSubmission = await createSubmission(api, ofB, fx.employerB);
  await addDeclaration(api, ofB, otherSubmission, declarationInput(fx.workers.bOnly.id));
  await submit(api, ofB, otherSubmission);
  const totals = `query Totals($f: WageDeclarationFilter) { wageDeclarationTotals(groupBy: [EMPLOYER], filter: $f) { total } }`;
  expect(await audited(totals, { f: { employerId: { eq: fx.employerA } } })).toEqual(
    both().map((id) => ["Totals", id]),
  );
  expect(await audited(totals, {})).toEqual([...both(), fx.workers.bOnly.id].sort().map((id) => ["Totals", id]));
});

it("ceiling alerts with their total", async () => {
  await api.database.db.query(
    sql`INSERT INTO ceiling_alert (worker_id, year, total_cents, ceiling_cents) VALUES (${fx.workers.both.id}, 2025, 1900000, 1800000)`,
  );
  expect(await audited(`query Alerts { ceilingAlerts { nodes { year total } } }`, {})).toEqual([
    ["Alerts", fx.workers.both.id],
  ]);
  expect(await audited(`query { ceilingAlerts { nodes { year worker { ssin } } } }`, {})).toEqual([]);
});

it("compiles the queries of readers who are not audited without the pay fields' wrappers", async () => {
  const schema = await buildFlexiSchema();
  const total = (schema.getType("WageDeclaration") as GraphQLObjectType).getFields().total!;
  const wrapper = total.resolve;
  expect(wrapper).toBeDefined();
  const readers = unauditedReaders(schema);
  expect(readers.appliesTo({})).toBe(true);
  expect(readers.appliesTo({ incomeReads: new IncomeReads() })).toBe(false);
  // A plain property again while compiling: graphql-jit reads it inline.
  expect(readers.compile(() => total.resolve)).toBeUndefined();
  expect(total.resolve).toBe(wrapper);
  expect(() =>
    readers.compile(() => {
      throw new Error("compilation failed");
    }),
  ).toThrow("compilation failed");
  expect(total.resolve).toBe(wrapper);
});

it("the declarant reading its own declarations leaves no entry", async () => {
  expect(
    await audited(
      `query($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { total properties { grossWage } } } }`,
      { s: submissionId },
      tokens.declarant,
    ),
  ).toEqual([]);
});

it("the same query text, read first by the declarant (compiled without the audit), is still audited for the back office", async () => {
  const query = `query Shared($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { total } } }`;
  expect(await audited(query, { s: submissionId }, tokens.declarant)).toEqual([]);
  expect(await audited(query, { s: submissionId })).toEqual(both().map((id) => ["Shared", id]));
  expect(await audited(query, { s: submissionId }, tokens.declarant)).toEqual([]);
});

it("a subscription's events that show pay are audited as they are sent", async () => {
  const since = (await api.database.db.one<{ now: Date }>(sql`SELECT clock_timestamp() AS now`))!.now;
  const events: unknown[] = [];
  // From the start of the log: the declaration's transmission (DRAFT -> PENDING) comes at once.
  const stop = api.wsClient(tokens.office).subscribe(
    {
      query: `subscription Watch($d: ID!) { declarationStatusChanged(declarationId: $d, after: "0") { to declaration { total } } }`,
      variables: { d: declarationId },
      operationName: "Watch",
    },
    { next: (event) => void events.push(event), error: () => undefined, complete: () => undefined },
  );
  try {
    await eventually(async () => (events.length > 0 ? true : undefined), 5_000, "the event");
    expect(events[0]).toEqual({
      data: { declarationStatusChanged: { to: "PENDING", declaration: { total: expect.any(String) } } },
    });
    expect(await readsSince(since)).toEqual([["Watch", fx.workers.aQuarter.id]]);
  } finally {
    stop();
  }
});

it("withholds an answer whose entries cannot be written", async () => {
  await api.database.db.query(sql`ALTER TABLE audit_entry RENAME TO audit_entry_away`);
  try {
    const answer = await api.request(
      `query($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { total } } }`,
      { s: submissionId },
      tokens.office,
    );
    expect(answer.data).toBeUndefined();
    expect(errorCodes(answer)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(JSON.stringify(answer)).not.toMatch(/\d+,\d\d|\d+\.\d\d/); // no amount
    // A read without pay is not held back.
    expect(
      (
        await api.request(
          `query($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { status } } }`,
          { s: submissionId },
          tokens.office,
        )
      ).errors,
    ).toBeUndefined();
  } finally {
    await api.database.db.query(sql`ALTER TABLE audit_entry_away RENAME TO audit_entry`);
  }
});

it("the audit trail tells the reads apart from the changes", async () => {
  await audited(`query Queue($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { total } } }`, {
    s: submissionId,
  });
  const trail = async (reads: boolean | null) =>
    (
      await api.request<{ auditEntries: { nodes: { action: string }[] } }>(
        `query($id: ID!, $reads: Boolean) { auditEntries(filter: { entityId: { eq: $id }, reads: $reads }, first: 500) { nodes { action } } }`,
        { id: fx.workers.both.id, reads },
        tokens.office,
      )
    ).data!.auditEntries.nodes.map((n) => n.action);
  const corrected = await api.request(
    `mutation($id: ID!) { correctWorker(id: $id, input: { firstName: "Renamed" }, reason: "test") { id } }`,
    { id: fx.workers.both.id },
    tokens.office,
  );
  expect(corrected.errors).toBeUndefined();
  const all = await trail(null);
  expect(all).toContain("correctWorker");
  expect(all).toContain("readIncome");
  expect(new Set(await trail(true))).toEqual(new Set(["readIncome"]));
  expect(await trail(false)).toEqual(all.filter((action) => action !== "readIncome"));
});
