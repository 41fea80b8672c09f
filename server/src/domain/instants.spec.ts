import { instantText } from "./instants";

describe("instantText", () => {
  it("writes what toISOString writes, for instants spread over the years 0000-9999", () => {
    // A fixed pseudo-random walk over the whole range, milliseconds included.
    const start = new Date("0000-01-01T00:00:00.000Z").getTime();
    const end = new Date("9999-12-31T23:59:59.999Z").getTime();
    let seed = 12345;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const date = new Date(start + Math.floor((seed / 2 ** 31) * (end - start)));
      expect(instantText(date)).toBe(date.toISOString());
    }
  });

  it.each([
    "0000-01-01T00:00:00.000Z",
    "0009-02-03T04:05:06.007Z",
    "0099-12-31T23:59:59.099Z",
    "0999-06-30T12:00:00.900Z",
    "1970-01-01T00:00:00.000Z",
    "2024-02-29T23:59:59.999Z",
    "2025-01-31T10:00:00.000Z",
    "9999-12-31T23:59:59.999Z",
  ])("writes %s as toISOString does", (text) => {
    expect(instantText(new Date(text))).toBe(text);
  });

  it("leaves years beyond four digits to toISOString (signed, six digits)", () => {
    const before = new Date("-000001-12-31T23:59:59.999Z");
    const after = new Date("+010000-01-01T00:00:00.000Z");
    expect(instantText(before)).toBe("-000001-12-31T23:59:59.999Z");
    expect(instantText(after)).toBe("+010000-01-01T00:00:00.000Z");
  });

  it("throws on an invalid date, as toISOString does", () => {
    expect(() => instantText(new Date(NaN))).toThrow(RangeError);
  });
});
