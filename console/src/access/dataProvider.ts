/** An employer's users and their rights; granting and revoking, as custom data-provider methods. */
import { operation } from "../api/handlers";
import { EmployerUsers, GrantAccess, RevokeAccess } from "./operations";

export const accessMethods = {
  employerUsers: operation(EmployerUsers),
  grantAccess: operation(GrantAccess),
  revokeAccess: operation(RevokeAccess),
};
