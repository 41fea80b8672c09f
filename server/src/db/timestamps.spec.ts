import { types } from "pg";
import { parseTimestamptz } from "./timestamps";

/** pg's own parser (this file does not load db.ts, which replaces it): the reference. */
const reference = types.getTypeParser(types.builtins.TIMESTAMPTZ, "text") as (text: string) => Date;

describe("parseTimestamptz", () => {
  it.each([
    ["2025-03-01 10:15:30.123456+00", "2025-03-01T10:15:30.123Z"],
    ["2025-03-01 10:15:30.1+01", "2025-03-01T09:15:30.100Z"],
    ["2025-03-01 00:15:30-05", "2025-03-01T05:15:30.000Z"],
    ["2026-12-31 23:59:59.999999+01", "2026-12-31T22:59:59.999Z"],
    ["2024-02-29 12:00:00+05:30", "2024-02-29T06:30:00.000Z"],
    ["1890-01-01 00:00:00+00:17:30", "1889-12-31T23:42:30.000Z"],
    ["2025-06-15 08:00:00+02", "2025-06-15T06:00:00.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseTimestamptz(text).toISOString()).toBe(iso);
  });

  it("hands what it does not read itself to the driver's parser (infinity, BC, years before 1000)", () => {
    expect(parseTimestamptz("infinity")).toBe(Infinity);
    expect(parseTimestamptz("-infinity")).toBe(-Infinity);
    expect(parseTimestamptz("0099-01-01 00:00:00+00").getUTCFullYear()).toBe(99);
    expect(parseTimestamptz("2020-01-01 00:00:00+00 BC").getUTCFullYear()).toBe(-2019);
  });

  it("agrees with the driver's parser on generated timestamps", () => {
    expect(reference).not.toBe(parseTimestamptz);
    let state = 20261129;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    for (let k = 0; k < 2000; k++) {
      const fraction =
        next(3) === 0
          ? ""
          : `.${String(next(1_000_000))
              .padStart(6, "0")
              .slice(0, 1 + next(6))}`;
      const offset = `${next(2) ? "+" : "-"}${pad(next(15))}${next(4) === 0 ? `:${pad(next(60))}` : ""}`;
      const text = `${1000 + next(9000)}-${pad(1 + next(12))}-${pad(1 + next(28))} ${pad(next(24))}:${pad(next(60))}:${pad(next(60))}${fraction}${offset}`;
      expect([text, parseTimestamptz(text).getTime()]).toEqual([text, reference(text).getTime()]);
    }
  });
});
