/** Languages of the service: the three national languages, plus English for readers (docs/domain-rules.md#e-box-messages). */
export const LANGUAGES = ["nl", "fr", "de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** An employer's language is one of the national languages. */
export type LanguageCode = Exclude<Language, "en">;

/** Text in every language of the service. */
export type Translated = Record<Language, string>;

/** The languages as the API names them (graphql/enums.ts registers this enum as Language). */
export enum LanguageEnum {
  NL = "NL",
  FR = "FR",
  DE = "DE",
  EN = "EN",
}

export const toLanguageEnum = (code: string): LanguageEnum => code.toUpperCase() as LanguageEnum;
export const fromLanguageEnum = (value: LanguageEnum): Language => value.toLowerCase() as Language;
