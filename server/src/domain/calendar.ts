/**
 * The Europe/Brussels calendar: "today", deadlines, years and quarters are Brussels dates
 * (docs/domain-rules.md#dates-and-the-calendar). A server in UTC would otherwise see the new year an hour (winter) or two
 * (summer) late, and refuse a calculation date of "today" as being in the future (docs/domain-rules.md#input-rules).
 */

/**
 * One formatter, built once: constructing an Intl.DateTimeFormat is costly. The locale pins the
 * Gregorian calendar and Latin digits so that the parts are always ASCII numbers; the time zone
 * database (IANA, bundled with Node's ICU) supplies the DST rules.
 */
const BRUSSELS_DATE = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar date in Brussels at an instant.
 * @param now - the instant; defaults to the current time (pass one in tests)
 * @returns "YYYY-MM-DD", e.g. "2026-01-01" for 2025-12-31T23:30:00Z
 * @throws RangeError when `now` is an invalid Date
 */
export function todayInBrussels(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new RangeError("invalid Date");
  let year = "";
  let month = "";
  let day = "";
  for (const part of BRUSSELS_DATE.formatToParts(now)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/**
 * The calendar year in Brussels at an instant: the "current year" of ceilings and counters.
 * @param now - the instant; defaults to the current time
 * @returns e.g. 2026 for 2025-12-31T23:30:00Z
 * @throws RangeError when `now` is an invalid Date
 */
export function brusselsYear(now: Date = new Date()): number {
  return Number(todayInBrussels(now).slice(0, 4));
}
