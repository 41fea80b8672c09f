/**
 * The console's languages: German (the guide's), French, Dutch and English. react-admin's own
 * texts come from ra-language-english and ra-language-french; German and Dutch are written here
 * (react-admin 5 has no current catalogue for them on npm). Each area's texts are a file of
 * this folder (common, employer, access, worker, office), merged below.
 */
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import frenchMessages from "ra-language-french";
import type { TranslationMessages } from "react-admin";
import { accessMessages } from "./access";
import { backOfficeMessages } from "./office";
import { commonMessages } from "./common";
import { decisionMessages } from "./decision";
import type { Locale } from "../common/format";
import { employerMessages } from "./employer";
import { workerMessages } from "./worker";
import { helpMessages } from "./help";
import { germanMessages } from "./ra-de";
import { dutchMessages } from "./ra-nl";

const LOCALE_KEY = "flexi.locale";
export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: "de", name: "Deutsch" },
  { locale: "fr", name: "Français" },
  { locale: "nl", name: "Nederlands" },
  { locale: "en", name: "English" },
];

type AreaMessages = Record<Locale, Record<string, unknown>>;
const AREAS: AreaMessages[] = [
  commonMessages,
  employerMessages,
  accessMessages,
  workerMessages,
  backOfficeMessages,
  decisionMessages,
  helpMessages,
];

function merge(base: TranslationMessages, locale: Locale): TranslationMessages {
  const flexi = Object.assign({}, ...AREAS.map((area) => area[locale])) as Record<string, unknown>;
  return { ...base, flexi } as TranslationMessages;
}

const CATALOGUES: Record<Locale, TranslationMessages> = {
  de: merge(germanMessages, "de"),
  fr: merge(frenchMessages, "fr"),
  nl: merge(dutchMessages, "nl"),
  en: merge(englishMessages, "en"),
};

export function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return stored === "fr" || stored === "nl" || stored === "en" || stored === "de" ? stored : "de";
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => CATALOGUES[locale as Locale] ?? CATALOGUES.de,
  initialLocale(),
  LOCALES,
  {
    allowMissing: false,
  },
);
