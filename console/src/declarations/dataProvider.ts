/**
 * The "declarations" resource of react-admin: the review queue's list (filters, orders, pages)
 * and the declaration page's record, over `wageDeclarations` and `wageDeclaration`.
 */
import type { GetListParams } from "react-admin";
import { flexi, FlexiApiError } from "../api/flexi";
import type {
  DeclarationStatus,
  OfficeDeclarationQuery,
  OfficeDeclarationRowFragment,
  WageDeclarationFilter,
  WageDeclarationOrder,
} from "../gql/graphql";
import type { ResourceHandlers } from "../api/handlers";
import { isBlank, listHandler, oneHandler, pageOf, operation } from "../api/handlers";
import {
  EmployerDeleteDeclaration,
  EmployerModifyDeclaration,
  OfficeAcceptDeclaration,
  OfficeAcceptDeclarations,
  OfficeCorrectDeclaration,
  OfficeDeclaration,
  OfficeDeclarationVersion,
  OfficeDeclarations,
  OfficeRefuseDeclaration,
  OfficeRefuseDeclarations,
  OfficeRevalidateDeclaration,
  OfficeRevalidateDeclarations,
} from "./operations";

export type DeclarationRow = OfficeDeclarationRowFragment;
export type DeclarationDetail = NonNullable<OfficeDeclarationQuery["wageDeclaration"]>;

/** What the review queue shows unless the agent changes the status filter: work still to look at. */
export const REVIEW_STATUSES = ["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"] as const;

/** The review queue's filter form, as react-admin keeps it. */
export interface DeclarationFilterValues {
  status?: DeclarationStatus[];
  anomalyCode?: string;
  employerId?: string;
  workerId?: string;
  periodFrom?: string;
  periodTo?: string;
  ssin?: string;
  search?: string;
}

// An open end of the period filter: the API wants both ends, and these lie outside any declaration.
const EARLIEST = "2000-01-01";
const LATEST = "2999-12-31";

/** The filter form to the API's WageDeclarationFilter (conditions combined with `and`). */
export function toDeclarationFilter(values: DeclarationFilterValues): WageDeclarationFilter {
  const parts: WageDeclarationFilter[] = [];
  if (!isBlank(values.status)) parts.push({ status: { in: values.status as DeclarationStatus[] } });
  if (!isBlank(values.anomalyCode)) parts.push({ anomalyCode: { eq: values.anomalyCode } });
  if (!isBlank(values.employerId)) parts.push({ employerId: { eq: values.employerId } });
  if (!isBlank(values.workerId)) parts.push({ workerId: { eq: values.workerId } });
  if (!isBlank(values.periodFrom) || !isBlank(values.periodTo)) {
    parts.push({ calculationPeriodOverlaps: { start: values.periodFrom || EARLIEST, end: values.periodTo || LATEST } });
  }
  if (!isBlank(values.ssin)) {
    // A whole SSIN matches exactly; a part of one searches (the API's search matches the start of an SSIN).
    const digits = String(values.ssin).replace(/[\s.-]/g, "");
    parts.push(/^\d{11}$/.test(digits) ? { ssin: { eq: digits } } : { search: digits });
  }
  if (!isBlank(values.search)) parts.push({ search: String(values.search).trim() });
  if (parts.length === 1) return parts[0]!;
  return parts.length === 0 ? {} : { and: parts };
}

/** react-admin's sort to the API's orders; the columns offer only these. */
export function toDeclarationOrder(sort: GetListParams["sort"]): WageDeclarationOrder[] {
  const descending = sort?.order !== "ASC";
  switch (sort?.field) {
    case "calculationDate":
      return [descending ? "CALCULATION_DATE_DESC" : "CALCULATION_DATE_ASC"];
    case "updatedAt":
      return ["UPDATED_AT_DESC"];
    default:
      return [descending ? "SUBMITTED_AT_DESC" : "SUBMITTED_AT_ASC"];
  }
}

export async function loadDeclaration(id: string): Promise<DeclarationDetail> {
  const { wageDeclaration } = await flexi.request(OfficeDeclaration, { id });
  if (!wageDeclaration) throw new FlexiApiError("This declaration does not exist.", "NOT_FOUND");
  return wageDeclaration;
}

export const declarationsResource: ResourceHandlers = {
  getList: listHandler<DeclarationRow>(async (params) => {
    const { wageDeclarations } = await flexi.request(OfficeDeclarations, {
      filter: toDeclarationFilter((params.filter ?? {}) as DeclarationFilterValues),
      orderBy: toDeclarationOrder(params.sort),
      ...pageOf(params),
    });
    return { data: wageDeclarations.nodes, total: wageDeclarations.totalCount };
  }),
  getOne: oneHandler(loadDeclaration),
};

/**
 * The actions on a declaration, as custom methods of the data provider: each carries the
 * declaration's concurrency token (expectedVersion) and, for the back office, its reason.
 */
export const declarationMethods = {
  acceptDeclaration: operation(OfficeAcceptDeclaration),
  refuseDeclaration: operation(OfficeRefuseDeclaration),
  acceptDeclarations: operation(OfficeAcceptDeclarations),
  refuseDeclarations: operation(OfficeRefuseDeclarations),
  correctDeclaration: operation(OfficeCorrectDeclaration),
  revalidateDeclaration: operation(OfficeRevalidateDeclaration),
  revalidateDeclarations: operation(OfficeRevalidateDeclarations),
  declarationVersion: operation(OfficeDeclarationVersion),
  modifyDeclaration: operation(EmployerModifyDeclaration),
  deleteDeclaration: operation(EmployerDeleteDeclaration),
};
