/**
 * The schema is what front-end teams read (GraphiQL, the SDK's generated types): every type,
 * field, argument, input field and enum value carries a description. GraphQL's own scalars and
 * the introspection types are the only ones left out.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { buildFlexiSchema } from "./schema";

/** The coordinates ("Type", "Type.field", "Type.field(arg)", "Enum.VALUE") that have no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe("the schema documents itself", () => {
  it("every type, field, argument, input field and enum value has a description", async () => {
    expect(undescribed(await buildFlexiSchema())).toEqual([]);
  });
});
