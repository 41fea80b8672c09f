/**
 * "workers" (list with search, one worker), "flexiIncome" (a worker's income of a year: the
 * record id is "<ssin>:<year>", since the API keys it by both) and "ceilingAlerts".
 */
import { flexi, FlexiApiError } from "../api/flexi";
import type { ResourceHandlers } from "../api/handlers";
import type {
  OfficeCeilingAlertsQuery,
  OfficeFlexiIncomeQuery,
  OfficeWorkerByIdQuery,
  WorkerOrder,
} from "../gql/graphql";
import { isBlank, listHandler, manyHandler, oneHandler, pageOf, operation } from "../api/handlers";
import {
  DeclaredWorkers,
  EmployerWorkerDetails,
  OfficeCeilingAlerts,
  OfficeCorrectWorker,
  OfficeFlexiIncome,
  OfficeRegisterWorker,
  OfficeWorkerById,
  OfficeWorkers,
} from "./operations";

export type WorkerDetail = NonNullable<OfficeWorkerByIdQuery["worker"]>;
export type FlexiIncomeRecord = OfficeFlexiIncomeQuery["flexiIncome"] & { id: string };
export type CeilingAlertRow = OfficeCeilingAlertsQuery["ceilingAlerts"]["nodes"][number];

export const incomeId = (ssin: string, year: number) => `${ssin}:${year}`;

async function loadWorker(id: string): Promise<WorkerDetail> {
  const { worker } = await flexi.request(OfficeWorkerById, { id });
  if (!worker) throw new FlexiApiError("This worker does not exist.", "NOT_FOUND");
  return worker;
}

function workerOrder(field: string | undefined, order: string | undefined): WorkerOrder[] {
  if (field === "ssin") return ["SSIN_ASC"];
  return [order === "DESC" ? "LAST_NAME_DESC" : "LAST_NAME_ASC"];
}

export const workersResource: ResourceHandlers = {
  getList: listHandler(async (params) => {
    // `q` is what react-admin's autocomplete inputs send; the workers page sends `search`.
    const { search, q, employerId } = (params.filter ?? {}) as { search?: string; q?: string; employerId?: string };
    const text = (search ?? q ?? "").trim();
    const { workers } = await flexi.request(OfficeWorkers, {
      filter: {
        ...(text ? { search: text } : {}),
        ...(isBlank(employerId) ? {} : { employerId: { eq: employerId } }),
      },
      orderBy: workerOrder(params.sort?.field, params.sort?.order),
      ...pageOf(params),
    });
    return { data: workers.nodes, total: workers.totalCount };
  }),
  getOne: oneHandler(loadWorker),
  getMany: manyHandler(loadWorker),
};

export const flexiIncomeResource: ResourceHandlers = {
  getOne: oneHandler<FlexiIncomeRecord>(async (id) => {
    const [ssin = "", year = ""] = id.split(":");
    const { flexiIncome } = await flexi.request(OfficeFlexiIncome, { ssin, year: Number(year) });
    return { ...flexiIncome, id };
  }),
};

export const ceilingAlertsResource: ResourceHandlers = {
  getList: listHandler<CeilingAlertRow>(async (params) => {
    const { workerId } = (params.filter ?? {}) as { workerId?: string };
    const { ceilingAlerts } = await flexi.request(OfficeCeilingAlerts, {
      filter: isBlank(workerId) ? undefined : { workerId: { eq: workerId } },
      ...pageOf(params),
    });
    return { data: ceilingAlerts.nodes, total: ceilingAlerts.totalCount };
  }),
};

/** The back office's corrections and registrations of workers; the employer's workers and its view of one. */
export const workerMethods = {
  correctWorker: operation(OfficeCorrectWorker),
  registerWorker: operation(OfficeRegisterWorker),
  employerWorkerDetails: operation(EmployerWorkerDetails),
  declaredWorkers: operation(DeclaredWorkers),
};
