/**
 * Lists read only the columns of the fields asked (db/columns.ts `projection`). A field
 * whose columns the projection forgets would answer null or wrong only when asked alone: so each
 * field of a declaration, of its worker and employer, and of a worker's Dimona periods is asked
 * alone through the list, and must answer exactly what the full read of the same record answers.
 * The fields come from the schema, so a field added later is checked too.
 */
import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from "graphql";
import { buildFlexiSchema } from "../graphql/schema";
import { startTestApi, type TestApi } from "../test/api";
import { addDeclaration, createSubmission, declarationInput, submit } from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let office: string;
let declarationId: string;
let submissionId: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  office = await api.signIn(fx.logins.backOffice, FIXTURE_PASSWORD);
  const token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  submissionId = await createSubmission(api, token, fx.employerA);
  declarationId = await addDeclaration(
    api,
    token,
    submissionId,
    declarationInput(fx.workers.aQuarter.id, { payslipReference: "P-1" }),
  );
  await submit(api, token, submissionId);
});
afterAll(() => api.close());

/** A field's selection: its name, with every leaf field of its type one level down when it is an object. */
function selectionOf(type: GraphQLObjectType, name: string): string {
  const field = type.getFields()[name]!;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return name;
  if (!isObjectType(named)) return `${name} { __typename }`;
  const leaves = Object.values(named.getFields()).filter(
    (f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => a.type.toString().endsWith("!")),
  );
  return `${name} { ${leaves.map((f) => f.name).join(" ") || "__typename"} }`;
}

/** Fields that need arguments are left out (none of the projected types has one that is required). */
function fieldsOf(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => a.type.toString().endsWith("!")))
    .map((f) => f.name);
}

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await api.request<T>(query, variables, office);
  if (answer.errors || !answer.data) throw new Error(`${query}\n${JSON.stringify(answer.errors)}`);
  return answer.data;
}

it("every field of a declaration, its worker and its employer answers the same through the list as through the full read", async () => {
  const schema = await buildFlexiSchema();
  const declaration = schema.getType("WageDeclaration") as GraphQLObjectType;
  const checked: string[] = [];
  for (const name of fieldsOf(declaration)) {
    const selection = selectionOf(declaration, name);
    const listed = await data<{ wageDeclarations: { nodes: unknown[] } }>(
      `query($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { ${selection} } } }`,
      { s: submissionId },
    );
    const full = await data<{ wageDeclaration: unknown }>(
      `query($id: ID!) { wageDeclaration(id: $id) { ${selection} } }`,
      { id: declarationId },
    );
    expect([name, listed.wageDeclarations.nodes]).toEqual([name, [full.wageDeclaration]]);
    checked.push(name);
  }
  for (const [relation, typeName] of [
    ["worker", "Worker"],
    ["employer", "Employer"],
  ] as const) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const name of fieldsOf(type).filter((f) => isLeafType(getNamedType(type.getFields()[f]!.type)))) {
      const listed = await data<{ wageDeclarations: { nodes: unknown[] } }>(
        `query($s: ID!) { wageDeclarations(filter: { submissionId: { eq: $s } }) { nodes { ${relation} { ${name} } } } }`,
        { s: submissionId },
      );
      const full = await data<{ wageDeclaration: unknown }>(
        `query($id: ID!) { wageDeclaration(id: $id) { ${relation} { ${name} } } }`,
        { id: declarationId },
      );
      expect([relation, name, listed.wageDeclarations.nodes]).toEqual([relation, name, [full.wageDeclaration]]);
      checked.push(`${relation}.${name}`);
    }
  }
  expect(checked).toEqual(
    expect.arrayContaining([
      "total",
      "calculationPeriod",
      "status",
      "inForce",
      "properties",
      "worker.ssin",
      "employer.nssoProvisional",
    ]),
  );
});

it("every field of a worker's Dimona periods answers the same when asked alone as when all are asked", async () => {
  const schema = await buildFlexiSchema();
  const period = schema.getType("DimonaPeriod") as GraphQLObjectType;
  const all = fieldsOf(period).map((name) => selectionOf(period, name));
  const query = (selection: string) => `query($id: ID!) { worker(id: $id) { dimonaPeriods { ${selection} } } }`;
  const full = await data<{ worker: { dimonaPeriods: Record<string, unknown>[] } }>(query(all.join(" ")), {
    id: fx.workers.aQuarter.id,
  });
  expect(full.worker.dimonaPeriods.length).toBeGreaterThan(0);
  for (const name of fieldsOf(period)) {
    const alone = await data<{ worker: { dimonaPeriods: Record<string, unknown>[] } }>(
      query(selectionOf(period, name)),
      { id: fx.workers.aQuarter.id },
    );
    expect([name, alone.worker.dimonaPeriods]).toEqual([
      name,
      full.worker.dimonaPeriods.map((p) => ({ [name]: p[name] })),
    ]);
  }
});
