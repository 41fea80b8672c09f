/**
 * One worker: the back office's page (identity, corrections, income, declarations) for an agent,
 * the employer's details (its declarations for this worker, their Dimona periods) for a declarant.
 */
import { Loading, usePermissions } from "react-admin";
import type { Rights } from "../auth/authProvider";
import EmployerWorkerShow from "./EmployerWorkerShow";
import OfficeWorkerShow from "./OfficeWorkerShow";

export default function WorkerShow() {
  const { permissions, isPending } = usePermissions<Rights>();
  if (isPending || !permissions) return <Loading />;
  return permissions.backOffice ? <OfficeWorkerShow /> : <EmployerWorkerShow />;
}
