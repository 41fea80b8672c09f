/** "employers" (list with search, one employer) and "employerClasses" (the catalogue, id = code). */
import { flexi, FlexiApiError } from "../api/flexi";
import type { ResourceHandlers } from "../api/handlers";
import type { OfficeEmployerByIdQuery } from "../gql/graphql";
import { listHandler, manyHandler, oneHandler, pageOf, operation } from "../api/handlers";
import {
  EmployerClassOptions,
  OfficeCorrectEmployer,
  OfficeEmployerById,
  OfficeEmployerClasses,
  OfficeEmployers,
} from "./operations";

export type EmployerDetail = NonNullable<OfficeEmployerByIdQuery["employer"]>;

async function loadEmployer(id: string): Promise<EmployerDetail> {
  const { employer } = await flexi.request(OfficeEmployerById, { id });
  if (!employer) throw new FlexiApiError("This employer does not exist.", "NOT_FOUND");
  return employer;
}

export const employersResource: ResourceHandlers = {
  getList: listHandler(async (params) => {
    const { search, q } = (params.filter ?? {}) as { search?: string; q?: string };
    const text = (search ?? q ?? "").trim();
    const { employers } = await flexi.request(OfficeEmployers, {
      filter: text ? { search: text } : undefined,
      orderBy: [params.sort?.order === "DESC" ? "NAME_DESC" : "NAME_ASC"],
      ...pageOf(params),
    });
    return { data: employers.nodes, total: employers.totalCount };
  }),
  getOne: oneHandler(loadEmployer),
  getMany: manyHandler(loadEmployer),
};

export const employerClassesResource: ResourceHandlers = {
  getList: listHandler(async () => {
    const { employerClasses } = await flexi.request(OfficeEmployerClasses);
    const data = employerClasses.map((c) => ({ ...c, id: c.code }));
    return { data, total: data.length };
  }),
};

/** The back office's correction of an employer; the classes an employer may choose from, for the declaration form. */
export const employerMethods = {
  correctEmployer: operation(OfficeCorrectEmployer),
  employerClassOptions: operation(EmployerClassOptions),
};
