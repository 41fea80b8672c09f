/**
 * Server field errors (BAD_USER_INPUT) for react-admin forms: `{ "path.to.field": text }`, which
 * a Form's onSubmit returns so that each message appears on its field. The text is the console's
 * translation of the error code; the server's English message is the fallback for a code the
 * console does not know yet.
 */
import type { TranslateFunction as Translate } from "react-admin";
import { FlexiApiError, type FieldError } from "../api/flexi";

export function fieldErrorText(error: FieldError, translate: Translate): string {
  // A text for this field and code where the catalogue has one ("the NSSO number's check digits"),
  // else the code's general text.
  const field = error.path.filter((part) => typeof part === "string").join(".");
  const specific = field ? translate(`flexi.office.fieldError.${field}.${error.code}`, { _: "" }) : "";
  return specific || translate(`flexi.office.fieldError.${error.code}`, { _: error.message });
}

/**
 * The field errors of a failed save keyed by field path, or undefined for any other failure.
 * `flat`: keyed by the first path segment only, for forms whose list fields are one input
 * (an employer's classes: ["employerClasses", 1] shows on the classes input).
 */
export function submissionErrors(
  error: unknown,
  translate: Translate,
  { flat = false } = {},
): Record<string, string> | undefined {
  if (!(error instanceof FlexiApiError) || error.code !== "BAD_USER_INPUT" || error.fieldErrors.length === 0)
    return undefined;
  const errors: Record<string, string> = {};
  for (const fieldError of error.fieldErrors) {
    const key = (flat ? String(fieldError.path[0] ?? "") : fieldError.path.join(".")) || "root";
    errors[key] ??= fieldErrorText(fieldError, translate);
  }
  return errors;
}

/** A short text for a failed action: the translated error code. */
export function errorText(error: unknown, translate: Translate): string {
  if (error instanceof FlexiApiError) {
    const first = error.fieldErrors[0];
    if (first) return fieldErrorText(first, translate);
    return translate(`flexi.office.errorCode.${error.code}`, { _: error.message });
  }
  return error instanceof Error ? error.message : String(error);
}
