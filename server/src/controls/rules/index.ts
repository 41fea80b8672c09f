/**
 * The catalogue of the asynchronous controls (docs/domain-rules.md#the-asynchronous-controls): one file per rule, listed here in the
 * order of domain/anomaly-codes.ts (rules.spec.ts checks that every code has its rule). The
 * controls job (controls/run-controls.ts) runs them all in one statement.
 */
import { NO_EMPLOYMENT_RELATIONSHIP } from "./00024-152-no-employment-relationship";
import { EMPLOYER_CLASS_NOT_ASSIGNED } from "./00036-022-employer-class-not-assigned";
import { PROVISIONAL_NSSO_NUMBER } from "./00011-146-provisional-nsso-number";
import type { ControlRule } from "./control-rule";
import { LATE_DECLARATION } from "./faw-001-late-declaration";
import { POSSIBLE_DUPLICATE } from "./faw-002-possible-duplicate";

export type { ControlRule } from "./control-rule";

export const CONTROL_RULES: readonly ControlRule[] = [
  NO_EMPLOYMENT_RELATIONSHIP,
  EMPLOYER_CLASS_NOT_ASSIGNED,
  PROVISIONAL_NSSO_NUMBER,
  LATE_DECLARATION,
  POSSIBLE_DUPLICATE,
];
