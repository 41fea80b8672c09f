import { registerEnumType } from "type-graphql";

/** GraphQL enums of the contract; their values are the contract's, internal codes map to them. */
export enum Language {
  NL = "NL",
  FR = "FR",
  DE = "DE",
  EN = "EN",
}
registerEnumType(Language, {
  name: "Language",
  description:
    "A language of the service: texts (e-Box messages, anomaly messages, employer class labels) are shown in the reader's language.",
  valuesConfig: {
    NL: { description: "Dutch." },
    FR: { description: "French." },
    DE: { description: "German." },
    EN: { description: "English: a user's language only, never an employer's." },
  },
});

export enum Permission {
  ACCESS_ADMIN = "ACCESS_ADMIN",
  FLEXI_AT_WORK = "FLEXI_AT_WORK",
  DIMONA_CONSULTATION = "DIMONA_CONSULTATION",
}
registerEnumType(Permission, {
  name: "Permission",
  description:
    "A right of a user for one employer (grantAccess, revokeAccess). What the back office may do comes from User.backOffice, not from these.",
  valuesConfig: {
    ACCESS_ADMIN: {
      description:
        "Access administrator: grants and revokes DIMONA_CONSULTATION and FLEXI_AT_WORK for the employer's users and sees them (Employer.users). Only the back office grants it.",
    },
    FLEXI_AT_WORK: {
      description:
        "Declarant: reads and writes the employer's wage declarations and submissions (drafts included) and reads its e-Box. The wizard also needs DIMONA_CONSULTATION.",
    },
    DIMONA_CONSULTATION: {
      description: "Reads the employer's Dimona periods and the workers who have them.",
    },
  },
});

export enum DimonaWorkerType {
  FLX = "FLX",
  STU = "STU",
  OTH = "OTH",
  EXT = "EXT",
}
registerEnumType(DimonaWorkerType, {
  name: "DimonaWorkerType",
  description:
    "The worker type of a Dimona period, with its official Dimona code. Only FLX periods make a worker a flexi-jobber here.",
  valuesConfig: {
    FLX: { description: "Flexi-job (worker on flexi wage): the only type the wizard and control 00024-152 look at." },
    STU: { description: "Student." },
    OTH: { description: "Other: an ordinary employment." },
    EXT: { description: "Occasional worker (horeca or agriculture)." },
  },
});

export const toLanguageEnum = (code: string): Language => code.toUpperCase() as Language;
export const fromLanguageEnum = (value: Language): "nl" | "fr" | "de" | "en" =>
  value.toLowerCase() as "nl" | "fr" | "de" | "en";
