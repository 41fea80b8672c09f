import type { Language } from "../domain/language";
import type { PermissionCode } from "./permissions";

/** A right the signed-in user holds for one employer. */
export interface Grant {
  employerId: string;
  permission: PermissionCode;
  grantedAt: Date;
}

/** The signed-in user of a request, with the rights read at the start of that request. */
export interface Viewer {
  userId: string;
  sessionId: string;
  login: string;
  displayName: string;
  language: Language;
  backOffice: boolean;
  ssin: string | null;
  grants: Grant[];
}
