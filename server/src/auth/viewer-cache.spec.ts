/**
 * The viewer cache (auth/viewer-cache.ts): what it keeps, for how long, and when it forgets.
 * First its rules with a stand-in for the LISTEN connection and a clock the test moves; then
 * through the API, against PostgreSQL: no statement for the user on a repeated request, a
 * revoked right or session felt on the very next request, and an announcement from another
 * process (a NOTIFY on access_changed) honoured.
 */
import type { ChannelHandler, PgListener } from "../events/pg-listener";
import { sql } from "../db/sql";
import { startTestApi, errorCodes, eventually, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { ViewerCache, type SessionViewer } from "./viewer-cache";
import type { Viewer } from "./viewer";

/** A LISTEN connection the test drives: it hands out the handler and says whether LISTEN works. */
class StandInListener {
  handler: ChannelHandler | undefined;
  failing = false;
  async listen(_channel: string, handler: ChannelHandler): Promise<void> {
    if (this.failing) throw new Error("no connection");
    this.handler = handler;
  }
}

function viewerOf(userId: string, sessionId: string, login = "someone"): Viewer {
  return { userId, sessionId, login, displayName: login, language: "en", backOffice: false, ssin: null, grants: [] };
}

describe("the cache's rules", () => {
  let now = 1_000_000;
  let reads = 0;
  const read =
    (userId: string, sessionId: string, login = "someone", expiresIn = 3_600_000) =>
    async (): Promise<SessionViewer> => {
      reads += 1;
      return { viewer: viewerOf(userId, sessionId, login), sessionExpiresAt: new Date(now + expiresIn) };
    };
  const setUp = (ttlMs = 10_000) => {
    const listener = new StandInListener();
    reads = 0;
    return { listener, cache: new ViewerCache(listener as unknown as PgListener, ttlMs, () => now) };
  };

  it("keeps a session's viewer for the time to live, and not past the session's end", async () => {
    const { cache } = setUp();
    await cache.get("u1", "s1", read("u1", "s1"));
    await cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(1);
    now += 10_001;
    await cache.get("u1", "s1", read("u1", "s1", "someone", 2_000));
    expect(reads).toBe(2);
    now += 2_001; // the session has ended, the time to live has not
    await cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(3);
  });

  it("forgets every session of a user announced on the channel, and only theirs", async () => {
    const { cache, listener } = setUp();
    await cache.get("u1", "s1", read("u1", "s1"));
    await cache.get("u1", "s2", read("u1", "s2"));
    await cache.get("u2", "s3", read("u2", "s3"));
    listener.handler!.onNotification("u1");
    await cache.get("u1", "s1", read("u1", "s1"));
    await cache.get("u1", "s2", read("u1", "s2"));
    await cache.get("u2", "s3", read("u2", "s3"));
    expect(reads).toBe(3 + 2);
  });

  it("does not keep a read that began before a change was announced", async () => {
    const { cache } = setUp();
    let finish!: () => void;
    const slow = async (): Promise<SessionViewer> => {
      await new Promise<void>((resolve) => (finish = resolve));
      return { viewer: viewerOf("u1", "s1", "old rights"), sessionExpiresAt: new Date(now + 3_600_000) };
    };
    const pending = cache.get("u1", "s1", slow);
    await new Promise((resolve) => setImmediate(resolve));
    cache.forget("u1");
    finish();
    expect((await pending)!.login).toBe("old rights"); // that request began before the change
    expect((await cache.get("u1", "s1", read("u1", "s1", "new rights")))!.login).toBe("new rights");
  });

  it("serves nothing from memory while the LISTEN connection is down, and starts afresh after it is back", async () => {
    const { cache, listener } = setUp();
    await cache.get("u1", "s1", read("u1", "s1"));
    listener.handler!.onDisconnect!();
    await cache.get("u1", "s1", read("u1", "s1"));
    await cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(3);
    listener.handler!.onReconnect!();
    await cache.get("u1", "s1", read("u1", "s1"));
    await cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(4);
  });

  it("reads every time when LISTEN cannot be set up, or when the time to live is 0", async () => {
    const { cache, listener } = setUp();
    listener.failing = true;
    await cache.get("u1", "s1", read("u1", "s1"));
    await cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(2);
    const off = setUp(0);
    await off.cache.get("u1", "s1", read("u1", "s1"));
    await off.cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(2);
    expect(off.listener.handler).toBeUndefined();
  });

  it("does not keep a session that was not found", async () => {
    const { cache } = setUp();
    expect(await cache.get("u1", "s1", async () => null)).toBeNull();
    await cache.get("u1", "s1", read("u1", "s1"));
    expect(reads).toBe(1);
  });
});

describe("through the API", () => {
  let api: TestApi;
  let fx: Fixtures;
  beforeAll(async () => {
    api = await startTestApi({ controls: false });
    fx = await loadFixtures(api.database.db);
  });
  afterAll(() => api.close());

  const ME = `{ me { login } }`;
  const EMPLOYER = `query($id: ID!) { employer(id: $id) { name } }`;

  it("reads the user once, not on every request", async () => {
    const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    await api.request(ME, {}, token);
    const again = await api.request<{ me: { login: string } }>(ME, {}, token);
    expect(again.data!.me.login).toBe(fx.logins.declarantA);
    expect(again.extensions!.sqlStatements).toBe(0);
  });

  it("a revoked right and a signed-out session count from the very next request", async () => {
    const admin = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
    const token = await api.signIn(fx.logins.noRights, FIXTURE_PASSWORD);
    const grant = `mutation($e: ID!, $l: String!) { grantAccess(input: { employerId: $e, login: $l, permission: FLEXI_AT_WORK }) { permission } }`;
    const revoke = `mutation($e: ID!, $l: String!) { revokeAccess(input: { employerId: $e, login: $l, permission: FLEXI_AT_WORK }) }`;
    expect(errorCodes(await api.request(EMPLOYER, { id: fx.employerA }, token))).toEqual(["NOT_FOUND"]);
    const granted = await api.request(grant, { e: fx.employerA, l: fx.logins.noRights }, admin);
    expect(granted.errors).toBeUndefined();
    expect(errorCodes(await api.request(EMPLOYER, { id: fx.employerA }, token))).toEqual([]);
    expect(errorCodes(await api.request(revoke, { e: fx.employerA, l: fx.logins.noRights }, admin))).toEqual([]);
    expect(errorCodes(await api.request(EMPLOYER, { id: fx.employerA }, token))).toEqual(["NOT_FOUND"]);

    expect(errorCodes(await api.request(`mutation { signOut }`, {}, token))).toEqual([]);
    expect(errorCodes(await api.request(ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
  });

  it("honours a change another process announces on access_changed", async () => {
    const token = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    expect(errorCodes(await api.request(EMPLOYER, { id: fx.employerA }, token))).toEqual(["NOT_FOUND"]);
    const user = (await api.database.db.one<{ id: string }>(
      sql`SELECT id FROM app_user WHERE login = ${fx.logins.declarantB}`,
    ))!;
    // What another API process does when it grants a right: the row, then the announcement at commit.
    await api.database.db.transaction(async (tx) => {
      await tx.query(
        sql`INSERT INTO access_grant (user_id, employer_id, permission) VALUES (${user.id}, ${fx.employerA}, 'FLEXI_AT_WORK')`,
      );
      await tx.query(sql`SELECT pg_notify('access_changed', ${user.id}::text)`);
    });
    await eventually(
      async () =>
        errorCodes(await api.request(EMPLOYER, { id: fx.employerA }, token)).length === 0 ? true : undefined,
      5_000,
      "the grant to be seen",
    );
  });
});
