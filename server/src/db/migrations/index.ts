import type { MigrationInterface } from "typeorm";
import { Initial1795917768245 } from "./1795917768245-Initial";
import { Declarations1795919035843 } from "./1795919035843-Declarations";
import { EboxLog1795920842994 } from "./1795920842994-EboxLog";
import { CeilingAlerts1795920940141 } from "./1795920940141-CeilingAlerts";
import { FilterIndexes1795921966187 } from "./1795921966187-FilterIndexes";
import { SignInAttempts1795923816636 } from "./1795923816636-SignInAttempts";
import { AuditReads1795930120000 } from "./1795930120000-AuditReads";
import { SignInDevices1795931500000 } from "./1795931500000-SignInDevices";
import { RequestFingerprint1795940000000 } from "./1795940000000-RequestFingerprint";
import { SubmissionSelection1795950000000 } from "./1795950000000-SubmissionSelection";
import { StatusEventReasonCode1795960000000 } from "./1795960000000-StatusEventReasonCode";

/** Every migration in order; reviewed by hand (docs/decisions/0015-hand-reviewed-migrations.md). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795917768245,
  Declarations1795919035843,
  EboxLog1795920842994,
  CeilingAlerts1795920940141,
  FilterIndexes1795921966187,
  SignInAttempts1795923816636,
  AuditReads1795930120000,
  SignInDevices1795931500000,
  RequestFingerprint1795940000000,
  SubmissionSelection1795950000000,
  StatusEventReasonCode1795960000000,
];
