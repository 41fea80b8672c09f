/**
 * Words, formats and help, in German, French, Dutch and English: the sign-in error in the
 * reader's language (never the server's English); amounts with "€" where Belgian usage puts it;
 * SSINs and planned hours written the same for the declarant and the back office; the audit
 * trail's before → after in the reader's formats (no JSON, no ISO dates) and a back-office
 * correction named as such, not "Ursprüngliche Meldung"; each screen's help and the contact
 * centre (02 511 51 51, weekdays 8 to 18) on the sign-in page and behind the app bar's help button.
 */
import type { Page } from "playwright-core";
import { signInMessages } from "../../src/i18n/signIn";
import {
  DEMO_PASSWORD,
  newPage,
  seriousAccessibilityViolations,
  signIn,
  startConsole,
  type ConsoleUnderTest,
} from "./support";
import { captureWidths, LANGUAGES, type Language } from "./ux-support";

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

const main = (page: Page) => page.locator("#main-content");

async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(app.url + "graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown[] };
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}

async function tokenOf(login: string): Promise<string> {
  const data = await api<{ signIn: { token: string } }>(
    "mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token } }",
    { login, password: DEMO_PASSWORD },
  );
  return data.signIn.token;
}

/** Switches the console's language the way a reload after choosing it does. */
async function useLanguage(page: Page, locale: Language): Promise<void> {
  await page.evaluate((l) => localStorage.setItem("flexi.locale", l), locale);
  await page.reload();
}

const SSIN = /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/;
const AMOUNT: Record<Language, RegExp> = {
  de: /^\d{1,3}(\.\d{3})*,\d{2}\u00a0€$/,
  nl: /^\d{1,3}(\.\d{3})*,\d{2}\u00a0€$/,
  fr: /^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/,
  en: /^€\d{1,3}(,\d{3})*\.\d{2}$/,
};

describe("the sign-in page", () => {
  it.each(LANGUAGES)(
    "%s: a wrong password is said in the language, with the contact centre for help",
    async (locale) => {
      const page = await newPage(app, locale);
      await page.goto(app.url + "#/login");
      await page.locator('input[name="username"]').fill("anna.declarant");
      await page.locator('input[name="password"]').fill("not-the-password");
      await page.locator('button[type="submit"]').click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toBe(signInMessages[locale].signIn.errors.UNAUTHENTICATED);
      expect(await page.locator('input[name="username"]').getAttribute("aria-invalid")).toBe("true");
      const contact = await page.getByTestId("contact-centre").textContent();
      expect(contact).toContain("02 511 51 51");
      expect(contact).toContain(signInMessages[locale].contact.hours);
      if (locale === "de") await captureWidths(page, "words-sign-in-error");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );
});

describe("formats for every role", () => {
  it.each(LANGUAGES)(
    "%s: the declarant's amounts carry € as Belgians write them, SSINs as 85.07.30-033.28",
    async (locale) => {
      const page = await newPage(app, locale);
      await signIn(page, app, "anna.declarant");
      const row = main(page).locator("[data-worker]").first();
      await row.waitFor();
      const cells = await row.locator("td, th").allTextContents();
      expect(cells.some((text) => AMOUNT[locale].test(text.trim()))).toBe(true);
      expect(cells.some((text) => SSIN.test(text.trim()))).toBe(true);
      expect(cells.join(" ")).not.toContain("EUR");
    },
  );

  it("the back office writes SSINs and planned hours as the declarant's pages do", async () => {
    const page = await newPage(app, "de");
    await signIn(page, app, "dirk.backoffice");
    await page.goto(app.url + "#/workers");
    await main(page).locator("tbody tr").first().waitFor();
    const ssins = await main(page).locator("tbody tr td:nth-child(3)").allTextContents();
    expect(ssins.length).toBeGreaterThan(0);
    expect(ssins.every((text) => SSIN.test(text.trim()))).toBe(true);

    await page.goto(app.url + "#/dimonaPeriods");
    await main(page).locator("tbody tr").first().waitFor();
    const body = (await main(page).locator("tbody").textContent()) ?? "";
    // Half hours are written 7,5 in German, never 7.5.
    expect(body).not.toMatch(/\b\d+\.5\b/);
    expect(body).toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/);
  });
});

describe("the audit trail and a back-office correction", () => {
  it("shows before → after in the reader's formats and names the correction, in the four languages", async () => {
    const dirk = await tokenOf("dirk.backoffice");
    const refused = await api<{
      wageDeclarations: { nodes: { id: string; employer: { employerClasses: string[] } }[] };
    }>(
      `query { wageDeclarations(filter: { status: { in: [REFUSED] } }, first: 1) { nodes { id employer { employerClasses } } } }`,
      {},
      dirk,
    );
    const target = refused.wageDeclarations.nodes[0]!;
    const page = await newPage(app, "de");
    await signIn(page, app, "dirk.backoffice");
    await page.goto(`${app.url}#/declarations/${target.id}/show`);
    await page.getByRole("button", { name: "Berichtigen", exact: true }).click();
    const form = page.locator("#declaration-correction-title").locator("xpath=ancestor::section");
    await form.locator('select[id$="-properties-0-employerClass"]').selectOption(target.employer.employerClasses[0]!);
    await form.getByTestId("correction-reason").fill("Kategorie nach Rücksprache mit dem Arbeitgeber berichtigt");
    await form.getByRole("button", { name: "Berichtigung speichern" }).click();
    await page.getByText("Die Meldung ist berichtigt").waitFor();
    const entry = page.locator('[data-audit-action="correctDeclaration"]');
    await entry.waitFor();

    const KIND: Record<Language, string> = {
      de: "Berichtigung durch das LSS",
      fr: "Correction par l'ONSS",
      nl: "Correctie door de RSZ",
      en: "Correction by the NSSO",
    };
    for (const locale of LANGUAGES) {
      if (locale !== "de") await useLanguage(page, locale);
      await entry.waitFor();
      const values = await entry.locator("[data-audit-value]").allTextContents();
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect([locale, value]).not.toEqual([locale, expect.stringMatching(/[[{"]|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/)]);
      }
      // The newest version is the back office's correction, named so.
      const newest = page.locator("tr[data-version]").first();
      expect(await newest.textContent()).toContain(KIND[locale]);
      if (locale === "de") {
        expect(await newest.textContent()).not.toContain("Ursprüngliche Meldung");
        await captureWidths(page, "words-audit-trail");
      }
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe("help", () => {
  const TITLES: Record<Language, string> = { de: "Hilfe", fr: "Aide", nl: "Hulp", en: "Help" };
  const CLOSE: Record<Language, string> = { de: "Schließen", fr: "Fermer", nl: "Sluiten", en: "Close" };
  const BUTTONS: Record<Language, string> = {
    de: "Hilfe zu dieser Seite",
    fr: "Aide sur cette page",
    nl: "Hulp bij deze pagina",
    en: "Help on this page",
  };

  it.each(LANGUAGES)("%s: each screen has a short help with the contact centre", async (locale) => {
    const page = await newPage(app, locale);
    await signIn(page, app, "anna.declarant");
    for (const [route, screen] of [
      ["/", "home"],
      ["/wizard", "period"],
      ["/ebox", "ebox"],
    ] as const) {
      await page.goto(app.url + "#" + route);
      await page.getByRole("button", { name: BUTTONS[locale] }).click();
      const dialog = page.getByRole("dialog", { name: TITLES[locale] });
      await dialog.waitFor();
      expect(await dialog.locator(`[data-help-screen="${screen}"]`).count()).toBe(1);
      const contact = (await dialog.getByTestId("contact-centre").textContent()) ?? "";
      expect(contact).toContain("02 511 51 51");
      expect(contact).toContain(signInMessages[locale].contact.hours);
      if (locale === "de" && screen === "period") await captureWidths(page, "words-help-wizard");
      // The dialog fades in: checked for contrast once it is fully shown, not half-transparent
      // (endless animations, such as a spinner, are not waited for; a cancelled one counts as done).
      await page.evaluate(() =>
        Promise.allSettled(
          document
            .getAnimations()
            .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
            .map((animation) => animation.finished),
        ),
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole("button", { name: CLOSE[locale] }).click();
      await dialog.waitFor({ state: "detached" });
    }
  });
});
