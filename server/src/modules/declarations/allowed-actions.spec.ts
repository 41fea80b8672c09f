/**
 * WageDeclaration.allowedActions through the API: the lifecycle's actions from the declaration's
 * status, for the caller's role (the employer's declarant, the back office, the worker).
 */
import { runControls } from "../../controls/run-controls";
import { sql } from "../../db/sql";
import { startTestApi, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  submit,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let declarant: string;
let agent: string;
let worker: string;
let otherDeclarant: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  agent = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  worker = await api.signIn(fx.logins.worker, FIXTURE_PASSWORD);
  otherDeclarant = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.both.id);
});
afterAll(() => api.close());

/** allowedActions of one declaration as a caller reads it (null when the caller cannot see it). */
async function actionsOf(token: string, id: string): Promise<string[] | null> {
  const answer = await api.request<{ wageDeclaration: { allowedActions: string[] } | null }>(
    `query($id: ID!) { wageDeclaration(id: $id) { allowedActions } }`,
    { id },
    token,
  );
  return answer.data?.wageDeclaration?.allowedActions ?? null;
}

/** The same through a list that asks for nothing else (the list reads only the columns asked). */
async function listedActionsOf(token: string, id: string): Promise<string[] | undefined> {
  const answer = await api.request<{ wageDeclarations: { nodes: { id: string; allowedActions: string[] }[] } }>(
    `query($worker: ID!) { wageDeclarations(filter: { workerId: { eq: $worker } }, first: 100) { nodes { id allowedActions } } }`,
    { worker: fx.workers.both.id },
    token,
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data!.wageDeclarations.nodes.find((n) => n.id === id)?.allowedActions;
}

async function draft(): Promise<{ id: string; submissionId: string }> {
  const submissionId = await createSubmission(api, declarant, fx.employerA);
  const id = await addDeclaration(api, declarant, submissionId, declarationInput(fx.workers.both.id));
  return { id, submissionId };
}

async function pending(): Promise<string> {
  const { id, submissionId } = await draft();
  await submit(api, declarant, submissionId);
  return id;
}

async function controlNow(id: string): Promise<void> {
  const versions = await api.database.db.query<{ id: string }>(sql`
    SELECT v.id FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id AND v.number = d.newest_version
    WHERE d.id = ${id}`);
  await runControls(
    api.database.db,
    versions.map((v) => v.id),
  );
}

async function versionOf(id: string): Promise<number> {
  const row = await api.database.db.one<{ version: number }>(
    sql`SELECT version FROM wage_declaration WHERE id = ${id}`,
  );
  return row!.version;
}

async function refuseByHand(id: string): Promise<void> {
  const answer = await api.request(
    `mutation($id: ID!, $v: Int!) { refuseDeclaration(id: $id, expectedVersion: $v, reason: "Wrong data") { id } }`,
    { id, v: await versionOf(id) },
    agent,
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
}

describe("WageDeclaration.allowedActions", () => {
  it("a draft: the declarant may edit or remove it; the back office and the worker do not see it", async () => {
    const { id } = await draft();
    expect(await actionsOf(declarant, id)).toEqual(["EDIT_DRAFT", "REMOVE_DRAFT"]);
    expect(await listedActionsOf(declarant, id)).toEqual(["EDIT_DRAFT", "REMOVE_DRAFT"]);
    expect(await actionsOf(agent, id)).toBeNull();
    expect(await actionsOf(worker, id)).toBeNull();
  });

  it("pending: nothing for the declarant; accept, refuse or revalidate for the back office; nothing for the worker", async () => {
    const id = await pending();
    expect(await actionsOf(declarant, id)).toEqual([]);
    expect(await actionsOf(agent, id)).toEqual(["ACCEPT", "REFUSE", "REVALIDATE"]);
    expect(await listedActionsOf(agent, id)).toEqual(["ACCEPT", "REFUSE", "REVALIDATE"]);
    expect(await actionsOf(worker, id)).toEqual([]);
  });

  it("accepted: modify or delete for the declarant; correct for the back office; nothing for the worker", async () => {
    const id = await pending();
    await controlNow(id);
    expect(await actionsOf(declarant, id)).toEqual(["MODIFY", "DELETE"]);
    expect(await actionsOf(agent, id)).toEqual(["CORRECT"]);
    expect(await actionsOf(worker, id)).toEqual([]);
    expect(await actionsOf(otherDeclarant, id)).toBeNull();
  });

  it("refused: modify or delete for the declarant; correct, accept or revalidate for the back office", async () => {
    const id = await pending();
    await refuseByHand(id);
    expect(await actionsOf(declarant, id)).toEqual(["MODIFY", "DELETE"]);
    expect(await actionsOf(agent, id)).toEqual(["CORRECT", "ACCEPT", "REVALIDATE"]);
    expect(await actionsOf(worker, id)).toEqual([]);
  });

  it("cancelled (a refused declaration withdrawn): nothing for anyone", async () => {
    const id = await pending();
    await refuseByHand(id);
    const answer = await api.request(
      `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { status } }`,
      { id, v: await versionOf(id) },
      declarant,
    );
    expect(answer.data).toEqual({ deleteDeclaration: { status: "CANCELLED" } });
    expect(await actionsOf(declarant, id)).toEqual([]);
    expect(await actionsOf(agent, id)).toEqual([]);
    expect(await actionsOf(worker, id)).toEqual([]);
  });
});
