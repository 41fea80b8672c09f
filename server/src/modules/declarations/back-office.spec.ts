/**
 * The back office's decisions on declarations: correct, accept, refuse, revalidate;
 * each with a reason, an audit entry and an e-Box message; stale versions are CONFLICT.
 */
import { runControls } from "../../controls/run-controls";
import { sql } from "../../db/sql";
import { startTestApi, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  readDeclaration,
  rowCounts,
  submit,
} from "../../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let declarant: string;
let agent: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await loadFixtures(api.database.db);
  declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  agent = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

/** One transmitted declaration of employer A, controlled. */
async function declared(overrides: Record<string, unknown> = {}, workerId = fx.workers.aQuarter.id) {
  const submissionId = await createSubmission(api, declarant, fx.employerA);
  const id = await addDeclaration(api, declarant, submissionId, declarationInput(workerId, overrides));
  await submit(api, declarant, submissionId);
  return controlled(api, declarant, id);
}

const CORRECT = `mutation($id: ID!, $v: Int!, $input: DeclarationInput!, $reason: String!) {
  correctDeclaration(id: $id, expectedVersion: $v, input: $input, reason: $reason) { id status kind version } }`;
const DECIDE = (action: "accept" | "refuse") => `mutation($id: ID!, $v: Int!, $reason: String!) {
  ${action}Declaration(id: $id, expectedVersion: $v, reason: $reason) { id status version inForce { number } } }`;

async function auditOf(id: string) {
  const answer = await api.request<{
    auditEntries: {
      nodes: {
        action: string;
        reason: string | null;
        actor: { login: string };
        changes: { field: string; before: string | null; after: string | null }[];
      }[];
    };
  }>(
    `query($id: ID!) { auditEntries(filter: { entityId: { eq: $id } }) { nodes { action reason actor { login } changes { field before after } } } }`,
    { id },
    agent,
  );
  return answer.data!.auditEntries.nodes;
}

async function messagesOf(id: string) {
  const answer = await api.request<{
    eboxMessages: { nodes: { type: string; body: string; declaration: { id: string } | null }[] };
  }>(`query { eboxMessages(first: 500) { nodes { type body declaration { id } } } }`, {}, declarant);
  return answer.data!.eboxMessages.nodes.filter((m) => m.declaration?.id === id).map((m) => m.type);
}

describe("correctDeclaration", () => {
  it("a stale version is CONFLICT and changes nothing; the right one makes a new version, controlled, audited and reported", async () => {
    const original = await declared();
    const input = declarationInput(fx.workers.aQuarter.id, {
      properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "321.00" }],
    });
    const counts = await rowCounts(api.database.db);
    const stale = await api.request(
      CORRECT,
      { id: original.id, v: original.version - 1, input, reason: "Wrong wage on the payslip" },
      agent,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await rowCounts(api.database.db)).toEqual(counts);
    expect(await auditOf(original.id)).toEqual([]);

    const corrected = await api.request<{ correctDeclaration: { status: string; kind: string; version: number } }>(
      CORRECT,
      { id: original.id, v: original.version, input, reason: "Wrong wage on the payslip" },
      agent,
    );
    expect(corrected.data?.correctDeclaration).toMatchObject({
      status: "PENDING",
      kind: "MODIFICATION",
      version: original.version + 1,
    });
    const after = await controlled(api, declarant, original.id);
    expect(after).toMatchObject({ status: "ACCEPTED", total: "321.00", inForce: { number: 2 } });

    const audit = await auditOf(original.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "correctDeclaration",
      reason: "Wrong wage on the payslip",
      actor: { login: fx.logins.backOffice },
    });
    expect(audit[0]!.changes).toEqual(expect.arrayContaining([{ field: "total", before: "250.00", after: "321.00" }]));
    expect(await messagesOf(original.id)).toEqual(
      expect.arrayContaining(["DECLARATION_ACCEPTED", "CORRECTED_BY_BACK_OFFICE", "MODIFICATION_PROCESSED"]),
    );
  });

  it("needs a reason, keeps the worker, and reports every problem at once; nothing written", async () => {
    const original = await declared();
    const counts = await rowCounts(api.database.db);
    const answer = await api.request(
      CORRECT,
      {
        id: original.id,
        v: original.version,
        reason: "   ",
        input: declarationInput(fx.workers.aDay.id, {
          properties: [{ employerClass: "17", workerType: "BLUE_COLLAR_050", grossWage: "0" }],
        }),
      },
      agent,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const paths = answer.errors![0]!.extensions!.fieldErrors!.map((e) => e.path.join("."));
    expect(paths.sort()).toEqual(["properties.0.employerClass", "properties.0.grossWage", "reason", "workerId"].sort());
    expect(await rowCounts(api.database.db)).toEqual(counts);
  });

  it("may declare any worker's correction without a Dimona period of the employer (the office is not bound by it)", async () => {
    const original = await declared();
    await api.database.db.query(
      sql`UPDATE dimona_period SET cancelled = true WHERE worker_id = ${fx.workers.aQuarter.id} AND employer_id = ${fx.employerA}`,
    );
    try {
      const answer = await api.request<{ correctDeclaration: { status: string } }>(
        CORRECT,
        {
          id: original.id,
          v: original.version,
          reason: "Office correction",
          input: declarationInput(fx.workers.aQuarter.id),
        },
        agent,
      );
      expect(answer.data?.correctDeclaration.status).toBe("PENDING");
      const after = await controlled(api, declarant, original.id);
      expect(after.anomalies.map((a) => a.code)).toEqual(["00024-152"]);
    } finally {
      await api.database.db.query(
        sql`UPDATE dimona_period SET cancelled = false WHERE worker_id = ${fx.workers.aQuarter.id} AND employer_id = ${fx.employerA}`,
      );
    }
  });
});

describe("accept and refuse by hand", () => {
  it("accepts an accepted-with-warnings declaration, then refusing it is INVALID_STATE; audited and reported", async () => {
    const warned = await declared({}, fx.workers.aDay.id); // no Dimona this month: 00024-152
    expect(warned.status).toBe("ACCEPTED_WITH_WARNINGS");
    const accepted = await api.request<{
      acceptDeclaration: { status: string; version: number; inForce: { number: number } };
    }>(DECIDE("accept"), { id: warned.id, v: warned.version, reason: "Dimona filed late, checked by phone" }, agent);
    expect(accepted.data?.acceptDeclaration).toMatchObject({
      status: "ACCEPTED",
      version: warned.version + 1,
      inForce: { number: 1 },
    });
    const refused = await api.request(
      DECIDE("refuse"),
      { id: warned.id, v: warned.version + 1, reason: "changed my mind" },
      agent,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    expect((await auditOf(warned.id)).map((a) => [a.action, a.changes])).toEqual([
      ["acceptDeclaration", [{ field: "status", before: "ACCEPTED_WITH_WARNINGS", after: "ACCEPTED" }]],
    ]);
    expect(await messagesOf(warned.id)).toEqual(
      expect.arrayContaining(["DECLARATION_ACCEPTED_WITH_WARNINGS", "DECLARATION_ACCEPTED"]),
    );
    const log = await api.request<{
      wageDeclaration: {
        statusEvents: {
          from: string | null;
          to: string;
          reason: string | null;
          versionNumber: number;
          actor: { login: string } | null;
        }[];
      };
    }>(
      `query($id: ID!) { wageDeclaration(id: $id) { statusEvents { from to reason versionNumber actor { login } } } }`,
      { id: warned.id },
      agent,
    );
    expect(log.data?.wageDeclaration.statusEvents).toEqual([
      { from: "DRAFT", to: "PENDING", reason: null, versionNumber: 1, actor: { login: fx.logins.declarantA } },
      { from: "PENDING", to: "ACCEPTED_WITH_WARNINGS", reason: null, versionNumber: 1, actor: null },
      {
        from: "ACCEPTED_WITH_WARNINGS",
        to: "ACCEPTED",
        reason: "Dimona filed late, checked by phone",
        versionNumber: 1,
        actor: { login: fx.logins.backOffice },
      },
    ]);
  });

  it("refusing an accepted-with-warnings modification puts the earlier version back in force", async () => {
    const original = await declared();
    await api.request(
      `mutation($id: ID!, $v: Int!, $input: DeclarationInput!) { modifyDeclaration(id: $id, expectedVersion: $v, input: $input) { id } }`,
      // June 2025: no Dimona period of the worker then, so 00024-152 warns.
      {
        id: original.id,
        v: original.version,
        input: declarationInput(fx.workers.aQuarter.id, {
          calculationPeriod: { start: "2025-06-01", end: "2025-06-30" },
          calculationDate: "2025-06-30",
        }),
      },
      declarant,
    );
    const modified = await controlled(api, declarant, original.id);
    expect(modified).toMatchObject({ status: "ACCEPTED_WITH_WARNINGS", inForce: { number: 2 } });
    const refused = await api.request<{ refuseDeclaration: { status: string; inForce: { number: number } } }>(
      DECIDE("refuse"),
      { id: original.id, v: modified.version, reason: "Period does not match the payslip" },
      agent,
    );
    expect(refused.data?.refuseDeclaration).toMatchObject({ status: "REFUSED", inForce: { number: 1 } });
    expect(await messagesOf(original.id)).toEqual(expect.arrayContaining(["DECLARATION_REFUSED"]));
  });

  it("employer users cannot use the back office's mutations; the office cannot touch drafts", async () => {
    const original = await declared();
    for (const [query, variables] of [
      [DECIDE("accept"), { id: original.id, v: original.version, reason: "x" }],
      [`mutation($id: ID!) { revalidateDeclaration(id: $id) { id } }`, { id: original.id }],
      [`mutation { revalidateDeclarations(filter: {}) }`, {}],
    ] as const) {
      const answer = await api.request(query, variables, declarant);
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const submissionId = await createSubmission(api, declarant, fx.employerA);
    const draft = await addDeclaration(api, declarant, submissionId, declarationInput(fx.workers.aQuarter.id));
    const onDraft = await api.request(DECIDE("accept"), { id: draft, v: 1, reason: "x" }, agent);
    expect(onDraft.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("status events' reason codes", () => {
  it("a person's reason gets no code, even in the very words the API writes for one", async () => {
    const warned = await declared({}, fx.workers.aDay.id); // no Dimona this month: 00024-152
    expect(warned.status).toBe("ACCEPTED_WITH_WARNINGS");
    const ownWords = "Controls run again by the back office.";
    const accepted = await api.request(DECIDE("accept"), { id: warned.id, v: warned.version, reason: ownWords }, agent);
    expect(accepted.errors).toBeUndefined();
    const log = await api.request<{
      wageDeclaration: { statusEvents: { to: string; reason: string | null; reasonCode: string | null }[] };
    }>(
      `query($id: ID!) { wageDeclaration(id: $id) { statusEvents { to reason reasonCode } } }`,
      { id: warned.id },
      agent,
    );
    expect(log.data?.wageDeclaration.statusEvents.at(-1)).toEqual({
      to: "ACCEPTED",
      reason: ownWords,
      reasonCode: null,
    });
  });
});

describe("revalidation", () => {
  it("runs the controls again after the reference data was corrected: a warning disappears", async () => {
    const worker = fx.workers.both;
    const warned = await declared({}, worker.id);
    // `both` has a FLX period at A in Feb 2025 only, not this month: 00024-152.
    expect(warned.anomalies.map((a) => a.code)).toContain("00024-152");
    await addFlexDimonaThisMonth(api.database.db, fx.employerA, worker.id);
    const answer = await api.request<{ revalidateDeclaration: { status: string } }>(
      `mutation($id: ID!) { revalidateDeclaration(id: $id) { status } }`,
      { id: warned.id },
      agent,
    );
    expect(answer.data?.revalidateDeclaration.status).toBe("PENDING");
    const after = await controlled(api, declarant, warned.id);
    expect(after).toMatchObject({ status: "ACCEPTED", anomalies: [] });
    // The reason the API wrote itself comes with a code that clients translate.
    const log = await api.request<{
      wageDeclaration: { statusEvents: { from: string | null; to: string; reasonCode: string | null }[] };
    }>(
      `query($id: ID!) { wageDeclaration(id: $id) { statusEvents { from to reasonCode } } }`,
      { id: warned.id },
      agent,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data?.wageDeclaration.statusEvents).toEqual([
      { from: "DRAFT", to: "PENDING", reasonCode: null },
      { from: "PENDING", to: "ACCEPTED_WITH_WARNINGS", reasonCode: null },
      { from: "ACCEPTED_WITH_WARNINGS", to: "PENDING", reasonCode: "CONTROLS_RUN_AGAIN" },
      { from: "PENDING", to: "ACCEPTED", reasonCode: null },
    ]);
    const again = await api.request(
      `mutation($id: ID!) { revalidateDeclaration(id: $id) { status } }`,
      { id: warned.id },
      agent,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_STATE"); // accepted: nothing to revalidate
  });

  it("revalidateDeclarations(filter) queues every matching declaration and returns how many", async () => {
    const refused = [
      await declared({ properties: [{ employerClass: "058", workerType: "BLUE_COLLAR_050", grossWage: "10" }] }),
      await declared({ properties: [{ employerClass: "058", workerType: "WHITE_COLLAR_450", grossWage: "20" }] }),
    ];
    expect(refused.map((d) => d.status)).toEqual(["REFUSED", "REFUSED"]);
    await api.database.db.query(sql`UPDATE employer SET employer_classes = '{017,058}' WHERE id = ${fx.employerA}`);
    try {
      const count = await api.request<{ revalidateDeclarations: number }>(
        `mutation { revalidateDeclarations(filter: { anomalyCode: { eq: "00036-022" }, status: { eq: REFUSED } }) }`,
        {},
        agent,
      );
      expect(count.data?.revalidateDeclarations).toBe(2);
      for (const d of refused) expect((await controlled(api, declarant, d.id)).status).toBe("ACCEPTED");
    } finally {
      await api.database.db.query(sql`UPDATE employer SET employer_classes = '{017}' WHERE id = ${fx.employerA}`);
    }
  });
});

describe("a decision before the controls finish", () => {
  it("the controls skip a version the office has already decided", async () => {
    const quiet = await startTestApi({ controls: false });
    try {
      const world = await loadFixtures(quiet.database.db);
      const token = await quiet.signIn(world.logins.declarantA, FIXTURE_PASSWORD);
      const office = await quiet.signIn(world.logins.backOffice, FIXTURE_PASSWORD);
      const submissionId = await createSubmission(quiet, token, world.employerA);
      const id = await addDeclaration(quiet, token, submissionId, declarationInput(world.workers.aQuarter.id));
      await submit(quiet, token, submissionId);
      const pending = await readDeclaration(quiet, token, id);
      const accepted = await quiet.request<{ acceptDeclaration: { status: string } }>(
        DECIDE("accept"),
        { id, v: pending.version, reason: "Urgent, checked by hand" },
        office,
      );
      expect(accepted.data?.acceptDeclaration.status).toBe("ACCEPTED");
      const versions = await quiet.database.db.query<{ id: string }>(
        sql`SELECT id FROM declaration_version WHERE declaration_id = ${id}`,
      );
      expect(
        await runControls(
          quiet.database.db,
          versions.map((v) => v.id),
        ),
      ).toEqual({ controlled: 0, skipped: 1 });
      expect((await readDeclaration(quiet, token, id)).status).toBe("ACCEPTED");
    } finally {
      await quiet.close();
    }
  });
});
