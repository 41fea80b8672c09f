/**
 * A subscription ends with its session. When the token a WebSocket connected with expires (the
 * API's own or an OIDC issuer's), or its session ends earlier, the server closes the connection
 * with 4401 "Session expired": nothing is delivered after, and the client knows to connect again
 * with a fresh token (the SDK's watches do, sdk/src/token-renewal.spec.ts).
 */
import { EventEmitter } from "node:events";
import type { Client } from "graphql-ws";
import { signToken } from "../auth/tokens";
import { sql } from "../db/sql";
import { eventually, startTestApi, TEST_SECRET, type TestApi } from "../test/api";
import { addDeclaration, createSubmission, declarationInput } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { OIDC_AUDIENCE, startIssuer, type Issuer } from "../test/oidc-issuer";
import { SESSION_EXPIRED_CLOSE_CODE, SESSION_EXPIRED_REASON, SessionDeadlines } from "./session-expiry";
import { recordStatusChanges } from "./status-events";

/** Every token of this API lives this long. */
const TTL_SECONDS = 2;

const STATUS = `subscription($declarationId: ID) { declarationStatusChanged(declarationId: $declarationId) { cursor reason } }`;

let api: TestApi;
let issuer: Issuer;
let fx: Fixtures;
let declarationId: string;

beforeAll(async () => {
  issuer = await startIssuer();
  api = await startTestApi({
    tokenTtlSeconds: TTL_SECONDS,
    controls: false,
    services: { oidc: { issuer: issuer.url, audience: OIDC_AUDIENCE, jwksUrl: issuer.jwksUrl, loginClaim: "sub" } },
  });
  fx = await loadFixtures(api.database.db);
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const submissionId = await createSubmission(api, token, fx.employerA);
  declarationId = await addDeclaration(api, token, submissionId, declarationInput(fx.workers.aQuarter.id));
});
afterAll(async () => {
  await api.close();
  await issuer.close();
});

/** A status change of the test's declaration, committed now, with `reason` to tell it apart. */
function recordChange(reason: string): Promise<void> {
  return recordStatusChanges(api.database.db, [
    {
      declarationId,
      employerId: fx.employerA,
      workerId: fx.workers.aQuarter.id,
      versionNumber: 1,
      from: "ACCEPTED",
      to: "PENDING",
      actorId: null,
      reason,
      reasonCode: null,
    },
  ]);
}

/** The `exp` of a JWT, in ms. */
function expiryOf(token: string): number {
  const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as { exp: number };
  return claims.exp * 1000;
}

interface Watched {
  reasons: string[];
  errors: unknown[];
  closes: { code: number; reason: string; at: number }[];
}

/** Watches the declaration's status changes on a connection of its own, noting how the connection closes. */
function watchOver(client: Client): Watched {
  const watched: Watched = { reasons: [], errors: [], closes: [] };
  client.on("closed", (event) => {
    const { code, reason } = event as { code: number; reason: string };
    watched.closes.push({ code, reason, at: Date.now() });
  });
  client.subscribe<{ declarationStatusChanged: { reason: string } }>(
    { query: STATUS, variables: { declarationId } },
    {
      next: (result) => {
        if (result.data) watched.reasons.push(result.data.declarationStatusChanged.reason);
        if (result.errors) watched.errors.push(...result.errors);
      },
      error: (error) => watched.errors.push(error),
      complete: () => undefined,
    },
  );
  return watched;
}

/** One change before the end (delivered), the connection closed with 4401 at `endsAt`, one change after (never delivered). */
async function expectEndedAt(watched: Watched, endsAt: number, name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the subscription reach the server
  expect(Date.now()).toBeLessThan(endsAt);
  await recordChange(`${name}: before`);
  await eventually(async () => (watched.reasons.length > 0 ? true : undefined), 5_000, "the change before the end");
  expect(watched.closes).toEqual([]);
  await eventually(
    async () => (watched.closes.length > 0 ? true : undefined),
    endsAt - Date.now() + 5_000,
    "the close",
  );
  expect(watched.closes).toEqual([
    { code: SESSION_EXPIRED_CLOSE_CODE, reason: SESSION_EXPIRED_REASON, at: expect.any(Number) },
  ]);
  expect(SESSION_EXPIRED_CLOSE_CODE).toBe(4401);
  expect(watched.closes[0]!.at).toBeGreaterThanOrEqual(endsAt);
  // The subscription ends with the close event as its error, as for any close a client must not retry blindly.
  expect(watched.errors).toEqual([expect.objectContaining({ code: 4401 })]);
  await recordChange(`${name}: after`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(watched.reasons).toEqual([`${name}: before`]);
}

it("closes the connection with 4401 when the API's token expires; nothing is delivered after", async () => {
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const watched = watchOver(api.wsClient(token));
  await expectEndedAt(watched, expiryOf(token), "own token");
}, 20_000);

it("closes the connection with 4401 when an OIDC token expires", async () => {
  const expiresAt = Math.floor(Date.now() / 1000) + TTL_SECONDS + 1;
  const token = await issuer.sign({ sub: fx.logins.declarantA }, { expiresIn: expiresAt });
  const watched = watchOver(api.wsClient(token));
  await expectEndedAt(watched, expiresAt * 1000, "OIDC token");
}, 20_000);

it("closes the connection when the session ends before its token does", async () => {
  const user = (await api.database.db.one<{ id: string }>(
    sql`SELECT id FROM app_user WHERE login = ${fx.logins.declarantA}`,
  ))!.id;
  const sessionEnd = new Date(Date.now() + 2_500);
  const session = (await api.database.db.one<{ id: string }>(
    sql`INSERT INTO user_session (user_id, expires_at) VALUES (${user}, ${sessionEnd}) RETURNING id`,
  ))!.id;
  // A token that would live another minute, for a session that ends in 2.5 seconds.
  const token = signToken({ secret: TEST_SECRET, ttlSeconds: 60 }, user, session, new Date(Date.now() + 60_000));
  const watched = watchOver(api.wsClient(token));
  await expectEndedAt(watched, sessionEnd.getTime(), "session");
  expect(watched.closes[0]!.at).toBeLessThan(expiryOf(token));
}, 20_000);

it("a connection whose token is still valid stays open", async () => {
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  const client = api.wsClient(token);
  const watched = watchOver(client);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await recordChange("open");
  await eventually(async () => (watched.reasons.includes("open") ? true : undefined), 5_000, "the change");
  expect(watched.closes).toEqual([]);
  await client.dispose();
});

describe("SessionDeadlines", () => {
  /** Just what the deadlines use of a ws WebSocket: its state, close, and its close event. */
  class FakeSocket extends EventEmitter {
    readyState = 1;
    closedWith: [number, string][] = [];
    close(code: number, reason: string): void {
      this.closedWith.push([code, reason]);
      this.readyState = 2;
    }
  }

  it("a session that ends beyond setTimeout's range (over 24.8 days) does not close the connection early", async () => {
    const deadlines = new SessionDeadlines();
    const socket = new FakeSocket();
    deadlines.endAt(socket, Date.now() + 30 * 24 * 3600 * 1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(socket.closedWith).toEqual([]);
    expect(deadlines.allows(socket)).toBe(true);
    socket.emit("close");
  });

  it("past the session's end nothing more may be sent, even before its timer has run", () => {
    let now = 1_000_000;
    const deadlines = new SessionDeadlines(() => now);
    const socket = new FakeSocket();
    deadlines.endAt(socket, now + 1_000);
    expect(deadlines.allows(socket)).toBe(true);
    now += 1_000; // the clock has passed the end; the timer (real time) has not fired yet
    expect(deadlines.allows(socket)).toBe(false);
    expect(socket.closedWith).toEqual([[4401, "Session expired"]]);
    socket.emit("close");
  });

  it("keeps the earliest end, and forgets the connection once it is closed", async () => {
    const deadlines = new SessionDeadlines();
    const socket = new FakeSocket();
    deadlines.endAt(socket, Date.now() + 60_000);
    deadlines.endAt(socket, Date.now() + 50);
    deadlines.endAt(socket, Date.now() + 120_000);
    await eventually(async () => (socket.closedWith.length ? true : undefined), 2_000, "the close");
    expect(socket.closedWith).toEqual([[4401, "Session expired"]]);

    const closedEarly = new FakeSocket();
    deadlines.endAt(closedEarly, Date.now() + 50);
    closedEarly.readyState = 3;
    closedEarly.emit("close");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(closedEarly.closedWith).toEqual([]);
  });
});
