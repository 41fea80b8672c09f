/**
 * react-admin's data provider over the GraphQL API. Each area lists the resources it serves in
 * its `resources.ts` (typed operations, tenancy on the server); anything else is refused.
 */
import type { DataProvider } from "react-admin";
import { backOfficeResources } from "../backoffice/resources";

/** What one resource supports; react-admin calls only these. */
export type ResourceHandlers = Partial<
  Pick<
    DataProvider,
    "getList" | "getOne" | "getMany" | "getManyReference" | "update" | "create" | "delete" | "updateMany"
  >
>;

const RESOURCES: Record<string, ResourceHandlers> = {
  ...backOfficeResources,
};

function handler<K extends keyof ResourceHandlers>(resource: string, method: K): NonNullable<ResourceHandlers[K]> {
  const found = RESOURCES[resource]?.[method];
  if (!found) throw new Error(`The console has no ${String(method)} for ${resource}.`);
  return found as NonNullable<ResourceHandlers[K]>;
}

export const dataProvider: DataProvider = {
  getList: (resource, params) => handler(resource, "getList")(resource, params),
  getOne: (resource, params) => handler(resource, "getOne")(resource, params),
  getMany: (resource, params) => handler(resource, "getMany")(resource, params),
  getManyReference: (resource, params) => handler(resource, "getManyReference")(resource, params),
  update: (resource, params) => handler(resource, "update")(resource, params),
  updateMany: (resource, params) => handler(resource, "updateMany")(resource, params),
  create: (resource, params) => handler(resource, "create")(resource, params),
  delete: (resource, params) => handler(resource, "delete")(resource, params),
  deleteMany: () => Promise.reject(new Error("Deleting many records is not offered.")),
} as DataProvider;
