/**
 * Every field of the schema that can show an individual's pay is audited when the back office
 * reads it (access/income-reads.ts, from the rules' `payFields` in access/rules.ts). The list is
 * derived from the emitted schema: every output field of type Money, and the fields that show
 * pay as text (below). Each must be a pay field of some rule, sit on a type that can only be
 * reached through pay fields (a declaration's properties under `WageDeclaration.properties`), be
 * under a root field that writes its own audit entry, or be classified below as carrying no
 * individual's pay. A new Money field fails this test until it is classified.
 */
import {
  getNamedType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { RULES } from "../access";
import { buildFlexiSchema } from "../graphql/schema";
import { MoneyScalar } from "../graphql/scalars";

/** Fields whose type is not Money but whose values can be pay, as text. */
const PAY_AS_TEXT = [
  // An audit entry's before and after: a correction of a declaration records its total and properties.
  "FieldChange.before",
  "FieldChange.after",
];

/** Root fields that audit their own reads before answering, and so everything under them. */
const SELF_AUDITED_ROOTS = [
  // modules/income/flexi-income.service.ts writes a `readFlexiIncome` entry before it reads.
  "Query.flexiIncome",
];

/** Money fields that carry no individual's pay, each with why. */
const NOT_PAY = [
  // The yearly ceiling itself: reference data, the same for everyone.
  "FlexiCeiling.amount",
  // The ceiling the alert's worker went over: the year's ceiling, not what they earned.
  "CeilingAlert.ceiling",
];

type Coordinate = string;

/** Every output field of the schema, with the coordinate of its type's name and its own. */
function outputFields(schema: GraphQLSchema): { owner: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap()).flatMap((type) =>
    !isIntrospectionType(type) && (isObjectType(type) || isInterfaceType(type))
      ? Object.values(type.getFields()).map((field) => ({ owner: type.name, field }))
      : [],
  );
}

/** The fields that can show pay: of type Money, or listed as pay in text. */
function payCarrying(schema: GraphQLSchema): Coordinate[] {
  return outputFields(schema)
    .filter(
      ({ owner, field }) =>
        getNamedType(field.type) === schema.getType(MoneyScalar.name) || PAY_AS_TEXT.includes(`${owner}.${field.name}`),
    )
    .map(({ owner, field }) => `${owner}.${field.name}`)
    .sort();
}

/** The fields whose every read is audited: the rules' pay fields and the self-audited roots. */
function auditedFields(): Set<Coordinate> {
  const fromRules = Object.values(RULES).flatMap((rule) =>
    rule.payFields.flatMap((pay) => pay.fields.map((field) => `${pay.type}.${field}`)),
  );
  return new Set([...fromRules, ...SELF_AUDITED_ROOTS]);
}

/**
 * The types reached only through audited fields: start from every type and drop, until nothing
 * changes, each one that some field of a root type or of a type not (or no longer) in the set
 * returns without being audited.
 */
function typesUnderAuditedFields(schema: GraphQLSchema, audited: Set<Coordinate>): Set<string> {
  const fields = outputFields(schema);
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  const covered = new Set(fields.map(({ owner }) => owner).filter((owner) => !roots.has(owner)));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { owner, field } of fields) {
      const target = getNamedType(field.type).name;
      if (!covered.has(target) || covered.has(owner) || audited.has(`${owner}.${field.name}`)) continue;
      covered.delete(target);
      changed = true;
    }
  }
  return covered;
}

describe("pay in the schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFlexiSchema();
  });

  it("finds the fields that show pay", () => {
    const found = payCarrying(schema);
    // The derivation sees what it should: the declarations' amounts and the audit trail's values.
    expect(found).toEqual(
      expect.arrayContaining(["WageDeclaration.total", "WageProperty.grossWage", "Premium.amount", ...PAY_AS_TEXT]),
    );
  });

  it("audits every one of them, or says why it carries no individual's pay", () => {
    const audited = auditedFields();
    const covered = typesUnderAuditedFields(schema, audited);
    const unaudited = payCarrying(schema).filter((coordinate) => {
      const owner = coordinate.split(".")[0]!;
      return !audited.has(coordinate) && !covered.has(owner) && !NOT_PAY.includes(coordinate);
    });
    expect(unaudited).toEqual([]);
  });

  it("classifies only fields that exist and carry pay", () => {
    const found = new Set(payCarrying(schema));
    expect(NOT_PAY.filter((coordinate) => !found.has(coordinate))).toEqual([]);
    const existing = new Set(outputFields(schema).map(({ owner, field }) => `${owner}.${field.name}`));
    expect([...auditedFields()].filter((coordinate) => !existing.has(coordinate))).toEqual([]);
  });
});
