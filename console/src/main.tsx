/**
 * The console's start: signed out, only the light sign-in page (auth/SignInPage.tsx) loads; the
 * console itself (App.tsx: react-admin, MUI and every page) is its own chunk, fetched as the user
 * signs in, so that a phone on a slow network shows the form in seconds. index.html shows a
 * placeholder until this script runs.
 */
import { lazy, StrictMode, Suspense, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Locale } from "./common/format";
import { SignInPage, storedLocale } from "./auth/SignInPage";
import { requestSignIn } from "./auth/signInRequest";
import { getToken } from "./auth/token";
import { signInMessages } from "./i18n/signIn";

const loadApp = () => import("./App");
const App = lazy(() => loadApp().then((module) => ({ default: module.App })));

/** Where the user was going (a link, a reload of a page) when the sign-in came first. */
function takeReturnPath(): string {
  const hash = location.hash;
  return hash.startsWith("#/") && !hash.startsWith("#/login") ? hash : "#/";
}

function Booting({ locale }: { locale: Locale }) {
  return (
    <div id="booting" className="flexi-boot" role="status">
      {signInMessages[locale].signIn.loading}
    </div>
  );
}

function Root() {
  const [signedIn, setSignedIn] = useState(() => getToken() != null);
  const [locale, setLocale] = useState(storedLocale);
  const [returnPath] = useState(() => {
    const path = takeReturnPath();
    if (signedIn && location.hash.startsWith("#/login")) history.replaceState(null, "", "#/");
    else if (!signedIn) history.replaceState(null, "", "#/login");
    return path;
  });
  // A token that is still stored but past its end: the session expired.
  const [expired] = useState(() => !signedIn && localStorage.getItem("flexi.token") != null);

  if (signedIn)
    return (
      <Suspense fallback={<Booting locale={locale} />}>
        <App />
      </Suspense>
    );
  return (
    <SignInPage
      locale={locale}
      expired={expired}
      onLocale={(next) => {
        localStorage.setItem("flexi.locale", next);
        setLocale(next);
      }}
      signIn={async (login, password) => {
        // The console downloads while the sign-in is checked.
        const app = loadApp();
        await requestSignIn(login, password, locale);
        await app;
        history.replaceState(null, "", returnPath);
        setSignedIn(true);
      }}
    />
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
