/**
 * Belgian social-security identification number (SSIN = INSZ/NISS), national-register or BIS.
 *
 * Layout `YYMMDDSSSCC` (docs/domain-rules.md#ssin): birth date, daily counter (odd = male, even = female),
 * check digits. Sources: IBZ IT000 / KB 8.2.1991 (via johnverbiest/belgian.insz), [STDNUM]
 * nn.py and bis.py, [BELGIF] SsinValidator.
 */
import { daysInMonth, isIsoDate } from "./dates";

/** What an SSIN says about its holder. */
export interface SsinInfo {
  /** INSZ: national-register number; BIS: number of the Crossroads Bank (month + 20 or + 40). */
  kind: "INSZ" | "BIS";
  /** "YYYY-MM-DD" when month and day are known; null when either is 00. */
  birthDate: string | null;
  /** Century chosen by the check digits (19xx rule or 20xx rule). */
  century: 1900 | 2000;
  /** From the counter's parity; null for a BIS number issued while the sex was unknown (month + 20). */
  sex: "M" | "F" | null;
}

/** Options of {@link makeSsin}. */
export interface MakeSsinOptions {
  /** Build a BIS number: "unknownSex" adds 20 to the month, "knownSex" adds 40. */
  bis?: "unknownSex" | "knownSex";
}

/** Separators people type or paste: dots, dashes and any whitespace (the Ssin scalar, contract.graphql). */
const SEPARATORS = /[.\-\s]/g;
const ELEVEN_DIGITS = /^[0-9]{11}$/;

/** Prefix for births from 2000: check over "2" followed by the first nine digits (docs/domain-rules.md#ssin). */
const YEAR_2000_OFFSET = 2_000_000_000;

/** Check digits for the first nine digits; the result is 1-97, never 00. */
function checkDigits(first9: number, century: 1900 | 2000): number {
  const base = century === 2000 ? YEAR_2000_OFFSET + first9 : first9;
  return 97 - (base % 97);
}

/**
 * Normalizes typed input to the 11 digits of an SSIN.
 * @param input - e.g. "85.07.30-033.28" or "85073003328"
 * @returns the 11 digits, or null when anything but 11 digits remains after removing dots,
 *   dashes and spaces (the check digit is not verified here: see {@link isValidSsin})
 */
export function normalizeSsin(input: string): string | null {
  const digits = input.replace(SEPARATORS, "");
  return ELEVEN_DIGITS.test(digits) ? digits : null;
}

/**
 * Decodes a valid SSIN.
 * @param digits - 11 digits, without separators (use {@link normalizeSsin} first)
 * @returns what the number encodes, or null when the number is not valid (see {@link isValidSsin})
 */
export function parseSsin(digits: string): SsinInfo | null {
  if (!ELEVEN_DIGITS.test(digits)) return null;
  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  // 2 000 000 000 mod 97 = 68, not 0, so at most one rule can match: the century is never ambiguous.
  const century: 1900 | 2000 | null =
    check === checkDigits(first9, 1900) ? 1900 : check === checkDigits(first9, 2000) ? 2000 : null;
  if (century === null) return null;

  const yy = Number(digits.slice(0, 2));
  const monthPart = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const counter = Number(digits.slice(6, 9));

  // Month 0-12 for the national register, +20 (BIS, sex unknown) or +40 (BIS, sex known);
  // 00, 20 and 40 mean "month unknown" (docs/domain-rules.md#ssin).
  let kind: SsinInfo["kind"];
  let sexKnown: boolean;
  let month: number;
  if (monthPart <= 12) {
    kind = "INSZ";
    sexKnown = true;
    month = monthPart;
  } else if (monthPart >= 20 && monthPart <= 32) {
    kind = "BIS";
    sexKnown = false;
    month = monthPart - 20;
  } else if (monthPart >= 40 && monthPart <= 52) {
    kind = "BIS";
    sexKnown = true;
    month = monthPart - 40;
  } else {
    return null;
  }

  // The register does not issue counters 000 and 999 (docs/domain-rules.md#ssin; [BELGIF] rejects them for
  // national-register numbers only, so BIS numbers keep the full range).
  if (kind === "INSZ" && (counter === 0 || counter === 999)) return null;

  const year = century + yy;
  if (day > 31) return null;
  // A known month bounds the day by that month of that year (rejects 30 February, and
  // 29 February outside leap years). With month 00 any day 00-31 is kept: the register also
  // uses month 00 when a day's counters run out and then steps the day digits ([STDNUM] nn.py).
  if (month !== 0 && day > daysInMonth(year, month)) return null;

  const birthDate =
    month !== 0 && day !== 0 ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
  const sex = sexKnown ? (counter % 2 === 1 ? "M" : "F") : null;
  return { kind, birthDate, century, sex };
}

/**
 * Whether 11 digits form a valid SSIN (national-register or BIS): check digits by the 19xx or
 * the 20xx rule, month part in 00-12, 20-32 or 40-52, a day that exists in that month, and for
 * national-register numbers a counter 001-998 (docs/domain-rules.md#ssin, [BELGIF], [STDNUM]).
 * A birth date in the future is not refused: that would make the answer depend on the clock.
 * @param digits - 11 digits, without separators
 * @returns e.g. true for "85073003328", false for "85073003329" and "00000000000"
 */
export function isValidSsin(digits: string): boolean {
  return parseSsin(digits) !== null;
}

/**
 * Formats an SSIN the way Belgian documents print it.
 * @param digits - 11 digits (separators are tolerated and removed)
 * @returns e.g. "85.07.30-033.28"
 * @throws RangeError when the input is not 11 digits
 */
export function formatSsin(digits: string): string {
  const d = normalizeSsin(digits);
  if (d === null) throw new RangeError(`an SSIN has 11 digits: ${JSON.stringify(digits)}`);
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9, 11)}`;
}

/**
 * Builds a valid SSIN for a birth date and daily counter; deterministic, for demo data and tests.
 * The sex follows the counter's parity (odd = male), as in a real number.
 * @param birthDate - "YYYY-MM-DD", year 1900-2099 (an SSIN encodes only these two centuries)
 * @param serial - daily counter 1-998
 * @param options - `bis` to build a BIS number instead of a national-register number
 * @returns 11 digits that {@link isValidSsin} accepts and {@link parseSsin} decodes to `birthDate`
 * @throws RangeError for an invalid date, a year outside 1900-2099 or a counter outside 1-998
 */
export function makeSsin(birthDate: string, serial: number, options: MakeSsinOptions = {}): string {
  if (!isIsoDate(birthDate)) throw new RangeError(`not a calendar date: ${JSON.stringify(birthDate)}`);
  const year = Number(birthDate.slice(0, 4));
  if (year > 2099) throw new RangeError(`an SSIN encodes years 1900-2099 only, got ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 998) {
    throw new RangeError(`serial must be an integer 1-998, got ${serial}`);
  }
  const century: 1900 | 2000 = year >= 2000 ? 2000 : 1900;
  const monthOffset = options.bis === "unknownSex" ? 20 : options.bis === "knownSex" ? 40 : 0;
  const month = Number(birthDate.slice(5, 7)) + monthOffset;
  const first9Text =
    String(year % 100).padStart(2, "0") +
    String(month).padStart(2, "0") +
    birthDate.slice(8, 10) +
    String(serial).padStart(3, "0");
  const check = checkDigits(Number(first9Text), century);
  return first9Text + String(check).padStart(2, "0");
}
