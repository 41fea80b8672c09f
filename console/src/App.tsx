/**
 * The Flexi at work console (react-admin): the employer's wizard and overview, the access
 * administrator's page, the worker's income, the back office's review and correction. Each page
 * loads lazily (its own chunk); the menu and each page show only what the user's rights allow.
 */
import { lazy, Suspense, type ComponentType } from "react";
import { QueryClient } from "@tanstack/react-query";
import { Admin, CustomRoutes, Loading, usePermissions } from "react-admin";
import { Navigate, Route } from "react-router-dom";
import { ApiError } from "./api/client";
import { dataProvider } from "./api/dataProvider";
import { authProvider, type Rights } from "./auth/authProvider";
import { i18nProvider } from "./i18n";
import { Layout } from "./layout/Layout";
import { theme } from "./layout/theme";

const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
};

const HomePage = () => page(() => import("./employer/HomePage"));

/** Errors a retry cannot change are not retried (a revoked token goes to sign-in at once). */
const FINAL = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "INVALID_STATE", "CONFLICT"];
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof ApiError && FINAL.includes(error.code)) && count < 3 },
  },
});

/** The start page depends on who signs in. */
function Dashboard() {
  const { permissions, isPending } = usePermissions<Rights>();
  if (isPending || !permissions) return <Loading />;
  if (permissions.declarantOf.length > 0) return <HomePage />;
  if (permissions.backOffice) return <Navigate to="/review" replace />;
  if (permissions.worker) return <Navigate to="/my-income" replace />;
  if (permissions.adminOf.length > 0) return <Navigate to="/access" replace />;
  return <Navigate to="/ebox" replace />;
}

export function App() {
  return (
    <Admin
      title="Flexi at work"
      dataProvider={dataProvider}
      queryClient={queryClient}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <CustomRoutes>
        <Route path="/wizard/*" element={page(() => import("./employer/WizardPage"))} />
        <Route path="/employer/workers/:workerId" element={page(() => import("./employer/WorkerDetailsPage"))} />
        <Route path="/ebox" element={page(() => import("./employer/EboxPage"))} />
        <Route path="/access" element={page(() => import("./access/AccessPage"))} />
        <Route path="/my-income" element={page(() => import("./worker/MyIncomePage"))} />
        <Route path="/review" element={page(() => import("./backoffice/ReviewQueuePage"))} />
        <Route path="/review/:id" element={page(() => import("./backoffice/DeclarationPage"))} />
        <Route path="/office/workers" element={page(() => import("./backoffice/WorkersPage"))} />
        <Route path="/office/workers/:id" element={page(() => import("./backoffice/WorkerPage"))} />
        <Route path="/office/employers" element={page(() => import("./backoffice/EmployersPage"))} />
        <Route path="/office/employers/:id" element={page(() => import("./backoffice/EmployerPage"))} />
        <Route path="/office/dimona" element={page(() => import("./backoffice/DimonaPage"))} />
        <Route path="/office/ceilings" element={page(() => import("./backoffice/CeilingsPage"))} />
      </CustomRoutes>
    </Admin>
  );
}
