/**
 * NSSO (RSZ/ONSS/LSS) employer registration number.
 *
 * Definitive: `NNNNNNNCC`, check CC = 96 − ((N × 100) mod 97), 97 when that gives 0, glossary
 * domain [100006; 199999934]. Provisional: 10 digits starting with 5, same rule on the first
 * 8 digits, domain [5000000120; 5999999989]. (docs/domain-rules.md#nsso-number; [GLOSS] zones 00011, 00948;
 * [BELGIF] EmployerIdValidator.) Whether a number is provisional is read from the number
 * itself (docs/architecture.md#data-model).
 *
 * The glossary writes the smallest definitive number as `100006`: it is a number, so leading
 * zeros are not written. Input of 1 to 9 digits is therefore left-padded to the canonical
 * 9 digits ("100006" → "000100006", the 9-digit `NOSSRegistrationNbr` of FLXWAGE, docs/domain-rules.md#content-of-a-declaration).
 * [BELGIF] also accepts 2xxxxxxxx-4xxxxxxxx test numbers; the glossary domain is followed here.
 */

/** A valid NSSO number in canonical form. */
export interface NssoNumber {
  /** 9 digits (definitive) or 10 digits starting with 5 (provisional). */
  digits: string;
  /** True for a provisional number (10 digits, starting with 5). */
  provisional: boolean;
}

const SEPARATORS = /[.\-\s]/g;
const UP_TO_NINE_DIGITS = /^[0-9]{1,9}$/;
const PROVISIONAL_DIGITS = /^5[0-9]{9}$/;

/** Glossary domains, as numbers (check digits included). */
const DEFINITIVE_MIN = 100_006;
const DEFINITIVE_MAX = 199_999_934;
const PROVISIONAL_MIN = 5_000_000_120;
const PROVISIONAL_MAX = 5_999_999_989;

/** Bases (the number without its check digits) whose numbers fill those domains exactly. */
const DEFINITIVE_BASE_MIN = 1_000;
const DEFINITIVE_BASE_MAX = 1_999_999;
const PROVISIONAL_BASE_MIN = 50_000_001;
const PROVISIONAL_BASE_MAX = 59_999_999;

/** The 96-rule; N × 100 stays below 2^53 for every base of 8 digits. */
function checkDigits(base: number): number {
  const check = 96 - ((base * 100) % 97);
  return check === 0 ? 97 : check;
}

function hasValidCheck(value: number): boolean {
  return value % 100 === checkDigits(Math.floor(value / 100));
}

/**
 * Validates and normalizes an NSSO employer number.
 * Removes dots, dashes and spaces; 1-9 digits are a definitive number (left-padded to 9),
 * 10 digits starting with 5 a provisional one.
 * @param input - e.g. "100006", "187995796", "1879957-96", "5000000120"
 * @returns the canonical digits and whether the number is provisional, or null when the number
 *   is malformed, outside its glossary domain or fails the check
 */
export function parseNssoNumber(input: string): NssoNumber | null {
  const digits = input.replace(SEPARATORS, "");
  if (UP_TO_NINE_DIGITS.test(digits)) {
    const value = Number(digits);
    if (value < DEFINITIVE_MIN || value > DEFINITIVE_MAX || !hasValidCheck(value)) return null;
    return { digits: digits.padStart(9, "0"), provisional: false };
  }
  if (PROVISIONAL_DIGITS.test(digits)) {
    const value = Number(digits);
    if (value < PROVISIONAL_MIN || value > PROVISIONAL_MAX || !hasValidCheck(value)) return null;
    return { digits, provisional: true };
  }
  return null;
}

/**
 * Whether the input is a valid NSSO employer number, definitive or provisional
 * (same acceptance as {@link parseNssoNumber}).
 * @returns e.g. true for "187995796" and "5000000120", false for "187995797"
 */
export function isValidNssoNumber(input: string): boolean {
  return parseNssoNumber(input) !== null;
}

/**
 * Builds a valid NSSO number from its base; deterministic, for demo data and tests.
 * @param n - the base without check digits: 1000-1999999 for a definitive number
 *   (1000 gives "000100006"), 50000001-59999999 for a provisional one (50000001 gives "5000000120")
 * @param provisional - build a provisional number
 * @returns canonical digits that {@link parseNssoNumber} accepts
 * @throws RangeError when `n` is outside the range for the kind asked
 */
export function makeNssoNumber(n: number, provisional = false): string {
  const [min, max] = provisional
    ? [PROVISIONAL_BASE_MIN, PROVISIONAL_BASE_MAX]
    : [DEFINITIVE_BASE_MIN, DEFINITIVE_BASE_MAX];
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(
      `${provisional ? "provisional" : "definitive"} NSSO base must be an integer ${min}-${max}, got ${n}`,
    );
  }
  const digits = String(n) + String(checkDigits(n)).padStart(2, "0");
  return provisional ? digits : digits.padStart(9, "0");
}
