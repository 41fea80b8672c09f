/**
 * The sign-in page, light on purpose: plain React and a small style sheet, no MUI and no
 * react-admin, so that a slow phone shows it quickly; the console loads behind it (main.tsx).
 * Inside the console (after signing out, or when a session ends) react-admin shows the same
 * page (App.tsx). Errors are said in the chosen language, from the API's code, never in the
 * server's English; the contact centre is given for help.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { Locale } from "../common/format";
import { CONTACT_PHONE, fill, signInMessages } from "../i18n/signIn";
import { SignInError } from "./signInRequest";
import "./signIn.css";

const LANGUAGES: { locale: Locale; name: string }[] = [
  { locale: "de", name: "Deutsch" },
  { locale: "fr", name: "Français" },
  { locale: "nl", name: "Nederlands" },
  { locale: "en", name: "English" },
];

export function storedLocale(): Locale {
  const stored = localStorage.getItem("flexi.locale");
  return stored === "fr" || stored === "nl" || stored === "en" ? stored : "de";
}

export interface SignInPageProps {
  /** Signs in; throws SignInError (or an error with a `code`) when it fails. */
  signIn: (login: string, password: string, locale: Locale) => Promise<void>;
  /** The language chosen here (the console follows it). */
  locale: Locale;
  onLocale: (locale: Locale) => void;
  /** Says the session ended, above the form. */
  expired?: boolean;
}

function errorText(locale: Locale, error: unknown): string {
  const texts = signInMessages[locale].signIn.errors;
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : "OTHER";
  if (code === "RATE_LIMITED") {
    const seconds = error instanceof SignInError ? (error.retryAfterSeconds ?? 60) : 60;
    return fill(texts.RATE_LIMITED, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (code === "UNAUTHENTICATED" || code === "BAD_USER_INPUT" || code === "NETWORK") return texts[code];
  return texts.OTHER;
}

export function SignInPage({ signIn, locale, onLocale, expired = false }: SignInPageProps) {
  const texts = signInMessages[locale];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorId = useId();
  const username = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = texts.signIn.title;
  }, [locale, texts]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const login = String(data.get("username") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!login || !password) {
      setError(new SignInError("BAD_USER_INPUT", "empty"));
      username.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(login, password, locale);
    } catch (failure) {
      setError(failure);
      setBusy(false);
      username.current?.focus();
    }
  };

  const phone = (
    <a href={`tel:${CONTACT_PHONE.dial}`} aria-label={fill(texts.contact.call, { phone: CONTACT_PHONE.display })}>
      {CONTACT_PHONE.display}
    </a>
  );
  const [before, after] = texts.contact.text.split("%{phone}") as [string, string];

  return (
    <main className="flexi-signin">
      <div className="flexi-signin-card">
        <p className="flexi-signin-brand">Flexi at work</p>
        <h1>{texts.signIn.title}</h1>
        <p>{texts.signIn.intro}</p>
        {expired && !error && (
          <p className="flexi-signin-note" role="status">
            {texts.signIn.expired}
          </p>
        )}
        <form onSubmit={(event) => void submit(event)} noValidate>
          {error != null && (
            <p id={errorId} className="flexi-signin-error" role="alert">
              {errorText(locale, error)}
            </p>
          )}
          <label htmlFor="flexi-signin-username">{texts.signIn.username}</label>
          <input
            ref={username}
            id="flexi-signin-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={error != null}
            aria-describedby={error != null ? errorId : undefined}
            autoFocus
          />
          <label htmlFor="flexi-signin-password">{texts.signIn.password}</label>
          <input
            id="flexi-signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error != null}
            aria-describedby={error != null ? errorId : undefined}
          />
          <button type="submit" disabled={busy}>
            {busy ? texts.signIn.signingIn : texts.signIn.submit}
          </button>
        </form>
        <label htmlFor="flexi-signin-language" className="flexi-signin-language">
          {texts.signIn.language}
        </label>
        <select id="flexi-signin-language" value={locale} onChange={(event) => onLocale(event.target.value as Locale)}>
          {LANGUAGES.map((l) => (
            <option key={l.locale} value={l.locale} lang={l.locale}>
              {l.name}
            </option>
          ))}
        </select>
        <section className="flexi-signin-help" aria-labelledby="flexi-signin-help">
          <h2 id="flexi-signin-help">{texts.contact.title}</h2>
          <p data-testid="contact-centre">
            {fill(before, { hours: texts.contact.hours })}
            {phone}
            {fill(after, { hours: texts.contact.hours })}
          </p>
        </section>
      </div>
    </main>
  );
}
