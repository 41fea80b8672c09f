import { registerEnumType } from "type-graphql";

/** GraphQL enums of the contract; their values are the contract's, internal codes map to them. */
export enum Language {
  NL = "NL",
  FR = "FR",
  DE = "DE",
  EN = "EN",
}
registerEnumType(Language, { name: "Language" });

export enum Permission {
  ACCESS_ADMIN = "ACCESS_ADMIN",
  FLEXI_AT_WORK = "FLEXI_AT_WORK",
  DIMONA_CONSULTATION = "DIMONA_CONSULTATION",
}
registerEnumType(Permission, { name: "Permission" });

export enum DimonaWorkerType {
  FLX = "FLX",
  STU = "STU",
  OTH = "OTH",
  EXT = "EXT",
}
registerEnumType(DimonaWorkerType, { name: "DimonaWorkerType" });

export const toLanguageEnum = (code: string): Language => code.toUpperCase() as Language;
export const fromLanguageEnum = (value: Language): "nl" | "fr" | "de" | "en" =>
  value.toLowerCase() as "nl" | "fr" | "de" | "en";
