/**
 * The SDK against the real server: typed queries and mutations, API errors with their codes and
 * field errors, and a status watch that resumes after a dropped connection without losing or
 * repeating an event.
 */
import WebSocket from "ws";
import { sql } from "../../server/src/db/sql";
import { startTestApi, eventually, type TestApi } from "../../server/src/test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  submit,
} from "../../server/src/test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../server/src/test/fixtures";
import {
  createFlexiClient,
  EboxMessageReceived,
  EboxMessages,
  FlexiApiError,
  SignIn,
  SubmitDeclarations,
  WageDeclaration,
  WageDeclarations,
  type EboxMessageEvent,
  type FlexiClient,
  type StatusEvent,
} from "./index";

let api: TestApi;
let fx: Fixtures;
let client: FlexiClient;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
  client = createFlexiClient({ url: api.server.url, webSocketImpl: WebSocket });
  const signedIn = await client.request(SignIn, { login: fx.logins.declarantA, password: FIXTURE_PASSWORD });
  client.setToken(signedIn.signIn.token);
});
afterAll(async () => {
  await client.close();
  await api.close();
});

it("runs typed queries and mutations", async () => {
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const submissionId = await createSubmission(api, token, fx.employerA);
  const id = await addDeclaration(api, token, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, token, submissionId);
  await controlled(api, token, id);
  const list = await client.request(WageDeclarations, { filter: { employerId: { eq: fx.employerA } }, first: 10 });
  expect(list.wageDeclarations.nodes.map((d) => d.id)).toContain(id);
  const one = await client.request(WageDeclaration, { id });
  expect(one.wageDeclaration?.properties[0]?.workerType).toBe("BLUE_COLLAR_050");
});

it("throws FlexiApiError with the code and every field error", async () => {
  const bad = {
    ...declarationInput(fx.workers.aQuarter.id, { calculationPeriod: { start: "2024-12-01", end: "2025-01-05" } }),
  };
  const error = await client
    .request(SubmitDeclarations, {
      input: { employerId: fx.employerA, idempotencyKey: "sdk-bad", declarations: [bad as never] },
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FlexiApiError);
  expect((error as FlexiApiError).code).toBe("BAD_USER_INPUT");
  expect((error as FlexiApiError).fieldErrors.map((e) => e.path.join("."))).toEqual([
    "declarations.0.calculationPeriod.start",
    "declarations.0.calculationPeriod.end",
  ]);
});

it("watchStatus resumes after a dropped connection: every event once, in order", async () => {
  const seen: StatusEvent[] = [];
  const stop = client.watchStatus({ employerId: fx.employerA, after: "0" }, (event) => seen.push(event));
  const declare = async (n: number) => {
    const input = {
      employerId: fx.employerA,
      idempotencyKey: `sdk-watch-${n}`,
      declarations: [declarationInput(fx.workers.aQuarter.id, { payslipReference: `W-${n}` }) as never],
    };
    await client.request(SubmitDeclarations, { input });
  };
  await declare(1);
  await eventually(async () => (seen.some((e) => e.to === "ACCEPTED") ? true : undefined), 10_000, "first events");
  client.terminate();
  await declare(2); // committed while the socket is down or reconnecting
  await declare(3);
  // Everything controlled, then every event of the log must have arrived exactly once, in order.
  await eventually(
    async () =>
      (await api.database.db.one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM wage_declaration WHERE status = 'PENDING'`,
      ))!.n === 0
        ? true
        : undefined,
    15_000,
    "controls",
  );
  const log = (
    await api.database.db.query<{ seq: string }>(
      sql`SELECT seq FROM status_event WHERE employer_id = ${fx.employerA} ORDER BY seq`,
    )
  ).map((r) => Number(r.seq));
  await eventually(
    async () => (seen.length >= log.length ? true : undefined),
    15_000,
    "all events after the reconnect",
  );
  expect(seen.map((e) => Number(e.cursor))).toEqual(log);
  const cursors = seen.map((e) => Number(e.cursor));
  expect(new Set(cursors).size).toBe(cursors.length);
  expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
  stop();
}, 30_000);

it("watchEbox resumes after a dropped connection: every message once, in order", async () => {
  const seen: EboxMessageEvent[] = [];
  const since = (await api.database.db.one<{ seq: string }>(
    sql`SELECT value::text AS seq FROM event_counter WHERE name = 'ebox_message'`,
  ))!.seq;
  const stop = client.watchEbox({ employerId: fx.employerA, after: since }, (message) => seen.push(message));
  const declare = async (n: number) => {
    const input = {
      employerId: fx.employerA,
      idempotencyKey: `sdk-ebox-${n}`,
      declarations: [declarationInput(fx.workers.aQuarter.id, { payslipReference: `E-${n}` }) as never],
    };
    await client.request(SubmitDeclarations, { input });
  };
  await declare(1);
  await eventually(async () => (seen.length > 0 ? true : undefined), 10_000, "the first message");
  client.terminate();
  await declare(2); // messages written while the socket is down or reconnecting
  await declare(3);
  await eventually(
    async () =>
      (await api.database.db.one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM wage_declaration WHERE status = 'PENDING'`,
      ))!.n === 0
        ? true
        : undefined,
    15_000,
    "controls",
  );
  const log = (
    await api.database.db.query<{ seq: string }>(
      sql`SELECT seq::text FROM ebox_message WHERE employer_id = ${fx.employerA} AND seq > ${since}::bigint ORDER BY seq`,
    )
  ).map((r) => r.seq);
  expect(log.length).toBeGreaterThanOrEqual(3);
  await eventually(
    async () => (seen.length >= log.length ? true : undefined),
    15_000,
    "every message after the reconnect",
  );
  expect(seen.map((m) => m.logCursor)).toEqual(log);
  stop();
}, 30_000);

it("asks a token function before each request, sends the language over HTTP and the WebSocket, and says when it is back after a loss", async () => {
  let token: string | undefined;
  let language = "fr";
  const other = createFlexiClient({
    url: api.server.url,
    webSocketImpl: WebSocket,
    token: () => token,
    language: () => language,
  });
  try {
    const signedOut = await other.request(EboxMessages, { first: 1 }).catch((e: unknown) => e);
    expect((signedOut as FlexiApiError).code).toBe("UNAUTHENTICATED");
    token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    const subjects = async (first = 5) =>
      (await other.request(EboxMessages, { first })).eboxMessages.nodes.map((m) => m.subject);
    // A submission of its own, so that the e-Box holds at least its summary.
    await client.request(SubmitDeclarations, {
      input: {
        employerId: fx.employerA,
        idempotencyKey: "sdk-language",
        declarations: [declarationInput(fx.workers.aQuarter.id, { payslipReference: "L-1" }) as never],
      },
    });
    const inFrench = await eventually(
      async () => {
        const found = await subjects();
        return found.length > 0 ? found : undefined;
      },
      15_000,
      "a message in the e-Box",
    );
    language = "de";
    const inGerman = await subjects();
    expect(inGerman).not.toEqual(inFrench);

    // The WebSocket: the first message of the log, replayed in the language asked when connecting.
    const heard: string[] = [];
    let reconnects = 0;
    const offReconnect = other.onReconnect(() => (reconnects += 1));
    const stop = other.subscribe(EboxMessageReceived, { employerId: fx.employerA, after: "0" }, (data) =>
      heard.push(data.eboxMessageReceived.subject),
    );
    await eventually(async () => (heard.length > 0 ? true : undefined), 10_000, "a replayed message");
    const first = heard[0]!;
    expect(reconnects).toBe(0);
    language = "fr";
    const before = heard.length;
    other.terminate();
    await eventually(async () => (reconnects > 0 ? true : undefined), 10_000, "the reconnect");
    await eventually(async () => (heard.length > before ? true : undefined), 10_000, "the replay after it");
    expect(heard[before]).not.toBe(first);
    expect(await subjects(500)).toContain(heard[before]); // the whole e-Box, in French again
    stop();
    offReconnect();
  } finally {
    await other.close();
  }
}, 30_000);
