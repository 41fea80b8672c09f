/**
 * Belgian date and amount formats in the console's languages: de 31.01.2025, nl, fr
 * and en 31/01/2025; amounts de and nl 1.234,50 EUR, fr 1 234,50 EUR, en EUR 1,234.50. Amounts
 * arrive as the API's Money text ("1234.50") and are formatted from their digits, never as floats.
 */
export type Locale = "de" | "fr" | "nl" | "en";

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  const [year, month, day] = iso.slice(0, 10).split("-");
  return locale === "de" ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(iso);
  const local = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Brussels",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return `${formatDate(local, locale)} ${time}`;
}

export function formatMoney(amount: string | null | undefined, locale: Locale): string {
  if (amount == null || amount === "") return "";
  const negative = amount.startsWith("-");
  const [whole = "0", cents = "00"] = amount.replace("-", "").split(".");
  const group = (separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = negative ? "-" : "";
  const decimals = cents.padEnd(2, "0").slice(0, 2);
  if (locale === "en") return `EUR ${sign}${group(",")}.${decimals}`;
  if (locale === "fr") return `${sign}${group("\u202f")},${decimals} EUR`;
  return `${sign}${group(".")},${decimals} EUR`;
}
