import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema as buildSdlSchema } from "graphql";
import { contractDifferences } from "./contract-check";
import { SCHEMA_FILE } from "./emit-schema";
import { buildFlexiSchema, printSortedSchema } from "./schema";

const PROJECT_CONTRACT = path.join(__dirname, "..", "..", "..", "schema", "contract.graphql");

describe("the GraphQL contract", () => {
  it("schema/schema.graphql is what the code emits (run `npm run schema:emit` after changing the API)", async () => {
    const emitted = printSortedSchema(await buildFlexiSchema());
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(emitted);
  });

  it("the emitted schema keeps every name, type, nullability and enum value of schema/contract.graphql", async () => {
    const contract = buildSdlSchema(readFileSync(PROJECT_CONTRACT, "utf8"));
    expect(contractDifferences(contract, await buildFlexiSchema())).toEqual([]);
  });

  it("the contract check notices a retyped field, a lost enum value and a changed nullability", () => {
    const contract = buildSdlSchema(`type Query { a: Int! b(x: ID): String } enum E { ONE TWO } type T { e: E }`);
    const changed = buildSdlSchema(`type Query { a: Int b(x: ID!): String extra: Int } enum E { ONE } type T { e: E }`);
    const problems = contractDifferences(contract, changed);
    expect(problems.some((p) => p.includes("Query.a is Int, not Int!"))).toBe(true);
    expect(problems.some((p) => p.includes("Query.b(x) is ID!, not ID"))).toBe(true);
    expect(problems.some((p) => p.includes("E.TWO is missing"))).toBe(true);
    expect(contractDifferences(contract, contract)).toEqual([]);
  });
});
