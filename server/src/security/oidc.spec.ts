/**
 * Tokens of an OpenID Connect issuer beside local sign-in (docs/architecture.md#tenancy-access-and-errors): a JWKS served by a small
 * HTTP server in the test, RS256 tokens signed here.
 */
import { generateKeyPair, SignJWT } from "jose";
import { sql } from "../db/sql";
import { errorCodes, startTestApi, wsRequest, type TestApi } from "../test/api";
import { OIDC_AUDIENCE as AUDIENCE, startIssuer, type Issuer } from "../test/oidc-issuer";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { readSecuritySettings } from "./settings";

const ME = `{ me { login backOffice } }`;

describe("OIDC tokens with OIDC_JWKS_URL, the user found by `sub`", () => {
  let issuer: Issuer;
  let api: TestApi;
  let fx: Fixtures;
  beforeAll(async () => {
    issuer = await startIssuer();
    api = await startTestApi({
      controls: false,
      services: { oidc: { issuer: issuer.url, audience: AUDIENCE, jwksUrl: issuer.jwksUrl, loginClaim: "sub" } },
    });
    fx = await loadFixtures(api.database.db);
  });
  afterAll(async () => {
    await api.close();
    await issuer.close();
  });

  it("accepts a valid token of the issuer for the user whose login is its subject (ignoring case), over HTTP and WebSocket", async () => {
    const token = await issuer.sign({ sub: fx.logins.backOffice.toUpperCase() });
    const answer = await api.request<{ me: { login: string; backOffice: boolean } }>(ME, {}, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.me).toEqual({ login: fx.logins.backOffice, backOffice: true });
    // The second request finds the session the first opened.
    expect((await api.request(ME, {}, token)).errors).toBeUndefined();
    const overWs = await wsRequest<{ me: { login: string } }>(api.wsClient(token), ME);
    expect(overWs.data?.me.login).toBe(fx.logins.backOffice);
  });

  it("answers UNAUTHENTICATED for another audience, an expired token, an unknown key, another issuer or an unknown user", async () => {
    const { privateKey: strangerKey } = await generateKeyPair("RS256");
    const sub = fx.logins.declarantA;
    const refused = {
      audience: await issuer.sign({ sub }, { audience: "another-app" }),
      expired: await issuer.sign({ sub }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
      unknownKey: await issuer.sign({ sub }, { key: strangerKey, kid: "key-2" }),
      sameKidOtherKey: await issuer.sign({ sub }, { key: strangerKey }),
      otherIssuer: await issuer.sign({ sub }, { issuer: "https://elsewhere.example" }),
      unknownUser: await issuer.sign({ sub: "nobody.here" }),
      noSubject: await issuer.sign({}),
    };
    for (const [why, token] of Object.entries(refused)) {
      expect({ why, codes: errorCodes(await api.request(ME, {}, token)) }).toEqual({ why, codes: ["UNAUTHENTICATED"] });
    }
  });

  it("refuses a token of the issuer signed with HS256 (no algorithm confusion)", async () => {
    const secret = new TextEncoder().encode("a shared secret of at least 32 bytes!!");
    const token = await new SignJWT({ sub: fx.logins.backOffice })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(issuer.url)
      .setAudience(AUDIENCE)
      .setExpirationTime("10m")
      .sign(secret);
    expect(errorCodes(await api.request(ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
  });

  it("keeps local sign-in working beside it, and signOut revokes an issuer's token here", async () => {
    const local = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    expect((await api.request(ME, {}, local)).errors).toBeUndefined();

    const token = await issuer.sign({ sub: fx.logins.worker });
    expect((await api.request(ME, {}, token)).errors).toBeUndefined();
    expect((await api.request(`mutation { signOut }`, {}, token)).data).toEqual({ signOut: true });
    expect(errorCodes(await api.request(ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
    // A new token of the same user works again.
    expect(
      (await api.request(ME, {}, await issuer.sign({ sub: fx.logins.worker, nonce: "2" }))).errors,
    ).toBeUndefined();
  });

  it("refuses the token of a disabled user", async () => {
    const token = await issuer.sign({ sub: fx.logins.adminA });
    expect((await api.request(ME, {}, token)).errors).toBeUndefined();
    await api.database.db.query(sql`UPDATE app_user SET disabled = true WHERE login = ${fx.logins.adminA}`);
    expect(errorCodes(await api.request(ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("OIDC tokens with the issuer's discovery document, the user found by `preferred_username`", () => {
  let issuer: Issuer;
  let api: TestApi;
  let fx: Fixtures;
  beforeAll(async () => {
    issuer = await startIssuer();
    api = await startTestApi({
      controls: false,
      services: {
        oidc: { issuer: issuer.url, audience: AUDIENCE, jwksUrl: undefined, loginClaim: "preferred_username" },
      },
    });
    fx = await loadFixtures(api.database.db);
  });
  afterAll(async () => {
    await api.close();
    await issuer.close();
  });

  it("finds the keys through /.well-known/openid-configuration and maps preferred_username to the login", async () => {
    const token = await issuer.sign({ sub: "f:1234-5678", preferred_username: fx.logins.declarantA });
    const answer = await api.request<{ me: { login: string } }>(ME, {}, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.me.login).toBe(fx.logins.declarantA);
    expect(issuer.jwksRequests).toBe(1);
    // The subject alone is not a login here.
    expect(errorCodes(await api.request(ME, {}, await issuer.sign({ sub: fx.logins.declarantA })))).toEqual([
      "UNAUTHENTICATED",
    ]);
  });
});

describe("OIDC settings", () => {
  it("are read from the environment; the audience is required with an issuer", () => {
    expect(readSecuritySettings({}).oidc).toBeUndefined();
    expect(
      readSecuritySettings({ OIDC_ISSUER: "https://login.example.be/realms/flexi", OIDC_AUDIENCE: "flexi-api" }).oidc,
    ).toEqual({
      issuer: "https://login.example.be/realms/flexi",
      audience: "flexi-api",
      jwksUrl: undefined,
      loginClaim: "sub",
    });
    expect(
      readSecuritySettings({
        OIDC_ISSUER: "https://i",
        OIDC_AUDIENCE: "a",
        OIDC_JWKS_URL: "https://i/keys",
        OIDC_LOGIN_CLAIM: "preferred_username",
      }).oidc,
    ).toEqual({ issuer: "https://i", audience: "a", jwksUrl: "https://i/keys", loginClaim: "preferred_username" });
    expect(() => readSecuritySettings({ OIDC_ISSUER: "https://i" })).toThrow(
      "OIDC_AUDIENCE is required with OIDC_ISSUER",
    );
    expect(() => readSecuritySettings({ OIDC_AUDIENCE: "a" })).toThrow("need OIDC_ISSUER");
  });
});
