import { sql } from "../../db/sql";
import type { EboxMessageTypeCode } from "../../domain/ebox-texts";
import { errorCodes, startTestApi, type TestApi } from "../../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";
import { writeEboxMessages, type EboxMessageToWrite } from "./ebox-writer";

interface Message {
  id: string;
  type: string;
  subject: string;
  body: string;
  receivedAt: string;
  readAt: string | null;
  employer: { id: string };
}
interface Connection {
  totalCount: number;
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Message[];
}

const LIST = `query($filter: EboxMessageFilter, $orderBy: [EboxMessageOrder!], $first: Int, $after: String, $offset: Int) {
  eboxMessages(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    nodes { id type subject body receivedAt readAt employer { id } }
  }
}`;
const MARK = `mutation($id: ID!) { markEboxMessageRead(id: $id) { id subject readAt } }`;

/** A message whose texts name its language and its key, so that a test sees which one it got. */
function message(
  key: string,
  employerId: string,
  type: EboxMessageTypeCode,
  dedupKey = `test:${key}`,
): EboxMessageToWrite {
  return {
    employerId,
    declarationId: null,
    submissionId: null,
    dedupKey,
    type,
    subject: { nl: `onderwerp ${key}`, fr: `sujet ${key}`, de: `Betreff ${key}`, en: `subject ${key}` },
    body: { nl: `inhoud ${key}`, fr: `contenu ${key}`, de: `Inhalt ${key}`, en: `body ${key}` },
  };
}

describe("e-Box: reading messages in the reader's language, unread count, marking read", () => {
  let api: TestApi;
  let fx: Fixtures;
  const tokens: Record<string, string> = {};
  /** Message ids by key. */
  const id: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    fx = await loadFixtures(api.database.db);
    for (const [role, login] of Object.entries(fx.logins)) tokens[role] = await api.signIn(login, FIXTURE_PASSWORD);
    const db = api.database.db;
    await writeEboxMessages(db, [
      message("a1", fx.employerA, "DECLARATION_ACCEPTED"),
      message("a2", fx.employerA, "DECLARATION_REFUSED"),
      message("a3", fx.employerA, "SUBMISSION_SUMMARY"),
      message("a4", fx.employerA, "DECLARATION_ACCEPTED_WITH_WARNINGS"),
      message("a5", fx.employerA, "MODIFICATION_PROCESSED"),
      message("b1", fx.employerB, "DECLARATION_ACCEPTED"),
    ]);
    // Fixed instants; a3 and a4 share one with microseconds, as messages of one transaction do.
    const receivedAt: Record<string, string> = {
      a1: "2025-03-01T09:00:00Z",
      a2: "2025-03-02T09:00:00Z",
      a3: "2025-03-03T10:00:00.123456Z",
      a4: "2025-03-03T10:00:00.123456Z",
      a5: "2025-03-04T09:00:00Z",
      b1: "2025-03-05T09:00:00Z",
    };
    for (const [key, at] of Object.entries(receivedAt)) {
      await db.query(sql`UPDATE ebox_message SET received_at = ${at}::timestamptz WHERE dedup_key = ${`test:${key}`}`);
      id[key] = (await db.one<{ id: string }>(sql`SELECT id FROM ebox_message WHERE dedup_key = ${`test:${key}`}`))!.id;
    }
    await db.query(sql`UPDATE ebox_message SET read_at = '2025-03-02T12:00:00Z' WHERE id = ${id.a2}`);
  });
  afterAll(() => api.close());

  const list = async (token: string | undefined, variables: Record<string, unknown> = {}) => {
    const answer = await api.request<{ eboxMessages: Connection }>(LIST, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data!.eboxMessages;
  };
  const subjects = (c: Connection) => c.nodes.map((n) => n.subject);

  describe("listing", () => {
    it("a declarant of A sees only A's messages, in Dutch (A's language), newest first, with the unread count", async () => {
      const a = await list(tokens.declarantA);
      expect(a.totalCount).toBe(5);
      expect(a.unreadCount).toBe(4);
      expect(a.nodes.every((n) => n.employer.id === fx.employerA)).toBe(true);
      expect(subjects(a)[0]).toBe("onderwerp a5");
      expect(subjects(a).slice(1, 3).sort()).toEqual(["onderwerp a3", "onderwerp a4"]);
      expect(subjects(a).slice(3)).toEqual(["onderwerp a2", "onderwerp a1"]);
      expect(a.nodes[0]).toEqual({
        id: id.a5,
        type: "MODIFICATION_PROCESSED",
        subject: "onderwerp a5",
        body: "inhoud a5",
        receivedAt: "2025-03-04T09:00:00.000Z",
        readAt: null,
        employer: { id: fx.employerA },
      });
      expect(a.nodes.find((n) => n.id === id.a2)!.readAt).toBe("2025-03-02T12:00:00.000Z");
    });

    it("a declarant of B sees only B's message, in French (B's language)", async () => {
      const b = await list(tokens.declarantB);
      expect(b.nodes.map((n) => [n.id, n.subject, n.body])).toEqual([[id.b1, "sujet b1", "contenu b1"]]);
      expect(b.unreadCount).toBe(1);
    });

    it("a reader who asks for another language (Accept-Language) reads the messages in it", async () => {
      for (const [header, subject] of [
        ["de-BE,de;q=0.9", "Betreff b1"],
        ["en", "subject b1"],
        ["es", "sujet b1"],
      ] as const) {
        const response = await fetch(api.server.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${tokens.declarantB}`,
            "accept-language": header,
          },
          body: JSON.stringify({ query: "{ eboxMessages { nodes { subject } } }" }),
        });
        const answer = (await response.json()) as { data: { eboxMessages: { nodes: { subject: string }[] } } };
        expect({ header, subjects: answer.data.eboxMessages.nodes.map((n) => n.subject) }).toEqual({
          header,
          subjects: [subject],
        });
      }
    });

    it("orders oldest first on request", async () => {
      const a = await list(tokens.declarantA, { orderBy: ["RECEIVED_AT_ASC"] });
      expect(subjects(a)[0]).toBe("onderwerp a1");
      expect(subjects(a)[4]).toBe("onderwerp a5");
    });

    it("the back office, a user with only Dimona consultation and a user without rights see no e-Box", async () => {
      for (const role of ["backOffice", "dimonaOnlyA", "noRights"]) {
        const none = await list(tokens[role]);
        expect({ role, totalCount: none.totalCount, unreadCount: none.unreadCount, nodes: none.nodes }).toEqual({
          role,
          totalCount: 0,
          unreadCount: 0,
          nodes: [],
        });
      }
    });

    it("is UNAUTHENTICATED without a token", async () => {
      expect(errorCodes(await api.request(LIST, {}))).toEqual(["UNAUTHENTICATED"]);
      expect(errorCodes(await api.request(MARK, { id: id.a1 }))).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("filters", () => {
    it("unread: true or false; the unread count ignores that condition", async () => {
      const unread = await list(tokens.declarantA, { filter: { unread: true } });
      expect(unread.nodes.map((n) => n.id).sort()).toEqual([id.a1, id.a3, id.a4, id.a5].sort());
      expect([unread.totalCount, unread.unreadCount]).toEqual([4, 4]);
      const read = await list(tokens.declarantA, { filter: { unread: false } });
      expect(read.nodes.map((n) => n.id)).toEqual([id.a2]);
      expect([read.totalCount, read.unreadCount]).toEqual([1, 4]);
    });

    it("type, receivedAt and employerId narrow the list and the unread count", async () => {
      const byType = await list(tokens.declarantA, {
        filter: { type: ["DECLARATION_ACCEPTED", "DECLARATION_REFUSED"] },
      });
      expect(subjects(byType)).toEqual(["onderwerp a2", "onderwerp a1"]);
      expect(byType.unreadCount).toBe(1);

      const byTime = await list(tokens.declarantA, {
        filter: { receivedAt: { gte: "2025-03-02T09:00:00Z", lte: "2025-03-03T23:59:59+01:00" } },
      });
      expect(byTime.nodes.map((n) => n.id).sort()).toEqual([id.a2, id.a3, id.a4].sort());
      expect(byTime.unreadCount).toBe(2);

      const own = await list(tokens.declarantA, {
        filter: { employerId: { eq: fx.employerA }, unread: true, type: ["SUBMISSION_SUMMARY"] },
      });
      expect(own.nodes.map((n) => n.id)).toEqual([id.a3]);
      const other = await list(tokens.declarantA, { filter: { employerId: { in: [fx.employerB] } } });
      expect([other.nodes, other.totalCount, other.unreadCount]).toEqual([[], 0, 0]);
      const notAnId = await list(tokens.declarantA, { filter: { employerId: { eq: "nope" } } });
      expect(notAnId.totalCount).toBe(0);
    });

    it("a DateTime without offset or an unknown type is BAD_USER_INPUT", async () => {
      const noOffset = await api.request(
        LIST,
        { filter: { receivedAt: { gte: "2025-03-02T09:00:00" } } },
        tokens.declarantA,
      );
      expect(errorCodes(noOffset)).toEqual(["BAD_USER_INPUT"]);
      const badType = await api.request(LIST, { filter: { type: ["HELLO"] } }, tokens.declarantA);
      expect(errorCodes(badType)).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("pagination", () => {
    it("pages of one with cursors give the same rows as one page, in both orders, also across equal instants", async () => {
      for (const orderBy of [["RECEIVED_AT_DESC"], ["RECEIVED_AT_ASC"]]) {
        const all = await list(tokens.declarantA, { orderBy });
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i += 1) {
          const page: Connection = await list(tokens.declarantA, { orderBy, first: 1, after });
          seen.push(...page.nodes.map((n) => n.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect({ orderBy, seen }).toEqual({ orderBy, seen: all.nodes.map((n) => n.id) });
      }
    });

    it("offset pages match; first above 500 and a forged cursor are BAD_USER_INPUT", async () => {
      const all = await list(tokens.declarantA);
      const middle = await list(tokens.declarantA, { first: 2, offset: 2 });
      expect(middle.nodes.map((n) => n.id)).toEqual(all.nodes.slice(2, 4).map((n) => n.id));
      expect(middle.pageInfo.hasNextPage).toBe(true);
      const many = await api.request(LIST, { first: 501 }, tokens.declarantA);
      expect(many.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fieldErrors: [expect.objectContaining({ path: ["first"] })],
      });
      const forged = await api.request(
        LIST,
        { after: Buffer.from('["yesterday","x"]').toString("base64url") },
        tokens.declarantA,
      );
      expect(forged.errors![0]!.extensions!.fieldErrors![0]!.path).toEqual(["after"]);
    });
  });

  describe("markEboxMessageRead", () => {
    it("sets readAt once: a second call keeps the first time; the unread count drops by one", async () => {
      const first = await api.request<{ markEboxMessageRead: { id: string; subject: string; readAt: string | null } }>(
        MARK,
        { id: id.a1 },
        tokens.declarantA,
      );
      expect(first.errors).toBeUndefined();
      const readAt = first.data!.markEboxMessageRead.readAt;
      expect(first.data!.markEboxMessageRead).toEqual({
        id: id.a1,
        subject: "onderwerp a1",
        readAt: expect.any(String),
      });
      expect(Math.abs(Date.parse(readAt!) - Date.now())).toBeLessThan(60_000);
      expect((await list(tokens.declarantA)).unreadCount).toBe(3);

      await new Promise((resolve) => setTimeout(resolve, 20));
      const again = await api.request<{ markEboxMessageRead: { readAt: string } }>(
        MARK,
        { id: id.a1 },
        tokens.declarantA,
      );
      expect(again.data!.markEboxMessageRead.readAt).toBe(readAt);
      const listed = await list(tokens.declarantA, { filter: { unread: false } });
      expect(listed.nodes.map((n) => n.id).sort()).toEqual([id.a1, id.a2].sort());
      expect(listed.unreadCount).toBe(3);
    });

    it("another employer's message, a back-office user and a non-UUID id get NOT_FOUND, and nothing changes", async () => {
      expect(errorCodes(await api.request(MARK, { id: id.b1 }, tokens.declarantA))).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await api.request(MARK, { id: id.a5 }, tokens.backOffice))).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await api.request(MARK, { id: "1 OR 1=1" }, tokens.declarantA))).toEqual(["NOT_FOUND"]);
      const rows = await api.database.db.query<{ id: string }>(sql`
        SELECT id FROM ebox_message WHERE id = ANY(${[id.b1, id.a5]}::uuid[]) AND read_at IS NOT NULL`);
      expect(rows).toEqual([]);
      expect((await list(tokens.declarantB)).unreadCount).toBe(1);
    });
  });

  describe("writeEboxMessages", () => {
    it("stores a message once, however often the same dedupKey is written", async () => {
      const db = api.database.db;
      const twice = message("dup", fx.employerB, "SUBMISSION_SUMMARY", "test:same-key");
      await writeEboxMessages(db, [twice]);
      await writeEboxMessages(db, [{ ...twice, subject: { ...twice.subject, fr: "sujet changé" } }]);
      const rows = await db.query<{ subject: string }>(
        sql`SELECT subject_fr AS subject FROM ebox_message WHERE dedup_key = 'test:same-key'`,
      );
      expect(rows).toEqual([{ subject: "sujet dup" }]);
      expect((await list(tokens.declarantB)).totalCount).toBe(2);
    });
  });
});
