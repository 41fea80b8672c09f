/**
 * Concurrent changes of one declaration (docs/domain-rules.md#the-lifecycle "every person's change carries
 * expectedVersion; a stale one is CONFLICT"): 20 corrections by the back office, then 20
 * modifications by the employer, then both at once, all with the same expectedVersion, sent
 * together. Exactly one wins, the other 19 are CONFLICT, and nothing is lost or doubled: one new
 * version holding the winner's content, one version token step, one status event, one audit
 * entry and one e-Box message for a correction, and the controls then settle on the winner's
 * content. Several rounds, so that a race that needs luck has it more than once.
 */
import { sql } from "../db/sql";
import { startTestApi, type GraphQLAnswer, type TestApi } from "../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  readDeclaration,
  rowCounts,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

const CONCURRENT = 20;
const ROUNDS = 3;

const CORRECT = `mutation($id: ID!, $v: Int!, $input: DeclarationInput!, $reason: String!) {
  correctDeclaration(id: $id, expectedVersion: $v, input: $input, reason: $reason) { id version total history { number } } }`;
const MODIFY = `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) {
  modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id version total history { number } } }`;

let api: TestApi;
let fx: Fixtures;
let declarant: string;
let agent: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  agent = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

/** A transmitted declaration of A, accepted. */
async function accepted(): Promise<{ id: string; version: number }> {
  const submissionId = await createSubmission(api, declarant, fx.employerA);
  const id = await addDeclaration(api, declarant, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, declarant, submissionId);
  const view = await controlled(api, declarant, id);
  expect(view.status).toBe("ACCEPTED");
  return view;
}

/** The content of caller i: a gross wage that tells whose content won. */
const wageOf = (i: number) => `${1000 + i}.00`;
const inputOf = (i: number) =>
  declarationInput(fx.workers.aQuarter.id, {
    properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: wageOf(i) }],
  });

interface Traces {
  versions: number;
  events: number;
  audit: number;
  messages: number;
}

/** What one change of a person leaves behind for this declaration. */
async function traces(id: string): Promise<Traces> {
  return (await api.database.db.one<Traces>(sql`SELECT
    (SELECT count(*) FROM declaration_version WHERE declaration_id = ${id})::int AS versions,
    -- A person's changes only: the controls worker may already have added its result.
    (SELECT count(*) FROM status_event WHERE declaration_id = ${id} AND actor_id IS NOT NULL)::int AS events,
    (SELECT count(*) FROM audit_entry WHERE entity_id = ${id})::int AS audit,
    (SELECT count(*) FROM ebox_message WHERE declaration_id = ${id} AND type = 'CORRECTED_BY_BACK_OFFICE')::int AS messages`))!;
}

type Change = { kind: "correct" | "modify"; i: number };

/** Sends every change at once with the same expectedVersion; returns the answers in the order of `changes`. */
async function race(id: string, version: number, changes: Change[]): Promise<GraphQLAnswer[]> {
  return Promise.all(
    changes.map(({ kind, i }) =>
      kind === "correct"
        ? api.request(CORRECT, { id, v: version, input: inputOf(i), reason: `Correction ${i}` }, agent)
        : api.request(MODIFY, { id, v: version, input: inputOf(i) }, declarant),
    ),
  );
}

/** Exactly one winner, every other answer CONFLICT, and the declaration holds the winner's content once. */
async function expectOneWinner(id: string, version: number, changes: Change[]): Promise<Change> {
  const before = await traces(id);
  const answers = await race(id, version, changes);
  const winners = answers.flatMap((answer, n) => (answer.errors?.length ? [] : [n]));
  const losers = answers.filter((answer) => answer.errors?.length);
  expect({
    winners: winners.length,
    losers: losers.map((a) => a.errors!.map((e) => e.extensions?.code).join("+")),
  }).toEqual({ winners: 1, losers: Array.from({ length: changes.length - 1 }, () => "CONFLICT") });
  const winner = changes[winners[0]!]!;
  const won = Object.values(answers[winners[0]!]!.data!)[0] as {
    version: number;
    total: string;
    history: { number: number }[];
  };
  expect(won).toMatchObject({ version: version + 1, total: wageOf(winner.i) });

  // One new version (PENDING), one status event ACCEPTED -> PENDING, the audit and the e-Box message of a correction only.
  const after = await traces(id);
  expect({
    versions: after.versions - before.versions,
    events: after.events - before.events,
    audit: after.audit - before.audit,
    messages: after.messages - before.messages,
  }).toEqual({
    versions: 1,
    events: 1,
    audit: winner.kind === "correct" ? 1 : 0,
    messages: winner.kind === "correct" ? 1 : 0,
  });
  const newest = await api.database.db.one<{ number: number; kind: string; reason: string | null; total: string }>(sql`
    SELECT number, kind, reason, total_cents::text AS total FROM declaration_version WHERE declaration_id = ${id} ORDER BY number DESC LIMIT 1`);
  expect(newest).toEqual({
    number: won.history.length,
    kind: "MODIFICATION",
    reason: winner.kind === "correct" ? `Correction ${winner.i}` : null,
    total: String((1000 + winner.i) * 100),
  });

  // The controls settle on the winner's content; the history has one version per won round, numbered without gaps.
  const settled = await controlled(api, declarant, id);
  expect(settled).toMatchObject({
    status: "ACCEPTED",
    version: version + 1,
    total: wageOf(winner.i),
    inForce: { number: newest!.number, total: wageOf(winner.i) },
  });
  expect(settled.history.map((h) => h.number)).toEqual(Array.from({ length: newest!.number }, (_, n) => n + 1));
  return winner;
}

it(`${CONCURRENT} concurrent corrections by the back office with the same expectedVersion: one wins, ${CONCURRENT - 1} are CONFLICT, one new version and one audit entry`, async () => {
  const one = await accepted();
  let version = one.version;
  for (let round = 0; round < ROUNDS; round++) {
    await expectOneWinner(
      one.id,
      version,
      Array.from({ length: CONCURRENT }, (_, i) => ({ kind: "correct" as const, i: round * 100 + i })),
    );
    version += 1;
  }
  const audit = await api.request<{ auditEntries: { nodes: { action: string; reason: string }[] } }>(
    `query($id: ID!) { auditEntries(filter: { entityId: { eq: $id } }) { nodes { action reason } } }`,
    { id: one.id },
    agent,
  );
  expect(audit.data?.auditEntries.nodes).toHaveLength(ROUNDS);
  expect(audit.data!.auditEntries.nodes.every((n) => n.action === "correctDeclaration")).toBe(true);
  expect((await readDeclaration(api, declarant, one.id)).history).toHaveLength(1 + ROUNDS);
}, 60_000);

it(`${CONCURRENT} concurrent modifications by the employer with the same expectedVersion: one wins, ${CONCURRENT - 1} are CONFLICT`, async () => {
  const one = await accepted();
  let version = one.version;
  for (let round = 0; round < ROUNDS; round++) {
    await expectOneWinner(
      one.id,
      version,
      Array.from({ length: CONCURRENT }, (_, i) => ({ kind: "modify" as const, i: round * 100 + i })),
    );
    version += 1;
  }
  expect((await readDeclaration(api, declarant, one.id)).history).toHaveLength(1 + ROUNDS);
}, 60_000);

it("corrections and modifications at once, with the same expectedVersion: still exactly one wins", async () => {
  const one = await accepted();
  const changes = Array.from({ length: CONCURRENT }, (_, i) => ({
    kind: i % 2 === 0 ? ("correct" as const) : ("modify" as const),
    i,
  }));
  await expectOneWinner(one.id, one.version, changes);
  // The losers wrote nothing anywhere: a stale change more changes no row count.
  const counts = await rowCounts(api.database.db);
  const stale = await race(one.id, one.version, changes.slice(0, 4));
  expect(stale.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
  expect(await rowCounts(api.database.db)).toEqual(counts);
}, 60_000);
