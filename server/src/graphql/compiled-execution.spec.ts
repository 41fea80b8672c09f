/**
 * The compiled execution of queries (graphql/compiled-execution.ts): which operations graphql-jit
 * compiles, and that bad variables get graphql-js's own errors. The API tests run every query
 * through it; these pin down its choices.
 */
import { execute, getOperationAST, parse, type GraphQLSchema } from "graphql";
import { buildFlexiSchema } from "./schema";
import { CompiledQueries, isRecursiveInput } from "./compiled-execution";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFlexiSchema();
});

const operationOf = (query: string) => {
  const document = parse(query);
  return { document, operation: getOperationAST(document)! };
};

it("knows the input types that contain themselves", () => {
  expect(isRecursiveInput(schema.getType("WageDeclarationFilter") ?? undefined)).toBe(true);
  expect(isRecursiveInput(schema.getType("WorkerFilter") ?? undefined)).toBe(true);
  expect(isRecursiveInput(schema.getType("DateRangeInput") ?? undefined)).toBe(false);
  expect(isRecursiveInput(schema.getType("ID") ?? undefined)).toBe(false);
});

it("compiles a query once per document, and leaves to graphql-js those whose variables graphql-jit cannot parse", () => {
  const queries = new CompiledQueries(schema);
  const plain = parse(`query($e: ID!) { wageDeclarations(filter: { employerId: { eq: $e } }) { nodes { id } } }`);
  const compiled = queries.get(plain, null);
  expect(compiled).toBeDefined();
  expect(queries.get(plain, null)).toBe(compiled);
  const filtered = parse(`query($f: WageDeclarationFilter) { wageDeclarations(filter: $f) { nodes { id } } }`);
  expect(queries.get(filtered, null)).toBeUndefined();
});

it("answers bad variables exactly as graphql-js does, before anything runs", async () => {
  const queries = new CompiledQueries(schema);
  const { document, operation } = operationOf(
    `query($id: ID!, $year: Int!) { wageDeclaration(id: $id) { id } flexiIncome(ssin: "85073003328", year: $year) { total } }`,
  );
  for (const variables of [{}, { id: "x", year: "2025" }, { id: ["x"], year: 2025.5 }]) {
    const ours = await queries.run(document, operation, null, variables, {});
    const reference = await execute({ schema, document, variableValues: variables, contextValue: {} });
    expect(ours.data).toBeUndefined();
    expect(ours.errors!.map((e) => e.message)).toEqual(reference.errors!.map((e) => e.message));
  }
});
