import { isObjectType } from "graphql";
import { buildFlexiSchema } from "../graphql/schema";
import { OPERATION_POLICY } from "./policy";

describe("the access policy", () => {
  it("has an entry for every Query, Mutation and Subscription field, and none for fields that do not exist", async () => {
    const schema = await buildFlexiSchema();
    for (const root of ["Query", "Mutation", "Subscription"] as const) {
      const type = schema.getType(root);
      const fields = type && isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
      expect({ root, fields: Object.keys(OPERATION_POLICY[root]).sort() }).toEqual({ root, fields });
    }
  });
});
