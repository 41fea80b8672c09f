/** Texts of this area, per language (merged into the catalogues under "flexi"). */
export const accessMessages = { de: {}, fr: {}, nl: {}, en: {} };
