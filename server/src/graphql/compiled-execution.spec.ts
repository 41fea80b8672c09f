/**
 * The compiled execution of queries (graphql/compiled-execution.ts): which operations graphql-jit
 * compiles, and that bad variables get graphql-js's own errors. The API tests run every query
 * through it; these pin down its choices.
 */
import {
  execute,
  getOperationAST,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from "graphql";
import { buildFlexiSchema } from "./schema";
import { CompiledQueries } from "./compiled-execution";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFlexiSchema();
});

const operationOf = (query: string) => {
  const document = parse(query);
  return { document, operation: getOperationAST(document)! };
};

it("compiles a query once per document, those with filter variables (input types that contain themselves) too", () => {
  const queries = new CompiledQueries(schema);
  const plain = parse(`query($e: ID!) { wageDeclarations(filter: { employerId: { eq: $e } }) { nodes { id } } }`);
  const compiled = queries.get(plain, null);
  expect(compiled).toBeDefined();
  expect(queries.get(plain, null)).toBe(compiled);
  const filtered = parse(`query($f: WageDeclarationFilter) { wageDeclarations(filter: $f) { nodes { id } } }`);
  expect(queries.get(filtered, null)).toBeDefined();
});

it("hands resolvers the variables exactly as graphql-js coerces them (defaults, enums, scalars, nested and/or)", async () => {
  // A schema of its own, so that what reaches the resolver is all there is to compare.
  const Color = new GraphQLEnumType({ name: "Color", values: { RED: { value: "red-inside" }, BLUE: { value: 2 } } });
  const Day = new GraphQLScalarType({
    name: "Day",
    parseValue: (value) => new Date(`${String(value)}T00:00:00Z`),
    serialize: (value) => (value as Date).toISOString().slice(0, 10),
  });
  const Filter: GraphQLInputObjectType = new GraphQLInputObjectType({
    name: "Filter",
    fields: () => ({
      color: { type: Color },
      day: { type: Day },
      limit: { type: GraphQLInt, defaultValue: 7 },
      and: { type: new GraphQLList(new GraphQLNonNull(Filter)) },
      not: { type: Filter },
    }),
  });
  const own = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        echo: {
          type: GraphQLString,
          args: { filter: { type: Filter }, n: { type: GraphQLInt, defaultValue: 3 }, flag: { type: GraphQLBoolean } },
          // Key order is not part of the comparison (graphql-jit builds arguments in its own order).
          resolve: (_root, args) => JSON.stringify(args, (_key, value: unknown) => sortedKeys(value)),
        },
      },
    }),
  });
  const queries = new CompiledQueries(own);
  const { document, operation } = operationOf(
    `query($f: Filter, $n: Int = 5, $flag: Boolean!, $c: Color) {
      a: echo(filter: $f, n: $n, flag: $flag)
      b: echo(filter: { color: $c, and: [{ not: { day: "2026-01-02" } }] })
      c: echo @include(if: $flag)
    }`,
  );
  const cases = [
    { f: { color: "RED", and: [{ day: "2025-12-31", not: { color: "BLUE", limit: null } }] }, flag: true, c: "BLUE" },
    { f: { not: { not: { and: [] } } }, flag: true, c: null },
    { f: null, n: null, flag: false },
    { flag: true },
  ];
  for (const variables of cases) {
    const ours = await queries.run(document, operation, null, variables, {});
    const reference = await execute({ schema: own, document, variableValues: variables });
    expect(ours).toEqual(JSON.parse(JSON.stringify(reference)));
  }
  // The first two cases give every variable (or its default) and ran compiled; the others leave some out.
  expect(queries.compiledRuns).toBe(2);
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

function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

it("runs a leaner form, compiled without the resolvers it takes off, for the requests it applies to", async () => {
  // A field whose resolver counts its calls; the leaner form takes it off, leaving the property.
  let calls = 0;
  const item = new GraphQLObjectType({
    name: "Item",
    fields: { pay: { type: GraphQLString, resolve: (item: { pay: string }) => (calls++, item.pay) } },
  });
  const own = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: { items: { type: new GraphQLList(item), resolve: () => [{ pay: "10.00" }, { pay: "20.00" }] } },
    }),
  });
  const pay = item.getFields().pay!;
  const withResolver = pay.resolve;
  const queries = new CompiledQueries(own, {
    leanerForm: {
      appliesTo: (context) => (context as { lean: boolean }).lean,
      compile(compileQuery) {
        pay.resolve = undefined;
        try {
          return compileQuery();
        } finally {
          pay.resolve = withResolver;
        }
      },
    },
  });
  const { document, operation } = operationOf("{ items { pay } }");
  const expected = { data: { items: [{ pay: "10.00" }, { pay: "20.00" }] } };
  expect(await queries.run(document, operation, null, {}, { lean: true })).toEqual(expected);
  expect(calls).toBe(0);
  expect(await queries.run(document, operation, null, {}, { lean: false })).toEqual(expected);
  expect(calls).toBe(2);
  // Each form is compiled once and kept apart.
  expect(queries.get(document, null, true)).toBe(queries.get(document, null, true));
  expect(queries.get(document, null, true)).not.toBe(queries.get(document, null, false));
  expect(pay.resolve).toBe(withResolver);
});
