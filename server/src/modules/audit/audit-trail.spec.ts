/**
 * What the audit trail shows whom: an access administrator the access events of its employers
 * (never a declaration's pay); a declarant the entries about its employers; the back office all
 * of them, its reads of the pay they hold audited like any other read of pay; and a pay value
 * only to whoever may read the declaration it belongs to.
 */
import { sql } from "../../db/sql";
import { startTestApi, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  submit,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  changes: { field: string; before: string | null; after: string | null; withheld: boolean }[];
}

const TRAIL = `query Trail($about: IdFilter) { auditEntries(first: 500, filter: { entityId: $about }) {
  nodes { action entityType entityId changes { field before after withheld } } } }`;

let api: TestApi;
let fx: Fixtures;
const tokens: Record<"agent" | "declarant" | "admin", string> = { agent: "", declarant: "", admin: "" };
let correctedId: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  tokens.agent = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  tokens.declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  tokens.admin = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);

  // A declaration of employer A, corrected by the back office: its entry holds the old and new total.
  const submissionId = await createSubmission(api, tokens.declarant, fx.employerA);
  correctedId = await addDeclaration(api, tokens.declarant, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, tokens.declarant, submissionId);
  const original = await controlled(api, tokens.declarant, correctedId);
  const corrected = await api.request(
    `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) {
      correctDeclaration(id: $id, expectedVersion: $v, input: $input, reason: "Wrong wage") { id } }`,
    {
      id: correctedId,
      v: original.version,
      input: declarationInput(fx.workers.aQuarter.id, {
        properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "321.00" }],
      }),
    },
    tokens.agent,
  );
  expect(corrected.errors).toBeUndefined();
  await controlled(api, tokens.declarant, correctedId);

  // An access event of employer A, by its access administrator.
  const granted = await api.request(
    `mutation { grantAccess(input: { employerId: "${fx.employerA}", login: "${fx.logins.noRights}", permission: FLEXI_AT_WORK }) { permission } }`,
    {},
    tokens.admin,
  );
  expect(granted.errors).toBeUndefined();
});
afterAll(() => api.close());

async function trail(token: string, about?: string): Promise<Entry[]> {
  const answer = await api.request<{ auditEntries: { nodes: Entry[] } }>(
    TRAIL,
    { about: about ? { eq: about } : null },
    token,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.auditEntries.nodes;
}

/** The readIncome entries the back office wrote since `since`, as [operation, worker id]. */
async function readsSince(since: Date): Promise<[string | null, string][]> {
  const rows = await api.database.db.query<{ reason: string | null; entityId: string }>(sql`
    SELECT reason, entity_id AS "entityId" FROM audit_entry
    WHERE action = 'readIncome' AND at >= ${since}
      AND actor_id = (SELECT id FROM app_user WHERE login = ${fx.logins.backOffice})
    ORDER BY entity_id`);
  return rows.map((r) => [r.reason, r.entityId]);
}

const now = async () => (await api.database.db.one<{ now: Date }>(sql`SELECT clock_timestamp() AS now`))!.now;

it("an access administrator sees the access events of its employer, and no declaration's pay", async () => {
  const entries = await trail(tokens.admin);
  expect(entries.map((e) => e.action)).toContain("grantAccess");
  expect(entries.filter((e) => e.entityType !== "AccessGrant")).toEqual([]);
  expect(JSON.stringify(entries)).not.toContain("321.00");
});

it("a declarant sees its employer's entries, the correction's pay included (it reads the declaration)", async () => {
  const correction = (await trail(tokens.declarant)).find((e) => e.entityId === correctedId);
  expect(correction?.changes).toEqual(
    expect.arrayContaining([{ field: "total", before: "250.00", after: "321.00", withheld: false }]),
  );
  expect((await trail(tokens.declarant)).map((e) => e.action)).toContain("grantAccess");
});

it("the back office reading a correction's before and after reads the worker's pay: audited", async () => {
  const since = await now();
  const correction = (await trail(tokens.agent)).find((e) => e.entityId === correctedId);
  expect(correction?.changes).toEqual(
    expect.arrayContaining([{ field: "total", before: "250.00", after: "321.00", withheld: false }]),
  );
  expect(await readsSince(since)).toEqual([["Trail", fx.workers.aQuarter.id]]);

  // The entries without their values show no pay and leave no entry.
  const quiet = await now();
  const answer = await api.request(
    `query { auditEntries(first: 500) { nodes { action changes { field } } } }`,
    {},
    tokens.agent,
  );
  expect(answer.errors).toBeUndefined();
  expect(await readsSince(quiet)).toEqual([]);
});

it("pay in an entry about a declaration the reader may not read is withheld, and its read is not audited", async () => {
  // A draft is its employer's own: the back office may not read it, whatever the trail says about it.
  const submissionId = await createSubmission(api, tokens.declarant, fx.employerA);
  const draftId = await addDeclaration(api, tokens.declarant, submissionId, declarationInput(fx.workers.aQuarter.id));
  await api.database.db.query(sql`
    INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, employer_id, reason, changes)
    SELECT id, 'correctDeclaration', 'WageDeclaration', ${draftId}, ${fx.employerA}, 'test',
      '[{"field": "total", "before": "250.00", "after": "999.00"}, {"field": "status", "before": "DRAFT", "after": "DRAFT"}]'::jsonb
    FROM app_user WHERE login = ${fx.logins.backOffice}`);
  const since = await now();
  const entry = (await trail(tokens.agent, draftId)).find((e) => e.entityId === draftId);
  expect(entry?.changes).toEqual([
    { field: "total", before: null, after: null, withheld: true },
    { field: "status", before: "DRAFT", after: "DRAFT", withheld: false },
  ]);
  expect(await readsSince(since)).toEqual([]);
  // Its employer's declarant reads the draft, and so the values.
  const own = (await trail(tokens.declarant)).find((e) => e.entityId === draftId);
  expect(own?.changes[0]).toEqual({ field: "total", before: "250.00", after: "999.00", withheld: false });
});
