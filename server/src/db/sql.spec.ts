import { sql } from "./sql";

describe("sql builder", () => {
  it("numbers parameters through nested fragments", () => {
    const inner = sql`b = ${2} AND c = ${"x"}`;
    const q = sql`SELECT * FROM t WHERE a = ${1} AND ${inner} AND d = ${[3, 4]}`.compile();
    expect(q.text).toBe("SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3 AND d = $4");
    expect(q.values).toEqual([1, 2, "x", [3, 4]]);
  });

  it("writes whole numbers into the text (LIMIT, OFFSET) and refuses anything else", () => {
    const q = sql`SELECT * FROM t WHERE a = ${1} LIMIT ${sql.integer(51)} OFFSET ${sql.integer(0)}`.compile();
    expect(q.text).toBe("SELECT * FROM t WHERE a = $1 LIMIT 51 OFFSET 0");
    expect(q.values).toEqual([1]);
    for (const bad of [1.5, Number.NaN, Infinity, 2 ** 60, Number("1; DROP TABLE t") as number])
      expect(() => sql.integer(bad)).toThrow(/not a safe integer/);
  });

  it("joins with AND / OR and handles empty lists", () => {
    expect(sql.and([]).compile().text).toBe("TRUE");
    expect(sql.or([]).compile().text).toBe("FALSE");
    const q = sql.or([sql`a = ${1}`, sql.and([sql`b = ${2}`, sql`c = ${3}`])]).compile();
    expect(q.text).toBe("(a = $1 OR (b = $2 AND c = $3))");
    expect(q.values).toEqual([1, 2, 3]);
  });
});
