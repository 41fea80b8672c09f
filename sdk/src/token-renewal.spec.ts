/**
 * Watches across the end of their token, against the real server: when the token expires the
 * server closes the WebSocket with 4401; the SDK asks its token function for a new one (with
 * `renew: true`), connects again and resumes each watch after the last entry it delivered, so
 * that every status change and e-Box message arrives exactly once, in order, and no error is
 * reported.
 */
import WebSocket from "ws";
import { sql } from "../../server/src/db/sql";
import { eventually, startTestApi, type TestApi } from "../../server/src/test/api";
import { addFlexDimonaThisMonth, declarationInput } from "../../server/src/test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../server/src/test/fixtures";
import { createFlexiClient, type EboxMessageEvent, type StatusEvent } from "./index";

/** Every token of this API lives this long. */
const TTL_SECONDS = 3;

let api: TestApi;
let fx: Fixtures;

beforeAll(async () => {
  api = await startTestApi({ tokenTtlSeconds: TTL_SECONDS });
  fx = await loadFixtures(api.database.db);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

async function counter(name: "status_event" | "ebox_message"): Promise<string> {
  return (await api.database.db.one<{ value: string }>(
    sql`SELECT value::text AS value FROM event_counter WHERE name = ${name}`,
  ))!.value;
}

/** A payroll run of one declaration for employer A, with a token of its own: status changes and e-Box messages follow. */
async function declare(n: number): Promise<void> {
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const answer = await api.request(
    `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id } }`,
    {
      input: {
        employerId: fx.employerA,
        idempotencyKey: `renewal-${n}`,
        declarations: [declarationInput(fx.workers.aQuarter.id, { payslipReference: `R-${n}` })],
      },
    },
    token,
  );
  expect(answer.errors).toBeUndefined();
}

it("watchStatus and watchEbox renew an expired token and resume after the last entry: every one once, in order", async () => {
  const statusSince = await counter("status_event");
  const eboxSince = await counter("ebox_message");
  const renewals: boolean[] = [];
  let current: string | undefined;
  const client = createFlexiClient({
    url: api.server.url,
    webSocketImpl: WebSocket,
    // Signs in again when the server said the last token expired (an application would refresh it).
    token: async ({ renew }) => {
      renewals.push(renew);
      if (!current || renew) current = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
      return current;
    },
  });
  const statuses: StatusEvent[] = [];
  const messages: EboxMessageEvent[] = [];
  const errors: unknown[] = [];
  let reconnects = 0;
  const offReconnect = client.onReconnect(() => (reconnects += 1));
  const stopStatus = client.watchStatus(
    { employerId: fx.employerA, after: statusSince },
    (event) => statuses.push(event),
    (error) => errors.push(error),
  );
  const stopEbox = client.watchEbox(
    { employerId: fx.employerA, after: eboxSince },
    (message) => messages.push(message),
    (error) => errors.push(error),
  );
  try {
    await declare(1);
    await eventually(
      async () => (statuses.length > 0 && messages.length > 0 ? true : undefined),
      10_000,
      "the first entries",
    );
    // Payroll runs before, across and after the token's end (the server closes the connection at it).
    let n = 2;
    const deadline = Date.now() + (TTL_SECONDS + 10) * 1000;
    while (!renewals.includes(true) && Date.now() < deadline) await declare(n++);
    expect(renewals).toContain(true);
    await declare(n++);
    await declare(n++);

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
    const statusLog = (
      await api.database.db.query<{ cursor: string }>(
        sql`SELECT seq::text AS cursor FROM status_event WHERE employer_id = ${fx.employerA} AND seq > ${statusSince}::bigint ORDER BY seq`,
      )
    ).map((r) => r.cursor);
    const eboxLog = (
      await api.database.db.query<{ cursor: string }>(
        sql`SELECT seq::text AS cursor FROM ebox_message WHERE employer_id = ${fx.employerA} AND seq > ${eboxSince}::bigint ORDER BY seq`,
      )
    ).map((r) => r.cursor);
    expect(statusLog.length).toBeGreaterThanOrEqual(2 * n - 2);
    await eventually(
      async () => (statuses.length >= statusLog.length && messages.length >= eboxLog.length ? true : undefined),
      15_000,
      "every entry after the renewal",
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything repeated would come now
    expect(statuses.map((e) => e.cursor)).toEqual(statusLog);
    expect(messages.map((m) => m.logCursor)).toEqual(eboxLog);
    expect(errors).toEqual([]);
    expect(reconnects).toBeGreaterThanOrEqual(1);
  } finally {
    stopStatus();
    stopEbox();
    offReconnect();
    await client.close();
  }
}, 60_000);
