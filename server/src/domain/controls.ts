/**
 * What the asynchronous controls decide from their anomalies (docs/domain-rules.md#the-asynchronous-controls), and which e-Box
 * message reports it (docs/domain-rules.md#e-box-messages). Pure, so that the set-based job and the tests share it.
 */
import type { ControlsOutcome } from "./declaration-lifecycle";
import type { AnomalySeverityCode, DeclarationKindCode } from "./declaration-status";
import type { AnomalyCode } from "./anomaly-codes";

/** The controls a version of this kind goes through: a cancellation only against 00011-146. */
export function controlsApplyTo(kind: DeclarationKindCode, code: AnomalyCode): boolean {
  return kind !== "CANCELLATION" || code === "00011-146";
}

/**
 * No BLOCKING and no WARNING: ACCEPTED; WARNINGs only: ACCEPTED_WITH_WARNINGS; any BLOCKING:
 * REFUSED. A CANCELLATION ends CANCELLED unless something blocks it.
 */
export function controlsOutcome(
  kind: DeclarationKindCode,
  severities: readonly AnomalySeverityCode[],
): ControlsOutcome {
  const blocking = severities.includes("BLOCKING");
  if (kind === "CANCELLATION") return blocking ? "REFUSED" : "CANCELLED";
  if (blocking) return "REFUSED";
  return severities.includes("WARNING") ? "ACCEPTED_WITH_WARNINGS" : "ACCEPTED";
}

/** e-Box message types that report a declaration's controls result. */
export type ResultMessageType =
  | "DECLARATION_ACCEPTED"
  | "DECLARATION_ACCEPTED_WITH_WARNINGS"
  | "DECLARATION_REFUSED"
  | "MODIFICATION_PROCESSED"
  | "DELETION_PROCESSED";

/**
 * The message for a controls result: an original's acceptance or refusal; a modification
 * processed; a deletion processed. A refused modification or deletion is a refusal (the earlier
 * version stays in force, which the message says).
 */
export function resultMessageType(kind: DeclarationKindCode, outcome: ControlsOutcome): ResultMessageType {
  if (outcome === "REFUSED") return "DECLARATION_REFUSED";
  if (outcome === "CANCELLED") return "DELETION_PROCESSED";
  if (kind === "MODIFICATION") return "MODIFICATION_PROCESSED";
  return outcome === "ACCEPTED" ? "DECLARATION_ACCEPTED" : "DECLARATION_ACCEPTED_WITH_WARNINGS";
}
