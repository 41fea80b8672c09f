/** Status of a declaration version (docs/domain-rules.md#the-lifecycle). */
export const DECLARATION_STATUSES = [
  "DRAFT",
  "PENDING",
  "ACCEPTED",
  "ACCEPTED_WITH_WARNINGS",
  "REFUSED",
  "CANCELLED",
] as const;
export type DeclarationStatusCode = (typeof DECLARATION_STATUSES)[number];

/** ORIGINAL (AttestationStatus 0), MODIFICATION (1), CANCELLATION (3): docs/domain-rules.md#codes. */
export const DECLARATION_KINDS = ["ORIGINAL", "MODIFICATION", "CANCELLATION"] as const;
export type DeclarationKindCode = (typeof DECLARATION_KINDS)[number];

export const ANOMALY_SEVERITIES = ["BLOCKING", "WARNING", "INFO"] as const;
export type AnomalySeverityCode = (typeof ANOMALY_SEVERITIES)[number];

/** DmfA worker codes of a flexi-job: 050 manual worker, 450 white-collar (docs/domain-rules.md#codes). */
export const FLEXI_WORKER_CODES = ["050", "450"] as const;
export type FlexiWorkerCode = (typeof FLEXI_WORKER_CODES)[number];

/** Financial element codes (docs/domain-rules.md#codes): wage and premium. */
export const WAGE_CODE = "0001001000";
export const PREMIUM_CODE = "0002001000";
export type FinancialElementCode = typeof WAGE_CODE | typeof PREMIUM_CODE;
