/** The common Belgian formats (common/format.ts) bound to the console's current language. */
import { useLocaleState } from "react-admin";
import { formatDate, formatDateTime, formatMoney, type Locale } from "./format";

const LOCALES: readonly Locale[] = ["de", "fr", "nl", "en"];

export function useLocale(): Locale {
  const [locale] = useLocaleState();
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : "de";
}

export interface Formats {
  locale: Locale;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  money: (amount: string | null | undefined) => string;
  /** "01.04.2025 – 30.04.2025"; a single day once. */
  range: (range: { start: string; end?: string | null } | null | undefined) => string;
}

export function useFormats(): Formats {
  const locale = useLocale();
  const date = (iso: string | null | undefined) => formatDate(iso, locale);
  return {
    locale,
    date,
    dateTime: (iso) => formatDateTime(iso, locale),
    money: (amount) => formatMoney(amount, locale),
    range: (range) => {
      if (!range) return "";
      if (range.end === range.start) return date(range.start);
      return `${date(range.start)} – ${range.end ? date(range.end) : "…"}`;
    },
  };
}
