import path from "node:path";
import {
  execute,
  getIntrospectionQuery,
  getOperationAST,
  Kind,
  parse,
  print,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { toGraphQLError } from "../graphql/format-error";
import { parseWithinLimits, selectedFields } from "./document-limits";
import { buildFlexiSchema } from "../graphql/schema";
import {
  checkQueryLimits,
  introspectionNestingError,
  MAX_OF_TYPE,
  measureOperation,
  UNPAGED_LIST_SIZE,
} from "./limits";
import { DEFAULT_HTTP_SECURITY } from "./settings";
import { checkFilterLimits } from "./filter-limits";

const LIMITS = { maxDepth: DEFAULT_HTTP_SECURITY.maxQueryDepth, maxCost: DEFAULT_HTTP_SECURITY.maxQueryCost };

let schema: GraphQLSchema;
/** The typed operations graphql-codegen wrote for the console and the SDK (outside this project's rootDir: loaded, not imported). */
let documents: [string, DocumentNode][];
beforeAll(async () => {
  schema = await buildFlexiSchema();
  const root = path.join(__dirname, "..", "..", "..");
  const modules = await Promise.all(
    ["console/src/gql/graphql", "sdk/src/gql/graphql"].map(
      (file) => import(path.join(root, file)) as Promise<Record<string, unknown>>,
    ),
  );
  documents = modules
    .flatMap((exports) => Object.entries(exports))
    .filter((entry): entry is [string, DocumentNode] => (entry[1] as { kind?: unknown } | null)?.kind === Kind.DOCUMENT)
    .filter(([, document]) => getOperationAST(document) !== null); // fragments alone are measured where they are spread
});

function measure(query: string | DocumentNode, variables?: Record<string, unknown>, exemptIntrospection = true) {
  const document = typeof query === "string" ? parse(query) : query;
  return measureOperation(schema, document, getOperationAST(document)!, variables, exemptIntrospection);
}

function refusal(
  query: string,
  variables?: Record<string, unknown>,
  limits = LIMITS,
): { code: unknown; fieldErrors: unknown; message: string } | null {
  const document = parse(query);
  try {
    checkQueryLimits(schema, document, getOperationAST(document)!, variables, limits);
    return null;
  } catch (error) {
    // As a client sees it (graphql/format-error.ts).
    const e = toGraphQLError(error);
    return { code: e.extensions.code, fieldErrors: e.extensions.fieldErrors, message: e.message };
  }
}

describe("query depth", () => {
  it("counts nested fields", () => {
    expect(measure(`{ me { id } }`).depth).toBe(2);
    expect(measure(`{ wageDeclarations { nodes { worker { dimonaPeriods { employer { name } } } } } }`).depth).toBe(6);
  });

  it("follows fragments, named and inline", () => {
    const query = `
      query { wageDeclarations { nodes { ...D } } }
      fragment D on WageDeclaration { worker { ...W } }
      fragment W on Worker { dimonaPeriods { ... on DimonaPeriod { employer { name } } } }`;
    expect(measure(query).depth).toBe(6);
  });

  it("refuses an operation deeper than the limit with BAD_USER_INPUT and an OUT_OF_RANGE field error", () => {
    // Worker -> dimonaPeriods -> worker -> ... loops as deep as anyone likes.
    let inner = "id";
    for (let i = 0; i < 6; i++) inner = `dimonaPeriods { worker { ${inner} } }`;
    const query = `query($id: ID!) { worker(id: $id) { ${inner} } }`;
    expect(measure(query).depth).toBe(14);
    const refused = refusal(query);
    expect(refused).toEqual({
      code: "BAD_USER_INPUT",
      message: "The query is too deep: it nests 14 levels of fields, at most 12 are allowed.",
      fieldErrors: [
        {
          path: [],
          code: "OUT_OF_RANGE",
          message: "The query is too deep: it nests 14 levels of fields, at most 12 are allowed.",
        },
      ],
    });
  });
});

describe("query cost", () => {
  it("counts a field as 1 and multiplies a paged list by first or last, 50 when not given, at most 500", () => {
    expect(measure(`{ me { id login } }`).cost).toBe(3);
    // the connection (1) + rows x (nodes (1) + id (1))
    expect(measure(`{ wageDeclarations(first: 100) { nodes { id } } }`).cost).toBe(1 + 100 * 2);
    expect(measure(`{ wageDeclarations { nodes { id } } }`).cost).toBe(1 + 50 * 2);
    expect(measure(`{ wageDeclarations(last: 20) { nodes { id } } }`).cost).toBe(1 + 20 * 2);
    expect(measure(`{ wageDeclarations(first: 100000) { nodes { id } } }`).cost).toBe(1 + 500 * 2);
    expect(measure(`query($n: Int) { wageDeclarations(first: $n) { nodes { id } } }`, { n: 7 }).cost).toBe(1 + 7 * 2);
    // A list never costs less than one row of what it selects: `first: 0` still resolves the field.
    expect(measure(`{ eboxMessages(first: 0) { unreadCount } }`).cost).toBe(2);
  });

  it("does not multiply a connection's nodes and edges again, and counts an unpaged list as a few rows", () => {
    expect(
      measure(`{ wageDeclarations(first: 10) { totalCount nodes { id } edges { cursor node { id } } } }`).cost,
    ).toBe(1 + 10 * (1 + 2 + (1 + 1 + 2)));
    expect(measure(`query($id: ID!) { worker(id: $id) { dimonaPeriods { id startDate } } }`).cost).toBe(
      1 + 1 + UNPAGED_LIST_SIZE * 2,
    );
  });

  it("measures each fragment once, so that fragments spread in fragments cannot make the walk explode", () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : "me { id }"} }`,
    ).join("\n");
    const started = Date.now();
    const result = measure(`query { ...F0 }\n${fragments}`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.cost).toBe(2 ** (levels - 1) * 2);
    expect(refusal(`query { ...F0 }\n${fragments}`)?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an operation above the limit, saying why", () => {
    const query = `{ submissions(first: 500) { nodes { declarations(first: 500) { nodes { id total } } } } }`;
    expect(measure(query).cost).toBe(1 + 500 * (1 + 1 + 500 * 3));
    const refused = refusal(query)!;
    expect(refused.code).toBe("BAD_USER_INPUT");
    expect(refused.message).toMatch(
      /^The query is too expensive: it may read up to 751,001 fields, at most 100,000 are allowed/,
    );
    expect(refused.fieldErrors).toEqual([{ path: [], code: "OUT_OF_RANGE", message: refused.message }]);
  });

  it("lets 100 declarations with their worker's Dimona periods through", () => {
    const query = `query($employerId: ID!) {
      wageDeclarations(filter: { employerId: { eq: $employerId } }, first: 100) {
        totalCount
        nodes {
          id status total calculationDate
          employer { name }
          worker { ssin firstName lastName dimonaPeriods(employerId: $employerId) { periodId startDate endDate } }
        }
      }
    }`;
    expect(refusal(query, { employerId: "00000000-0000-0000-0000-000000000000" })).toBeNull();
  });
});

describe("introspection", () => {
  it("may not nest a list of the schema within itself nor chain ofType without end, even when exempt", () => {
    const refused = (query: string) => {
      const document = parse(query);
      return introspectionNestingError(document, getOperationAST(document)!)?.message ?? null;
    };
    expect(refused(getIntrospectionQuery())).toBeNull();
    expect(
      refused(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
        }),
      ),
    ).toBeNull();
    expect(refused(`{ __type(name: "Worker") { fields { name type { name ofType { name } } } } }`)).toBeNull();
    expect(refused(`{ __schema { types { fields { type { fields { type { name } } } } } } }`)).toMatch(
      /fields within fields/,
    );
    expect(refused(`{ __schema { types { interfaces { possibleTypes { interfaces { name } } } } } }`)).toMatch(
      /interfaces within interfaces/,
    );
    expect(
      refused(
        `query { __schema { ...T } } fragment T on __Schema { types { ...F } } fragment F on __Type { fields { type { ...F } } }`,
      ),
    ).not.toBeNull();
    const chain = (n: number) => `{ __type(name: "Worker") { ${"ofType { ".repeat(n)}name${" }".repeat(n)} } }`;
    expect(refused(chain(MAX_OF_TYPE))).toBeNull();
    expect(refused(chain(MAX_OF_TYPE + 1))).toMatch(/ofType deeper/);
    expect(refused(`{ me { id } }`)).toBeNull();
  });

  it("counts towards the cost, about the fields of its answer, but not towards the depth unless asked", () => {
    const introspection = measure(getIntrospectionQuery());
    expect(introspection.depth).toBe(0);
    const answer = execute({ schema, document: parse(getIntrospectionQuery()) }) as { data: unknown };
    const fields = (value: unknown): number =>
      Array.isArray(value)
        ? value.reduce((n: number, item) => n + fields(item), 0)
        : value && typeof value === "object"
          ? Object.values(value).reduce((n: number, item) => n + 1 + fields(item), 0)
          : 0;
    // Within a factor of 2 of what it answers, and well under the limit.
    expect(introspection.cost).toBeGreaterThan(fields(answer.data));
    expect(introspection.cost).toBeLessThan(2 * fields(answer.data));
    expect(introspection.cost).toBeLessThan(LIMITS.maxCost / 4);
    // A hundred aliases of a deep selection are refused.
    const deep = `__schema { types { name kind fields { name args { name type { name } } type { name kind ofType { name } } } } }`;
    expect(refusal(`{ ${Array.from({ length: 100 }, (_, i) => `s${i}: ${deep}`).join(" ")} }`)?.message).toMatch(
      /^The query is too expensive/,
    );
    expect(refusal(getIntrospectionQuery())).toBeNull();
    expect(measure(getIntrospectionQuery(), undefined, false).depth).toBeGreaterThan(LIMITS.maxDepth);
    expect(refusal(`{ __typename me { id } }`)).toBeNull();
  });
});

describe("the console's and the SDK's operations", () => {
  it("are all found", () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it("pass the default document limits (bytes, tokens, fields) with room to spare", () => {
    const d = DEFAULT_HTTP_SECURITY;
    for (const [name, document] of documents) {
      const text = print(document);
      expect([name, text.length * 4 <= d.maxQueryBytes]).toEqual([name, true]);
      expect([
        name,
        selectedFields(
          parseWithinLimits(text, {
            maxBytes: d.maxQueryBytes,
            maxTokens: d.maxQueryTokens / 4,
            maxFields: d.maxQueryFields,
          }),
        ),
      ]).toEqual([name, expect.any(Number)]);
      expect([name, selectedFields(document) * 2 <= d.maxQueryFields]).toEqual([name, true]);
    }
  });

  it("pass the default limits, with every page-size variable at the largest the console asks for (500)", () => {
    const over: string[] = [];
    for (const [name, document] of documents) {
      const operation = getOperationAST(document)!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => /first|last/i.test(v.variable.name.value))
          .map((v) => [v.variable.name.value, 500]),
      );
      const { depth, cost } = measureOperation(schema, document, operation, variables);
      if (depth > LIMITS.maxDepth || cost > LIMITS.maxCost) over.push(`${name}: depth ${depth}, cost ${cost}`);
    }
    expect(over).toEqual([]);
  });

  it("leave room under the cost limit for the largest screen, the wizard's 500 drafts with their content", () => {
    const wizard = documents.find(([name]) => name === "WizardSubmissionDocument")![1];
    expect(measure(wizard).cost).toBeLessThan(LIMITS.maxCost * 0.6);
  });
});

describe("an operation sent again (the same parsed document, as Apollo hands it)", () => {
  const FILTER_LIMITS = {
    maxBranches: DEFAULT_HTTP_SECURITY.maxFilterBranches,
    maxDepth: DEFAULT_HTTP_SECURITY.maxFilterDepth,
  };
  const within = (check: () => void) => expect(check).not.toThrow();
  const refused = (check: () => void) => expect(check).toThrow(/too expensive|combine more than/);

  it("is not walked again once within the limits, unless its measure read a variable", () => {
    const fixed = parse(`{ wageDeclarations(first: 10, filter: { status: { eq: ACCEPTED } }) { nodes { id } } }`);
    const operation = getOperationAST(fixed)!;
    const walks = jest.spyOn(schema, "getRootType");
    try {
      for (let i = 0; i < 3; i++) {
        checkQueryLimits(schema, fixed, operation, {}, LIMITS);
        checkFilterLimits(schema, fixed, operation, {}, FILTER_LIMITS);
      }
      expect(walks).toHaveBeenCalledTimes(2); // once for the cost, once for the filters
    } finally {
      walks.mockRestore();
    }
  });

  it("is measured again for each request's variables when a page size or a filter is a variable", () => {
    const paged = parse(
      `query($n: Int) { submissions(first: $n) { nodes { declarations(first: 500) { nodes { id total } } } } }`,
    );
    const pagedOperation = getOperationAST(paged)!;
    within(() => checkQueryLimits(schema, paged, pagedOperation, { n: 1 }, LIMITS));
    refused(() => checkQueryLimits(schema, paged, pagedOperation, { n: 500 }, LIMITS));

    const filtered = parse(`query($f: WageDeclarationFilter) { wageDeclarations(filter: $f) { nodes { id } } }`);
    const filteredOperation = getOperationAST(filtered)!;
    const branches = (count: number) => ({
      or: Array.from({ length: count }, () => ({ status: { eq: "ACCEPTED" } })),
    });
    within(() => checkFilterLimits(schema, filtered, filteredOperation, { f: branches(2) }, FILTER_LIMITS));
    refused(() =>
      checkFilterLimits(
        schema,
        filtered,
        filteredOperation,
        { f: branches(FILTER_LIMITS.maxBranches + 1) },
        FILTER_LIMITS,
      ),
    );
  });
});
