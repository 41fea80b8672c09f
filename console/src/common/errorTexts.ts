/**
 * The console's one way from an API error to the words a user reads. Two catalogues say them:
 * the employer's and worker's pages (`flexi.form`) explain what to do next, the back office's
 * pages (`flexi.office`) are short, for staff who know the rules. Each has
 * - `fieldErrors`: a text per error code, and per field path and code where a field has words of
 *   its own ("the NSSO number's check digits"); list positions in a path read `n`
 *   (`properties.n.grossWage`);
 * - `apiErrors`: a text per error code of an error that is not about one field, and `other` for
 *   any other failure (the browser's own, a code the console does not know yet).
 * The server's English message is the last fallback of a field error.
 */
import type { TranslateFunction as Translate } from "react-admin";
import { FlexiApiError, type FieldError } from "../api/flexi";

export type ErrorCatalogue = "flexi.form" | "flexi.office";

/** A field error's text: the field's own words for the code where the catalogue has them, else the code's. */
export function fieldErrorText(translate: Translate, catalogue: ErrorCatalogue, error: FieldError): string {
  const field = error.path.map((part) => (typeof part === "number" ? "n" : part)).join(".");
  const specific = field ? translate(`${catalogue}.fieldErrors.${field}.${error.code}`, { _: "" }) : "";
  return specific || translate(`${catalogue}.fieldErrors.${error.code}`, { _: error.message });
}

/** A short text for a failed action or read: its first field error's, else its code's. */
export function errorText(translate: Translate, catalogue: ErrorCatalogue, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const other = () => translate(`${catalogue}.apiErrors.other`, { message });
  if (!(error instanceof FlexiApiError)) return other();
  const first = error.fieldErrors[0];
  if (first) return fieldErrorText(translate, catalogue, first);
  return translate(`${catalogue}.apiErrors.${error.code}`, { _: other() });
}

/**
 * The field errors of a failed save keyed by field path (`{ "path.to.field": text }`, what a
 * react-admin Form's onSubmit returns so that each text shows on its field), or undefined for
 * any other failure. `flat`: keyed by the first path segment only, for forms whose list fields
 * are one input (an employer's classes: ["employerClasses", 1] shows on the classes input).
 */
export function fieldErrorTexts(
  translate: Translate,
  catalogue: ErrorCatalogue,
  error: unknown,
  { flat = false } = {},
): Record<string, string> | undefined {
  if (!(error instanceof FlexiApiError) || error.code !== "BAD_USER_INPUT" || error.fieldErrors.length === 0)
    return undefined;
  const texts: Record<string, string> = {};
  for (const fieldError of error.fieldErrors) {
    const key = (flat ? String(fieldError.path[0] ?? "") : fieldError.path.join(".")) || "root";
    texts[key] ??= fieldErrorText(translate, catalogue, fieldError);
  }
  return texts;
}
