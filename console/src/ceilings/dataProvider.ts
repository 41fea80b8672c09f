/** "ceilings": the annual ceilings, oldest year first (a short plain list: no paging). */
import { request } from "../../api/client";
import type { ResourceHandlers } from "../../api/dataProvider";
import type { OfficeFlexiCeilingsQuery } from "../../gql/graphql";
import { listHandler } from "../shared/handlers";
import { OfficeFlexiCeilings } from "./operations";

export type CeilingRow = OfficeFlexiCeilingsQuery["flexiCeilings"][number];

export const ceilingsResource: ResourceHandlers = {
  getList: listHandler<CeilingRow>(async () => {
    const { flexiCeilings } = await request(OfficeFlexiCeilings);
    return { data: flexiCeilings, total: flexiCeilings.length };
  }),
};
