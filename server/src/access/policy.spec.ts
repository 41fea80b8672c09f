import { getNamedType, isInputObjectType, isObjectType, type GraphQLArgument } from "graphql";
import { buildFlexiSchema } from "../graphql/schema";
import { OPERATION_POLICY } from "./policy";
import { RULES } from "./rules";

describe("the access policy", () => {
  it("has an entry for every Query, Mutation and Subscription field, and none for fields that do not exist", async () => {
    const schema = await buildFlexiSchema();
    for (const root of ["Query", "Mutation", "Subscription"] as const) {
      const type = schema.getType(root);
      const fields = type && isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
      expect({ root, fields: Object.keys(OPERATION_POLICY[root]).sort() }).toEqual({ root, fields });
    }
  });

  it("names arguments the fields have and rules that exist", async () => {
    const schema = await buildFlexiSchema();
    const wrong: string[] = [];
    for (const root of ["Query", "Mutation", "Subscription"] as const) {
      const type = schema.getType(root);
      if (!isObjectType(type)) throw new Error(`no ${root}`);
      for (const [name, entry] of Object.entries(OPERATION_POLICY[root])) {
        if (entry.gate !== "signedIn" || entry.narrowedBy.kind === "own") continue;
        const narrowing = entry.narrowedBy;
        if ("rule" in narrowing && !(narrowing.rule in RULES)) wrong.push(`${root}.${name}: rule ${narrowing.rule}`);
        if (!("argument" in narrowing)) continue;
        const [first, ...rest] = narrowing.argument.split(".");
        const args = type.getFields()[name]!.args;
        let arg: GraphQLArgument | { type: GraphQLArgument["type"] } | undefined = args.find((a) => a.name === first);
        for (const part of rest) {
          const input = arg ? getNamedType(arg.type) : undefined;
          arg = isInputObjectType(input) ? input.getFields()[part] : undefined;
        }
        if (!arg) wrong.push(`${root}.${name}: argument ${narrowing.argument}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
