/**
 * The few sums the income page needs, done in cents (bigint) on the API's Money text ("1234.50"),
 * never in floating point. Bar widths are ratios for drawing only and may use numbers.
 */
export function toCents(amount: string): bigint {
  const negative = amount.startsWith("-");
  const [whole = "0", cents = ""] = amount.replace("-", "").split(".");
  const value = BigInt(whole) * 100n + BigInt((cents + "00").slice(0, 2));
  return negative ? -value : value;
}

export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** The current calendar year in Europe/Brussels (the product's calendar, docs/domain-rules.md#dates-and-the-calendar). */
export function brusselsYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric" }).format(now));
}
