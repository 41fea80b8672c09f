/** "auditEntries": the audit trail of one record (filter `entityId`), newest first. */
import { request } from "../../api/client";
import type { ResourceHandlers } from "../../api/dataProvider";
import type { OfficeAuditEntriesQuery } from "../../gql/graphql";
import { isBlank, listHandler, pageOf } from "../shared/handlers";
import { OfficeAuditEntries } from "./operations";

export type AuditEntryRow = OfficeAuditEntriesQuery["auditEntries"]["nodes"][number];

export const auditEntriesResource: ResourceHandlers = {
  getList: listHandler<AuditEntryRow>(async (params) => {
    const entityId = (params.filter as { entityId?: string } | undefined)?.entityId;
    const { auditEntries } = await request(OfficeAuditEntries, {
      filter: isBlank(entityId) ? undefined : { entityId: { eq: entityId } },
      ...pageOf(params, 100),
    });
    return { data: auditEntries.nodes, total: auditEntries.totalCount };
  }),
};
