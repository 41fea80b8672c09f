import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchema } from "type-graphql";
import { AccessGrantResolver, AccessResolver } from "../modules/access/access.resolver";
import { AccessManagementResolver, EmployerUsersResolver } from "../modules/access/access-management.resolver";
import { FlexiCeilingResolver } from "../modules/ceilings/flexi-ceiling.resolver";
import { DimonaPeriodResolver } from "../modules/dimona/dimona-period.resolver";
import { EboxResolver } from "../modules/ebox/ebox.resolver";
import { EmployerResolver } from "../modules/employers/employer.resolver";
import { WorkerResolver } from "../modules/workers/worker.resolver";
import {
  DeclarationResolver,
  DeclarationVersionResolver,
  WorkerDeclarationResolver,
} from "../modules/declarations/declaration.resolver";
import { SubmissionResolver } from "../modules/submissions/submission.resolver";
import { DeclarationStatusLogResolver, StatusEventResolver } from "../modules/declarations/status-event.resolver";
import {
  CeilingAlertResolver,
  FlexiIncomeResolver,
  FlexiIncomeShareResolver,
} from "../modules/income/flexi-income.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { DeclarationTotalsResolver } from "../modules/declarations/totals.resolver";
import { WorkerMaintenanceResolver } from "../modules/workers/worker-maintenance.resolver";
import { DimonaMaintenanceResolver } from "../modules/dimona/dimona-maintenance.resolver";
import { EmployerMaintenanceResolver } from "../modules/employers/employer-maintenance.resolver";
import { CeilingMaintenanceResolver } from "../modules/ceilings/ceiling-maintenance.resolver";
import { noteIncomeReads } from "../access";
import { DateFilter } from "./common.types";
import { describeRootTypes } from "./descriptions";
import { useLeanResolvers } from "./lean-resolvers";

export const RESOLVERS = [
  AccessResolver,
  AccessGrantResolver,
  EmployerResolver,
  WorkerResolver,
  DimonaPeriodResolver,
  FlexiCeilingResolver,
  DeclarationResolver,
  DeclarationVersionResolver,
  WorkerDeclarationResolver,
  SubmissionResolver,
  EboxResolver,
  StatusEventResolver,
  DeclarationStatusLogResolver,
  FlexiIncomeResolver,
  FlexiIncomeShareResolver,
  CeilingAlertResolver,
  AuditResolver,
  DeclarationTotalsResolver,
  WorkerMaintenanceResolver,
  DimonaMaintenanceResolver,
  EmployerMaintenanceResolver,
  CeilingMaintenanceResolver,
  AccessManagementResolver,
  EmployerUsersResolver,
] as const;

/**
 * The executable schema, built from the code. Input rules live in the services (they need
 * cross-field checks and paths relative to the input), so type-graphql's class-validator pass
 * stays off.
 */
export async function buildFlexiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    // type-graphql insists on a PubSub; the subscriptions bring their own source instead (the
    // PostgreSQL relays in events/), so that a change made by any process reaches every subscriber.
    pubSub: createPubSub(),
    // Contract types that no field uses yet.
    orphanedTypes: [DateFilter],
    // No globalMiddlewares: useLeanResolvers takes plain fields' resolvers away, and with them
    // what a global middleware would run.
  });
  describeRootTypes(schema);
  useLeanResolvers(schema, RESOLVERS);
  // Back-office reads of pay are audited (access/income-reads.ts).
  return noteIncomeReads(schema);
}

/** The schema as committed in schema/schema.graphql: sorted, so that diffs stay readable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
