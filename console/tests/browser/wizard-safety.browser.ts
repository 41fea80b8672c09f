/**
 * The employer's wizard offers only what can succeed, loses nothing typed, and applies the
 * period rules at step 1, in German, French, Dutch and English:
 * - an employer with only a provisional NSSO number (gerda.declarant) is told before the wizard
 *   starts that its declarations will be refused; the category list puts the employer's own
 *   categories first and marks the others, and transmitting one of those asks first;
 * - a period crossing 31 December or in the future is refused at step 1 with the form's own text,
 *   both empty dates are marked, and a form shows all its problems at once;
 * - the form survives a reload and the back button, leaving it asks first, going back to step 2
 *   and on again reuses the draft, another browser resumes the selection, the draft list names
 *   the workers, and after a session expiry the user signs in again and finds the input; a user
 *   who signs out themselves leaves none of it behind.
 * Texts come from the console's catalogue; dates from today in Europe/Brussels.
 */
import type { Locator, Page } from "playwright-core";
import { employerMessages } from "../../src/i18n/employer";
import { addDays, monthWithFlexiJobbers, todayInBrussels } from "./demo-months";
import { api, newPage, screenshot, signIn, startConsole, DEMO_PASSWORD, type ConsoleUnderTest } from "./support";

type Language = "de" | "fr" | "nl" | "en";
const LANGUAGES: Language[] = ["de", "fr", "nl", "en"];

let app: ConsoleUnderTest;

beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

// ---------------------------------------------------------------------------------------------
// Dates, texts and the API

function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

async function draftIds(page: Page): Promise<string[]> {
  const data = await api<{ submissions: { nodes: { id: string }[] } }>(
    page,
    "{ submissions(filter: { status: DRAFT }, first: 50) { nodes { id } } }",
  );
  return data.submissions.nodes.map((n) => n.id);
}

// ---------------------------------------------------------------------------------------------
// Screens

/** Key screens at a phone's 390 px and a desktop's 1366 px, under artifacts/screenshots/. */
export async function wizardScreenshots(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${width}`);
  }
  if (before) await page.setViewportSize(before);
}

const main = (page: Page) => page.locator("#main-content");

/** react-admin's user menu and its sign-out, as ra-language-english/-french and console/src/i18n/ra-de.ts, ra-nl.ts say them. */
const USER_MENU: Record<Language, string> = { de: "Profil", fr: "Profil", nl: "Profiel", en: "Profile" };
const SIGN_OUT: Record<Language, string> = { de: "Abmelden", fr: "Déconnexion", nl: "Afmelden", en: "Logout" };

/** The helper text a field points at (aria-describedby): where its error shows. */
async function describedText(page: Page, field: Locator): Promise<string> {
  const id = await field.getAttribute("aria-describedby");
  return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? "") : "";
}

async function period(page: Page, language: Language, from: string, to: string): Promise<void> {
  const t = employerMessages[language];
  await page.goto(app.url + "#/wizard");
  await page.getByRole("heading", { name: t.wizard.steps.period }).waitFor();
  await page.locator("#wizard-from").fill(from);
  await page.locator("#wizard-to").fill(to);
  await page.getByRole("button", { name: t.wizard.next, exact: true }).click();
}

/** Steps 1 and 2 for the first `count` flexi-jobbers of a month; returns them, at step 3. */
async function startWizard(
  page: Page,
  language: Language,
  count: number,
): Promise<{ month: { start: string; end: string }; workers: { id: string; name: string }[] }> {
  const t = employerMessages[language];
  const month = await monthWithFlexiJobbers(page, count);
  await period(page, language, month.start, month.end);
  const table = page.getByRole("table", { name: t.wizard.select.tableLabel });
  await table.waitFor();
  const workers: { id: string; name: string }[] = [];
  for (let i = 0; i < count; i++) {
    const row = table.locator("tbody tr").nth(i);
    workers.push({
      id: (await row.getAttribute("data-worker"))!,
      name: (await row.locator("th").textContent())!.split(", ").reverse().join(" "),
    });
    await row.getByRole("checkbox").check();
  }
  await page.getByRole("button", { name: t.wizard.next, exact: true }).click();
  await page.getByRole("form", { name: fill(t.form.title, { name: workers[0]!.name }) }).waitFor();
  return { month, workers };
}

// ---------------------------------------------------------------------------------------------

describe.each(LANGUAGES)("the wizard offers only what can succeed (%s)", (language) => {
  const t = employerMessages[language];

  it("tells an employer with only a provisional NSSO number, before the wizard starts, that its declarations will be refused", async () => {
    const gerda = await newPage(app, language);
    await signIn(gerda, app, "gerda.declarant");
    await gerda.goto(app.url + "#/wizard");
    const banner = gerda.getByTestId("provisional-nsso");
    await banner.waitFor();
    expect(await banner.getByRole("heading").textContent()).toBe(t.wizard.provisional.title);
    expect(await banner.textContent()).toContain(t.wizard.provisional.text);
    await wizardScreenshots(gerda, `wizard-provisional-nsso-${language}`);
    await gerda.context().close();

    // A definitive number: no banner.
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    await anna.goto(app.url + "#/wizard");
    await anna.getByRole("heading", { name: t.wizard.steps.period }).waitFor();
    await anna.waitForTimeout(500);
    expect(await anna.getByTestId("provisional-nsso").count()).toBe(0);
    await anna.context().close();
  });

  it("lists the employer's own categories first, marks the others, and asks before transmitting one of those", async () => {
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    const { workers } = await startWizard(anna, language, 1);
    const form = anna.getByRole("form", { name: fill(t.form.title, { name: workers[0]!.name }) });
    const category = form
      .getByRole("group", { name: fill(t.form.property, { number: 1 }) })
      .getByLabel(t.form.employerClass);
    const groups = await category.evaluate((select) =>
      Array.from(select.querySelectorAll("optgroup"), (g) => ({
        label: g.label,
        codes: Array.from(g.querySelectorAll("option"), (o) => o.value),
      })),
    );
    expect(groups.map((g) => g.label)).toEqual([t.form.ownClasses, t.form.otherClasses]);
    expect(groups[0]!.codes).toEqual(["017"]);
    expect(groups[1]!.codes.length).toBeGreaterThan(0);
    expect(groups[1]!.codes).not.toContain("017");
    expect(await category.inputValue()).toBe("017");

    const other = groups[1]!.codes[0]!;
    await category.selectOption(other);
    expect(await describedText(anna, category)).toBe(t.form.unregisteredClass);
    await form.getByLabel(t.form.calculationDate).fill(todayInBrussels());
    await form.getByRole("radio").first().check();
    await form.getByLabel(t.form.grossWage).fill("100");
    await wizardScreenshots(anna, `wizard-category-not-registered-${language}`);
    await form.getByRole("button", { name: t.wizard.next, exact: true }).click();

    await anna.getByRole("heading", { name: t.wizard.steps.overview }).waitFor();
    const warning = fill(t.wizard.overview.unregistered, { names: workers[0]!.name, classes: "017" });
    expect(await anna.getByTestId("unregistered-classes").textContent()).toBe(warning);
    await anna.getByRole("button", { name: t.wizard.overview.transmit }).click();
    const dialog = anna.getByRole("dialog");
    await dialog.getByText(t.wizard.overview.unregisteredTitle).waitFor();
    await dialog.getByText(warning).waitFor();
    await wizardScreenshots(anna, `wizard-transmit-warning-${language}`);
    expect(await dialog.getByRole("button", { name: t.wizard.overview.transmitAnyway }).count()).toBe(1);
    await anna.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // Nothing was transmitted: the draft stays.
    expect(anna.url()).toMatch(/#\/wizard\/[0-9a-f-]+\/overview$/);
    await anna.context().close();
  });
});

describe.each(LANGUAGES)("period rules at step 1, every problem at once (%s)", (language) => {
  const t = employerMessages[language];
  const errors = t.form.fieldErrors;

  it("marks both empty dates, and refuses a period crossing 31 December or in the future with the form's own text", async () => {
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    const today = todayInBrussels();
    const year = Number(today.slice(0, 4));
    const from = anna.locator("#wizard-from");
    const to = anna.locator("#wizard-to");

    await period(anna, language, "", "");
    await anna.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length === 2);
    expect(await describedText(anna, from)).toBe(errors.REQUIRED);
    expect(await describedText(anna, to)).toBe(errors.REQUIRED);

    await period(anna, language, `${year - 1}-12-01`, `${year}-01-31`);
    await anna.waitForFunction(() => document.querySelector('#wizard-to[aria-invalid="true"]') !== null);
    expect(await describedText(anna, to)).toBe(errors.calculationPeriod.end.NOT_ALLOWED);
    await wizardScreenshots(anna, `wizard-period-crosses-year-${language}`);
    expect(anna.url()).toMatch(/#\/wizard(\?.*)?$/); // still step 1

    await period(anna, language, addDays(today, 1), addDays(today, 10));
    await anna.waitForFunction(() => document.querySelector('#wizard-from[aria-invalid="true"]') !== null);
    expect(await describedText(anna, from)).toBe(errors.calculationPeriod.start.NOT_ALLOWED);
    expect(anna.url()).toMatch(/#\/wizard(\?.*)?$/);
    await wizardScreenshots(anna, `wizard-period-future-${language}`);

    // The form later gives the same text for a calculation period crossing 31 December.
    const { workers } = await startWizard(anna, language, 1);
    const form = anna.getByRole("form", { name: fill(t.form.title, { name: workers[0]!.name }) });
    await form.getByLabel(t.form.periodStart).fill(`${year - 1}-12-20`);
    await form.getByLabel(t.form.periodEnd).fill(`${year}-01-10`);
    await form.getByLabel(t.form.calculationDate).fill(today);
    await form.getByRole("radio").first().check();
    await form.getByLabel(t.form.grossWage).fill("100");
    await form.getByRole("button", { name: t.wizard.next, exact: true }).click();
    const periodEnd = form.getByLabel(t.form.periodEnd);
    await anna.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length > 0);
    expect(await describedText(anna, periodEnd)).toBe(errors.calculationPeriod.end.NOT_ALLOWED);
    await anna.context().close();
  });

  it("shows a negative wage together with a premium's missing frequency", async () => {
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    const { workers } = await startWizard(anna, language, 1);
    const form = anna.getByRole("form", { name: fill(t.form.title, { name: workers[0]!.name }) });
    const property = form.getByRole("group", { name: fill(t.form.property, { number: 1 }) });
    await form.getByLabel(t.form.calculationDate).fill(todayInBrussels());
    await property.getByRole("radio").first().check();
    await property.getByLabel(t.form.grossWage).fill("-5");
    await property.getByRole("button", { name: t.form.addPremium }).click();
    await property.getByRole("textbox", { name: new RegExp(`^${fill(t.form.premium, { number: 1 })}`) }).fill("20");
    await form.getByRole("button", { name: t.wizard.next, exact: true }).click();

    const frequency = property.getByLabel(t.form.frequency);
    const wage = property.getByLabel(t.form.grossWage);
    await anna.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length >= 2);
    expect(await describedText(anna, frequency)).toBe(errors.REQUIRED);
    expect(await describedText(anna, wage)).toBe(errors.properties.n.grossWage.OUT_OF_RANGE);
    expect(await form.getByRole("alert").first().textContent()).toContain(
      fill(t.form.correctFields.split(" |||| ")[1]!, { smart_count: 2 }),
    );
    await wizardScreenshots(anna, `wizard-all-errors-${language}`);
    await anna.context().close();
  });
});

describe.each(LANGUAGES)("nothing typed is lost (%s)", (language) => {
  const t = employerMessages[language];

  it("keeps the form through a reload and the back button, asks before leaving, reuses the draft, and resumes in another browser", async () => {
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    const draftsBefore = await draftIds(anna);
    const { workers } = await startWizard(anna, language, 2);
    const submissionId = /#\/wizard\/([0-9a-f-]+)\/entry\//.exec(anna.url())![1]!;
    const formName = fill(t.form.title, { name: workers[0]!.name });
    const form = anna.getByRole("form", { name: formName });
    const reference = `KEEP-${language}-${Date.now()}`;
    await form.getByLabel(t.form.payslipReference).fill(reference);
    await form.getByLabel(t.form.grossWage).fill("432,10");

    // A reload: the same step, the input back.
    await anna.reload();
    await form.waitFor();
    expect(await form.getByLabel(t.form.payslipReference).inputValue()).toBe(reference);
    expect(await form.getByLabel(t.form.grossWage).inputValue()).toBe("432,10");
    expect(await anna.getByTestId("kept-input").textContent()).toBe(t.form.restored);
    await wizardScreenshots(anna, `wizard-input-restored-${language}`);

    // The back button asks first; leaving keeps the input, and step 2 is the same draft's.
    await anna.goBack();
    const dialog = anna.getByRole("dialog");
    await dialog.getByText(t.form.leaveContent).waitFor();
    await wizardScreenshots(anna, `wizard-leave-dialog-${language}`);
    await dialog.getByRole("button", { name: t.form.leave }).click();
    await anna.getByRole("table", { name: t.wizard.select.tableLabel }).waitFor();
    expect(anna.url()).toContain(`#/wizard/${submissionId}/select`);
    await anna.getByRole("button", { name: t.wizard.next, exact: true }).click();
    await form.waitFor();
    expect(anna.url()).toContain(`#/wizard/${submissionId}/entry/${workers[0]!.id}`);
    expect(await form.getByLabel(t.form.payslipReference).inputValue()).toBe(reference);
    expect((await draftIds(anna)).filter((id) => !draftsBefore.includes(id))).toEqual([submissionId]);

    // Another browser of the same user: the draft list names the workers, the selection resumes.
    const other = await newPage(app, language);
    await signIn(other, app, "anna.declarant");
    await other.goto(app.url + "#/wizard");
    const names = other.getByTestId("draft-workers");
    await names.first().waitFor();
    expect(await names.allTextContents()).toContain(workers.map((w) => w.name).join(", "));
    await wizardScreenshots(other, `wizard-open-drafts-named-${language}`);
    await other.goto(app.url + `#/wizard/${submissionId}/overview`);
    await other.getByRole("heading", { name: t.wizard.overview.toEnter }).waitFor();
    for (const worker of workers) await main(other).getByText(worker.name, { exact: false }).waitFor();
    await other.context().close();

    // The form's cancel discards after asking.
    await form.getByRole("button", { name: t.form.cancel }).click();
    await dialog.getByText(t.form.discardContent).waitFor();
    await dialog.getByRole("button", { name: t.form.discard }).click();
    await anna.getByRole("table", { name: t.wizard.select.tableLabel }).waitFor();
    await anna.goto(app.url + `#/wizard/${submissionId}/entry/${workers[0]!.id}`);
    await form.waitFor();
    expect(await form.getByLabel(t.form.payslipReference).inputValue()).toBe("");
    await anna.context().close();
  });

  it("after a session expiry, signs in again from the message and lands on the same step with the input intact", async () => {
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    const { workers } = await startWizard(anna, language, 1);
    const step = anna.url();
    const form = anna.getByRole("form", { name: fill(t.form.title, { name: workers[0]!.name }) });
    await form.getByLabel(t.form.calculationDate).fill(todayInBrussels());
    await form.getByRole("radio").first().check();
    await form.getByLabel(t.form.grossWage).fill("77,70");

    // The session ends on the server (as when it expires); the next save finds out.
    await api(anna, "mutation { signOut }");
    await form.getByRole("button", { name: t.wizard.next, exact: true }).click();
    const expired = anna.getByRole("alert").filter({ hasText: t.form.sessionExpired });
    await expired.waitFor();
    await wizardScreenshots(anna, `wizard-session-expired-${language}`);
    await expired.getByRole("button", { name: t.form.signInAgain }).click();

    await anna.locator('input[name="username"]').fill("anna.declarant");
    await anna.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await anna.locator('button[type="submit"]').click();
    await form.waitFor({ timeout: 20_000 });
    expect(anna.url()).toBe(step);
    expect(await form.getByLabel(t.form.grossWage).inputValue()).toBe("77,70");
    await form.getByRole("button", { name: t.wizard.next, exact: true }).click();
    await anna.getByRole("heading", { name: t.wizard.steps.overview }).waitFor();
    await main(anna).getByRole("heading", { name: workers[0]!.name }).waitFor();
    await anna.context().close();
  });

  it("forgets the input a user kept once they sign out themselves: a shared computer keeps no wages", async () => {
    const anna = await newPage(app, language);
    await signIn(anna, app, "anna.declarant");
    const { workers } = await startWizard(anna, language, 1);
    const step = anna.url();
    const form = anna.getByRole("form", { name: fill(t.form.title, { name: workers[0]!.name }) });
    await form.getByLabel(t.form.grossWage).fill("88,80");
    const keptForms = () =>
      anna.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("flexi.wizard.form.")));
    await anna.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith("flexi.wizard.form.")));

    // The user menu's sign-out; the dirty form asks before the page is left.
    await anna.getByRole("button", { name: new RegExp(USER_MENU[language]) }).click();
    await anna.getByRole("menuitem", { name: SIGN_OUT[language] }).click();
    const leave = anna.getByRole("dialog").getByRole("button", { name: t.form.leave });
    const username = anna.locator('input[name="username"]');
    await Promise.race([leave.waitFor(), username.waitFor()]);
    if (await leave.isVisible()) await leave.click();
    await username.waitFor();
    expect(await keptForms()).toEqual([]);

    // Signing in again finds the form empty.
    await signIn(anna, app, "anna.declarant");
    await anna.goto(step);
    await form.waitFor();
    expect(await form.getByLabel(t.form.grossWage).inputValue()).toBe("");
    await anna.context().close();
  });
});
