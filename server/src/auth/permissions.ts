/** Per-employer rights (docs/domain-rules.md#access-rights). */
export const PERMISSIONS = ["ACCESS_ADMIN", "FLEXI_AT_WORK", "DIMONA_CONSULTATION"] as const;
export type PermissionCode = (typeof PERMISSIONS)[number];
