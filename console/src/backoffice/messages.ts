/** Texts of this area, per language (merged into the catalogues under "flexi"). */
export const backOfficeMessages = { de: {}, fr: {}, nl: {}, en: {} };
