/**
 * The sign-in page inside the console (after signing out, or when the session ended): the same
 * light page as before the console loads, signing in through react-admin so that the user
 * returns to where they were.
 */
import { useLocaleState, useLogin } from "react-admin";
import { useLocation } from "react-router-dom";
import type { Locale } from "../common/format";
import { rememberLocale } from "../i18n";
import { SignInPage } from "./SignInPage";

export function AdminSignInPage() {
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  const location = useLocation();
  // react-admin sends the user here with the page they were on when their session ended.
  const expired = (location.state as { nextPathname?: string } | null)?.nextPathname != null;
  return (
    <SignInPage
      locale={locale as Locale}
      expired={expired}
      onLocale={(next) => {
        rememberLocale(next);
        setLocale(next);
      }}
      signIn={(username, password) => login({ username, password })}
    />
  );
}
