/** "auditEntries": the audit trail of one record (filter `entityId`; `reads` for the reads of income or the changes), newest first. */
import { flexi } from "../api/flexi";
import type { ResourceHandlers } from "../api/handlers";
import type { OfficeAuditEntriesQuery } from "../gql/graphql";
import { isBlank, listHandler, pageOf } from "../api/handlers";
import { OfficeAuditEntries } from "./operations";

export type AuditEntryRow = OfficeAuditEntriesQuery["auditEntries"]["nodes"][number];

export const auditEntriesResource: ResourceHandlers = {
  getList: listHandler<AuditEntryRow>(async (params) => {
    const { entityId, reads } = (params.filter ?? {}) as { entityId?: string; reads?: boolean };
    const { auditEntries } = await flexi.request(OfficeAuditEntries, {
      filter: {
        ...(isBlank(entityId) ? {} : { entityId: { eq: entityId } }),
        ...(reads === undefined ? {} : { reads }),
      },
      ...pageOf(params, 100),
    });
    return { data: auditEntries.nodes, total: auditEntries.totalCount };
  }),
};
