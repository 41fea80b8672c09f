/**
 * Subscriptions under churn (docs/architecture.md#the-status-log): 200 graphql-ws subscribers of
 * declarationStatusChanged (declarants of A and B, the back office, a worker) on two API
 * processes (this one, with its controls worker, and a second `main.ts` without one) drop their
 * connection at random moments and resume with `after` = the cursor of the last event they
 * received, on either process, while status events commit from both processes and from the
 * controls. At the end each subscriber has received exactly the events it may see, as the
 * status_event table lists them (filtered by that user's tenancy and the subscription's
 * filter), each once and in commit order.
 *
 * The churn is random but seeded (printed; CHURN_SEED=<n> draws the same stays and processes, though
 * their interleaving with the traffic still depends on timing).
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { sql } from "../db/sql";
import { eventually, startTestApi, TEST_SECRET, type TestApi } from "../test/api";
import { addFlexDimonaThisMonth, declarationInput, recentPeriod } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { startServerProcess, type StartedProcess } from "../test/process";
import { dataOf, sleep } from "./proof-support";

const SEED = Number(process.env.CHURN_SEED ?? 72_026);
const SUBSCRIBERS = 200;
/** A subscriber stays connected this long (ms, uniformly at random) before it drops its connection. */
const STAY = { min: 40, max: 900 };

const STATUS = `subscription($after: String, $employerId: ID) {
  declarationStatusChanged(after: $after, employerId: $employerId) { cursor from to declaration { id } } }`;
type Event = { cursor: string; from: string | null; to: string; declaration: { id: string } };
type Role = "declarantA" | "declarantB" | "backOffice" | "worker";
interface LoggedEvent {
  seq: string;
  declarationId: string;
  from: string | null;
  to: string;
  employerId: string;
  ssin: string;
}

/** mulberry32: a small seeded generator, so that a failing schedule can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let api: TestApi;
let other: StartedProcess;
let fx: Fixtures;
const tokens = {} as Record<Role, string>;
/** The WebSocket URLs of the two processes. */
let urls: string[];
const rand = random(SEED);
const subscribers: Subscriber[] = [];

/** One subscriber: a user, a filter, and the events it received over all its connections. */
class Subscriber {
  readonly received: Event[] = [];
  readonly errors: unknown[] = [];
  connections = 0;
  private client: Client | undefined;
  private stop: (() => void) | undefined;

  constructor(
    readonly role: Role,
    readonly employerId: string | undefined,
    private readonly start: string,
  ) {}

  /** Subscribes on a process picked at random, from the last event received (or from the start of the test). */
  connect(): void {
    const client = createClient({
      url: urls[Math.floor(rand() * urls.length)]!,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens[this.role]}` },
      retryAttempts: 0,
      lazy: true,
    });
    const after = this.received.length ? this.received[this.received.length - 1]!.cursor : this.start;
    let open = true;
    const unsubscribe = client.subscribe<{ declarationStatusChanged: Event }>(
      { query: STATUS, variables: { after, ...(this.employerId ? { employerId: this.employerId } : {}) } },
      {
        next: (result) => {
          if (!open) return;
          if (result.data) this.received.push(result.data.declarationStatusChanged);
          if (result.errors) this.errors.push(...result.errors);
        },
        // Errors of a connection this subscriber closed itself are not the server's.
        error: (error) => {
          if (open) this.errors.push(error instanceof Error ? error.message : error);
        },
        complete: () => undefined,
      },
    );
    this.client = client;
    this.connections += 1;
    this.stop = () => {
      open = false;
      unsubscribe();
    };
  }

  /** Drops the connection: the subscription and its socket. */
  async disconnect(): Promise<void> {
    this.stop?.();
    const client = this.client;
    this.client = undefined;
    await client?.dispose();
  }

  /** The events of the log this subscriber may see (docs/architecture.md#tenancy-access-and-errors), then narrowed by its filter. */
  expected(log: LoggedEvent[]): Event[] {
    return log
      .filter((e) => {
        const maySee =
          this.role === "backOffice" ||
          (this.role === "declarantA" && e.employerId === fx.employerA) ||
          (this.role === "declarantB" && e.employerId === fx.employerB) ||
          (this.role === "worker" && e.ssin === fx.workers.both.ssin);
        return maySee && (this.employerId === undefined || e.employerId === this.employerId);
      })
      .map((e) => ({ cursor: e.seq, from: e.from, to: e.to, declaration: { id: e.declarationId } }));
  }
}

/** POST /graphql on one of the processes; the answer's data, or a failure with its errors. */
async function call<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return dataOf(JSON.parse(await response.text()) as { data?: T; errors?: [] }, query.slice(0, 60));
}

async function allControlled(): Promise<void> {
  await eventually(
    async () => {
      const row = await api.database.db.one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM wage_declaration WHERE status = 'PENDING'`,
      );
      return row!.n === 0 ? true : undefined;
    },
    30_000,
    "every declaration to be controlled",
  );
}

beforeAll(async () => {
  console.log(`subscription churn seed: ${SEED} (CHURN_SEED=${SEED} replays it)`);
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  // A second API process on the same database, without a controls worker: it takes requests and
  // subscribers, and the declarations submitted through it commit their events there.
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
  urls = [api.server.wsUrl, other.ready.replace(/^http/, "ws")];
  for (const role of ["declarantA", "declarantB", "backOffice", "worker"] as const)
    tokens[role] = await api.signIn(fx.logins[role], FIXTURE_PASSWORD);
  for (const [employerId, workerId] of [
    [fx.employerA, fx.workers.aQuarter.id],
    [fx.employerA, fx.workers.both.id],
    [fx.employerB, fx.workers.bOnly.id],
    [fx.employerB, fx.workers.both.id],
  ] as const) {
    await addFlexDimonaThisMonth(api.database.db, employerId, workerId);
  }
}, 90_000);
afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.disconnect()));
  await other?.stop("SIGTERM");
  await api?.close();
});

it(`${SUBSCRIBERS} subscribers that drop and resume at random, on two processes, each receive every event they may see once and in order`, async () => {
  const http = { inProcess: api.server.url, other: other.ready };
  const start =
    (await api.database.db.one<{ value: string }>(sql`SELECT value FROM event_counter WHERE name = 'status_event'`))
      ?.value ?? "0";

  // Who subscribes: declarants of A and B, the back office (all, or one employer), the worker, and
  // B's declarants asking for A's events (they may see none of them).
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const kind = i % 10;
    subscribers.push(
      kind < 3
        ? new Subscriber("declarantA", undefined, start)
        : kind < 6
          ? new Subscriber("declarantB", kind === 5 ? fx.employerA : undefined, start)
          : kind < 9
            ? new Subscriber("backOffice", kind === 8 ? fx.employerB : undefined, start)
            : new Subscriber("worker", undefined, start),
    );
  }
  for (const s of subscribers) {
    s.connect();
    await sleep(2); // not all 200 in the same millisecond
  }

  // The churn: each subscriber drops its connection after a random while and resumes, until told to stop (connected).
  let churning = true;
  const churn = subscribers.map(async (s) => {
    while (churning) {
      await sleep(STAY.min + rand() * (STAY.max - STAY.min));
      if (!churning) break;
      await s.disconnect();
      await sleep(rand() * 50);
      s.connect();
    }
  });

  /** The traffic, through both processes at once. */
  async function traffic(): Promise<void> {
    // Phase 1: A declares through this process (wizard),
    // B through the other (bulk); the controls (this process) accept them.
    const period = recentPeriod();
    const declareA = async () => {
      const ids: string[] = [];
      for (let n = 0; n < 12; n++) {
        const submissionId = (
          await call(
            http.inProcess,
            `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`,
            { input: { employerId: fx.employerA, from: period.start, to: period.end } },
            tokens.declarantA,
          )
        ).createSubmission.id as string;
        for (const workerId of [fx.workers.aQuarter.id, fx.workers.both.id, fx.workers.aQuarter.id]) {
          ids.push(
            (
              await call(
                http.inProcess,
                `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
                {
                  input: { submissionId, ...declarationInput(workerId, { payslipReference: `A-${n}-${ids.length}` }) },
                },
                tokens.declarantA,
              )
            ).addDeclaration.id,
          );
        }
        await call(
          http.inProcess,
          `mutation($id: ID!, $key: String!) { submitSubmission(id: $id, idempotencyKey: $key) { id } }`,
          { id: submissionId, key: `churn-A-${n}` },
          tokens.declarantA,
        );
      }
      return ids;
    };
    const declareB = async () => {
      const ids: string[] = [];
      for (let n = 0; n < 6; n++) {
        const declarations = Array.from({ length: 6 }, (_, i) =>
          declarationInput(i % 2 ? fx.workers.both.id : fx.workers.bOnly.id, {
            payslipReference: `B-${n}-${i}`,
            properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: `${100 + i}.00` }],
          }),
        );
        const submission = await call(
          http.other,
          `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { declarations(first: 50) { nodes { id } } } }`,
          { input: { employerId: fx.employerB, idempotencyKey: `churn-B-${n}`, declarations } },
          tokens.declarantB,
        );
        ids.push(...(submission.submitDeclarations.declarations.nodes as { id: string }[]).map((d) => d.id));
        await sleep(100);
      }
      return ids;
    };
    const [ofA, ofB] = await Promise.all([declareA(), declareB()]);
    await allControlled();

    // Phase 2: changes of accepted declarations through the other process than the one they were made
    // through: A's modifications (other), B's deletions (this one), the back office's corrections of both (other).
    const view = async (id: string) =>
      (
        await call(
          http.inProcess,
          `query($id: ID!) { wageDeclaration(id: $id) { version worker { id } employer { id } } }`,
          { id },
          tokens.backOffice,
        )
      ).wageDeclaration as { version: number; worker: { id: string }; employer: { id: string } };
    const modifyA = async () => {
      for (const id of ofA.slice(0, 16)) {
        const current = await view(id);
        await call(
          http.other,
          `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
          {
            id,
            v: current.version,
            input: declarationInput(current.worker.id, {
              properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "321.00" }],
            }),
          },
          tokens.declarantA,
        );
      }
    };
    const deleteB = async () => {
      for (const id of ofB.slice(0, 16)) {
        await call(
          http.inProcess,
          `mutation($id: ID!, $v: Int!) { deleteDeclaration(id: $id, expectedVersion: $v) { id } }`,
          { id, v: (await view(id)).version },
          tokens.declarantB,
        );
      }
    };
    const correct = async () => {
      for (const id of [...ofA.slice(20, 26), ...ofB.slice(20, 26)]) {
        const current = await view(id);
        const employerClass = current.employer.id === fx.employerA ? "017" : "058";
        await call(
          http.other,
          `mutation($id: ID!, $v: Int!, $input: DeclarationInput!, $reason: String!) { correctDeclaration(id: $id, expectedVersion: $v, input: $input, reason: $reason) { id } }`,
          {
            id,
            v: current.version,
            reason: "Churn correction",
            input: declarationInput(current.worker.id, {
              properties: [{ employerClass, workerType: "BLUE_COLLAR_050", grossWage: "555.55" }],
            }),
          },
          tokens.backOffice,
        );
      }
    };
    await Promise.all([modifyA(), deleteB(), correct()]);
    await allControlled();
    await sleep(500);
  }

  try {
    await traffic();
  } finally {
    churning = false;
    await Promise.all(churn);
  }

  // The log as it stands, and what each subscriber may see of it.
  const log = await api.database.db.query<LoggedEvent>(sql`
    SELECT e.seq::text AS seq, e.declaration_id AS "declarationId", e.from_status AS "from", e.to_status AS "to", e.employer_id AS "employerId", w.ssin
    FROM status_event e JOIN worker w ON w.id = e.worker_id WHERE e.seq > ${start}::bigint ORDER BY e.seq`);
  expect(log.length).toBeGreaterThanOrEqual(200);
  try {
    await eventually(
      async () => (subscribers.every((s) => s.received.length >= s.expected(log).length) ? true : undefined),
      20_000,
      "every subscriber to catch up",
    );
  } catch {
    // Fall through: the comparison below shows who is missing what.
  }
  await sleep(500); // time for anything sent twice to arrive

  const connections = subscribers.reduce((n, s) => n + s.connections, 0);
  console.log(
    `subscription churn: ${log.length} events, ${SUBSCRIBERS} subscribers, ${connections} connections (${connections - SUBSCRIBERS} resumes), seed ${SEED}`,
  );
  const wrong = subscribers.flatMap((s, i) => {
    const expected = s.expected(log);
    if (JSON.stringify(s.received) === JSON.stringify(expected) && s.errors.length === 0) return [];
    const got = s.received.map((e) => e.cursor);
    const want = expected.map((e) => e.cursor);
    return [
      {
        subscriber: i,
        role: s.role,
        employerId: s.employerId ?? null,
        connections: s.connections,
        errors: s.errors.slice(0, 3),
        missing: want.filter((c) => !got.includes(c)).slice(0, 10),
        unexpected: got.filter((c) => !want.includes(c)).slice(0, 10),
        duplicates: got.filter((c, n) => got.indexOf(c) !== n).slice(0, 10),
        outOfOrder: got.some((c, n) => n > 0 && Number(c) <= Number(got[n - 1])),
        received: got.length,
        expected: want.length,
      },
    ];
  });
  await Promise.all(subscribers.map((s) => s.disconnect()));
  expect(wrong).toEqual([]);
  // The subscriptions had something to show: each declarant and the back office saw events, B asking for A's saw none.
  expect(
    subscribers
      .filter((s) => s.role !== "declarantB" || s.employerId === undefined)
      .every((s) => s.received.length > 0),
  ).toBe(true);
  expect(connections - SUBSCRIBERS).toBeGreaterThan(SUBSCRIBERS);
}, 120_000);
