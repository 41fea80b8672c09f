import { signToken } from "../../auth/tokens";
import { errorCodes, startTestApi, TEST_SECRET, wsRequest, type TestApi } from "../../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

const ME = `{ me { id login backOffice ssin language grants { permission employer { id name } } } }`;

describe("access: sign-in, tokens, sessions", () => {
  let api: TestApi;
  let fx: Fixtures;
  beforeAll(async () => {
    api = await startTestApi();
    fx = await loadFixtures(api.database.db);
  });
  afterAll(() => api.close());

  it("signs in with login and password and answers me with the user's rights", async () => {
    const answer = await api.request<{ signIn: { token: string; expiresAt: string; user: { login: string } } }>(
      `mutation { signIn(login: "DECLARANT.A", password: "${FIXTURE_PASSWORD}") { token expiresAt user { login } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const { token, expiresAt, user } = answer.data!.signIn;
    expect(user.login).toBe("declarant.a");
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await api.request<{
      me: { login: string; language: string; grants: { permission: string; employer: { id: string } }[] };
    }>(ME, {}, token);
    expect(me.data!.me.login).toBe("declarant.a");
    expect(me.data!.me.language).toBe("NL"); // the employer's language
    expect(me.data!.me.grants.map((g) => [g.employer.id, g.permission]).sort()).toEqual(
      [
        [fx.employerA, "DIMONA_CONSULTATION"],
        [fx.employerA, "FLEXI_AT_WORK"],
      ].sort(),
    );
  });

  it("refuses a wrong password or an unknown login with UNAUTHENTICATED, and the same message", async () => {
    const wrong = await api.request(`mutation { signIn(login: "declarant.a", password: "nope") { token } }`);
    const unknown = await api.request(`mutation { signIn(login: "who", password: "nope") { token } }`);
    expect(errorCodes(wrong)).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(unknown)).toEqual(["UNAUTHENTICATED"]);
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it("answers UNAUTHENTICATED without a token, with a forged token and with an expired one", async () => {
    expect(errorCodes(await api.request(ME))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await api.request(ME, {}, "not-a-token"))).toEqual(["UNAUTHENTICATED"]);
    const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as {
      sub: string;
      sid: string;
    };
    const expired = signToken(
      { secret: TEST_SECRET, ttlSeconds: 1 },
      claims.sub,
      claims.sid,
      new Date(Date.now() - 1000),
    );
    expect(errorCodes(await api.request(ME, {}, expired))).toEqual(["UNAUTHENTICATED"]);
    const otherSecret = signToken(
      { secret: "another secret of the right length!!!!!!", ttlSeconds: 60 },
      claims.sub,
      claims.sid,
      new Date(Date.now() + 60000),
    );
    expect(errorCodes(await api.request(ME, {}, otherSecret))).toEqual(["UNAUTHENTICATED"]);
  });

  it("signOut revokes the token used, not the user's other sessions", async () => {
    const first = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    const second = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    expect((await api.request(`mutation { signOut }`, {}, first)).data).toEqual({ signOut: true });
    expect(errorCodes(await api.request(ME, {}, first))).toEqual(["UNAUTHENTICATED"]);
    expect((await api.request(ME, {}, second)).errors).toBeUndefined();
  });

  it("changePassword checks the current password, then only the new one works and other sessions end", async () => {
    const token = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
    const other = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
    const wrong = await api.request(`mutation { changePassword(current: "wrong", next: "short") }`, {}, token);
    expect(errorCodes(wrong)).toEqual(["BAD_USER_INPUT"]);
    expect(wrong.errors![0]!.extensions!.fieldErrors!.map((e) => e.path).sort()).toEqual([["current"], ["next"]]);

    const ok = await api.request(
      `mutation($c: String!) { changePassword(current: $c, next: "a much better secret") }`,
      { c: FIXTURE_PASSWORD },
      token,
    );
    expect(ok.data).toEqual({ changePassword: true });
    await expect(api.signIn(fx.logins.adminA, FIXTURE_PASSWORD)).rejects.toThrow();
    await expect(api.signIn(fx.logins.adminA, "a much better secret")).resolves.toEqual(expect.any(String));
    expect((await api.request(ME, {}, token)).errors).toBeUndefined();
    expect(errorCodes(await api.request(ME, {}, other))).toEqual(["UNAUTHENTICATED"]);
  });

  it("takes the token from connectionParams over WebSocket, as over HTTP", async () => {
    const token = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
    const result = await wsRequest<{ me: { login: string; backOffice: boolean } }>(api.wsClient(token), ME);
    expect(result.data?.me).toMatchObject({ login: "agent", backOffice: true });
    const anonymous = await wsRequest(api.wsClient(), ME);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("HTTP answers to bad requests", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const post = (body: string) =>
    fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("a refused operation is a GraphQL error with HTTP 200, not a server failure", async () => {
    const response = await post(JSON.stringify({ query: "{ me { id } }" }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors: unknown }).errors).toEqual([
      { message: "Sign in first.", extensions: { code: "UNAUTHENTICATED" } },
    ]);
  });

  it("a body that is not JSON gets a JSON BAD_USER_INPUT, without a stack trace", async () => {
    const response = await post("{not json");
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: "The request body is not valid JSON.", extensions: { code: "BAD_USER_INPUT", fieldErrors: [] } },
      ],
    });
    expect(text).not.toMatch(/at |node_modules/);
  });
});
