/**
 * react-admin's data provider over the GraphQL API, through the SDK's client (api/flexi.ts).
 * Each resource folder brings its handlers (lists and records with the API's filters, orders and
 * pages) and its custom methods (actions with their reason and concurrency token, the wizard's
 * steps, the pages that are no list); anything else is refused. Components reach it with
 * `useFlexiDataProvider`, so that an expired session signs out as with react-admin's own hooks.
 */
import { useQuery, type QueryKey } from "@tanstack/react-query";
import { useDataProvider, type DataProvider } from "react-admin";
import { accessMethods } from "../access/dataProvider";
import { auditEntriesResource } from "../audit/dataProvider";
import { ceilingMethods, ceilingsResource } from "../ceilings/dataProvider";
import { declarationMethods, declarationsResource } from "../declarations/dataProvider";
import { dimonaMethods, dimonaPeriodsResource } from "../dimona/dataProvider";
import { eboxMethods } from "../ebox/dataProvider";
import { employerClassesResource, employerMethods, employersResource } from "../employers/dataProvider";
import { incomeMethods } from "../income/dataProvider";
import { submissionMethods } from "../submissions/dataProvider";
import { ceilingAlertsResource, flexiIncomeResource, workerMethods, workersResource } from "../workers/dataProvider";
import { errorText } from "../common/errorTexts";
import { i18nProvider } from "../i18n";
import { FlexiApiError } from "./flexi";
import type { ResourceHandlers } from "./handlers";

const RESOURCES: Record<string, ResourceHandlers> = {
  declarations: declarationsResource,
  auditEntries: auditEntriesResource,
  workers: workersResource,
  flexiIncome: flexiIncomeResource,
  ceilingAlerts: ceilingAlertsResource,
  employers: employersResource,
  employerClasses: employerClassesResource,
  dimonaPeriods: dimonaPeriodsResource,
  ceilings: ceilingsResource,
};

function handler<K extends keyof ResourceHandlers>(resource: string, method: K): NonNullable<ResourceHandlers[K]> {
  const found = RESOURCES[resource]?.[method];
  if (!found) throw new Error(`The console has no ${String(method)} for ${resource}.`);
  return found as NonNullable<ResourceHandlers[K]>;
}

/**
 * react-admin's own pages (lists, records) show a failed call's `message` as it is: an API error
 * gets the text of its code, or of its first field error, in the reader's language instead of
 * the API's English message. Its code and field errors stay (an expired session still signs out).
 */
function readersLanguage<Params, Result>(
  method: (resource: string, params: Params) => Promise<Result>,
): (resource: string, params: Params) => Promise<Result> {
  return (resource, params) =>
    method(resource, params).catch((error: unknown) => {
      if (!(error instanceof FlexiApiError)) throw error;
      const text = errorText((key, options) => i18nProvider.translate(key, options), "flexi.office", error);
      throw new FlexiApiError(text, error.code, error.fieldErrors, error.itemErrors);
    });
}

const generic = {
  getList: readersLanguage((resource, params) => handler(resource, "getList")(resource, params)),
  getOne: readersLanguage((resource, params) => handler(resource, "getOne")(resource, params)),
  getMany: readersLanguage((resource, params) => handler(resource, "getMany")(resource, params)),
  getManyReference: readersLanguage((resource, params) => handler(resource, "getManyReference")(resource, params)),
  update: readersLanguage((resource, params) => handler(resource, "update")(resource, params)),
  updateMany: readersLanguage((resource, params) => handler(resource, "updateMany")(resource, params)),
  create: readersLanguage((resource, params) => handler(resource, "create")(resource, params)),
  delete: readersLanguage((resource, params) => handler(resource, "delete")(resource, params)),
  deleteMany: () => Promise.reject(new Error("Deleting many records is not offered.")),
} as DataProvider;

export const dataProvider = {
  ...generic,
  ...declarationMethods,
  ...workerMethods,
  ...employerMethods,
  ...dimonaMethods,
  ...ceilingMethods,
  ...eboxMethods,
  ...accessMethods,
  ...incomeMethods,
  ...submissionMethods,
};

export type FlexiDataProvider = typeof dataProvider;

/** The data provider with its custom methods, wrapped by react-admin (an expired session signs out). */
export function useFlexiDataProvider(): FlexiDataProvider {
  return useDataProvider<FlexiDataProvider>();
}

/**
 * A page's data read through a custom method of the data provider, with react-query: the previous
 * answer stays on screen while it is read again (a live update, `refetch`), another key (another
 * record) starts empty, and a page opened again reads afresh rather than showing an old copy. A
 * failure shows at once (the page offers no retry of its own that a silent one would delay).
 */
export function useFlexiQuery<Result>(
  queryKey: QueryKey,
  read: (dataProvider: FlexiDataProvider) => Promise<Result>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const dataProvider = useFlexiDataProvider();
  return useQuery({ queryKey, queryFn: () => read(dataProvider), enabled, gcTime: 0, retry: false });
}
