/** The start page depends on who signs in: the employer's overview, or the first page of their role. */
import { Loading, usePermissions } from "react-admin";
import { Navigate } from "react-router-dom";
import type { Rights } from "../auth/authProvider";
import { lazyPage } from "../common/lazyPage";

const EmployerHome = lazyPage(() => import("./EmployerHome"));

export function Dashboard() {
  const { permissions, isPending } = usePermissions<Rights>();
  if (isPending || !permissions) return <Loading />;
  if (permissions.declarantOf.length > 0) return <EmployerHome />;
  if (permissions.backOffice) return <Navigate to="/declarations" replace />;
  if (permissions.worker) return <Navigate to="/my-income" replace />;
  if (permissions.adminOf.length > 0) return <Navigate to="/access" replace />;
  return <Navigate to="/ebox" replace />;
}
