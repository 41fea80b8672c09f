import { registerEnumType } from "type-graphql";
import { Permission } from "../auth/permissions";
import { LanguageEnum } from "../domain/language";
import { DimonaWorkerType } from "../domain/reference-data";

/**
 * The GraphQL enums of the contract shared by several modules, registered with their
 * descriptions; the enums themselves are plain TypeScript of the lower layers.
 */
export { DimonaWorkerType, LanguageEnum as Language, Permission };

registerEnumType(LanguageEnum, {
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
