/**
 * Data protection: the back office's reads of a worker's income are audited, and no
 * secret, hash, SQL or stack trace reaches a response.
 */
import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from "graphql";
import { sql } from "../db/sql";
import { buildFlexiSchema } from "../graphql/schema";
import { errorCodes, startTestApi, wsRequest, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

const INCOME = `query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { ssin year total } }`;
const AUDIT = `query($workerId: ID!) { auditEntries(filter: { entityId: { eq: $workerId } }) {
  nodes { action entityType entityId reason changes { field before after } actor { login } } } }`;
type AuditNodes = {
  auditEntries: {
    nodes: {
      action: string;
      entityType: string;
      entityId: string;
      reason: string | null;
      changes: unknown[];
      actor: { login: string };
    }[];
  };
};

let api: TestApi;
let fx: Fixtures;
let schema: GraphQLSchema;
const tokens: Record<"office" | "worker" | "declarant", string> = { office: "", worker: "", declarant: "" };

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  schema = await buildFlexiSchema();
  tokens.office = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  tokens.worker = await api.signIn(fx.logins.worker, FIXTURE_PASSWORD);
  tokens.declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
});
afterAll(() => api.close());

describe("audit of income reads", () => {
  const auditOf = async (workerId: string) =>
    (await api.request<AuditNodes>(AUDIT, { workerId }, tokens.office)).data!.auditEntries.nodes;

  it("writes an entry for every back-office read of a worker's flexi income", async () => {
    const worker = fx.workers.both;
    expect(await auditOf(worker.id)).toEqual([]);
    for (const year of [2025, 2024]) {
      const answer = await api.request(INCOME, { ssin: worker.ssin, year }, tokens.office);
      expect(answer.errors).toBeUndefined();
    }
    const entry = {
      action: "readFlexiIncome",
      entityType: "Worker",
      entityId: worker.id,
      reason: null,
      changes: [],
      actor: { login: fx.logins.backOffice },
    };
    expect(await auditOf(worker.id)).toEqual([entry, entry]);
  });

  it("writes none for the worker reading their own income, an employer reading its share, or a read that fails", async () => {
    const worker = fx.workers.both; // the worker of `fx.logins.worker`, with periods at A and B
    const before = (await auditOf(worker.id)).length;
    expect((await api.request(INCOME, { ssin: worker.ssin, year: 2025 }, tokens.worker)).errors).toBeUndefined();
    expect((await api.request(INCOME, { ssin: worker.ssin, year: 2025 }, tokens.declarant)).errors).toBeUndefined();
    expect(errorCodes(await api.request(INCOME, { ssin: worker.ssin, year: 0 }, tokens.office))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(await auditOf(worker.id)).toHaveLength(before);
  });

  it("audits the read over WebSocket too", async () => {
    const worker = fx.workers.aQuarter;
    const result = await wsRequest(api.wsClient(tokens.office), INCOME, { ssin: worker.ssin, year: 2025 });
    expect(result.errors).toBeUndefined();
    expect((await auditOf(worker.id)).map((e) => e.action)).toEqual(["readFlexiIncome"]);
  });
});

describe("nothing secret in a response", () => {
  it('answers an internal failure with "Internal server error.", without SQL, table names or a stack trace, over HTTP and WebSocket', async () => {
    await api.database.db.query(sql`ALTER TABLE flexi_ceiling RENAME TO flexi_ceiling_away`);
    try {
      const response = await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${tokens.office}` },
        body: JSON.stringify({ query: `{ flexiCeilings { year amount } }` }),
      });
      const text = await response.text();
      const answer = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(answer.errors.map((e) => [e.message, e.extensions])).toEqual([
        ["Internal server error.", { code: "INTERNAL_SERVER_ERROR" }],
      ]);
      expect(text).not.toMatch(/flexi_ceiling|relation|SELECT|stack|\.ts:|node_modules|QueryFailedError/i);

      const overWs = await wsRequest(api.wsClient(tokens.office), `{ flexiCeilings { year amount } }`);
      const wsText = JSON.stringify(overWs);
      expect(overWs.errors?.map((e) => [e.message, e.extensions])).toEqual([
        ["Internal server error.", { code: "INTERNAL_SERVER_ERROR" }],
      ]);
      expect(wsText).not.toMatch(/flexi_ceiling|relation|SELECT|stack|\.ts:|node_modules|QueryFailedError/i);
    } finally {
      await api.database.db.query(sql`ALTER TABLE flexi_ceiling_away RENAME TO flexi_ceiling`);
    }
  });

  it("answers every failed sign-in the same way, whether the login exists, is disabled or not", async () => {
    await api.database.db.query(sql`UPDATE app_user SET disabled = true WHERE login = ${fx.logins.noRights}`);
    const attempts = [
      [fx.logins.declarantB, "wrong password"],
      ["no.such.login", "wrong password"],
      [fx.logins.noRights, FIXTURE_PASSWORD],
    ];
    const bodies: string[] = [];
    for (const [login, password] of attempts) {
      const response = await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }`,
          variables: { l: login, p: password },
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { extensions?: unknown };
      delete body.extensions; // the test server's statement count
      bodies.push(JSON.stringify(body));
    }
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!)).toEqual({
      errors: [
        {
          message: "Wrong login or password.",
          path: ["signIn"],
          locations: expect.any(Array),
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
      data: null,
    });
  });

  it("has no field that could carry a password, a hash or a secret, and refuses to select password_hash", async () => {
    const suspicious: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        if (/password|hash|secret|salt/i.test(field.name)) suspicious.push(`${type.name}.${field.name}`);
      }
    }
    expect(suspicious).toEqual([]);
    for (const field of ["passwordHash", "password_hash", "password"]) {
      expect(errorCodes(await api.request(`{ me { ${field} } }`, {}, tokens.office))).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("never answers an argon2 hash or the token secret, wherever users are read", async () => {
    const user = schema.getType("User");
    if (!isObjectType(user)) throw new Error("no User type");
    const scalars = Object.values(user.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)))
      .map((f) => f.name)
      .join(" ");
    const admin = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
    const answers = [
      await api.request(`{ me { ${scalars} } }`, {}, tokens.office),
      await api.request(`query($id: ID!) { employer(id: $id) { users { ${scalars} } } }`, { id: fx.employerA }, admin),
      await api.request(
        `mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token user { ${scalars} } } }`,
        { l: fx.logins.declarantA, p: FIXTURE_PASSWORD },
      ),
    ];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/\$argon2/);
      expect(text).not.toContain("test-secret-of-at-least-32-characters");
    }
  });
});
