import { sql } from "../../db/sql";
import { errorCodes, startTestApi, type TestApi } from "../../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../../test/fixtures";

interface Node {
  id: string;
}
type Connection<T = Node> = {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe("read API: tenancy, the wizard's flexi-jobbers, input errors, pagination", () => {
  let api: TestApi;
  let fx: Fixtures;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi();
    fx = await loadFixtures(api.database.db);
    for (const [role, login] of Object.entries(fx.logins)) tokens[role] = await api.signIn(login, FIXTURE_PASSWORD);
  });
  afterAll(() => api.close());

  const ids = (nodes: Node[]) => nodes.map((n) => n.id).sort();

  describe("tenancy", () => {
    it("a declarant of A gets NOT_FOUND for a worker only B has, by id and by SSIN", async () => {
      const byId = await api.request(
        `query($id: ID!) { worker(id: $id) { id } }`,
        { id: fx.workers.bOnly.id },
        tokens.declarantA,
      );
      expect(errorCodes(byId)).toEqual(["NOT_FOUND"]);
      const bySsin = await api.request(
        `query($s: Ssin!) { worker(ssin: $s) { id } }`,
        { s: fx.workers.bOnly.ssin },
        tokens.declarantA,
      );
      expect(errorCodes(bySsin)).toEqual(["NOT_FOUND"]);
      const own = await api.request<{ worker: Node }>(
        `query($id: ID!) { worker(id: $id) { id } }`,
        { id: fx.workers.both.id },
        tokens.declarantA,
      );
      expect(own.data?.worker.id).toBe(fx.workers.both.id);
    });

    it("a declarant of A never sees B's Dimona periods or employer; a worker shared by both shows only A's period", async () => {
      const periods = await api.request<{ dimonaPeriods: Connection<{ id: string; employer: { id: string } }> }>(
        `{ dimonaPeriods(first: 500) { totalCount nodes { id employer { id } } } }`,
        {},
        tokens.declarantA,
      );
      expect(periods.data!.dimonaPeriods.nodes.every((p) => p.employer.id === fx.employerA)).toBe(true);
      expect(periods.data!.dimonaPeriods.nodes.map((p) => p.id)).not.toContain(fx.periodOfB);
      expect(periods.data!.dimonaPeriods.totalCount).toBe(6);

      const filtered = await api.request<{ dimonaPeriods: Connection }>(
        `query($b: ID!) { dimonaPeriods(filter: { employerId: { eq: $b } }) { nodes { id } } }`,
        { b: fx.employerB },
        tokens.declarantA,
      );
      expect(filtered.data!.dimonaPeriods.nodes).toEqual([]);

      const employer = await api.request(
        `query($id: ID!) { employer(id: $id) { id } }`,
        { id: fx.employerB },
        tokens.declarantA,
      );
      expect(errorCodes(employer)).toEqual(["NOT_FOUND"]);

      const shared = await api.request<{ worker: { dimonaPeriods: { employer: { id: string } }[] } }>(
        `query($id: ID!) { worker(id: $id) { dimonaPeriods { employer { id } } } }`,
        { id: fx.workers.both.id },
        tokens.declarantA,
      );
      expect(shared.data!.worker.dimonaPeriods.map((p) => p.employer.id)).toEqual([fx.employerA]);
    });

    it("the back office sees every employer and worker; a user without rights sees none", async () => {
      const all = await api.request<{ employers: Connection; workers: Connection }>(
        `{ employers { totalCount nodes { id } } workers { totalCount } }`,
        {},
        tokens.backOffice,
      );
      expect(ids(all.data!.employers.nodes)).toEqual([fx.employerA, fx.employerB].sort());
      expect(all.data!.workers.totalCount).toBe(7);

      const none = await api.request<{ employers: Connection; workers: Connection; dimonaPeriods: Connection }>(
        `{ employers { totalCount } workers { totalCount nodes { id } } dimonaPeriods { totalCount } }`,
        {},
        tokens.noRights,
      );
      expect(none.data).toEqual({
        employers: { totalCount: 0 },
        workers: { totalCount: 0, nodes: [] },
        dimonaPeriods: { totalCount: 0 },
      });
      const one = await api.request(
        `query($id: ID!) { worker(id: $id) { id } }`,
        { id: fx.workers.aQuarter.id },
        tokens.noRights,
      );
      expect(errorCodes(one)).toEqual(["NOT_FOUND"]);
    });

    it("a worker sees themself and their own Dimona periods at every employer, nobody else", async () => {
      const answer = await api.request<{
        workers: Connection;
        dimonaPeriods: Connection<{ employer: { id: string } }>;
      }>(`{ workers { nodes { id } } dimonaPeriods { nodes { employer { id } } } }`, {}, tokens.worker);
      expect(ids(answer.data!.workers.nodes)).toEqual([fx.workers.both.id]);
      expect(answer.data!.dimonaPeriods.nodes.map((p) => p.employer.id).sort()).toEqual(
        [fx.employerA, fx.employerB].sort(),
      );
    });

    it("ids that are not UUIDs are NOT_FOUND, not an error of the server", async () => {
      const answer = await api.request(`{ employer(id: "1 OR 1=1") { id } }`, {}, tokens.backOffice);
      expect(errorCodes(answer)).toEqual(["NOT_FOUND"]);
    });
  });

  describe("flexiJobbers (wizard steps 1-2)", () => {
    const query = `query($e: ID!, $from: Date!, $to: Date!) { flexiJobbers(employerId: $e, from: $from, to: $to) { id lastName } }`;

    it("returns exactly the workers with a non-cancelled FLX period of the employer overlapping the range", async () => {
      const q1 = await api.request<{ flexiJobbers: Node[] }>(
        query,
        { e: fx.employerA, from: "2025-01-01", to: "2025-03-31" },
        tokens.declarantA,
      );
      expect(ids(q1.data!.flexiJobbers)).toEqual(
        [fx.workers.aQuarter.id, fx.workers.aDay.id, fx.workers.both.id].sort(),
      );
      const oneDay = await api.request<{ flexiJobbers: Node[] }>(
        query,
        { e: fx.employerA, from: "2025-03-15", to: "2025-03-15" },
        tokens.declarantA,
      );
      expect(ids(oneDay.data!.flexiJobbers)).toEqual([fx.workers.aQuarter.id, fx.workers.aDay.id].sort());
      const q3 = await api.request<{ flexiJobbers: Node[] }>(
        query,
        { e: fx.employerA, from: "2025-09-30", to: "2025-12-31" },
        tokens.declarantA,
      );
      expect(ids(q3.data!.flexiJobbers)).toEqual([fx.workers.aLater.id]);
    });

    it("needs both Dimona consultation and Flexi at work; another employer is NOT_FOUND", async () => {
      const vars = { e: fx.employerA, from: "2025-01-01", to: "2025-03-31" };
      expect(errorCodes(await api.request(query, vars, tokens.dimonaOnlyA))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await api.request(query, vars, tokens.declarantB))).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await api.request(query, vars))).toEqual(["UNAUTHENTICATED"]);
    });

    it("reports impossible dates and a reversed range with their paths", async () => {
      const answer = await api.request(
        query,
        { e: fx.employerA, from: "2025-02-30", to: "2025-01-01" },
        tokens.declarantA,
      );
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.fieldErrors!.map((e) => e.path)).toEqual([["from"]]);
      const reversed = await api.request(
        query,
        { e: fx.employerA, from: "2025-03-01", to: "2025-01-01" },
        tokens.declarantA,
      );
      expect(reversed.errors![0]!.extensions!.fieldErrors).toEqual([
        expect.objectContaining({ path: ["to"], code: "RANGE_ORDER" }),
      ]);
    });
  });

  describe("input errors", () => {
    it("worker(ssin) with a wrong check digit is BAD_USER_INPUT at path [ssin]; dots and dashes are accepted", async () => {
      const bad = await api.request(`{ worker(ssin: "85073003329") { id } }`, {}, tokens.declarantA);
      expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(bad.errors![0]!.extensions!.fieldErrors).toEqual([
        expect.objectContaining({ path: ["ssin"], code: "INVALID_CHECK_DIGIT" }),
      ]);
      const dotted = await api.request<{ worker: { id: string; ssin: string } }>(
        `{ worker(ssin: "85.07.30-033.28") { id ssin } }`,
        {},
        tokens.declarantA,
      );
      expect(dotted.data!.worker).toEqual({ id: fx.workers.aQuarter.id, ssin: "85073003328" });
    });

    it("an SSIN that is not 11 digits is refused by the scalar as BAD_USER_INPUT with the variable's path", async () => {
      const answer = await api.request(
        `query($s: Ssin) { worker(ssin: $s) { id } }`,
        { s: "12345" },
        tokens.declarantA,
      );
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.fieldErrors![0]!.path).toEqual(["s"]);
    });

    it("worker needs exactly one of id and ssin", async () => {
      const both = await api.request(
        `query($id: ID) { worker(id: $id, ssin: "85073003328") { id } }`,
        { id: fx.workers.aQuarter.id },
        tokens.declarantA,
      );
      expect(errorCodes(both)).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await api.request(`{ worker { id } }`, {}, tokens.declarantA))).toEqual(["BAD_USER_INPUT"]);
    });

    it("first above 500, a negative offset and a forged cursor are BAD_USER_INPUT; a syntax error too, never a 500", async () => {
      const many = await api.request(`{ workers(first: 501) { totalCount } }`, {}, tokens.backOffice);
      expect(many.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fieldErrors: [expect.objectContaining({ path: ["first"] })],
      });
      const negative = await api.request(`{ workers(offset: -1) { totalCount } }`, {}, tokens.backOffice);
      expect(negative.errors![0]!.extensions!.fieldErrors![0]!.path).toEqual(["offset"]);
      const forged = Buffer.from(JSON.stringify(["x", "not-a-uuid"])).toString("base64url");
      const cursor = await api.request(
        `query($c: String) { workers(after: $c) { totalCount } }`,
        { c: forged },
        tokens.backOffice,
      );
      expect(cursor.errors![0]!.extensions!.fieldErrors![0]!.path).toEqual(["after"]);
      const syntax = await api.request(`{ workers(first: ) }`, {}, tokens.backOffice);
      expect(errorCodes(syntax)).toEqual(["BAD_USER_INPUT"]);
      const unknownField = await api.request(`{ nothingHere }`, {}, tokens.backOffice);
      expect(errorCodes(unknownField)).toEqual(["BAD_USER_INPUT"]);
    });

    it("an impossible date in a filter is BAD_USER_INPUT with its path", async () => {
      const answer = await api.request(
        `{ dimonaPeriods(filter: { or: [{ overlaps: { start: "2025-01-01", end: "2025-13-01" } }] }) { totalCount } }`,
        {},
        tokens.backOffice,
      );
      expect(answer.errors![0]!.extensions!.fieldErrors![0]!.path).toEqual(["filter", "or", 0, "overlaps", "end"]);
    });
  });

  describe("lists", () => {
    it("orders by last name and pages with keyset cursors and with offset, giving the same rows", async () => {
      const page = (after?: string | null) =>
        api.request<{ workers: Connection<{ id: string; lastName: string }> }>(
          `query($after: String) { workers(orderBy: [LAST_NAME_ASC], first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id lastName } } }`,
          { after },
          tokens.backOffice,
        );
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 3; i++) {
        const answer: { data?: { workers: Connection<{ id: string; lastName: string }> } | null } = await page(cursor);
        const list = answer.data!.workers;
        seen.push(...list.nodes.map((n) => n.lastName));
        cursor = list.pageInfo.endCursor;
        expect(list.pageInfo.hasNextPage).toBe(i < 2);
        expect(list.totalCount).toBe(7);
      }
      expect(seen).toEqual(["Aerts", "Bosmans", "Collin", "De Smet", "Ewald", "Fontaine", "Goossens"]);
      const byOffset = await api.request<{ workers: Connection<{ lastName: string }> }>(
        `{ workers(orderBy: [LAST_NAME_DESC], first: 2, offset: 1) { nodes { lastName } } }`,
        {},
        tokens.backOffice,
      );
      expect(byOffset.data!.workers.nodes.map((n) => n.lastName)).toEqual(["Fontaine", "Ewald"]);
    });

    it("combines filters with and / or / not", async () => {
      const answer = await api.request<{ workers: Connection<{ lastName: string }> }>(
        `{
        workers(orderBy: [LAST_NAME_ASC], filter: { or: [{ lastName: { contains: "os" } }, { search: "aert" }], not: { lastName: { eq: "Goossens" } } }) { nodes { lastName } } }`,
        {},
        tokens.backOffice,
      );
      expect(answer.data!.workers.nodes.map((n) => n.lastName)).toEqual(["Aerts", "Bosmans"]);
      const byEmployer = await api.request<{ workers: Connection }>(
        `query($b: ID!) { workers(filter: { employerId: { eq: $b } }) { nodes { id } } }`,
        { b: fx.employerB },
        tokens.backOffice,
      );
      expect(ids(byEmployer.data!.workers.nodes)).toEqual([fx.workers.bOnly.id, fx.workers.both.id].sort());
    });

    it("serves the reference lists: employer classes in the reader's language, ceilings", async () => {
      const answer = await api.request<{
        employerClasses: { code: string; label: string }[];
        flexiCeilings: { year: number; amount: string; provisional: boolean }[];
      }>(`{ employerClasses { code label } flexiCeilings { year amount provisional } }`, {}, tokens.declarantB);
      expect(answer.data!.employerClasses.find((c) => c.code === "058")?.label).toMatch(/Boulangerie/); // B's language is fr
      expect(answer.data!.flexiCeilings).toEqual([
        { year: 2024, amount: "12000.00", provisional: false },
        { year: 2025, amount: "18000.00", provisional: false },
        { year: 2026, amount: "18000.00", provisional: true },
      ]);
    });

    it("loads nested lists without N+1: Dimona periods with employer, worker and the worker's periods in a few statements", async () => {
      // Enough rows that a statement per row would show.
      await api.database.db.query(bulkPeriods(fx.employerA, fx.workers.aLater.id, 120));
      const answer = await api.request<{ dimonaPeriods: Connection }>(
        `{
        dimonaPeriods(first: 100) { nodes { id employer { name } worker { lastName dimonaPeriods { periodId employer { name } } } } } }`,
        {},
        tokens.backOffice,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.dimonaPeriods.nodes).toHaveLength(100);
      // viewer, list, employers, workers, the workers' periods, their employers
      expect(answer.extensions!.sqlStatements).toBeLessThanOrEqual(6);
    });
  });
});

function bulkPeriods(employerId: string, workerId: string, count: number) {
  const rows = Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
    return sql`(${String(900000000000 + i)}, ${employerId}, ${workerId}, 'FLX', '302', ${`2026-${month}-${day}`}::date, ${`2026-${month}-${day}`}::date)`;
  });
  return sql`INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date) VALUES ${sql.join(rows)}`;
}
