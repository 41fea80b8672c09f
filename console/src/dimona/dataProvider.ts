/** "dimonaPeriods": filtered by employer, worker, cancelled; ordered by start date. */
import { flexi } from "../api/flexi";
import type { ResourceHandlers } from "../api/handlers";
import type { DimonaPeriodFilter, OfficeDimonaPeriodFragment } from "../gql/graphql";
import { isBlank, listHandler, pageOf, operation } from "../api/handlers";
import { OfficeCorrectDimonaPeriod, OfficeDimonaPeriods, OfficeRegisterDimonaPeriod } from "./operations";

export type DimonaPeriodRow = OfficeDimonaPeriodFragment;

export interface DimonaFilterValues {
  employerId?: string;
  workerId?: string;
  /** "yes" / "no" from a select; true / false from code. */
  cancelled?: boolean | "yes" | "no" | "";
}

export function toDimonaFilter(values: DimonaFilterValues): DimonaPeriodFilter {
  const filter: DimonaPeriodFilter = {};
  if (!isBlank(values.employerId)) filter.employerId = { eq: values.employerId };
  if (!isBlank(values.workerId)) filter.workerId = { eq: values.workerId };
  if (values.cancelled === true || values.cancelled === "yes") filter.cancelled = true;
  if (values.cancelled === false || values.cancelled === "no") filter.cancelled = false;
  return filter;
}

export const dimonaPeriodsResource: ResourceHandlers = {
  getList: listHandler<DimonaPeriodRow>(async (params) => {
    const { dimonaPeriods } = await flexi.request(OfficeDimonaPeriods, {
      filter: toDimonaFilter((params.filter ?? {}) as DimonaFilterValues),
      orderBy: [params.sort?.order === "ASC" ? "START_DATE_ASC" : "START_DATE_DESC"],
      ...pageOf(params),
    });
    return { data: dimonaPeriods.nodes, total: dimonaPeriods.totalCount };
  }),
};

/** The back office's corrections and registrations of Dimona periods. */
export const dimonaMethods = {
  correctDimonaPeriod: operation(OfficeCorrectDimonaPeriod),
  registerDimonaPeriod: operation(OfficeRegisterDimonaPeriod),
};
