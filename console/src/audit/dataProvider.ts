/** "auditEntries": the audit trail of one record (filter `entityId`; `reads` for the reads of income or the changes), newest first. */
import { request } from "../../api/client";
import type { ResourceHandlers } from "../../api/dataProvider";
import type { OfficeAuditEntriesQuery } from "../../gql/graphql";
import { isBlank, listHandler, pageOf } from "../shared/handlers";
import { OfficeAuditEntries } from "./operations";

export type AuditEntryRow = OfficeAuditEntriesQuery["auditEntries"]["nodes"][number];

export const auditEntriesResource: ResourceHandlers = {
  getList: listHandler<AuditEntryRow>(async (params) => {
    const { entityId, reads } = (params.filter ?? {}) as { entityId?: string; reads?: boolean };
    const { auditEntries } = await request(OfficeAuditEntries, {
      filter: {
        ...(isBlank(entityId) ? {} : { entityId: { eq: entityId } }),
        ...(reads === undefined ? {} : { reads }),
      },
      ...pageOf(params, 100),
    });
    return { data: auditEntries.nodes, total: auditEntries.totalCount };
  }),
};
