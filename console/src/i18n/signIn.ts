/**
 * The texts of the sign-in page and of the help every page offers, in a file of their own: the
 * sign-in page loads before the console (and its catalogues), so it brings only these. The
 * console's catalogues include them too (flexi.signIn, flexi.contact), for the pages behind it.
 * The contact centre's number and hours are the social security's, as its guide gives them.
 */
import type { Locale } from "../common/format";

export interface SignInTexts {
  title: string;
  intro: string;
  username: string;
  password: string;
  submit: string;
  signingIn: string;
  language: string;
  loading: string;
  errors: {
    UNAUTHENTICATED: string;
    RATE_LIMITED: string;
    BAD_USER_INPUT: string;
    NETWORK: string;
    OTHER: string;
  };
  expired: string;
}

export interface ContactTexts {
  title: string;
  /** The contact centre's name, heading its lines in the help of a screen. */
  heading: string;
  /** "%{phone}" and "%{hours}" are filled in. */
  text: string;
  hours: string;
  call: string;
}

/** The contact centre of the social security: +32 2 511 51 51, weekdays 8:00 to 18:00. */
export const CONTACT_PHONE = { display: "02 511 51 51", dial: "+3225115151" };

export const signInMessages: Record<Locale, { signIn: SignInTexts; contact: ContactTexts }> = {
  de: {
    signIn: {
      title: "Anmeldung bei Flexi at work",
      intro: "Melden Sie sich an, um die Flexi-Lohndaten Ihrer Flexi-Jobber zu übermitteln und zu verwalten.",
      username: "Benutzername",
      password: "Passwort",
      submit: "Anmelden",
      signingIn: "Anmeldung läuft …",
      language: "Sprache",
      loading: "Flexi at work wird geladen …",
      errors: {
        UNAUTHENTICATED: "Benutzername oder Passwort ist falsch. Bitte prüfen Sie beide und versuchen Sie es erneut.",
        RATE_LIMITED:
          "Zu viele Anmeldeversuche. Bitte warten Sie %{minutes} Minute(n) und versuchen Sie es dann erneut.",
        BAD_USER_INPUT: "Bitte geben Sie Ihren Benutzernamen und Ihr Passwort ein.",
        NETWORK:
          "Der Dienst ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
        OTHER: "Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.",
      },
      expired: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
    },
    contact: {
      title: "Hilfe",
      heading: "Contact-Center der Sozialen Sicherheit",
      text: "Benötigen Sie Hilfe? Das Contact-Center der Sozialen Sicherheit erreichen Sie unter %{phone}, %{hours}.",
      hours: "montags bis freitags von 8:00 bis 18:00 Uhr",
      call: "Contact-Center anrufen: %{phone}",
    },
  },
  fr: {
    signIn: {
      title: "Connexion à Flexi at work",
      intro: "Connectez-vous pour transmettre et gérer les données salariales de vos flexi-jobistes.",
      username: "Identifiant",
      password: "Mot de passe",
      submit: "Connexion",
      signingIn: "Connexion en cours…",
      language: "Langue",
      loading: "Chargement de Flexi at work…",
      errors: {
        UNAUTHENTICATED: "Identifiant ou mot de passe incorrect. Vérifiez-les et réessayez.",
        RATE_LIMITED: "Trop de tentatives de connexion. Veuillez patienter %{minutes} minute(s), puis réessayer.",
        BAD_USER_INPUT: "Veuillez saisir votre identifiant et votre mot de passe.",
        NETWORK: "Le service est momentanément injoignable. Vérifiez votre connexion et réessayez.",
        OTHER: "La connexion a échoué. Veuillez réessayer.",
      },
      expired: "Votre session a expiré. Veuillez vous reconnecter.",
    },
    contact: {
      title: "Aide",
      heading: "Contact Center de la Sécurité sociale",
      text: "Besoin d'aide ? Le Contact Center de la Sécurité sociale est joignable au %{phone}, %{hours}.",
      hours: "du lundi au vendredi de 8 h à 18 h",
      call: "Appeler le Contact Center : %{phone}",
    },
  },
  nl: {
    signIn: {
      title: "Aanmelden bij Flexi at work",
      intro: "Meld u aan om de flexiloongegevens van uw flexi-jobbers door te sturen en te beheren.",
      username: "Gebruikersnaam",
      password: "Wachtwoord",
      submit: "Aanmelden",
      signingIn: "Bezig met aanmelden…",
      language: "Taal",
      loading: "Flexi at work wordt geladen…",
      errors: {
        UNAUTHENTICATED: "Gebruikersnaam of wachtwoord is onjuist. Controleer beide en probeer het opnieuw.",
        RATE_LIMITED: "Te veel aanmeldpogingen. Wacht %{minutes} minuut/minuten en probeer het dan opnieuw.",
        BAD_USER_INPUT: "Vul uw gebruikersnaam en uw wachtwoord in.",
        NETWORK: "De dienst is momenteel niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
        OTHER: "Aanmelden mislukt. Probeer het opnieuw.",
      },
      expired: "Uw sessie is verlopen. Meld u opnieuw aan.",
    },
    contact: {
      title: "Hulp",
      heading: "Contactcenter van de Sociale Zekerheid",
      text: "Hulp nodig? Het Contactcenter van de Sociale Zekerheid is bereikbaar op %{phone}, %{hours}.",
      hours: "van maandag tot vrijdag van 8 tot 18 uur",
      call: "Het Contactcenter bellen: %{phone}",
    },
  },
  en: {
    signIn: {
      title: "Sign in to Flexi at work",
      intro: "Sign in to transmit and manage the flexi wage data of your flexi-jobbers.",
      username: "Username",
      password: "Password",
      submit: "Sign in",
      signingIn: "Signing in…",
      language: "Language",
      loading: "Loading Flexi at work…",
      errors: {
        UNAUTHENTICATED: "The username or password is wrong. Please check both and try again.",
        RATE_LIMITED: "Too many sign-in attempts. Please wait %{minutes} minute(s), then try again.",
        BAD_USER_INPUT: "Please enter your username and your password.",
        NETWORK: "The service cannot be reached right now. Please check your connection and try again.",
        OTHER: "Signing in failed. Please try again.",
      },
      expired: "Your session has expired. Please sign in again.",
    },
    contact: {
      title: "Help",
      heading: "The social security's contact centre",
      text: "Need help? The social security's contact centre answers on %{phone}, %{hours}.",
      hours: "Monday to Friday from 8:00 to 18:00",
      call: "Call the contact centre: %{phone}",
    },
  },
};

/** Fills "%{name}" placeholders (the console's polyglot is not loaded yet on the sign-in page). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
