/**
 * Rate-limited sign-in (docs/operations.md#limits): failed attempts per login and per client address in a
 * sliding window, kept in PostgreSQL so that every API process counts the same failures.
 */
import { createHash } from "node:crypto";
import { buildFlexiSchema } from "../graphql/schema";
import { sql } from "../db/sql";
import { startServer, type RunningServer } from "../server";
import { Services } from "../services";
import { errorCodes, startTestApi, TEST_SECRET, wsRequest, type GraphQLAnswer, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { readSecuritySettings } from "./settings";
import { LOGIN_WIDE_FACTOR } from "./sign-in-limiter";

const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token } }`;
type SignInAnswer = GraphQLAnswer<{ signIn: { token: string } }> & {
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
};

let api: TestApi;
let fx: Fixtures;
let second: { server: RunningServer; services: Services };
let addressCounter = 0;

beforeAll(async () => {
  // One trusted proxy: the tests pick the client's address with X-Forwarded-For.
  api = await startTestApi({ controls: false, security: { trustProxyHops: 1 } });
  fx = await loadFixtures(api.database.db);
  // A second API process on the same database, with its own services (nothing shared in memory).
  const services = new Services(api.database.dataSource, { secret: TEST_SECRET, ttlSeconds: 3600 });
  const server = await startServer({
    schema: await buildFlexiSchema(),
    services,
    port: 0,
    host: "127.0.0.1",
    security: { trustProxyHops: 1 },
  });
  second = { server, services };
});
afterAll(async () => {
  await second.server.stop();
  await second.services.close();
  await api.close();
});
beforeEach(async () => {
  await api.database.db.query(sql`DELETE FROM sign_in_attempt`);
});

/** A new client address each time unless one is given. */
function freshAddress(): string {
  addressCounter += 1;
  return `10.1.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`;
}

async function signIn(
  login: string,
  password: string,
  options: { address?: string; server?: RunningServer } = {},
): Promise<{ status: number; answer: SignInAnswer }> {
  const response = await fetch((options.server ?? api.server).url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": options.address ?? freshAddress() },
    body: JSON.stringify({ query: SIGN_IN, variables: { login, password } }),
  });
  return { status: response.status, answer: (await response.json()) as SignInAnswer };
}

const codeOf = (result: { answer: SignInAnswer }) => errorCodes(result.answer)[0] ?? "OK";

it("refuses a login's 11th attempt from one address within 15 minutes with RATE_LIMITED and retryAfterSeconds, even with the right password", async () => {
  const address = freshAddress();
  for (let i = 0; i < 10; i++)
    expect(codeOf(await signIn(fx.logins.declarantA, "wrong password", { address }))).toBe("UNAUTHENTICATED");
  const refused = await signIn(fx.logins.declarantA, FIXTURE_PASSWORD, { address });
  expect(refused.status).toBe(200);
  expect(refused.answer.data ?? null).toBeNull();
  const error = refused.answer.errors![0]!;
  expect(error.extensions!.code).toBe("RATE_LIMITED");
  expect(error.message).toBe("Too many failed sign-ins. Try again in 15 minutes.");
  expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(800);
  expect(error.extensions!.retryAfterSeconds).toBeLessThanOrEqual(900);
  // Another login from there is not concerned, nor the owner of this one from elsewhere.
  expect(codeOf(await signIn(fx.logins.declarantB, FIXTURE_PASSWORD, { address }))).toBe("OK");
  expect(codeOf(await signIn(fx.logins.declarantA, FIXTURE_PASSWORD))).toBe("OK");
});

/** Failed attempts of a login as the limiter records them (faster than making them one by one). */
async function recordFailures(login: string, addresses: readonly string[]): Promise<void> {
  const key = createHash("sha256").update(login.toLowerCase()).digest("hex");
  await api.database.db.query(
    sql`INSERT INTO sign_in_attempt (login_key, address) SELECT ${key}, unnest(${[...addresses]}::text[])`,
  );
}

it(`refuses a login from every address once it failed ${10 * LOGIN_WIDE_FACTOR} times from several within 15 minutes`, async () => {
  const addresses = Array.from({ length: 10 * LOGIN_WIDE_FACTOR - 1 }, (_, i) => `10.9.${Math.floor(i / 9)}.${i % 9}`); // 9 per address
  await recordFailures(fx.logins.adminA, addresses);
  expect(codeOf(await signIn(fx.logins.adminA, "wrong password"))).toBe("UNAUTHENTICATED"); // the 100th
  expect(codeOf(await signIn(fx.logins.adminA, FIXTURE_PASSWORD))).toBe("RATE_LIMITED");
  expect(codeOf(await signIn(fx.logins.declarantB, FIXTURE_PASSWORD))).toBe("OK");
});

it("treats an unknown login exactly like a known one", async () => {
  const known: string[] = [];
  const unknown: string[] = [];
  const [here, there] = [freshAddress(), freshAddress()];
  for (let i = 0; i < 11; i++) {
    known.push(codeOf(await signIn(fx.logins.adminA, "wrong password", { address: here })));
    unknown.push(codeOf(await signIn("nobody.here", "wrong password", { address: there })));
  }
  expect(unknown).toEqual(known);
  expect(known.slice(-2)).toEqual(["UNAUTHENTICATED", "RATE_LIMITED"]);
});

it("forgets a login's failures from an address after a successful sign-in from there", async () => {
  const address = freshAddress();
  for (let i = 0; i < 9; i++) await signIn(fx.logins.declarantB, "wrong password", { address });
  expect(codeOf(await signIn(fx.logins.declarantB, FIXTURE_PASSWORD, { address }))).toBe("OK");
  for (let i = 0; i < 10; i++)
    expect(codeOf(await signIn(fx.logins.declarantB, "wrong password", { address }))).toBe("UNAUTHENTICATED");
  expect(codeOf(await signIn(fx.logins.declarantB, FIXTURE_PASSWORD, { address }))).toBe("RATE_LIMITED");
  // A success elsewhere does not clear them: the one guessing from here stays stopped.
  expect(codeOf(await signIn(fx.logins.declarantB, FIXTURE_PASSWORD))).toBe("OK");
  expect(codeOf(await signIn(fx.logins.declarantB, FIXTURE_PASSWORD, { address }))).toBe("RATE_LIMITED");
});

it("lets a login in again once its failures are older than the window", async () => {
  const address = freshAddress();
  for (let i = 0; i < 10; i++) await signIn(fx.logins.dimonaOnlyA, "wrong password", { address });
  expect(codeOf(await signIn(fx.logins.dimonaOnlyA, FIXTURE_PASSWORD, { address }))).toBe("RATE_LIMITED");
  await api.database.db.query(sql`UPDATE sign_in_attempt SET at = at - interval '15 minutes 1 second'`);
  expect(codeOf(await signIn(fx.logins.dimonaOnlyA, FIXTURE_PASSWORD, { address }))).toBe("OK");
});

it("refuses an address's 51st failure within 15 minutes, whatever the login", async () => {
  const address = freshAddress();
  for (let i = 0; i < 50; i++)
    expect(codeOf(await signIn(`guess.${i}`, "wrong password", { address }))).toBe("UNAUTHENTICATED");
  const refused = await signIn(fx.logins.worker, FIXTURE_PASSWORD, { address });
  expect(codeOf(refused)).toBe("RATE_LIMITED");
  expect(refused.answer.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(800);
  // The same user from another address is not concerned.
  expect(codeOf(await signIn(fx.logins.worker, FIXTURE_PASSWORD))).toBe("OK");
}, 60_000);

it("counts failures across API processes, and lets no more than the limit reach the password check when they come at once", async () => {
  const address = freshAddress();
  for (let i = 0; i < 5; i++) await signIn(fx.logins.backOffice, "wrong password", { server: second.server, address });
  for (let i = 0; i < 5; i++) await signIn(fx.logins.backOffice, "wrong password", { address });
  expect(codeOf(await signIn(fx.logins.backOffice, FIXTURE_PASSWORD, { server: second.server, address }))).toBe(
    "RATE_LIMITED",
  );

  await api.database.db.query(sql`DELETE FROM sign_in_attempt`);
  const all = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signIn(fx.logins.noRights, "wrong password", { server: i % 2 ? second.server : api.server, address }),
    ),
  );
  const codes = all.map(codeOf);
  // Attempts that overlap see each other's rows, so some that would have been the 8th or 9th may
  // be refused too; none beyond the 10th ever reaches the password check.
  const checked = codes.filter((c) => c === "UNAUTHENTICATED").length;
  expect(checked).toBeGreaterThanOrEqual(1);
  expect(checked).toBeLessThanOrEqual(10);
  expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(30 - checked);
  const recorded = await api.database.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM sign_in_attempt`);
  expect(recorded!.n).toBe(checked);
});

it("limits sign-in over WebSocket too", async () => {
  await recordFailures(
    fx.logins.worker,
    Array.from({ length: 10 * LOGIN_WIDE_FACTOR }, (_, i) => `10.8.0.${i % 20}`),
  );
  const result = await wsRequest(api.wsClient(), SIGN_IN, { login: fx.logins.worker, password: FIXTURE_PASSWORD });
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
});

it("keeps no login in clear, only its hash", async () => {
  await signIn("my secret password typed as login", "x");
  const rows = await api.database.db.query<{ loginKey: string }>(
    sql`SELECT login_key AS "loginKey" FROM sign_in_attempt`,
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]!.loginKey).toMatch(/^[0-9a-f]{64}$/);
});

it("reads its limits from the environment", () => {
  expect(readSecuritySettings({}).signIn).toEqual({
    maxFailuresPerLogin: 10,
    maxFailuresPerAddress: 50,
    windowSeconds: 900,
  });
  expect(
    readSecuritySettings({
      SIGN_IN_MAX_FAILURES_PER_LOGIN: "5",
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: "0",
      SIGN_IN_WINDOW_SECONDS: "60",
    }).signIn,
  ).toEqual({ maxFailuresPerLogin: 5, maxFailuresPerAddress: 0, windowSeconds: 60 });
});
