import { forbidden } from "../errors";
import { signedIn } from "./tenancy";
import type { Viewer } from "./viewer";

/**
 * The viewer, when it is a back-office agent. The operation policy already refuses everyone
 * else before a resolver runs; services that maintain reference data check again, so that no
 * other caller of the service can bypass the rule.
 */
export function backOfficeOnly(viewer: Viewer | null): Viewer {
  const signed = signedIn(viewer);
  if (!signed.backOffice) throw forbidden();
  return signed;
}
