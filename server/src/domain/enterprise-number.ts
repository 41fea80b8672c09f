/**
 * KBO/BCE enterprise number (ondernemingsnummer / numéro d'entreprise): 10 digits, first digit
 * 0 or 1, last two digits a mod-97 check (docs/domain-rules.md#enterprise-number; [GLOSS] zone 00014; [BELGIF]
 * EnterpriseNumberValidator; [STDNUM] vat.py).
 */

/** Separators and the "BE" VAT prefix that people copy along with the number. */
const DECORATION = /^\s*BE|[.\-\s]/gi;
const TEN_DIGITS = /^[0-9]{10}$/;
const NINE_DIGITS = /^[0-9]{9}$/;

/** Largest base: 8 digits with a first digit 0 or 1 (establishment units use 2-8). */
const MAX_BASE = 19_999_999;

/** Check digits: first8 mod 97 + check = 97, so the check is 1-97. */
function checkDigits(first8: number): number {
  return 97 - (first8 % 97);
}

/**
 * Normalizes typed input to 10 digits.
 * Removes dots, dashes, spaces and a leading "BE"; an old 9-digit number gets a leading 0
 * (docs/domain-rules.md#enterprise-number, [GLOSS] zone 00042).
 * @param input - e.g. "BE 0403.019.261", "403019261"
 * @returns 10 digits, or null when no 9 or 10 digits remain (the check is not verified here)
 */
export function normalizeEnterpriseNumber(input: string): string | null {
  const digits = input.replace(DECORATION, "");
  if (NINE_DIGITS.test(digits)) return `0${digits}`;
  return TEN_DIGITS.test(digits) ? digits : null;
}

/**
 * Whether 10 digits form a valid enterprise number: first digit 0 or 1 and
 * check = 97 − (first 8 digits mod 97).
 * @param digits - 10 digits without separators (use {@link normalizeEnterpriseNumber} first)
 * @returns e.g. true for "0403019261", false for "0884303370"
 */
export function isValidEnterpriseNumber(digits: string): boolean {
  if (!TEN_DIGITS.test(digits)) return false;
  if (digits[0] !== "0" && digits[0] !== "1") return false;
  return Number(digits.slice(8)) === checkDigits(Number(digits.slice(0, 8)));
}

/**
 * Formats an enterprise number as the register prints it.
 * @param digits - 10 digits (separators, "BE" and 9-digit old numbers are accepted)
 * @returns e.g. "0403.019.261"
 * @throws RangeError when the input does not normalize to 10 digits
 */
export function formatEnterpriseNumber(digits: string): string {
  const d = normalizeEnterpriseNumber(digits);
  if (d === null) throw new RangeError(`an enterprise number has 10 digits: ${JSON.stringify(digits)}`);
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7, 10)}`;
}

/**
 * Builds a valid enterprise number from its 8-digit base; deterministic, for demo data and tests.
 * @param seq - the base (positions 1-8), an integer 0-19999999; e.g. 4030192 gives "0403019261"
 * @returns 10 digits that {@link isValidEnterpriseNumber} accepts
 * @throws RangeError when `seq` is outside 0-19999999
 */
export function makeEnterpriseNumber(seq: number): string {
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_BASE) {
    throw new RangeError(`enterprise number base must be an integer 0-${MAX_BASE}, got ${seq}`);
  }
  return String(seq).padStart(8, "0") + String(checkDigits(seq)).padStart(2, "0");
}
