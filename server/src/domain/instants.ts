/**
 * An instant as the API writes it: ISO 8601 in UTC with milliseconds, "2025-01-31T10:00:00.000Z",
 * exactly what `Date.prototype.toISOString` gives. Written out because toISOString is a call into
 * the engine's runtime that costs about three times as much, and a list of fifty e-Box messages or
 * audit entries writes a hundred of them per request (bench/README.md). Years outside 0000-9999
 * (which toISOString writes with a sign and six digits) and invalid dates are left to toISOString.
 */
export function instantText(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  const ms = date.getUTCMilliseconds();
  return (
    (year < 10 ? "000" : year < 100 ? "00" : year < 1000 ? "0" : "") +
    year +
    "-" +
    two(date.getUTCMonth() + 1) +
    "-" +
    two(date.getUTCDate()) +
    "T" +
    two(date.getUTCHours()) +
    ":" +
    two(date.getUTCMinutes()) +
    ":" +
    two(date.getUTCSeconds()) +
    "." +
    (ms < 10 ? "00" : ms < 100 ? "0" : "") +
    ms +
    "Z"
  );
}

function two(n: number): string {
  return n < 10 ? "0" + n : String(n);
}
