/** Pure domain rules: identifiers, money and calendar dates (no database, no GraphQL). */
export * from "./calendar";
export * from "./dates";
export * from "./enterprise-number";
export * from "./money";
export * from "./nsso-number";
export * from "./ssin";
