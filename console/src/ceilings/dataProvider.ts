/** "ceilings": the annual ceilings, oldest year first (a short plain list: no paging). */
import { flexi } from "../api/flexi";
import type { ResourceHandlers } from "../api/handlers";
import type { OfficeFlexiCeilingsQuery } from "../gql/graphql";
import { listHandler, operation } from "../api/handlers";
import { OfficeFlexiCeilings, OfficeSetFlexiCeiling } from "./operations";

export type CeilingRow = OfficeFlexiCeilingsQuery["flexiCeilings"][number];

export const ceilingsResource: ResourceHandlers = {
  getList: listHandler<CeilingRow>(async () => {
    const { flexiCeilings } = await flexi.request(OfficeFlexiCeilings);
    return { data: flexiCeilings, total: flexiCeilings.length };
  }),
};

/** The back office sets a year's ceilings. */
export const ceilingMethods = {
  setFlexiCeiling: operation(OfficeSetFlexiCeiling),
};
