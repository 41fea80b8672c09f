import { dictionary } from "@zxcvbn-ts/language-common";
import type { FieldErrors } from "../errors";

/**
 * Rules for a password someone chooses (changePassword), after NIST SP 800-63B rev. 4 for
 * passwords used alone: length is what makes a password hard to guess, so there is a minimum
 * length and a blocklist, but no rule of composition (digits, capitals, symbols), which only
 * pushes people to predictable patterns. Every Unicode character is allowed and counts as one.
 * Passwords set before these rules keep working: only new ones are checked.
 */
export const MIN_NEW_PASSWORD_LENGTH = 15;

let common: ReadonlySet<string> | undefined;

/**
 * True for a password on the list of common passwords shipped with @zxcvbn-ts/language-common
 * (about 50,000 taken from leaked password sets; read once, on first use), ignoring case.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common.has(comparable(password));
}

/** Adds to `errors`, at `path`, why `password` may not become anyone's password. */
export function checkNewPassword(errors: FieldErrors, path: (string | number)[], password: string): void {
  // Counted in code points of the composed form: "é" typed as e + accent is still one character.
  const length = [...password.normalize("NFC")].length;
  if (length < MIN_NEW_PASSWORD_LENGTH)
    errors.add(path, "TOO_SHORT", `The new password needs at least ${MIN_NEW_PASSWORD_LENGTH} characters.`);
  else if (password.trim() === "") errors.add(path, "NOT_ALLOWED", "The new password cannot be only spaces.");
  else if (isCommonPassword(password))
    errors.add(
      path,
      "NOT_ALLOWED",
      "The new password is too common: it is on a list of passwords that attackers try first.",
    );
}

/** Compatibility forms folded (full-width letters, ligatures), then lower case. */
function comparable(password: string): string {
  return password.normalize("NFKC").toLowerCase();
}
