/** Per-employer rights (docs/domain-rules.md#access-rights). */
export const PERMISSIONS = ["ACCESS_ADMIN", "FLEXI_AT_WORK", "DIMONA_CONSULTATION"] as const;
export type PermissionCode = (typeof PERMISSIONS)[number];

/** The rights as the API names them (graphql/enums.ts registers this enum as Permission). */
export enum Permission {
  ACCESS_ADMIN = "ACCESS_ADMIN",
  FLEXI_AT_WORK = "FLEXI_AT_WORK",
  DIMONA_CONSULTATION = "DIMONA_CONSULTATION",
}
