/** Texts of this area, per language (merged into the catalogues under "flexi"). */
export const workerMessages = { de: {}, fr: {}, nl: {}, en: {} };
