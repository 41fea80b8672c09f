import type { EmployerUsersQuery, Permission } from "../gql/graphql";

/** The two rights an access administrator hands out (ACCESS_ADMIN is the back office's). */
export type ManagedPermission = Extract<Permission, "DIMONA_CONSULTATION" | "FLEXI_AT_WORK">;
export const MANAGED_PERMISSIONS: ManagedPermission[] = ["DIMONA_CONSULTATION", "FLEXI_AT_WORK"];

export type EmployerUser = NonNullable<EmployerUsersQuery["employer"]>["users"][number];

/** A grant or revoke waiting for the administrator's confirmation. */
export interface AccessChange {
  kind: "grant" | "revoke";
  login: string;
  /** Display name when the user is in the list, else the login as typed. */
  userName: string;
  permission: ManagedPermission;
}
