/**
 * Access management end to end (docs/domain-rules.md#access-rights; the guide's "Bevor Sie sich anmelden": an access
 * administrator of the company grants "Dimona consultation" and "Flexi at work"): grant by login,
 * declare with the new rights, revoke, and the next request is refused; who may grant what;
 * Employer.users; the audit trail; nothing written on a refusal.
 */
import { Client } from "pg";
import { sql } from "../../db/sql";
import { errorCodes, eventually, startTestApi, type GraphQLAnswer, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  recentPeriod,
  submit,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";
import { hashPassword } from "../../auth/passwords";
import { ACCESS_CHANGED_CHANNEL } from "../../events/access-events";

const GRANT = `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { permission grantedAt employer { id name } } }`;
const REVOKE = `mutation($input: GrantAccessInput!) { revokeAccess(input: $input) }`;
const USERS = `query($id: ID!) { employer(id: $id) { id users { login displayName backOffice ssin grants { permission grantedAt employer { id } } } } }`;
const CREATE_SUBMISSION = `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }`;
const DECLARATIONS_OF = `query($e: ID!) { wageDeclarations(filter: { employerId: { eq: $e } }) { totalCount nodes { id } } }`;

interface GrantView {
  grantAccess: { permission: string; grantedAt: string; employer: { id: string; name: string } };
}
interface UserView {
  login: string;
  displayName: string;
  backOffice: boolean;
  ssin: string | null;
  grants: { permission: string; grantedAt: string; employer: { id: string } }[];
}
interface AuditRow {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  employerId: string | null;
  reason: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

let api: TestApi;
let fx: Fixtures;
let adminToken: string;
let backOfficeToken: string;
let declarantToken: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  [adminToken, backOfficeToken, declarantToken] = await Promise.all(
    [fx.logins.adminA, fx.logins.backOffice, fx.logins.declarantA].map((l) => api.signIn(l, FIXTURE_PASSWORD)),
  );
});
afterAll(() => api.close());

const grant = (token: string, employerId: string, login: string, permission: string) =>
  api.request<GrantView>(GRANT, { input: { employerId, login, permission } }, token);
const revoke = (token: string, employerId: string, login: string, permission: string) =>
  api.request<{ revokeAccess: boolean }>(REVOKE, { input: { employerId, login, permission } }, token);

/** A user created for one test, so that tests do not depend on each other's grants. */
async function addUser(login: string, options: { disabled?: boolean } = {}): Promise<string> {
  const row = await api.database.db.one<{ id: string }>(sql`
    INSERT INTO app_user (login, display_name, password_hash, disabled)
    VALUES (${login}, ${`${login} (display)`}, ${await hashPassword(FIXTURE_PASSWORD)}, ${options.disabled ?? false}) RETURNING id`);
  return row!.id;
}

const userId = async (login: string) =>
  (await api.database.db.one<{ id: string }>(sql`SELECT id FROM app_user WHERE lower(login) = lower(${login})`))!.id;

/** The rows an access change writes, to show that a refused one wrote nothing. */
async function accessRowCounts(): Promise<{ grants: number; audit: number }> {
  return (await api.database.db.one<{ grants: number; audit: number }>(sql`
    SELECT (SELECT count(*) FROM access_grant)::int AS grants, (SELECT count(*) FROM audit_entry)::int AS audit`))!;
}

async function auditOf(userLogin: string): Promise<AuditRow[]> {
  return api.database.db.query<AuditRow>(sql`
    SELECT a.actor_id AS "actorId", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId",
      a.employer_id AS "employerId", a.reason, a.changes
    FROM audit_entry a
    WHERE a.entity_type = 'AccessGrant' AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.changes) c
      WHERE c->>'field' = 'login' AND lower(coalesce(c->>'after', c->>'before')) = lower(${userLogin}))
    ORDER BY a.at, a.action`);
}

describe("the guide's scenario: an access administrator grants the two rights by login", () => {
  it("lets the user declare at once, and after the revoke refuses their next request", async () => {
    const login = fx.logins.noRights;
    const token = await api.signIn(login, FIXTURE_PASSWORD);
    const period = recentPeriod();
    const newSubmission = () =>
      api.request(
        CREATE_SUBMISSION,
        { input: { employerId: fx.employerA, from: period.start, to: period.end } },
        token,
      );
    await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);

    // Before: the user has nothing to do with employer A.
    expect(errorCodes(await newSubmission())).toEqual(["NOT_FOUND"]);

    // The access administrator types the login in another case: it still names the user.
    const flexi = await grant(adminToken, fx.employerA, login.toUpperCase(), "FLEXI_AT_WORK");
    expect(flexi.errors).toBeUndefined();
    expect(flexi.data!.grantAccess).toMatchObject({
      permission: "FLEXI_AT_WORK",
      employer: { id: fx.employerA, name: "Brasserie A" },
    });
    const dimona = await grant(adminToken, fx.employerA, login, "DIMONA_CONSULTATION");
    expect(dimona.data!.grantAccess.permission).toBe("DIMONA_CONSULTATION");

    const stored = await api.database.db.query<{ permission: string; grantedBy: string }>(sql`
      SELECT permission, granted_by AS "grantedBy" FROM access_grant WHERE user_id = ${await userId(login)} ORDER BY permission`);
    const adminId = await userId(fx.logins.adminA);
    expect(stored).toEqual([
      { permission: "DIMONA_CONSULTATION", grantedBy: adminId },
      { permission: "FLEXI_AT_WORK", grantedBy: adminId },
    ]);

    // The same token, next request: the new rights hold. The wizard: flexi-jobbers, a draft, transmit.
    const me = await api.request<{ me: { grants: { permission: string; employer: { id: string } }[] } }>(
      `{ me { grants { permission employer { id } } } }`,
      {},
      token,
    );
    expect(me.data!.me.grants.map((g) => `${g.employer.id}:${g.permission}`).sort()).toEqual([
      `${fx.employerA}:DIMONA_CONSULTATION`,
      `${fx.employerA}:FLEXI_AT_WORK`,
    ]);
    const jobbers = await api.request<{ flexiJobbers: { id: string }[] }>(
      `query($e: ID!, $from: Date!, $to: Date!) { flexiJobbers(employerId: $e, from: $from, to: $to) { id } }`,
      { e: fx.employerA, from: period.start, to: period.end },
      token,
    );
    expect(jobbers.data!.flexiJobbers.map((w) => w.id)).toContain(fx.workers.aQuarter.id);
    const submissionId = await createSubmission(api, token, fx.employerA);
    const declarationId = await addDeclaration(api, token, submissionId, declarationInput(fx.workers.aQuarter.id));
    expect((await submit(api, token, submissionId)).status).toBe("SUBMITTED");
    const declared = await api.request<{ wageDeclarations: { totalCount: number; nodes: { id: string }[] } }>(
      DECLARATIONS_OF,
      { e: fx.employerA },
      token,
    );
    expect(declared.data!.wageDeclarations.nodes.map((n) => n.id)).toContain(declarationId);

    // Revoked: the very next request with the same token is refused, the declarations are out of sight.
    expect((await revoke(adminToken, fx.employerA, login, "FLEXI_AT_WORK")).data).toEqual({ revokeAccess: true });
    expect(errorCodes(await newSubmission())).toEqual(["FORBIDDEN"]); // still knows A through DIMONA_CONSULTATION
    const hidden = await api.request<{ wageDeclarations: { totalCount: number; nodes: unknown[] } }>(
      DECLARATIONS_OF,
      { e: fx.employerA },
      token,
    );
    expect(hidden.data!.wageDeclarations).toEqual({ totalCount: 0, nodes: [] });
    expect((await revoke(adminToken, fx.employerA, login, "DIMONA_CONSULTATION")).data).toEqual({ revokeAccess: true });
    expect(errorCodes(await newSubmission())).toEqual(["NOT_FOUND"]);

    // Every change is in the audit trail, field by field, with the employer and the administrator.
    const audit = await auditOf(login);
    expect(audit.map((a) => [a.action, a.changes.find((c) => c.field === "permission")])).toEqual([
      ["grantAccess", { field: "permission", before: null, after: "FLEXI_AT_WORK" }],
      ["grantAccess", { field: "permission", before: null, after: "DIMONA_CONSULTATION" }],
      ["revokeAccess", { field: "permission", before: "FLEXI_AT_WORK", after: null }],
      ["revokeAccess", { field: "permission", before: "DIMONA_CONSULTATION", after: null }],
    ]);
    for (const entry of audit) {
      expect(entry).toMatchObject({
        actorId: adminId,
        entityType: "AccessGrant",
        employerId: fx.employerA,
        reason: null,
      });
    }
    expect(audit[0]!.changes).toEqual([
      { field: "login", before: null, after: "nobody" },
      { field: "permission", before: null, after: "FLEXI_AT_WORK" },
    ]);
    expect(audit[2]!.changes).toEqual([
      { field: "login", before: "nobody", after: null },
      { field: "permission", before: "FLEXI_AT_WORK", after: null },
    ]);
    // The grant and its revoke name the same record.
    expect(audit[2]!.entityId).toBe(audit[0]!.entityId);

    // The access administrator reads those entries through the API as well.
    const trail = await api.request<{
      auditEntries: {
        nodes: {
          action: string;
          entityType: string;
          actor: { login: string };
          changes: { field: string; after: string | null }[];
        }[];
      };
    }>(
      `query($actor: ID!) { auditEntries(filter: { actorId: { eq: $actor } }) { nodes { action entityType actor { login } changes { field after } } } }`,
      { actor: adminId },
      adminToken,
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditEntries.nodes.filter((n) => n.entityType === "AccessGrant").map((n) => n.action)).toEqual(
      expect.arrayContaining(["grantAccess", "revokeAccess"]),
    );
  });

  it("announces each change to every process when it commits (NOTIFY with the user's id)", async () => {
    const id = await addUser("listened");
    const listener = new Client({ connectionString: api.database.url });
    await listener.connect();
    const payloads: string[] = [];
    listener.on("notification", (message) => {
      if (message.channel === ACCESS_CHANGED_CHANNEL && message.payload) payloads.push(message.payload);
    });
    try {
      await listener.query(`LISTEN ${ACCESS_CHANGED_CHANNEL}`);
      await grant(adminToken, fx.employerA, "listened", "FLEXI_AT_WORK");
      await eventually(async () => (payloads.length >= 1 ? true : undefined), 5000, "grant notification");
      await revoke(adminToken, fx.employerA, "listened", "FLEXI_AT_WORK");
      await eventually(async () => (payloads.length >= 2 ? true : undefined), 5000, "revoke notification");
      expect(payloads).toEqual([id, id]);
    } finally {
      await listener.end();
    }
  });
});

describe("Employer.users", () => {
  beforeAll(async () => {
    await addUser("multi");
    // Rights at two employers: B's by the back office, A's by A's access administrator.
    expect((await grant(backOfficeToken, fx.employerB, "multi", "DIMONA_CONSULTATION")).errors).toBeUndefined();
    expect((await grant(adminToken, fx.employerA, "multi", "FLEXI_AT_WORK")).errors).toBeUndefined();
  });

  it("shows the access administrator each user of the employer with their rights for that employer only", async () => {
    const answer = await api.request<{ employer: { users: UserView[] } }>(USERS, { id: fx.employerA }, adminToken);
    expect(answer.errors).toBeUndefined();
    const users = answer.data!.employer.users;
    const rights = Object.fromEntries(users.map((u) => [u.login, u.grants.map((g) => g.permission).sort()]));
    expect(rights).toMatchObject({
      "admin.a": ["ACCESS_ADMIN"],
      "declarant.a": ["DIMONA_CONSULTATION", "FLEXI_AT_WORK"],
      "dimona.a": ["DIMONA_CONSULTATION"],
      multi: ["FLEXI_AT_WORK"], // not B's DIMONA_CONSULTATION
    });
    expect(users.flatMap((u) => u.grants.map((g) => g.employer.id))).toEqual(
      users.flatMap((u) => u.grants.map(() => fx.employerA)),
    );
    expect(users.map((u) => u.login)).not.toContain("declarant.b");
    expect(users.map((u) => u.login)).toEqual([...users.map((u) => u.login)].sort());
    expect(users.find((u) => u.login === "multi")).toMatchObject({
      displayName: "multi (display)",
      backOffice: false,
      ssin: null,
    });
  });

  it("shows the back office the users of every employer, each with that employer's rights", async () => {
    const a = await api.request<{ employer: { users: UserView[] } }>(USERS, { id: fx.employerA }, backOfficeToken);
    const b = await api.request<{ employer: { users: UserView[] } }>(USERS, { id: fx.employerB }, backOfficeToken);
    expect(a.data!.employer.users.find((u) => u.login === "multi")!.grants.map((g) => g.permission)).toEqual([
      "FLEXI_AT_WORK",
    ]);
    const multiAtB = b.data!.employer.users.find((u) => u.login === "multi")!;
    expect(multiAtB.grants.map((g) => [g.employer.id, g.permission])).toEqual([[fx.employerB, "DIMONA_CONSULTATION"]]);
    expect(b.data!.employer.users.map((u) => u.login)).not.toContain("declarant.a");
  });

  it("is an empty list, not an error, for other users who see the employer", async () => {
    const dimonaOnly = await api.signIn(fx.logins.dimonaOnlyA, FIXTURE_PASSWORD);
    for (const token of [declarantToken, dimonaOnly]) {
      const answer = await api.request<{ employer: { id: string; users: UserView[] } }>(
        USERS,
        { id: fx.employerA },
        token,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.employer).toEqual({ id: fx.employerA, users: [] });
    }
    // A list of employers with users keeps the employers the caller may see.
    const list = await api.request<{ employers: { nodes: { id: string; users: UserView[] }[] } }>(
      `{ employers { nodes { id users { login } } } }`,
      {},
      declarantToken,
    );
    expect(list.data!.employers.nodes).toEqual([{ id: fx.employerA, users: [] }]);
  });

  it("loads the users of a whole list of employers in one statement (no N+1)", async () => {
    const query = `query($first: Int) { employers(first: $first) { nodes { id users { login grants { permission employer { id name } } } } } }`;
    const one = await api.request<{ employers: { nodes: { users: unknown[] }[] } }>(
      query,
      { first: 1 },
      backOfficeToken,
    );
    const two = await api.request<{ employers: { nodes: { users: unknown[] }[] } }>(
      query,
      { first: 2 },
      backOfficeToken,
    );
    expect(two.errors).toBeUndefined();
    expect(two.data!.employers.nodes).toHaveLength(2);
    expect(two.data!.employers.nodes.every((n) => n.users.length > 0)).toBe(true);
    expect(two.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
    // The viewer, the page, the users, the grants' employers.
    expect(two.extensions!.sqlStatements).toBeLessThanOrEqual(4);
  });
});

describe("who may grant and revoke what", () => {
  const refusedWithoutWrites = async (answer: Promise<GraphQLAnswer<unknown>>, code: string) => {
    const before = await accessRowCounts();
    const result = await answer;
    expect({ codes: errorCodes(result), data: result.data ?? null }).toEqual({ codes: [code], data: null });
    expect(await accessRowCounts()).toEqual(before);
  };

  it("an access administrator may not grant or revoke ACCESS_ADMIN, not even their own: FORBIDDEN", async () => {
    await refusedWithoutWrites(grant(adminToken, fx.employerA, fx.logins.noRights, "ACCESS_ADMIN"), "FORBIDDEN");
    await refusedWithoutWrites(revoke(adminToken, fx.employerA, fx.logins.adminA, "ACCESS_ADMIN"), "FORBIDDEN");
  });

  it("a declarant of the employer without ACCESS_ADMIN gets FORBIDDEN; a user without any right there NOT_FOUND", async () => {
    await refusedWithoutWrites(grant(declarantToken, fx.employerA, fx.logins.noRights, "FLEXI_AT_WORK"), "FORBIDDEN");
    await refusedWithoutWrites(
      revoke(declarantToken, fx.employerA, fx.logins.dimonaOnlyA, "DIMONA_CONSULTATION"),
      "FORBIDDEN",
    );
    const nobody = await api.signIn(fx.logins.noRights, FIXTURE_PASSWORD);
    await refusedWithoutWrites(grant(nobody, fx.employerA, fx.logins.noRights, "FLEXI_AT_WORK"), "NOT_FOUND");
  });

  it("the back office grants ACCESS_ADMIN; the new administrator of B manages B at once, and A is NOT_FOUND to them", async () => {
    const made = await grant(backOfficeToken, fx.employerB, fx.logins.declarantB, "ACCESS_ADMIN");
    expect(made.errors).toBeUndefined();
    expect(made.data!.grantAccess).toMatchObject({ permission: "ACCESS_ADMIN", employer: { id: fx.employerB } });
    const [entry] = (await auditOf(fx.logins.declarantB)).filter((a) =>
      a.changes.some((c) => c.after === "ACCESS_ADMIN"),
    );
    expect(entry).toMatchObject({
      action: "grantAccess",
      actorId: await userId(fx.logins.backOffice),
      employerId: fx.employerB,
    });

    const adminB = await api.signIn(fx.logins.declarantB, FIXTURE_PASSWORD);
    await addUser("helper.b");
    expect((await grant(adminB, fx.employerB, "helper.b", "FLEXI_AT_WORK")).data!.grantAccess.permission).toBe(
      "FLEXI_AT_WORK",
    );
    await refusedWithoutWrites(grant(adminB, fx.employerA, fx.logins.noRights, "FLEXI_AT_WORK"), "NOT_FOUND");
    await refusedWithoutWrites(revoke(adminB, fx.employerA, fx.logins.declarantA, "FLEXI_AT_WORK"), "NOT_FOUND");
    await refusedWithoutWrites(grant(adminB, fx.employerB, "helper.b", "ACCESS_ADMIN"), "FORBIDDEN");
    // A's users stay out of B's sight.
    const bUsers = await api.request<{ employer: { users: UserView[] } }>(USERS, { id: fx.employerB }, adminB);
    expect(bUsers.data!.employer.users.map((u) => u.login)).toEqual(
      expect.arrayContaining(["declarant.b", "helper.b"]),
    );
    expect(bUsers.data!.employer.users.map((u) => u.login)).not.toContain("declarant.a");

    // The back office takes ACCESS_ADMIN away again.
    expect((await revoke(backOfficeToken, fx.employerB, fx.logins.declarantB, "ACCESS_ADMIN")).data).toEqual({
      revokeAccess: true,
    });
    await refusedWithoutWrites(grant(adminB, fx.employerB, "helper.b", "DIMONA_CONSULTATION"), "FORBIDDEN");
  });

  it("an employer that does not exist is NOT_FOUND, even for the back office", async () => {
    await refusedWithoutWrites(
      grant(backOfficeToken, "00000000-0000-4000-8000-000000000000", fx.logins.noRights, "FLEXI_AT_WORK"),
      "NOT_FOUND",
    );
    await refusedWithoutWrites(grant(backOfficeToken, "not-an-id", fx.logins.noRights, "FLEXI_AT_WORK"), "NOT_FOUND");
    await refusedWithoutWrites(
      revoke(adminToken, "00000000-0000-4000-8000-000000000000", fx.logins.noRights, "FLEXI_AT_WORK"),
      "NOT_FOUND",
    );
  });

  it("without a token: UNAUTHENTICATED", async () => {
    await refusedWithoutWrites(
      api.request(GRANT, { input: { employerId: fx.employerA, login: "nobody", permission: "FLEXI_AT_WORK" } }),
      "UNAUTHENTICATED",
    );
  });
});

describe("the login and repeated calls", () => {
  it("an unknown login is BAD_USER_INPUT NOT_FOUND at login, and nothing is written", async () => {
    for (const call of [
      grant(adminToken, fx.employerA, "no.such.user", "FLEXI_AT_WORK"),
      revoke(adminToken, fx.employerA, "no.such.user", "FLEXI_AT_WORK"),
    ]) {
      const before = await accessRowCounts();
      const answer = await call;
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => [e.path, e.code])).toEqual([
        [["login"], "NOT_FOUND"],
      ]);
      expect(await accessRowCounts()).toEqual(before);
    }
  });

  it("a disabled user receives no right (NOT_ALLOWED at login), but may lose one", async () => {
    const id = await addUser("gone", { disabled: true });
    await api.database.db.query(
      sql`INSERT INTO access_grant (user_id, employer_id, permission) VALUES (${id}, ${fx.employerA}, 'DIMONA_CONSULTATION')`,
    );
    const before = await accessRowCounts();
    const refused = await grant(adminToken, fx.employerA, "gone", "FLEXI_AT_WORK");
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0]!.extensions!.fieldErrors!.map((e) => [e.path, e.code])).toEqual([
      [["login"], "NOT_ALLOWED"],
    ]);
    expect(await accessRowCounts()).toEqual(before);
    expect((await revoke(adminToken, fx.employerA, "gone", "DIMONA_CONSULTATION")).data).toEqual({
      revokeAccess: true,
    });
  });

  it("granting a right held already returns it unchanged: no second row, no audit entry", async () => {
    await addUser("twice");
    const first = await grant(adminToken, fx.employerA, "twice", "DIMONA_CONSULTATION");
    const afterFirst = await accessRowCounts();
    const again = await grant(adminToken, fx.employerA, "TWICE", "DIMONA_CONSULTATION");
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await accessRowCounts()).toEqual(afterFirst);
    expect((await auditOf("twice")).map((a) => a.action)).toEqual(["grantAccess"]);
  });

  it("revoking a right the user does not hold returns false and writes nothing", async () => {
    await addUser("never");
    const before = await accessRowCounts();
    expect((await revoke(adminToken, fx.employerA, "never", "FLEXI_AT_WORK")).data).toEqual({ revokeAccess: false });
    expect(await accessRowCounts()).toEqual(before);
    expect(await auditOf("never")).toEqual([]);
  });
});
