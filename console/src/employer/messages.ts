/** Texts of this area, per language (merged into the catalogues under "flexi"). */
export const employerMessages = { de: {}, fr: {}, nl: {}, en: {} };
