/**
 * Calendar dates as "YYYY-MM-DD" strings (the GraphQL `Date` scalar, PostgreSQL `date`).
 *
 * Why strings and not `Date`: a calendar date has no time zone; a JavaScript `Date` is an
 * instant and silently shifts a day when read in another zone. All arithmetic here works on
 * day numbers with integer maths, so the result never depends on the machine's zone.
 * "Today" is a Brussels question and lives in `calendar.ts` (docs/domain-rules.md#dates-and-the-calendar).
 */

/** Inclusive range of calendar dates; `start <= end` when well formed (see {@link rangeIsOrdered}). */
export interface DateRange {
  start: string;
  end: string;
}

/** Calendar quarter of a date, with its first and last day. */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  start: string;
  end: string;
}

/** Years the service accepts: birth dates start in 1900 (SSIN century rule, docs/domain-rules.md#ssin); four digits end at 9999. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month of the Gregorian calendar.
 * @param year - full year, e.g. 2024
 * @param month - 1 to 12
 * @returns 28 to 31
 * @throws RangeError when `month` is not an integer 1-12
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1-12, got ${month}`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Splits a date that is real and within 1900-9999, or returns null. */
function splitIsoDate(text: string): Ymd | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Every function below takes only real dates: a malformed one is a programming error, not user input. */
function requireIsoDate(text: string): Ymd {
  const parts = splitIsoDate(text);
  if (!parts) throw new RangeError(`not a calendar date "YYYY-MM-DD" in 1900-9999: ${JSON.stringify(text)}`);
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function formatYmd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`):
 * integer-only, so no time zone or leap-second can move the result.
 */
function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayNumber} (`civil_from_days`). */
function fromDayNumber(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Whether `text` is a real calendar date written "YYYY-MM-DD" with a year 1900-9999.
 * Rejects impossible dates such as 2025-02-30 or 2025-13-01 (docs/domain-rules.md#input-rules: "dates are real dates").
 * @param text - candidate date
 * @returns true for a real date in range
 */
export function isIsoDate(text: string): boolean {
  return splitIsoDate(text) !== null;
}

/**
 * Orders two dates.
 * @returns negative when `a` is before `b`, 0 when equal, positive when after
 * @throws RangeError when either is not a date accepted by {@link isIsoDate}
 */
export function compareDates(a: string, b: string): number {
  requireIsoDate(a);
  requireIsoDate(b);
  // Fixed-width, zero-padded, most significant field first: text order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a range starts on or before its end (docs/domain-rules.md#input-rules: "start <= end for every range").
 * @throws RangeError when an end is not a valid date
 */
export function rangeIsOrdered(range: DateRange): boolean {
  return compareDates(range.start, range.end) <= 0;
}

/**
 * Whether two inclusive ranges share at least one day: ranges that touch on one day overlap
 * (a Dimona period ending on the first day of a calculation period covers that day).
 * @throws RangeError when an end is not a valid date
 */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return compareDates(a.start, b.end) <= 0 && compareDates(b.start, a.end) <= 0;
}

/**
 * Whether `inner` lies entirely inside `outer`, ends included (docs/domain-rules.md#input-rules: each property's
 * validity lies inside the calculation period).
 * @throws RangeError when an end is not a valid date
 */
export function rangeWithin(inner: DateRange, outer: DateRange): boolean {
  return compareDates(outer.start, inner.start) <= 0 && compareDates(inner.end, outer.end) <= 0;
}

/**
 * Whether a range starts in one calendar year and ends in a later one; a calculation period may
 * not cross 31 December and must then be split into two declarations (docs/domain-rules.md#input-rules).
 * @throws RangeError when an end is not a valid date
 */
export function crossesYearEnd(range: DateRange): boolean {
  return yearOf(range.start) !== yearOf(range.end);
}

/**
 * Calendar year of a date; a declaration counts in the year of its calculation period (docs/domain-rules.md#flexi-income).
 * @throws RangeError when `date` is not valid
 */
export function yearOf(date: string): number {
  return requireIsoDate(date).year;
}

/**
 * Adds (or, when negative, subtracts) whole days.
 * @param date - start date
 * @param days - integer number of days
 * @returns the shifted date, e.g. addDays("2024-02-28", 1) = "2024-02-29"
 * @throws RangeError for an invalid date, a non-integer `days`, or a result outside 1900-9999
 */
export function addDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  const result = fromDayNumber(dayNumber(requireIsoDate(date)) + days);
  if (result.year < MIN_YEAR || result.year > MAX_YEAR) {
    throw new RangeError(`${date} + ${days} days leaves the years ${MIN_YEAR}-${MAX_YEAR}`);
  }
  return formatYmd(result.year, result.month, result.day);
}

/**
 * Signed number of days from `a` to `b`: daysBetween("2025-03-01", "2025-03-06") = 5. The number of
 * days in the inclusive range a..b is one more. Used for the 5-calendar-day deadline (docs/domain-rules.md#the-deadline).
 * @throws RangeError when either is not a valid date
 */
export function daysBetween(a: string, b: string): number {
  return dayNumber(requireIsoDate(b)) - dayNumber(requireIsoDate(a));
}

/**
 * Calendar quarter containing a date, with its first and last day (Dimona periods and DmfA are
 * per quarter, docs/domain-rules.md#periods-per-quarter-or-per-day).
 * @example quarterOf("2025-05-14") → { year: 2025, quarter: 2, start: "2025-04-01", end: "2025-06-30" }
 * @throws RangeError when `date` is not valid
 */
export function quarterOf(date: string): Quarter {
  const { year, month } = requireIsoDate(date);
  const quarter = (Math.floor((month - 1) / 3) + 1) as Quarter["quarter"];
  const firstMonth = quarter * 3 - 2;
  const lastMonth = quarter * 3;
  return {
    year,
    quarter,
    start: formatYmd(year, firstMonth, 1),
    end: formatYmd(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}
