/**
 * Belgian date, amount, hour and SSIN formats in the console's languages, the same for every
 * role: dates de 31.01.2025, nl, fr and en 31/01/2025; amounts with the euro sign where Belgian
 * usage puts it, de and nl 1.234,50 €, fr 1 234,50 €, en €1,234.50. Amounts arrive as the API's
 * Money text ("1234.50") and are formatted from their digits, never as floats.
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
  if (locale === "en") return `${sign}€${group(",")}.${decimals}`;
  if (locale === "fr") return `${sign}${group("\u202f")},${decimals}\u00a0€`;
  return `${sign}${group(".")},${decimals}\u00a0€`;
}

/** Planned hours (7.5) with the language's decimal sign: de, fr, nl 7,5; en 7.5. */
export function formatHours(hours: number | null | undefined, locale: Locale): string {
  if (hours == null) return "";
  const text = String(hours);
  return locale === "en" ? text : text.replace(".", ",");
}

/** An SSIN as Belgians write it: 85.07.30-033.28 (anything else as it is). */
export function formatSsin(ssin: string | null | undefined): string {
  if (!ssin) return "";
  const d = ssin.replace(/\D/g, "");
  return d.length === 11 ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}` : ssin;
}
