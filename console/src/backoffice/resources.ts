import type { ResourceHandlers } from "../api/dataProvider";

/** The back office's list resources (review queue, reference data). */
export const backOfficeResources: Record<string, ResourceHandlers> = {};
