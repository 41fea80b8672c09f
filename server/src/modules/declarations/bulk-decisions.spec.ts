/**
 * The back office's decisions by hand reach the employer (the reason in the e-Box message and
 * on the version), and the bulk forms acceptDeclarations / refuseDeclarations decide many
 * declarations in one request, all or nothing, naming every refused item.
 */
import { startTestApi, type TestApi } from "../../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
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

/** One transmitted declaration of employer A, controlled; aDay has no Dimona this month (a warning). */
async function declared(workerId = fx.workers.aDay.id) {
  const submissionId = await createSubmission(api, declarant, fx.employerA);
  const id = await addDeclaration(api, declarant, submissionId, declarationInput(workerId));
  await submit(api, declarant, submissionId);
  return controlled(api, declarant, id);
}

const DECIDE_ONE = (action: "accept" | "refuse") => `mutation($id: ID!, $v: Int!, $reason: String!) {
  ${action}Declaration(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`;
const DECIDE_MANY = (action: "accept" | "refuse") => `mutation($items: [DeclarationDecisionInput!]!, $reason: String!) {
  ${action}Declarations(items: $items, reason: $reason) { id status version } }`;

/** The employer's e-Box messages about a declaration, in the declarant's language and in English. */
async function messagesOf(id: string) {
  const answer = await api.request<{
    eboxMessages: { nodes: { type: string; body: string; declaration: { id: string } | null }[] };
  }>(`query { eboxMessages(first: 500) { nodes { type body declaration { id } } } }`, {}, declarant);
  return answer.data!.eboxMessages.nodes.filter((m) => m.declaration?.id === id);
}

/** What the employer reads of the versions: the reason of a decision by hand. */
async function versionsOf(id: string) {
  const answer = await api.request<{
    wageDeclaration: { history: { number: number; status: string; decisionReason: string | null }[] };
  }>(`query($id: ID!) { wageDeclaration(id: $id) { history { number status decisionReason } } }`, { id }, declarant);
  return answer.data!.wageDeclaration.history;
}

describe("a decision by hand reaches the employer", () => {
  it("refuseDeclaration: the reason is in the e-Box message and on the version; the controls' decisions carry none", async () => {
    const warned = await declared();
    expect(warned.status).toBe("ACCEPTED_WITH_WARNINGS");
    expect(await versionsOf(warned.id)).toEqual([
      { number: 1, status: "ACCEPTED_WITH_WARNINGS", decisionReason: null },
    ]);
    const reason = "No Dimona for these days: declare them after the Dimona";
    const answer = await api.request(DECIDE_ONE("refuse"), { id: warned.id, v: warned.version, reason }, agent);
    expect(answer.errors).toBeUndefined();

    const refused = (await messagesOf(warned.id)).find((m) => m.type === "DECLARATION_REFUSED");
    expect(refused?.body).toContain(reason);
    const warnedMessage = (await messagesOf(warned.id)).find((m) => m.type === "DECLARATION_ACCEPTED_WITH_WARNINGS");
    expect(warnedMessage?.body).not.toContain(reason);
    expect(await versionsOf(warned.id)).toEqual([{ number: 1, status: "REFUSED", decisionReason: reason }]);

    // Revalidated (back to PENDING, then the controls decide): no reason of a person any more.
    await api.request(`mutation($id: ID!) { revalidateDeclaration(id: $id) { id } }`, { id: warned.id }, agent);
    const again = await controlled(api, declarant, warned.id);
    expect(again.status).toBe("ACCEPTED_WITH_WARNINGS");
    expect(await versionsOf(warned.id)).toEqual([
      { number: 1, status: "ACCEPTED_WITH_WARNINGS", decisionReason: null },
    ]);

    // Refused by hand once more: a second message with the new reason (not taken for the first).
    const second = "Second look: still no Dimona";
    await api.request(DECIDE_ONE("refuse"), { id: warned.id, v: again.version, reason: second }, agent);
    const bodies = (await messagesOf(warned.id)).filter((m) => m.type === "DECLARATION_REFUSED").map((m) => m.body);
    expect(bodies).toHaveLength(2);
    expect(bodies.some((b) => b.includes(second))).toBe(true);
  });
});

describe("acceptDeclarations and refuseDeclarations", () => {
  it("decides every item in one request: statuses, audit entries and e-Box messages with the reason", async () => {
    const a = await declared();
    const b = await declared();
    const reason = "Dimona checked with the employer by phone";
    const answer = await api.request<{ acceptDeclarations: { id: string; status: string; version: number }[] }>(
      DECIDE_MANY("accept"),
      {
        items: [
          { id: b.id, expectedVersion: b.version },
          { id: a.id, expectedVersion: a.version },
        ],
        reason,
      },
      agent,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.acceptDeclarations).toEqual([
      { id: b.id, status: "ACCEPTED", version: b.version + 1 },
      { id: a.id, status: "ACCEPTED", version: a.version + 1 },
    ]);
    for (const d of [a, b]) {
      const accepted = (await messagesOf(d.id)).find((m) => m.type === "DECLARATION_ACCEPTED");
      expect(accepted?.body).toContain(reason);
      expect(await versionsOf(d.id)).toEqual([{ number: 1, status: "ACCEPTED", decisionReason: reason }]);
      const audit = await api.request<{ auditEntries: { nodes: { action: string; reason: string }[] } }>(
        `query($id: ID!) { auditEntries(filter: { entityId: { eq: $id } }) { nodes { action reason } } }`,
        { id: d.id },
        agent,
      );
      expect(audit.data?.auditEntries.nodes).toEqual([{ action: "acceptDeclaration", reason }]);
    }
  });

  it("all or nothing: one refused item refuses the call, and the error names every refused item", async () => {
    const fine = await declared();
    const stale = await declared();
    const accepted = await declared(fx.workers.aQuarter.id);
    expect(accepted.status).toBe("ACCEPTED");
    const unknown = "00000000-0000-4000-8000-000000000000";
    const counts = await rowCounts(api.database.db);
    const answer = await api.request(
      DECIDE_MANY("refuse"),
      {
        items: [
          { id: fine.id, expectedVersion: fine.version },
          { id: stale.id, expectedVersion: stale.version - 1 },
          { id: accepted.id, expectedVersion: accepted.version },
          { id: unknown, expectedVersion: 1 },
        ],
        reason: "Refused in bulk",
      },
      agent,
    );
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe("CONFLICT"); // the first refused item's
    expect(error?.extensions?.itemErrors?.map(({ index, id, code }) => ({ index, id, code }))).toEqual([
      { index: 1, id: stale.id, code: "CONFLICT" },
      { index: 2, id: accepted.id, code: "INVALID_STATE" },
      { index: 3, id: unknown, code: "NOT_FOUND" },
    ]);
    expect(await rowCounts(api.database.db)).toEqual(counts);
    expect((await controlled(api, declarant, fine.id)).status).toBe("ACCEPTED_WITH_WARNINGS");
  });

  it("checks the reason and the list; only the back office may use them", async () => {
    const d = await declared();
    const blank = await api.request(
      DECIDE_MANY("accept"),
      {
        items: [
          { id: d.id, expectedVersion: d.version },
          { id: d.id, expectedVersion: d.version },
        ],
        reason: "  ",
      },
      agent,
    );
    expect(blank.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(blank.errors?.[0]?.extensions?.fieldErrors?.map((e) => [e.path.join("."), e.code])).toEqual([
      ["reason", "REQUIRED"],
      ["items.1.id", "DUPLICATE"],
    ]);
    const none = await api.request<{ refuseDeclarations: unknown[] }>(
      DECIDE_MANY("refuse"),
      { items: [], reason: "nothing" },
      agent,
    );
    expect(none.data?.refuseDeclarations).toEqual([]);
    const employer = await api.request(
      DECIDE_MANY("accept"),
      { items: [{ id: d.id, expectedVersion: d.version }], reason: "x" },
      declarant,
    );
    expect(employer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
