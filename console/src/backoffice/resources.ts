/**
 * The back office's resources for react-admin's data provider (api/dataProvider.ts): lists with
 * the API's filters, orders and pages, and single records. Actions (correct, accept, refuse,
 * revalidate, register) are typed mutations of their own in each folder's operations, not
 * generic updates: each carries its reason and concurrency token.
 */
import type { ResourceHandlers } from "../api/dataProvider";
import { auditEntriesResource } from "./audit/resource";
import { ceilingsResource } from "./ceilings/resource";
import { declarationsResource } from "./declarations/resource";
import { dimonaPeriodsResource } from "./dimona/resource";
import { employerClassesResource, employersResource } from "./employers/resource";
import { ceilingAlertsResource, flexiIncomeResource, workersResource } from "./workers/resource";

export const backOfficeResources: Record<string, ResourceHandlers> = {
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
