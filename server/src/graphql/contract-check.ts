import {
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return "object";
  if (isInputObjectType(type)) return "input";
  if (isEnumType(type)) return "enum";
  if (isScalarType(type)) return "scalar";
  if (isInterfaceType(type)) return "interface";
  if (isUnionType(type)) return "union";
  return "unknown";
}

/**
 * Where `actual` does not keep `expected` exactly: every type with its kind, every field and
 * argument with the same type and nullability, every input field, every enum value. Stricter
 * than `findBreakingChanges`, which allows an output field to become non-null; the contract
 * fixes nullability too. Additions in `actual` are fine.
 */
export function contractDifferences(expected: GraphQLSchema, actual: GraphQLSchema): string[] {
  const problems = findBreakingChanges(expected, actual).map((c) => `${c.type}: ${c.description}`);
  for (const [name, want] of Object.entries(expected.getTypeMap())) {
    if (name.startsWith("__")) continue;
    const have = actual.getType(name);
    if (!have) {
      problems.push(`type ${name} is missing`);
      continue;
    }
    if (kindOf(want) !== kindOf(have)) problems.push(`type ${name} is ${kindOf(have)}, not ${kindOf(want)}`);
    if ((isObjectType(want) && isObjectType(have)) || (isInputObjectType(want) && isInputObjectType(have))) {
      const haveFields = have.getFields();
      for (const [fieldName, field] of Object.entries(want.getFields())) {
        const other = haveFields[fieldName];
        if (!other) {
          problems.push(`${name}.${fieldName} is missing`);
          continue;
        }
        if (String(field.type) !== String(other.type))
          problems.push(`${name}.${fieldName} is ${String(other.type)}, not ${String(field.type)}`);
        if ("args" in field && "args" in other) {
          for (const arg of field.args) {
            const otherArg = other.args.find((a) => a.name === arg.name);
            if (!otherArg) problems.push(`${name}.${fieldName}(${arg.name}) is missing`);
            else if (String(arg.type) !== String(otherArg.type)) {
              problems.push(`${name}.${fieldName}(${arg.name}) is ${String(otherArg.type)}, not ${String(arg.type)}`);
            }
          }
        }
      }
    }
    if (isEnumType(want) && isEnumType(have)) {
      for (const value of want.getValues()) {
        if (!have.getValue(value.name)) problems.push(`${name}.${value.name} is missing`);
      }
    }
  }
  return [...new Set(problems)];
}
