/**
 * Rate-limited sign-in (docs/security.md): failed attempts per login, per client address and per
 * device in a sliding window, kept in PostgreSQL so that every API process counts the same failures.
 */
import { createHash } from "node:crypto";
import { buildFlexiSchema } from "../graphql/schema";
import { sql } from "../db/sql";
import { startServer, type RunningServer } from "../server";
import { Services } from "../services";
import { errorCodes, startTestApi, TEST_SECRET, wsRequest, type GraphQLAnswer, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { addressForLimits } from "./client-address";
import { readSecuritySettings } from "./settings";
import { LOGIN_WIDE_FACTOR } from "./sign-in-limiter";

const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token } }`;
const SIGN_IN_ON_DEVICE = `mutation($login: String!, $password: String!, $deviceToken: String) {
  signIn(login: $login, password: $password, deviceToken: $deviceToken) { token deviceToken }
}`;
type SignInAnswer = GraphQLAnswer<{ signIn: { token: string; deviceToken?: string | null } }> & {
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
  options: { address?: string; server?: RunningServer; deviceToken?: string | null } = {},
): Promise<{ status: number; answer: SignInAnswer }> {
  const onDevice = options.deviceToken !== undefined;
  const response = await fetch((options.server ?? api.server).url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": options.address ?? freshAddress() },
    body: JSON.stringify({
      query: onDevice ? SIGN_IN_ON_DEVICE : SIGN_IN,
      variables: onDevice ? { login, password, deviceToken: options.deviceToken } : { login, password },
    }),
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

it("keeps letting an owner in from a device they signed in on before, after 100 failures from 10 addresses locked their login everywhere else", async () => {
  const first = await signIn(fx.logins.declarantA, FIXTURE_PASSWORD, { deviceToken: null });
  expect(codeOf(first)).toBe("OK");
  const deviceToken = first.answer.data!.signIn.deviceToken!;
  expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const otherLogins = (await signIn(fx.logins.declarantB, FIXTURE_PASSWORD, { deviceToken: null })).answer.data!.signIn
    .deviceToken!;

  for (let a = 0; a < 10; a++) {
    const address = freshAddress();
    for (let i = 0; i < 10; i++)
      expect(codeOf(await signIn(fx.logins.declarantA, "wrong password", { address }))).toBe("UNAUTHENTICATED");
  }
  // Without the device: refused from everywhere, saying how long to wait.
  const refused = await signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  expect(codeOf(refused)).toBe("RATE_LIMITED");
  expect(refused.answer.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(800);
  expect(refused.answer.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(900);
  // A made-up token, or the token of another login, is no device of this login.
  expect(codeOf(await signIn(fx.logins.declarantA, FIXTURE_PASSWORD, { deviceToken: "made-up" }))).toBe("RATE_LIMITED");
  expect(codeOf(await signIn(fx.logins.declarantA, FIXTURE_PASSWORD, { deviceToken: otherLogins }))).toBe(
    "RATE_LIMITED",
  );
  // From the device, whatever its address, the owner gets in and keeps the same device token.
  const again = await signIn(fx.logins.declarantA, FIXTURE_PASSWORD, { deviceToken });
  expect(codeOf(again)).toBe("OK");
  expect(again.answer.data!.signIn.deviceToken).toBe(deviceToken);
  expect(codeOf(await signIn(fx.logins.declarantA, FIXTURE_PASSWORD, { deviceToken }))).toBe("OK");
}, 120_000);

it("bounds guessing with a device token to that device: its 11th attempt within 15 minutes is refused, the login elsewhere is not", async () => {
  const deviceToken = (await signIn(fx.logins.adminA, FIXTURE_PASSWORD, { deviceToken: null })).answer.data!.signIn
    .deviceToken!;
  for (let i = 0; i < 10; i++)
    expect(codeOf(await signIn(fx.logins.adminA, "wrong password", { deviceToken }))).toBe("UNAUTHENTICATED");
  const refused = await signIn(fx.logins.adminA, FIXTURE_PASSWORD, { deviceToken });
  expect(codeOf(refused)).toBe("RATE_LIMITED");
  expect(refused.answer.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(800);
  expect(codeOf(await signIn(fx.logins.adminA, FIXTURE_PASSWORD))).toBe("OK");
  // Expired, the token is no longer a device: the attempt counts like any other.
  await api.database.db.query(sql`UPDATE sign_in_device SET expires_at = now() - interval '1 second'`);
  const expired = await signIn(fx.logins.adminA, FIXTURE_PASSWORD, { deviceToken });
  expect(codeOf(expired)).toBe("OK");
  expect(expired.answer.data!.signIn.deviceToken).not.toBe(deviceToken);
});

it("counts an IPv6 client per /64 network", async () => {
  for (let i = 1; i <= 10; i++) {
    const address = `2001:db8:5:6::${i.toString(16)}`;
    expect(codeOf(await signIn(fx.logins.dimonaOnlyA, "wrong password", { address }))).toBe("UNAUTHENTICATED");
  }
  const refused = await signIn(fx.logins.dimonaOnlyA, FIXTURE_PASSWORD, { address: "2001:DB8:5:6:FFFF:1:2:3" });
  expect(codeOf(refused)).toBe("RATE_LIMITED");
  expect(refused.answer.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(800);
  // The next /64 is another client.
  expect(codeOf(await signIn(fx.logins.dimonaOnlyA, FIXTURE_PASSWORD, { address: "2001:db8:5:7::1" }))).toBe("OK");
});

it("takes an IPv6 address by its /64 whatever its spelling, an IPv4 address as it is", () => {
  expect(addressForLimits("2001:db8:5:6::a")).toBe("2001:db8:5:6::/64");
  expect(addressForLimits("2001:0db8:0005:0006:ffff:1:2:3")).toBe("2001:db8:5:6::/64");
  expect(addressForLimits("2001:db8::1")).toBe("2001:db8:0:0::/64");
  expect(addressForLimits("::1")).toBe("0:0:0:0::/64");
  expect(addressForLimits("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  expect(addressForLimits("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  expect(addressForLimits("1:2:3:4:5:6:7:8")).toBe("1:2:3:4::/64");
  expect(addressForLimits("192.0.2.1")).toBe("192.0.2.1");
  expect(addressForLimits(null)).toBeNull();
});

it("limits wrong current passwords in changePassword like failed sign-ins", async () => {
  const address = freshAddress();
  const token = (await signIn(fx.logins.noRights, FIXTURE_PASSWORD, { address })).answer.data!.signIn.token;
  const change = async (current: string) => {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($current: String!, $next: String!) { changePassword(current: $current, next: $next) }`,
        variables: { current, next: "a new passphrase nobody guesses" },
      }),
    });
    return { answer: (await response.json()) as SignInAnswer };
  };
  for (let i = 0; i < 10; i++) expect(codeOf(await change("wrong password"))).toBe("BAD_USER_INPUT");
  const refused = await change(FIXTURE_PASSWORD);
  expect(codeOf(refused)).toBe("RATE_LIMITED");
  expect(refused.answer.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(800);
  // Refused before the check: the password did not change.
  expect(codeOf(await signIn(fx.logins.noRights, FIXTURE_PASSWORD))).toBe("OK");
});

it("reads its limits from the environment", () => {
  expect(readSecuritySettings({}).signIn).toEqual({
    maxFailuresPerLogin: 10,
    maxFailuresPerAddress: 50,
    maxFailuresPerDevice: 10,
    deviceTtlSeconds: 30 * 24 * 3600,
    maxDevicesPerUser: 20,
    windowSeconds: 900,
  });
  expect(
    readSecuritySettings({
      SIGN_IN_MAX_FAILURES_PER_LOGIN: "5",
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: "0",
      SIGN_IN_MAX_FAILURES_PER_DEVICE: "3",
      SIGN_IN_DEVICE_TTL_SECONDS: "3600",
      SIGN_IN_MAX_DEVICES_PER_USER: "2",
      SIGN_IN_WINDOW_SECONDS: "60",
    }).signIn,
  ).toEqual({
    maxFailuresPerLogin: 5,
    maxFailuresPerAddress: 0,
    maxFailuresPerDevice: 3,
    deviceTtlSeconds: 3600,
    maxDevicesPerUser: 2,
    windowSeconds: 60,
  });
});
