/**
 * Every filter and order the API offers is backed by an index (docs/architecture.md#reading-lists).
 * Each field of every list filter and each value of every order enum is listed below with the
 * column it reads; the test fails when the schema offers a filter or order missing here (so a
 * new one cannot slip in unbacked), when an entry names a field the schema no longer has, and
 * when a listed column is not covered by an index: its first column, or a later one behind the
 * tenancy prefix (employer_id or worker_id) that every employer user's query carries.
 */
import { isEnumType, isInputObjectType, type GraphQLSchema } from "graphql";
import { buildFlexiSchema } from "../graphql/schema";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { sql } from "./sql";

type Backing =
  | { table: string; column: string }
  /** Combines other filters (and, or, not, a relation's filter): backed through them. */
  | { composite: true };

const C = { composite: true } as const;
const col = (table: string, column: string) => ({ table, column });

/** List filters (the Query fields' `filter` arguments) and their columns. */
const FILTERS: Record<string, Backing> = {
  "EmployerFilter.search": col("employer", "name"),
  "EmployerFilter.enterpriseNumber": col("employer", "enterprise_number"),
  "WorkerFilter.ssin": col("worker", "ssin"),
  "WorkerFilter.lastName": col("worker", "last_name"),
  "WorkerFilter.employerId": col("dimona_period", "employer_id"),
  "WorkerFilter.search": col("worker", "last_name"),
  "WorkerFilter.and": C,
  "WorkerFilter.or": C,
  "WorkerFilter.not": C,
  "DimonaPeriodFilter.employerId": col("dimona_period", "employer_id"),
  "DimonaPeriodFilter.workerId": col("dimona_period", "worker_id"),
  "DimonaPeriodFilter.workerType": col("dimona_period", "worker_type"),
  "DimonaPeriodFilter.overlaps": col("dimona_period", "start_date"),
  "DimonaPeriodFilter.cancelled": col("dimona_period", "cancelled"),
  "DimonaPeriodFilter.worker": C,
  "DimonaPeriodFilter.employer": C,
  "DimonaPeriodFilter.and": C,
  "DimonaPeriodFilter.or": C,
  "DimonaPeriodFilter.not": C,
  "WageDeclarationFilter.employerId": col("wage_declaration", "employer_id"),
  "WageDeclarationFilter.workerId": col("wage_declaration", "worker_id"),
  "WageDeclarationFilter.submissionId": col("wage_declaration", "submission_id"),
  "WageDeclarationFilter.ssin": col("worker", "ssin"),
  "WageDeclarationFilter.status": col("wage_declaration", "status"),
  "WageDeclarationFilter.calculationPeriodOverlaps": col("wage_declaration", "calculation_start"),
  "WageDeclarationFilter.anomalyCode": col("anomaly", "code"),
  "WageDeclarationFilter.submittedAt": col("wage_declaration", "submitted_at"),
  "WageDeclarationFilter.search": col("wage_declaration", "payslip_reference"),
  "WageDeclarationFilter.worker": C,
  "WageDeclarationFilter.employer": C,
  "WageDeclarationFilter.and": C,
  "WageDeclarationFilter.or": C,
  "WageDeclarationFilter.not": C,
  "SubmissionFilter.employerId": col("submission", "employer_id"),
  "SubmissionFilter.status": col("submission", "status"),
  "EboxMessageFilter.employerId": col("ebox_message", "employer_id"),
  "EboxMessageFilter.unread": col("ebox_message", "employer_id"), // the partial index WHERE read_at IS NULL
  "EboxMessageFilter.type": col("ebox_message", "type"),
  "EboxMessageFilter.receivedAt": col("ebox_message", "received_at"),
  "AuditEntryFilter.entityId": col("audit_entry", "entity_id"),
  "AuditEntryFilter.actorId": col("audit_entry", "actor_id"),
  "AuditEntryFilter.at": col("audit_entry", "at"),
  "AuditEntryFilter.reads": col("audit_entry", "action"),
  "CeilingAlertFilter.year": col("ceiling_alert", "year"),
  "CeilingAlertFilter.workerId": col("ceiling_alert", "worker_id"),
};

/** Order enums and their leading column. */
const ORDERS: Record<string, Backing> = {
  "EmployerOrder.NAME_ASC": col("employer", "name"),
  "EmployerOrder.NAME_DESC": col("employer", "name"),
  "WorkerOrder.LAST_NAME_ASC": col("worker", "last_name"),
  "WorkerOrder.LAST_NAME_DESC": col("worker", "last_name"),
  "WorkerOrder.SSIN_ASC": col("worker", "ssin"),
  "DimonaPeriodOrder.START_DATE_ASC": col("dimona_period", "start_date"),
  "DimonaPeriodOrder.START_DATE_DESC": col("dimona_period", "start_date"),
  "WageDeclarationOrder.CALCULATION_DATE_ASC": col("wage_declaration", "calculation_date"),
  "WageDeclarationOrder.CALCULATION_DATE_DESC": col("wage_declaration", "calculation_date"),
  "WageDeclarationOrder.SUBMITTED_AT_ASC": col("wage_declaration", "submitted_at"),
  "WageDeclarationOrder.SUBMITTED_AT_DESC": col("wage_declaration", "submitted_at"),
  "WageDeclarationOrder.UPDATED_AT_DESC": col("wage_declaration", "updated_at"),
  "EboxMessageOrder.RECEIVED_AT_DESC": col("ebox_message", "received_at"),
  "EboxMessageOrder.RECEIVED_AT_ASC": col("ebox_message", "received_at"),
};

/** Default orders of lists without an orderBy argument, and the newest-first defaults. */
const DEFAULT_ORDERS: Backing[] = [
  col("worker", "created_at"),
  col("submission", "created_at"),
  col("audit_entry", "at"),
  col("ceiling_alert", "raised_at"),
  col("wage_declaration", "updated_at"),
  col("ebox_message", "received_at"),
  col("dimona_period", "start_date"),
];

/** The filter inputs and order enums that Query's list fields take. */
function offered(schema: GraphQLSchema): { filters: string[]; orders: string[] } {
  const filters = new Set<string>();
  const orders = new Set<string>();
  const visit = (typeName: string) => {
    const type = schema.getType(typeName);
    if (!isInputObjectType(type) || filters.has(typeName)) return;
    filters.add(typeName);
    for (const field of Object.values(type.getFields())) {
      const inner = String(field.type).replace(/[[\]!]/g, "");
      if (
        inner.endsWith("Filter") &&
        ["IdFilter", "StringFilter", "SsinFilter", "DateFilter", "DateTimeFilter", "DeclarationStatusFilter"].indexOf(
          inner,
        ) < 0
      )
        visit(inner);
    }
  };
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const arg of field.args) {
      const name = String(arg.type).replace(/[[\]!]/g, "");
      if (arg.name === "filter") visit(name);
      if (arg.name === "orderBy") orders.add(name);
    }
  }
  return { filters: [...filters], orders: [...orders] };
}

let db: TestDatabase;
let schema: GraphQLSchema;
beforeAll(async () => {
  db = await createTestDatabase();
  schema = await buildFlexiSchema();
});
afterAll(() => db.drop());

/** Every index of a table as its column names in order (expression indexes name their column too). */
async function indexesOf(table: string): Promise<{ name: string; columns: string[] }[]> {
  return db.db.query<{ name: string; columns: string[] }>(sql`
    SELECT i.relname::text AS name, array_agg(a.attname::text ORDER BY k.ord) AS columns
    FROM pg_index x
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_class i ON i.oid = x.indexrelid
    CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE t.relname = ${table}
    GROUP BY i.relname`);
}

async function isBacked(backing: { table: string; column: string }): Promise<boolean> {
  const indexes = await indexesOf(backing.table);
  return indexes.some(
    (i) =>
      i.columns[0] === backing.column ||
      ((i.columns[0] === "employer_id" || i.columns[0] === "worker_id") && i.columns.includes(backing.column)),
  );
}

it("every field of every list filter and every order value is listed here, and nothing else", () => {
  const { filters, orders } = offered(schema);
  const offeredFilterFields = filters
    .flatMap((name) => {
      const type = schema.getType(name);
      return isInputObjectType(type) ? Object.keys(type.getFields()).map((f) => `${name}.${f}`) : [];
    })
    .sort();
  const offeredOrders = orders
    .flatMap((name) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => `${name}.${v.name}`) : [];
    })
    .sort();
  expect(offeredFilterFields).toEqual(Object.keys(FILTERS).sort());
  expect(offeredOrders).toEqual(Object.keys(ORDERS).sort());
});

it("every listed column is covered by an index", async () => {
  const unbacked: string[] = [];
  for (const [name, backing] of [
    ...Object.entries(FILTERS),
    ...Object.entries(ORDERS),
    ...DEFAULT_ORDERS.map((b) => ["default order", b] as const),
  ]) {
    if ("composite" in backing) continue;
    if (!(await isBacked(backing))) unbacked.push(`${name}: ${backing.table}.${backing.column}`);
  }
  expect(unbacked).toEqual([]);
});

it("notices an unbacked column", async () => {
  expect(await isBacked({ table: "worker", column: "birth_date" })).toBe(false);
  expect(await isBacked({ table: "wage_declaration", column: "calculation_end" })).toBe(true); // behind employer_id
});
