/**
 * Live status that survives reconnects: resume from `after`, commit order when
 * transactions commit in the reverse order of their start, e-Box messages and submission
 * progress live, and a revoked right ending the user's subscriptions for that employer.
 */
import type { Client } from "graphql-ws";
import { Db } from "../db/db";
import { sql } from "../db/sql";
import { eventually, startTestApi, type TestApi } from "../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { recordStatusChanges } from "./status-events";

interface Watch<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  stop: () => void;
}

function watch<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Watch<T> {
  const w: Watch<T> = { items: [], errors: [], completed: false, stop: () => undefined };
  w.stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) w.items.push(Object.values(result.data)[0]!);
        if (result.errors) w.errors.push(...result.errors);
      },
      error: (error) => w.errors.push(...(Array.isArray(error) ? error : [error])),
      complete: () => {
        w.completed = true;
      },
    },
  );
  return w;
}

const STATUS = `subscription($employerId: ID, $declarationId: ID, $after: String) {
  declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) { cursor from to declaration { id } } }`;
type StatusView = { cursor: string; from: string | null; to: string; declaration: { id: string } };

let api: TestApi;
let fx: Fixtures;
let tokenA: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  tokenA = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

async function declared(): Promise<{ id: string; version: number }> {
  const submissionId = await createSubmission(api, tokenA, fx.employerA);
  const id = await addDeclaration(api, tokenA, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, tokenA, submissionId);
  return controlled(api, tokenA, id);
}

/** The newest status-event cursor of the log now. */
async function currentCursor(): Promise<string> {
  return (await api.database.db.one<{ value: string }>(
    sql`SELECT value FROM event_counter WHERE name = 'status_event'`,
  ))!.value;
}

it("a subscriber that disconnects and reconnects with `after` receives exactly the changes it missed, in order", async () => {
  const one = await declared();
  const first = watch<StatusView>(api.wsClient(tokenA), STATUS, { declarationId: one.id, after: "0" });
  await eventually(async () => (first.items.length === 2 ? true : undefined)); // DRAFT -> PENDING -> ACCEPTED
  const cursor = first.items[1]!.cursor;
  first.stop();

  // Four changes while away: modify (ACCEPTED -> PENDING) and its controls (-> ACCEPTED), delete (ACCEPTED -> PENDING) and its controls (-> CANCELLED).
  await api.request(
    `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
    {
      id: one.id,
      v: one.version,
      input: declarationInput(fx.workers.aQuarter.id, {
        properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "77" }],
      }),
    },
    tokenA,
  );
  const modified = await controlled(api, tokenA, one.id);
  await api.request(
    `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { id } }`,
    { id: one.id, v: modified.version },
    tokenA,
  );
  const cancelled = await controlled(api, tokenA, one.id);
  expect(cancelled.status).toBe("CANCELLED");

  const resumed = watch<StatusView>(api.wsClient(tokenA), STATUS, { declarationId: one.id, after: cursor });
  await eventually(async () => (resumed.items.length >= 4 ? true : undefined));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(resumed.items.map((e) => [e.from, e.to])).toEqual([
    ["ACCEPTED", "PENDING"],
    ["PENDING", "ACCEPTED"],
    ["ACCEPTED", "PENDING"],
    ["PENDING", "CANCELLED"],
  ]);
  const seqs = resumed.items.map((e) => Number(e.cursor));
  expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
  resumed.stop();
});

it("two transactions that commit in the reverse order of their start are delivered in commit order, also on resume", async () => {
  const early = await declared();
  const late = await declared();
  const rows = await api.database.db.query<{ id: string; workerId: string }>(
    sql`SELECT id, worker_id AS "workerId" FROM wage_declaration WHERE id = ANY(${[early.id, late.id]}::uuid[])`,
  );
  const workerOf = new Map(rows.map((r) => [r.id, r.workerId]));
  const before = await currentCursor();
  const live = watch<StatusView>(api.wsClient(tokenA), STATUS, { employerId: fx.employerA });
  await new Promise((resolve) => setTimeout(resolve, 300)); // live: let the subscription reach the server

  const change = (id: string, reason: string) => ({
    declarationId: id,
    employerId: fx.employerA,
    workerId: workerOf.get(id)!,
    versionNumber: 1,
    from: "ACCEPTED" as const,
    to: "PENDING" as const,
    actorId: null,
    reason,
    reasonCode: null,
  });
  const runnerA = api.database.dataSource.createQueryRunner();
  const runnerB = api.database.dataSource.createQueryRunner();
  try {
    // A starts first and does its work, B starts later, records its event and commits first; then A records and commits.
    await runnerA.startTransaction();
    await runnerA.query(`UPDATE wage_declaration SET updated_at = now() WHERE id = $1`, [early.id]);
    await runnerB.startTransaction();
    await recordStatusChanges(new Db(runnerB.manager), [change(late.id, "B")]);
    await runnerB.commitTransaction();
    await recordStatusChanges(new Db(runnerA.manager), [change(early.id, "A")]);
    await runnerA.commitTransaction();
  } finally {
    await runnerA.release();
    await runnerB.release();
  }

  await eventually(async () => (live.items.length >= 2 ? true : undefined), 5_000, "live events");
  expect(live.items.map((e) => e.declaration.id)).toEqual([late.id, early.id]);
  const resumed = watch<StatusView>(api.wsClient(tokenA), STATUS, { employerId: fx.employerA, after: before });
  await eventually(async () => (resumed.items.length >= 2 ? true : undefined), 5_000, "resumed events");
  expect(resumed.items.map((e) => e.declaration.id)).toEqual([late.id, early.id]);
  expect(resumed.items.map((e) => e.cursor)).toEqual(live.items.map((e) => e.cursor));
  live.stop();
  resumed.stop();
});

it("eboxMessageReceived brings the employer's new messages in the reader's language, and nothing of other employers", async () => {
  const tokenB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
  const query = `subscription($e: ID) { eboxMessageReceived(employerId: $e) { type subject declaration { id } } }`;
  const mine = watch<{ type: string; subject: string; declaration: { id: string } }>(api.wsClient(tokenA), query);
  const other = watch<unknown>(api.wsClient(tokenB), query);
  const askingForA = watch<unknown>(api.wsClient(tokenB), query, { e: fx.employerA });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const one = await declared();
  await eventually(
    async () => (mine.items.some((m) => m.declaration?.id === one.id) ? true : undefined),
    5_000,
    "the message",
  );
  const message = mine.items.find((m) => m.declaration?.id === one.id)!;
  expect(message.type).toBe("DECLARATION_ACCEPTED");
  expect(message.subject).toMatch(/flexiloongegevens/i); // employer A reads Dutch
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(other.items).toEqual([]);
  expect(askingForA.items).toEqual([]);
  [mine, other, askingForA].forEach((w) => w.stop());
});

it("eboxMessageReceived resumes after a message's logCursor: every later message first, in order, then the new ones", async () => {
  const first = await declared();
  const second = await declared();
  const LIST = `{ eboxMessages(orderBy: [RECEIVED_AT_ASC], first: 500) { nodes { logCursor declaration { id } } } }`;
  type Listed = { eboxMessages: { nodes: { logCursor: string; declaration: { id: string } | null }[] } };
  const listed = (await api.request<Listed>(LIST, {}, tokenA)).data!.eboxMessages.nodes;
  const firstMessage = listed.find((m) => m.declaration?.id === first.id)!;
  const later = listed.filter((m) => Number(m.logCursor) > Number(firstMessage.logCursor));
  expect(later.map((m) => m.declaration?.id)).toContain(second.id);

  const query = `subscription($after: String) { eboxMessageReceived(after: $after) { logCursor declaration { id } } }`;
  const resumed = watch<{ logCursor: string; declaration: { id: string } | null }>(api.wsClient(tokenA), query, {
    after: firstMessage.logCursor,
  });
  await eventually(
    async () => (resumed.items.length >= later.length ? true : undefined),
    5_000,
    "the replayed messages",
  );
  expect(resumed.items.map((m) => m.logCursor)).toEqual(later.map((m) => m.logCursor));
  const third = await declared();
  await eventually(
    async () => (resumed.items.some((m) => m.declaration?.id === third.id) ? true : undefined),
    5_000,
    "the new message",
  );
  const cursors = resumed.items.map((m) => Number(m.logCursor));
  expect(cursors).toEqual([...cursors].sort((x, y) => x - y));
  expect(new Set(cursors).size).toBe(cursors.length);
  resumed.stop();

  const forged = watch<unknown>(api.wsClient(tokenA), query, { after: "not-a-cursor" });
  await eventually(async () => (forged.errors.length > 0 ? true : undefined), 5_000, "the refusal");
  expect(forged.errors).toEqual([
    expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
  ]);
  expect(forged.items).toEqual([]);
});

it("submissionProgress reports at once, then as the controls advance, and completes when all are processed", async () => {
  const submissionId = await createSubmission(api, tokenA, fx.employerA);
  for (let i = 0; i < 30; i++)
    await addDeclaration(
      api,
      tokenA,
      submissionId,
      declarationInput(fx.workers.aQuarter.id, { payslipReference: `P-${i}` }),
    );
  type Progress = { total: number; processed: number; accepted: number };
  const progress = watch<Progress>(
    api.wsClient(tokenA),
    `subscription($id: ID!) { submissionProgress(submissionId: $id) { total processed accepted } }`,
    { id: submissionId },
  );
  await eventually(async () => (progress.items.length >= 1 ? true : undefined));
  expect(progress.items[0]).toEqual({ total: 30, processed: 0, accepted: 0 });
  await submit(api, tokenA, submissionId);
  await eventually(async () => (progress.completed ? true : undefined), 10_000, "completion");
  expect(progress.items[progress.items.length - 1]).toEqual({ total: 30, processed: 30, accepted: 30 });
  const processed = progress.items.map((p) => p.processed);
  expect(processed.every((p, i) => i === 0 || p >= processed[i - 1]!)).toBe(true);
  expect(progress.errors).toEqual([]);

  const tokenB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
  const foreign = watch<Progress>(
    api.wsClient(tokenB),
    `subscription($id: ID!) { submissionProgress(submissionId: $id) { total } }`,
    { id: submissionId },
  );
  await eventually(async () => (foreign.errors.length ? true : undefined));
  expect((foreign.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe("NOT_FOUND");
});

it("a revoked right ends the user's subscriptions for that employer; the next request is refused", async () => {
  const admin = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
  const grant = (permission: string, action: "grantAccess" | "revokeAccess") =>
    api.request(
      `mutation($input: GrantAccessInput!) { ${action}(input: $input) ${action === "grantAccess" ? "{ permission }" : ""} }`,
      { input: { employerId: fx.employerA, login: fx.logins.noRights, permission } },
      admin,
    );
  await grant("FLEXI_AT_WORK", "grantAccess");
  const user = await api.signIn(fx.logins.noRights, FIXTURE_PASSWORD);
  const forA = watch<StatusView>(api.wsClient(user), STATUS, { employerId: fx.employerA });
  const everything = watch<StatusView>(api.wsClient(user), STATUS);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const one = await declared();
  await eventually(
    async () => (forA.items.length >= 2 && everything.items.length >= 2 ? true : undefined),
    5_000,
    "events before the revoke",
  );
  expect(forA.items.every((e) => e.declaration.id === one.id)).toBe(true);

  await grant("FLEXI_AT_WORK", "revokeAccess");
  await eventually(async () => (forA.completed ? true : undefined), 5_000, "the subscription for A to end");
  const countBefore = everything.items.length;
  await declared();
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(everything.items.length).toBe(countBefore); // still open, but A's events are no longer the user's to see
  const refused = await api.request(
    `mutation($e: ID!) { createSubmission(input: { employerId: $e, from: "2025-01-01", to: "2025-01-31" }) { id } }`,
    { e: fx.employerA },
    user,
  );
  expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  everything.stop();
});
