/**
 * Languages: react-admin's own texts are complete in German and Dutch (the same
 * keys and placeholders as the English catalogue; these checks need no browser), the language
 * switch in the app bar changes the console and survives a reload, and a revoked or expired token
 * returns to the sign-in page, which has no serious accessibility violation.
 */
import englishMessages from "ra-language-english";
import frenchMessages from "ra-language-french";
import type { Page } from "playwright-core";
import { accessMessages } from "../../src/i18n/access";
import { decisionMessages } from "../../src/i18n/decision";
import { germanMessages } from "../../src/i18n/ra-de";
import { dutchMessages } from "../../src/i18n/ra-nl";
import { workerMessages } from "../../src/i18n/worker";
import {
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsole,
  type ConsoleUnderTest,
} from "./support";

/** Every text of a catalogue with its dotted key. */
function texts(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === "object" && value !== null
      ? texts(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

const keys = (messages: object) =>
  texts(messages)
    .map(([key]) => key)
    .sort();

/** "key: %{a} %{b}" per text, so that a lost or misspelt placeholder shows. */
const placeholders = (messages: object) =>
  texts(messages)
    .map(([key, text]) => `${key}: ${[...new Set(text.match(/%\{\w+\}/g) ?? [])].sort().join(" ")}`)
    .sort();

describe("react-admin's own texts", () => {
  const english = keys(englishMessages);

  it.each([
    ["German", germanMessages],
    ["Dutch", dutchMessages],
    ["French", frenchMessages],
  ])("%s has exactly the keys of ra-language-english", (_language, catalogue) => {
    expect(english.length).toBeGreaterThan(150);
    expect(keys(catalogue)).toEqual(english);
  });

  it.each([
    ["German", germanMessages],
    ["Dutch", dutchMessages],
  ])("%s keeps the placeholders of every English text", (_language, catalogue) => {
    // German writes %{field} where English writes %{field_lower_first}: German nouns keep their capital.
    const normalise = (line: string) => line.replace("%{field_lower_first}", "%{field}");
    expect(placeholders(catalogue).map(normalise)).toEqual(placeholders(englishMessages).map(normalise));
  });

  it("leaves no English text in German or Dutch", () => {
    const english = new Map(texts(englishMessages));
    // The same in every language: placeholders only, a blank, and loan words.
    const sameEverywhere = new Set([
      "ra.boolean.null",
      "ra.page.edit",
      "ra.page.list",
      "ra.page.show",
      "ra.message.details",
      "ra.configurable.inspector.title",
    ]);
    const untranslated = (catalogue: object) =>
      texts(catalogue)
        .filter(([key, text]) => english.get(key) === text && !sameEverywhere.has(key))
        .map(([key]) => key);
    expect(untranslated(germanMessages)).toEqual([]);
    expect(untranslated(dutchMessages)).toEqual([]);
  });
});

describe("the console's own texts of the access and income pages", () => {
  it.each([
    ["access", accessMessages],
    ["income", workerMessages],
    ["decision", decisionMessages],
  ])("%s: the same keys and placeholders in de, fr, nl and en", (_area, messages) => {
    const english = placeholders(messages.en);
    for (const locale of ["de", "fr", "nl"] as const)
      expect([locale, placeholders(messages[locale])]).toEqual([locale, english]);
  });
});

describe("in the browser", () => {
  let app: ConsoleUnderTest;
  beforeAll(async () => {
    app = await startConsole();
  });
  afterAll(() => app?.close());

  /** The language menu of the app bar: its button shows the current language's name. */
  async function chooseLanguage(page: Page, current: string, next: string): Promise<void> {
    await page.locator("button[aria-haspopup='true']", { hasText: current }).click();
    await page.getByRole("menuitem", { name: next }).click();
  }

  const WIZARD = {
    de: "Flexi-Lohndaten übermitteln",
    fr: "Transmettre des données salariales flexi",
    nl: "Flexiloongegevens doorsturen",
    en: "Transmit flexi wage data",
  };
  const wizardEntry = (page: Page, text: string) =>
    page.locator(".RaMenuItemLink-root, [role='menuitem']", { hasText: text }).first();

  it("the language switch changes the menu to French, Dutch, English and back, and the choice survives a reload", async () => {
    const page = await newPage(app, "de");
    await signIn(page, app, "anna.declarant");
    await wizardEntry(page, WIZARD.de).waitFor();

    await chooseLanguage(page, "Deutsch", "Français");
    await wizardEntry(page, WIZARD.fr).waitFor();
    // react-admin's own texts switch too (the user menu's tooltip, from ra-language-french).
    await page.reload();
    await wizardEntry(page, WIZARD.fr).waitFor();
    expect(await page.locator("button[aria-haspopup='true']", { hasText: "Français" }).count()).toBe(1);

    await chooseLanguage(page, "Français", "Nederlands");
    await wizardEntry(page, WIZARD.nl).waitFor();
    await page.reload();
    await wizardEntry(page, WIZARD.nl).waitFor();
    await screenshot(page, "language-nl");

    await chooseLanguage(page, "Nederlands", "English");
    await wizardEntry(page, WIZARD.en).waitFor();

    await chooseLanguage(page, "English", "Deutsch");
    await wizardEntry(page, WIZARD.de).waitFor();
    await page.reload();
    await wizardEntry(page, WIZARD.de).waitFor();
    expect(await page.getByText(WIZARD.en).count()).toBe(0);
  });

  it("German and Dutch react-admin texts appear in the console (user menu, sign-out)", async () => {
    const page = await newPage(app, "de");
    await signIn(page, app, "anna.declarant");
    await page.getByRole("button", { name: "Profil" }).click();
    await page.getByRole("menuitem", { name: "Abmelden" }).waitFor();
    await page.keyboard.press("Escape");
    await chooseLanguage(page, "Deutsch", "Nederlands");
    await page.getByRole("button", { name: "Profiel" }).click();
    await page.getByRole("menuitem", { name: "Afmelden" }).waitFor();
  });

  it("a revoked token (signed out through the API) returns to the sign-in page on the next load", async () => {
    const page = await newPage(app, "de");
    await signIn(page, app, "eva.worker");
    const token = await page.evaluate(() => localStorage.getItem("flexi.token"));
    expect(token).toBeTruthy();
    const answer = await fetch(app.url + "graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "mutation { signOut }" }),
    }).then((r) => r.json() as Promise<{ data?: { signOut: boolean } }>);
    expect(answer.data?.signOut).toBe(true);

    await page.reload();
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toMatch(/#\/login/);
    expect(await page.evaluate(() => localStorage.getItem("flexi.token"))).toBeNull();
  });

  it("an expired token returns to the sign-in page on the next load", async () => {
    const page = await newPage(app, "de");
    await signIn(page, app, "eva.worker");
    await page.evaluate(() => localStorage.setItem("flexi.expiresAt", new Date(Date.now() - 1000).toISOString()));
    await page.reload();
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toMatch(/#\/login/);
  });

  it("the sign-in page is in German and has no serious accessibility violation", async () => {
    const page = await newPage(app, "de");
    await page.goto(app.url + "#/login");
    await page.locator('input[name="username"]').waitFor();
    await page.getByRole("button", { name: "Anmelden" }).waitFor();
    await screenshot(page, "sign-in");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
