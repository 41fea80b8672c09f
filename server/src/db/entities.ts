import { AccessGrantEntity } from "../modules/access/access-grant.entity";
import { AppUserEntity } from "../modules/access/app-user.entity";
import { UserSessionEntity } from "../modules/access/user-session.entity";
import { AuditEntryEntity } from "../modules/audit/audit-entry.entity";
import { FlexiCeilingEntity } from "../modules/ceilings/flexi-ceiling.entity";
import { AnomalyEntity } from "../modules/declarations/anomaly.entity";
import { DeclarationVersionEntity } from "../modules/declarations/declaration-version.entity";
import { FinancialElementEntity } from "../modules/declarations/financial-element.entity";
import { WageDeclarationEntity } from "../modules/declarations/wage-declaration.entity";
import { WagePropertyEntity } from "../modules/declarations/wage-property.entity";
import { DimonaPeriodEntity } from "../modules/dimona/dimona-period.entity";
import { EboxMessageEntity } from "../modules/ebox/ebox-message.entity";
import { EmployerClassEntity } from "../modules/employers/employer-class.entity";
import { EmployerEntity } from "../modules/employers/employer.entity";
import { SubmissionEntity } from "../modules/submissions/submission.entity";
import { WorkerEntity } from "../modules/workers/worker.entity";
import { EventCounterEntity } from "../events/event-counter.entity";
import { StatusEventEntity } from "../events/status-event.entity";
import { WorkerHeartbeatEntity } from "../controls/worker-heartbeat.entity";
import { CeilingAlertEntity } from "../modules/income/ceiling-alert.entity";
import { SignInAttemptEntity } from "../security/sign-in-attempt.entity";
import { SignInDeviceEntity } from "../security/sign-in-device.entity";

/** Every TypeORM entity; the data source and the migration-drift test use this list. */
export const ENTITIES = [
  EmployerEntity,
  EmployerClassEntity,
  AppUserEntity,
  AccessGrantEntity,
  UserSessionEntity,
  WorkerEntity,
  DimonaPeriodEntity,
  SubmissionEntity,
  WageDeclarationEntity,
  DeclarationVersionEntity,
  WagePropertyEntity,
  FinancialElementEntity,
  AnomalyEntity,
  StatusEventEntity,
  EventCounterEntity,
  EboxMessageEntity,
  AuditEntryEntity,
  FlexiCeilingEntity,
  WorkerHeartbeatEntity,
  CeilingAlertEntity,
  SignInAttemptEntity,
  SignInDeviceEntity,
];
