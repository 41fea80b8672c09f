/**
 * The status subscription (docs/architecture.md#the-status-log): tenancy-filtered per event, carried through PostgreSQL
 * so that a subscriber on one process sees a change made through another, and resumable.
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { eventually, startTestApi, TEST_SECRET, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  submit,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";
import { startServerProcess, type StartedProcess } from "../../test/process";

interface Received {
  events: { cursor: string; from: string | null; to: string; declaration: { id: string } }[];
  errors: { message: string; extensions?: { code?: string } }[];
  stop: () => void;
}

const SUBSCRIPTION = `subscription($employerId: ID, $declarationId: ID, $after: String) {
  declarationStatusChanged(employerId: $employerId, declarationId: $declarationId, after: $after) { cursor from to declaration { id } } }`;

function watch(client: Client, variables: Record<string, unknown> = {}): Received {
  const received: Received = { events: [], errors: [], stop: () => undefined };
  received.stop = client.subscribe<{ declarationStatusChanged: Received["events"][number] }>(
    { query: SUBSCRIPTION, variables },
    {
      next: (result) => {
        if (result.data) received.events.push(result.data.declarationStatusChanged);
        if (result.errors) received.errors.push(...(result.errors as Received["errors"]));
      },
      error: (error) => received.errors.push(...(Array.isArray(error) ? error : [{ message: String(error) }])),
      complete: () => undefined,
    },
  );
  return received;
}

/** Declares and transmits one declaration for a worker at employer A; returns its id. */
async function declare(api: TestApi, token: string, employerId: string, workerId: string): Promise<string> {
  const submissionId = await createSubmission(api, token, employerId);
  const id = await addDeclaration(api, token, submissionId, declarationInput(workerId));
  await submit(api, token, submissionId);
  return id;
}

let api: TestApi;
let fx: Fixtures;
let tokenA: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  tokenA = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.both.id);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

it("each subscriber receives only the events it may see: its employer's, its own as a worker, all for the back office", async () => {
  const tokens = {
    a: tokenA,
    b: await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD),
    worker: await api.signIn(fx.logins.worker, FIXTURE_PASSWORD),
    agent: await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD),
    nobody: await api.signIn(fx.logins.noRights, FIXTURE_PASSWORD),
  };
  // From the start of the log, so that subscribing and declaring cannot race.
  const seen = {
    a: watch(api.wsClient(tokens.a), { after: "0" }),
    b: watch(api.wsClient(tokens.b), { after: "0" }),
    bAskingForA: watch(api.wsClient(tokens.b), { after: "0", employerId: fx.employerA }),
    worker: watch(api.wsClient(tokens.worker), { after: "0" }),
    agent: watch(api.wsClient(tokens.agent), { after: "0" }),
    nobody: watch(api.wsClient(tokens.nobody), { after: "0" }),
  };
  const forWorker = await declare(api, tokenA, fx.employerA, fx.workers.both.id);
  const forOther = await declare(api, tokenA, fx.employerA, fx.workers.aQuarter.id);
  await controlled(api, tokenA, forWorker);
  await controlled(api, tokenA, forOther);

  await eventually(
    async () =>
      seen.a.events.length === 4 && seen.agent.events.length === 4 && seen.worker.events.length === 2
        ? true
        : undefined,
    10_000,
    "events",
  );
  await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything wrongly sent to arrive
  expect(seen.a.events.map((e) => e.declaration.id).sort()).toEqual([forWorker, forWorker, forOther, forOther].sort());
  expect(seen.worker.events.map((e) => [e.declaration.id, e.from, e.to])).toEqual([
    [forWorker, "DRAFT", "PENDING"],
    [forWorker, "PENDING", "ACCEPTED"],
  ]);
  expect(seen.agent.events).toHaveLength(4);
  expect(seen.b.events).toEqual([]);
  expect(seen.bAskingForA.events).toEqual([]);
  expect(seen.nobody.events).toEqual([]);
  for (const s of Object.values(seen)) expect(s.errors).toEqual([]);
  Object.values(seen).forEach((s) => s.stop());
});

it("refuses a subscriber without a token and a malformed cursor", async () => {
  const anonymous = watch(api.wsClient());
  const badCursor = watch(api.wsClient(tokenA), { after: "not-a-cursor" });
  await eventually(
    async () => (anonymous.errors.length && badCursor.errors.length ? true : undefined),
    5_000,
    "errors",
  );
  expect(anonymous.errors[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect(badCursor.errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
});

it("resumes after a disconnect with `after`: exactly the later events, in order", async () => {
  const first = watch(api.wsClient(tokenA), { after: "0" });
  const id = await declare(api, tokenA, fx.employerA, fx.workers.aQuarter.id);
  await controlled(api, tokenA, id);
  await eventually(async () =>
    first.events.some((e) => e.declaration.id === id && e.to === "ACCEPTED") ? true : undefined,
  );
  const last = first.events[first.events.length - 1]!;
  first.stop();

  // While disconnected: a modification (PENDING, then ACCEPTED) and a deletion (PENDING).
  const version = (
    await api.request<{ wageDeclaration: { version: number } }>(
      `query($id: ID!) { wageDeclaration(id: $id) { version } }`,
      { id },
      tokenA,
    )
  ).data!.wageDeclaration.version;
  await api.request(
    `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
    {
      id,
      v: version,
      input: declarationInput(fx.workers.aQuarter.id, {
        properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "99" }],
      }),
    },
    tokenA,
  );
  const modified = await controlled(api, tokenA, id);
  await api.request(
    `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { id } }`,
    { id, v: modified.version },
    tokenA,
  );
  await controlled(api, tokenA, id);

  const resumed = watch(api.wsClient(tokenA), { after: last.cursor, declarationId: id });
  await eventually(async () => (resumed.events.length >= 4 ? true : undefined), 10_000, "resumed events");
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(resumed.events.map((e) => [e.from, e.to])).toEqual([
    ["ACCEPTED", "PENDING"],
    ["PENDING", "ACCEPTED"],
    ["ACCEPTED", "PENDING"],
    ["PENDING", "CANCELLED"],
  ]);
  expect(resumed.events.every((e) => Number(e.cursor) > Number(last.cursor))).toBe(true);
  resumed.stop();
});

describe("across processes", () => {
  let other: StartedProcess;
  beforeAll(async () => {
    // A second API process on the same database, as in a scaled-out deployment (no controls worker of its own).
    other = await startServerProcess(
      "main.ts",
      {
        DATABASE_URL: api.database.url,
        JWT_SECRET: TEST_SECRET,
        PORT: "0",
        HOST: "127.0.0.1",
        FLEXI_DEMO_DATA: "false",
        CONTROLS_WORKER: "false",
      },
      /Flexi at work API: (http\S+)/,
    );
  }, 60_000);
  afterAll(async () => {
    expect(await other.stop("SIGTERM")).toBe(0);
  });

  it("a subscriber on one process sees a change made through another", async () => {
    const client = createClient({
      url: other.ready.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokenA}` },
      retryAttempts: 0,
    });
    try {
      // Live (no `after`): give the subscription a moment to be registered on the other process.
      const seen = watch(client, { employerId: fx.employerA });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const id = await declare(api, tokenA, fx.employerA, fx.workers.both.id);
      await eventually(
        async () => (seen.events.filter((e) => e.declaration.id === id).length === 2 ? true : undefined),
        10_000,
        "events on the other process",
      );
      expect(seen.events.filter((e) => e.declaration.id === id).map((e) => e.to)).toEqual(["PENDING", "ACCEPTED"]);
      expect(seen.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});
