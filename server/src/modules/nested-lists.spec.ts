/**
 * Every root list reads the one nested relation its nodes ask for in its own statement
 * (docs/architecture.md#reading-lists): one statement per request once the viewer is cached,
 * whatever the length of the page. What a node's relation answers through the list is what the
 * same record answers when read alone (through the per-request loaders).
 */
import { startTestApi, type GraphQLAnswer, type TestApi } from "../test/api";
import { addDeclaration, createSubmission, declarationInput, submit } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { sql } from "../db/sql";
import { writeEboxMessages } from "./ebox/ebox-writer";

let api: TestApi;
let fx: Fixtures;
const tokens: Record<string, string> = {};
let submissionId: string;
/** A submission of employer B that a message in A's e-Box points to: A's declarant may not see it. */
let otherEmployersSubmission: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  for (const [role, login] of Object.entries(fx.logins)) tokens[role] = await api.signIn(login, FIXTURE_PASSWORD);
  submissionId = await createSubmission(api, tokens.declarantA!, fx.employerA);
  await addDeclaration(api, tokens.declarantA!, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, tokens.declarantA!, submissionId);
  await createSubmission(api, tokens.declarantA!, fx.employerA); // a draft: no reference
  otherEmployersSubmission = await createSubmission(api, tokens.declarantB!, fx.employerB);
  await writeEboxMessages(
    api.database.db,
    [submissionId, null, otherEmployersSubmission].map((about, i) => ({
      employerId: fx.employerA,
      declarationId: null,
      submissionId: about,
      dedupKey: `nested:${i}`,
      type: "SUBMISSION_SUMMARY",
      subject: { nl: "s", fr: "s", de: "s", en: "s" },
      body: { nl: "b", fr: "b", de: "b", en: "b" },
    })),
  );
  // An access event for the audit trail: the access administrator grants a right.
  const granted = await api.request(
    `mutation($e: ID!) { grantAccess(input: { employerId: $e, login: "nobody", permission: FLEXI_AT_WORK }) { permission } }`,
    { e: fx.employerA },
    tokens.adminA,
  );
  expect(granted.errors).toBeUndefined();
});
afterAll(() => api.close());

function dataOf<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** The answer of the second of two identical requests (the first caches the viewer), with its statements. */
async function warm<T>(
  query: string,
  token: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T; statements: number | undefined }> {
  await api.request(query, variables, token);
  const answer = await api.request<T>(query, variables, token);
  return { data: dataOf(answer), statements: answer.extensions?.sqlStatements };
}

async function one<T>(query: string, token: string, variables: Record<string, unknown>): Promise<T> {
  return dataOf(await api.request<T>(query, variables, token));
}

const WORKER = `id ssin firstName lastName birthDate pensionerFrom`;
const EMPLOYER = `id name enterpriseNumber nssoNumber nssoProvisional language employerClasses`;

it("dimonaPeriods with their worker and employer: one statement", async () => {
  type Period = { id: string; periodId: string; worker: { id: string }; employer: { id: string } };
  const { data, statements } = await warm<{ dimonaPeriods: { nodes: Period[] } }>(
    `{ dimonaPeriods(first: 50) { nodes { id periodId startDate worker { ${WORKER} } employer { ${EMPLOYER} } } } }`,
    tokens.backOffice!,
  );
  expect(data.dimonaPeriods.nodes.length).toBeGreaterThan(5);
  expect(statements).toBe(1);
  for (const node of data.dimonaPeriods.nodes) {
    const alone = await one<{ worker: unknown; employer: unknown }>(
      `query($w: ID!, $e: ID!) { worker(id: $w) { ${WORKER} } employer(id: $e) { ${EMPLOYER} } }`,
      tokens.backOffice!,
      { w: node.worker.id, e: node.employer.id },
    );
    expect({ worker: node.worker, employer: node.employer }).toEqual(alone);
  }
});

it("eboxMessages with their submission and employer: one statement; a submission the reader may not see is null", async () => {
  type Message = { submission: { id: string; reference: string } | null; employer: { id: string; name: string } };
  const { data, statements } = await warm<{ eboxMessages: { nodes: Message[] } }>(
    `{ eboxMessages { nodes { id subject submission { id reference status } employer { id name } } } }`,
    tokens.declarantA!,
  );
  expect(data.eboxMessages.nodes).toHaveLength(3);
  expect(statements).toBe(1);
  // The third message points to B's submission: A's declarant reads it as no submission, as when read alone.
  expect(data.eboxMessages.nodes.map((n) => n.submission?.id ?? null).sort()).toEqual(
    [submissionId, null, null].sort(),
  );
  const alone = await api.request(
    `query($s: ID!) { submission(id: $s) { id } }`,
    { s: otherEmployersSubmission },
    tokens.declarantA,
  );
  expect(alone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  // The joined submission reads its employer's id only when a field asks for it.
  const withEmployer = await one<{ eboxMessages: { nodes: { submission: { employer: { id: string } } | null }[] } }>(
    `{ eboxMessages { nodes { submission { employer { id } } } } }`,
    tokens.declarantA!,
    {},
  );
  expect(withEmployer.eboxMessages.nodes.map((n) => n.submission?.employer.id ?? null).sort()).toEqual(
    [fx.employerA, null, null].sort(),
  );
  for (const node of data.eboxMessages.nodes) {
    const alone = await one<{ employer: unknown }>(
      `query($e: ID!) { employer(id: $e) { id name } }`,
      tokens.declarantA!,
      {
        e: node.employer.id,
      },
    );
    expect(node.employer).toEqual(alone.employer);
    if (node.submission) {
      const submission = await one<{ submission: unknown }>(
        `query($s: ID!) { submission(id: $s) { id reference status } }`,
        tokens.declarantA!,
        { s: node.submission.id },
      );
      expect(node.submission).toEqual(submission.submission);
    }
  }
});

it("submissions with their employer: one statement", async () => {
  type Row = { id: string; employer: { id: string } };
  const { data, statements } = await warm<{ submissions: { nodes: Row[] } }>(
    `{ submissions { nodes { id reference status employer { ${EMPLOYER} } } } }`,
    tokens.declarantA!,
  );
  expect(data.submissions.nodes).toHaveLength(2);
  expect(statements).toBe(1);
  for (const node of data.submissions.nodes) {
    const alone = await one<{ employer: unknown }>(
      `query($e: ID!) { employer(id: $e) { ${EMPLOYER} } }`,
      tokens.declarantA!,
      { e: node.employer.id },
    );
    expect(node.employer).toEqual(alone.employer);
  }
});

it("auditEntries with their actor: one statement", async () => {
  type Entry = { action: string; actor: { login: string; displayName: string } };
  const { data, statements } = await warm<{ auditEntries: { nodes: Entry[] } }>(
    `{ auditEntries { nodes { id action actor { login displayName } } } }`,
    tokens.backOffice!,
  );
  expect(statements).toBe(1);
  expect(data.auditEntries.nodes.find((n) => n.action === "grantAccess")?.actor).toEqual({
    login: fx.logins.adminA,
    displayName: fx.logins.adminA,
  });
});

it("workers with their Dimona periods: one statement", async () => {
  type Row = { id: string; dimonaPeriods: unknown[] };
  const PERIODS = `dimonaPeriods { periodId startDate endDate startHour plannedHours cancelled workerType }`;
  for (const role of ["backOffice", "declarantB", "worker"]) {
    const { data, statements } = await warm<{ workers: { nodes: Row[] } }>(
      `{ workers(first: 50) { nodes { id lastName ${PERIODS} } } }`,
      tokens[role]!,
    );
    expect(data.workers.nodes.length).toBeGreaterThan(0);
    expect(statements).toBe(1);
    for (const node of data.workers.nodes) {
      const alone = await one<{ worker: { dimonaPeriods: unknown[] } }>(
        `query($w: ID!) { worker(id: $w) { ${PERIODS} } }`,
        tokens[role]!,
        { w: node.id },
      );
      expect([role, node.dimonaPeriods]).toEqual([role, alone.worker.dimonaPeriods]);
    }
  }
});

it("declaredWorkers with their Dimona periods: one statement", async () => {
  type Row = { id: string; dimonaPeriods: unknown[] };
  const PERIODS = `dimonaPeriods { periodId startDate endDate cancelled workerType }`;
  const { data, statements } = await warm<{ declaredWorkers: { nodes: Row[] } }>(
    `query($e: ID!) { declaredWorkers(employerId: $e, first: 50) { nodes { id lastName ${PERIODS} } } }`,
    tokens.declarantA!,
    { e: fx.employerA },
  );
  expect(data.declaredWorkers.nodes.map((n) => n.id)).toEqual([fx.workers.aQuarter.id]);
  expect(statements).toBe(1);
  const alone = await one<{ worker: { dimonaPeriods: unknown[] } }>(
    `query($w: ID!) { worker(id: $w) { ${PERIODS} } }`,
    tokens.declarantA!,
    { w: fx.workers.aQuarter.id },
  );
  expect(data.declaredWorkers.nodes[0]!.dimonaPeriods).toEqual(alone.worker.dimonaPeriods);
  expect(alone.worker.dimonaPeriods.length).toBeGreaterThan(0);
});

it("ceilingAlerts with their worker: one statement", async () => {
  // Alerts as the controls raise them (modules/income/ceiling-alerts.ts), for two workers.
  const workerIds = [fx.workers.aQuarter.id, fx.workers.bOnly.id];
  await api.database.db.query(sql`INSERT INTO ceiling_alert (worker_id, year, total_cents, ceiling_cents)
    SELECT unnest(${workerIds}::uuid[]), 2025, 1900000, 1800000`);
  type Row = { id: string; year: number; worker: { id: string } };
  const { data, statements } = await warm<{ ceilingAlerts: { nodes: Row[] } }>(
    `{ ceilingAlerts(first: 50) { nodes { id year raisedAt worker { ${WORKER} } } } }`,
    tokens.backOffice!,
  );
  expect(data.ceilingAlerts.nodes.map((n) => n.worker.id).sort()).toEqual([...workerIds].sort());
  expect(statements).toBe(1);
  for (const node of data.ceilingAlerts.nodes) {
    const alone = await one<{ worker: unknown }>(
      `query($w: ID!) { worker(id: $w) { ${WORKER} } }`,
      tokens.backOffice!,
      {
        w: node.worker.id,
      },
    );
    expect(node.worker).toEqual(alone.worker);
  }
});

it("employers with their users: one statement", async () => {
  type Row = { id: string; users: unknown[] };
  const USERS = `users { id login displayName language backOffice ssin grants { permission grantedAt } }`;
  for (const role of ["backOffice", "adminA", "declarantA"]) {
    const { data, statements } = await warm<{ employers: { nodes: Row[] } }>(
      `{ employers { nodes { id name ${USERS} } } }`,
      tokens[role]!,
    );
    expect(data.employers.nodes.length).toBeGreaterThan(0);
    expect(statements).toBe(1);
    for (const node of data.employers.nodes) {
      const alone = await one<{ employer: { users: unknown[] } }>(
        `query($e: ID!) { employer(id: $e) { ${USERS} } }`,
        tokens[role]!,
        { e: node.id },
      );
      expect([role, node.users]).toEqual([role, alone.employer.users]);
    }
  }
});
