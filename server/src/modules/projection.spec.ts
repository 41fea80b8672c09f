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
import { writeEboxMessages } from "./ebox/ebox-writer";

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

describe("the other root lists read only the columns asked", () => {
  /** The lists, with who reads them: each field of a node (an object field with its leaves, e.g. a joined relation) asked alone. */
  const LISTS: { list: string; type: string; role: "office" | "declarant" }[] = [
    { list: "dimonaPeriods", type: "DimonaPeriod", role: "office" },
    { list: "workers", type: "Worker", role: "office" },
    { list: "employers", type: "Employer", role: "office" },
    { list: "submissions", type: "Submission", role: "declarant" },
    { list: "auditEntries", type: "AuditEntry", role: "office" },
    { list: "eboxMessages", type: "EboxMessage", role: "declarant" },
  ];
  let declarant: string;
  beforeAll(async () => {
    declarant = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
    // An access event (audit trail), and an e-Box message about the submission.
    const admin = await api.signIn(fx.logins.adminA, FIXTURE_PASSWORD);
    const granted = await api.request(
      `mutation($e: ID!) { grantAccess(input: { employerId: $e, login: "nobody", permission: FLEXI_AT_WORK }) { permission } }`,
      { e: fx.employerA },
      admin,
    );
    expect(granted.errors).toBeUndefined();
    await writeEboxMessages(api.database.db, [
      {
        employerId: fx.employerA,
        declarationId: declarationId,
        submissionId,
        dedupKey: "projection",
        type: "DECLARATION_ACCEPTED",
        subject: { nl: "s", fr: "s", de: "s", en: "s" },
        body: { nl: "b", fr: "b", de: "b", en: "b" },
      },
    ]);
  });

  it.each(LISTS)(
    "$list: every field asked alone answers what it answers among all fields",
    async ({ list, type, role }) => {
      const schema = await buildFlexiSchema();
      const node = schema.getType(type) as GraphQLObjectType;
      const token = role === "office" ? office : declarant;
      const read = async (selection: string) => {
        const answer = await api.request<Record<string, { nodes: Record<string, unknown>[] }>>(
          `{ ${list}(first: 20) { nodes { ${selection} } } }`,
          {},
          token,
        );
        if (answer.errors || !answer.data) throw new Error(`${selection}\n${JSON.stringify(answer.errors)}`);
        return answer.data[list]!.nodes;
      };
      const names = fieldsOf(node);
      const full = await read(names.map((name) => selectionOf(node, name)).join(" "));
      expect(full.length).toBeGreaterThan(0);
      for (const name of names) {
        const alone = await read(selectionOf(node, name));
        expect([name, alone]).toEqual([name, full.map((n) => ({ [name]: n[name] }))]);
      }
    },
  );
});
