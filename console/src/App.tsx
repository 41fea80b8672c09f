/**
 * The Flexi at work console (react-admin), one folder per resource as react-admin's demo does it:
 * each folder's index gives its pages (list, show), icon and record representation, and its
 * dataProvider.ts the resource's reads and actions. Routes of their own only for pages that are
 * no resource page: the wizard and the worker's own income. Each page loads lazily (its own
 * chunk); the menu and each page show only what the user's rights allow.
 */
import { QueryClient } from "@tanstack/react-query";
import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router-dom";
import access from "./access";
import { dataProvider } from "./api/dataProvider";
import { FlexiApiError } from "./api/flexi";
import { AdminSignInPage } from "./auth/AdminSignInPage";
import { authProvider } from "./auth/authProvider";
import ceilings from "./ceilings";
import { Dashboard } from "./dashboard";
import declarations from "./declarations";
import dimona from "./dimona";
import ebox from "./ebox";
import employers from "./employers";
import { i18nProvider } from "./i18n";
import { MyIncomePage } from "./income";
import { Layout } from "./layout/Layout";
import { theme } from "./layout/theme";
import { WizardPage } from "./submissions";
import workers from "./workers";

/** Errors a retry cannot change are not retried (a revoked token goes to sign-in at once). */
const FINAL = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "INVALID_STATE", "CONFLICT"];
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof FlexiApiError && FINAL.includes(error.code)) && count < 3 },
  },
});

export function App() {
  return (
    <Admin
      title="Flexi at work"
      dataProvider={dataProvider}
      queryClient={queryClient}
      authProvider={authProvider}
      loginPage={AdminSignInPage}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource name="declarations" {...declarations} />
      <Resource name="workers" {...workers} />
      <Resource name="employers" {...employers} />
      <Resource name="dimonaPeriods" {...dimona} />
      <Resource name="ceilings" {...ceilings} />
      <Resource name="ebox" {...ebox} />
      <Resource name="access" {...access} />
      {/* Read by the pages above (a declaration's trail, a worker's income, the class choices), no pages of their own. */}
      <Resource name="auditEntries" />
      <Resource name="flexiIncome" />
      <Resource name="ceilingAlerts" />
      <Resource name="employerClasses" />
      <CustomRoutes>
        <Route path="/wizard/*" element={<WizardPage />} />
        <Route path="/my-income" element={<MyIncomePage />} />
      </CustomRoutes>
    </Admin>
  );
}
