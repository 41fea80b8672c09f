import { rowBuilder, rowObjects } from "./row-objects";

describe("rows read as arrays, made objects", () => {
  it("names each value by its column, in order, with every column present (null included)", () => {
    const rows = rowObjects<Record<string, unknown>>(
      [{ name: "id" }, { name: "worker.firstName" }, { name: "readAt" }],
      [
        ["a", "Eva", null],
        ["b", "Jan", new Date(0)],
      ],
    );
    expect(rows).toEqual([
      { id: "a", "worker.firstName": "Eva", readAt: null },
      { id: "b", "worker.firstName": "Jan", readAt: new Date(0) },
    ]);
    expect(Object.keys(rows[0]!)).toEqual(["id", "worker.firstName", "readAt"]);
  });

  it("keeps the later column of a name read twice, as the driver's own objects do", () => {
    expect(rowObjects([{ name: "id" }, { name: "id" }], [[1, 2]])).toEqual([{ id: 2 }]);
  });

  it("writes any column name as a plain property name, never as code", () => {
    const hostile = ['"}; globalThis.hacked = 1; ({"', "__proto__", "constructor", "a\\", "\u2028"];
    const [row] = rowObjects<Record<string, unknown>>(
      hostile.map((name) => ({ name })),
      [[1, 2, 3, 4, 5]],
    );
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
    expect(Object.getOwnPropertyNames(row)).toEqual(hostile);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row!['"}; globalThis.hacked = 1; ({"']).toBe(1);
  });

  it("builds one function per list of names", () => {
    expect(rowBuilder(["id", "status"])).toBe(rowBuilder(["id", "status"]));
    expect(rowBuilder(["id", "status"])).not.toBe(rowBuilder(["status", "id"]));
  });
});
