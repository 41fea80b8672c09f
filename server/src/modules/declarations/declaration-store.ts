/**
 * Writing and reading the content of declaration versions with set-based SQL: any number of
 * versions costs the same few statements (docs/architecture.md#reading-lists), so the wizard, bulk submission and
 * the controls share these functions.
 */
import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import {
  PREMIUM_CODE,
  WAGE_CODE,
  type DeclarationKindCode,
  type DeclarationStatusCode,
  type FinancialElementCode,
  type FlexiWorkerCode,
} from "../../domain/declaration-status";
import type { DeclarationContent, PropertyContent } from "../../domain/declaration-input";

/** A version to insert with its content. */
export interface NewVersionRow {
  declarationId: string;
  number: number;
  kind: DeclarationKindCode;
  status: DeclarationStatusCode;
  content: DeclarationContent;
  createdBy: string | null;
  reason: string | null;
  /** Set when the version is submitted at once (modify, correct, delete); drafts get it on submit. */
  submitted: boolean;
}

/** Inserts versions and their properties and amounts: three statements for any number. Returns the version ids in order. */
export async function insertVersions(db: Db, versions: readonly NewVersionRow[]): Promise<string[]> {
  if (versions.length === 0) return [];
  const rows = await db.query<{ id: string; declarationId: string; number: number }>(sql`
    INSERT INTO declaration_version (declaration_id, number, kind, status, payslip_reference, calculation_start,
      calculation_end, calculation_date, total_cents, created_by, reason, submitted_at)
    SELECT v.declaration_id, v.number, v.kind, v.status, v.payslip_reference, v.calculation_start, v.calculation_end,
      v.calculation_date, v.total_cents, v.created_by, v.reason, CASE WHEN v.submitted THEN now() END
    FROM unnest(${versions.map((v) => v.declarationId)}::uuid[], ${versions.map((v) => v.number)}::int[],
      ${versions.map((v) => v.kind)}::text[], ${versions.map((v) => v.status)}::text[],
      ${versions.map((v) => v.content.payslipReference)}::text[], ${versions.map((v) => v.content.calculationPeriod.start)}::date[],
      ${versions.map((v) => v.content.calculationPeriod.end)}::date[], ${versions.map((v) => v.content.calculationDate)}::date[],
      ${versions.map((v) => v.content.totalCents)}::bigint[], ${versions.map((v) => v.createdBy)}::uuid[],
      ${versions.map((v) => v.reason)}::text[], ${versions.map((v) => v.submitted)}::boolean[])
      AS v(declaration_id, number, kind, status, payslip_reference, calculation_start, calculation_end,
        calculation_date, total_cents, created_by, reason, submitted)
    RETURNING id, declaration_id AS "declarationId", number`);
  // RETURNING promises no order: match the rows by their unique (declaration, number).
  const idOf = new Map(rows.map((r) => [`${r.declarationId}:${r.number}`, r.id]));
  const ids = versions.map((v) => idOf.get(`${v.declarationId}:${v.number}`)!);
  await insertContent(
    db,
    ids.map((versionId, i) => ({ versionId, properties: versions[i]!.content.properties })),
  );
  return ids;
}

/** Inserts the properties and amounts of versions (two statements). */
export async function insertContent(
  db: Db,
  items: readonly { versionId: string; properties: readonly PropertyContent[] }[],
): Promise<void> {
  const props = items.flatMap((item) =>
    item.properties.map((property, position) => ({ versionId: item.versionId, position, property })),
  );
  if (props.length === 0) return;
  const inserted = await db.query<{ id: string; versionId: string; position: number }>(sql`
    INSERT INTO wage_property (version_id, position, employer_class, worker_code, validity_start, validity_end)
    SELECT * FROM unnest(${props.map((p) => p.versionId)}::uuid[], ${props.map((p) => p.position)}::smallint[],
      ${props.map((p) => p.property.employerClass)}::text[], ${props.map((p) => p.property.workerCode)}::text[],
      ${props.map((p) => p.property.validity.start)}::date[], ${props.map((p) => p.property.validity.end)}::date[])
    RETURNING id, version_id AS "versionId", position`);
  const idOf = new Map(inserted.map((r) => [`${r.versionId}:${r.position}`, r.id]));
  const elements = props.flatMap((p) => {
    const propertyId = idOf.get(`${p.versionId}:${p.position}`)!;
    const amounts: {
      propertyId: string;
      code: FinancialElementCode;
      amountCents: number;
      frequencyMonths: number | null;
    }[] = [];
    if (p.property.grossWageCents !== null)
      amounts.push({ propertyId, code: WAGE_CODE, amountCents: p.property.grossWageCents, frequencyMonths: null });
    for (const premium of p.property.premiums) amounts.push({ propertyId, code: PREMIUM_CODE, ...premium });
    return amounts.map((a, position) => ({ ...a, position }));
  });
  if (elements.length === 0) return;
  await db.query(sql`
    INSERT INTO financial_element (property_id, position, code, amount_cents, frequency_months)
    SELECT * FROM unnest(${elements.map((e) => e.propertyId)}::uuid[], ${elements.map((e) => e.position)}::smallint[],
      ${elements.map((e) => e.code)}::text[], ${elements.map((e) => e.amountCents)}::bigint[],
      ${elements.map((e) => e.frequencyMonths)}::smallint[])`);
}

/** Replaces the content of draft versions (their properties cascade to their amounts): four statements for any number. */
export async function replaceDraftContents(
  db: Db,
  items: readonly { versionId: string; content: DeclarationContent }[],
): Promise<void> {
  if (items.length === 0) return;
  const col = <T>(pick: (c: DeclarationContent) => T): T[] => items.map((i) => pick(i.content));
  const versionIds = items.map((i) => i.versionId);
  await db.query(sql`
    UPDATE declaration_version v SET payslip_reference = x.payslip_reference, calculation_start = x.calculation_start,
      calculation_end = x.calculation_end, calculation_date = x.calculation_date, total_cents = x.total_cents
    FROM unnest(${versionIds}::uuid[], ${col((c) => c.payslipReference)}::text[],
      ${col((c) => c.calculationPeriod.start)}::date[], ${col((c) => c.calculationPeriod.end)}::date[],
      ${col((c) => c.calculationDate)}::date[], ${col((c) => c.totalCents)}::bigint[])
      AS x(id, payslip_reference, calculation_start, calculation_end, calculation_date, total_cents)
    WHERE v.id = x.id`);
  await db.query(sql`DELETE FROM wage_property WHERE version_id = ANY(${versionIds}::uuid[])`);
  await insertContent(
    db,
    items.map((i) => ({ versionId: i.versionId, properties: i.content.properties })),
  );
}

/** One property as read back, with its amounts in position order. */
export interface StoredProperty {
  employerClass: string;
  workerCode: FlexiWorkerCode;
  validityStart: string;
  validityEnd: string;
  grossWageCents: number | null;
  premiums: { amountCents: number; frequencyMonths: number }[];
}

/**
 * The properties of versions named by (declaration, number), in one statement: nested fields
 * of a list of declarations cost one query, whatever the list's length.
 */
export async function loadProperties(
  db: Db,
  keys: readonly { declarationId: string; number: number }[],
): Promise<StoredProperty[][]> {
  const rows = await db.query<{
    declarationId: string;
    number: number;
    employerClass: string;
    workerCode: FlexiWorkerCode;
    validityStart: string;
    validityEnd: string;
    elements: { code: FinancialElementCode; amountCents: number; frequencyMonths: number | null }[];
  }>(sql`
    SELECT v.declaration_id AS "declarationId", v.number, p.employer_class AS "employerClass", p.worker_code AS "workerCode",
      p.validity_start AS "validityStart", p.validity_end AS "validityEnd",
      COALESCE(json_agg(json_build_object('code', f.code, 'amountCents', f.amount_cents, 'frequencyMonths', f.frequency_months)
        ORDER BY f.position) FILTER (WHERE f.id IS NOT NULL), '[]') AS elements
    FROM unnest(${keys.map((k) => k.declarationId)}::uuid[], ${keys.map((k) => k.number)}::int[]) AS k(declaration_id, number)
    JOIN declaration_version v ON v.declaration_id = k.declaration_id AND v.number = k.number
    JOIN wage_property p ON p.version_id = v.id
    LEFT JOIN financial_element f ON f.property_id = p.id
    GROUP BY v.declaration_id, v.number, p.id
    ORDER BY v.declaration_id, v.number, p.position`);
  const byKey = new Map<string, StoredProperty[]>();
  for (const row of rows) {
    const key = `${row.declarationId}:${row.number}`;
    const list = byKey.get(key) ?? [];
    const wage = row.elements.find((e) => e.code === WAGE_CODE);
    list.push({
      employerClass: row.employerClass,
      workerCode: row.workerCode,
      validityStart: row.validityStart,
      validityEnd: row.validityEnd,
      grossWageCents: wage ? Number(wage.amountCents) : null,
      premiums: row.elements
        .filter((e) => e.code === PREMIUM_CODE)
        .map((e) => ({ amountCents: Number(e.amountCents), frequencyMonths: e.frequencyMonths ?? 0 })),
    });
    byKey.set(key, list);
  }
  return keys.map((k) => byKey.get(`${k.declarationId}:${k.number}`) ?? []);
}

/** A version named by its declaration and number. */
export interface VersionKey {
  declarationId: string;
  number: number;
}

/** The stored content of versions, as the input rules would have produced it: two statements for any number. */
export async function loadVersionContents(db: Db, keys: readonly VersionKey[]): Promise<DeclarationContent[]> {
  if (keys.length === 0) return [];
  const versions = await db.query<{
    declarationId: string;
    number: number;
    payslipReference: string | null;
    calculationStart: string;
    calculationEnd: string;
    calculationDate: string;
    totalCents: string;
  }>(sql`
    SELECT v.declaration_id AS "declarationId", v.number, v.payslip_reference AS "payslipReference",
      v.calculation_start AS "calculationStart", v.calculation_end AS "calculationEnd",
      v.calculation_date AS "calculationDate", v.total_cents AS "totalCents"
    FROM unnest(${keys.map((k) => k.declarationId)}::uuid[], ${keys.map((k) => k.number)}::int[]) AS k(declaration_id, number)
    JOIN declaration_version v ON v.declaration_id = k.declaration_id AND v.number = k.number`);
  const byKey = new Map(versions.map((v) => [`${v.declarationId}:${v.number}`, v]));
  const properties = await loadProperties(db, keys);
  return keys.map((key, i) => {
    const version = byKey.get(`${key.declarationId}:${key.number}`);
    if (!version) throw new Error(`declaration ${key.declarationId} has no version ${key.number}`);
    return {
      workerId: null,
      ssin: null,
      payslipReference: version.payslipReference,
      calculationPeriod: { start: version.calculationStart, end: version.calculationEnd },
      calculationDate: version.calculationDate,
      totalCents: Number(version.totalCents),
      properties: (properties[i] ?? []).map((p) => ({
        employerClass: p.employerClass,
        workerCode: p.workerCode,
        validity: { start: p.validityStart, end: p.validityEnd },
        grossWageCents: p.grossWageCents,
        premiums: p.premiums,
      })),
    };
  });
}
