/**
 * The declarant's console in the browser, as anna.declarant in German: the
 * guide's wizard for two flexi-jobbers with a server field error on its field, the overview's
 * pencil, transmission and the confirmation, pending turning accepted live, the e-Box and its
 * badge; modifying and deleting on the details page; the wizard with the keyboard alone; and
 * axe on each screen. Workers and periods come from the demo data through the API (never
 * hard-coded), dates from today in Europe/Brussels.
 */
import type { Locator, Page } from "playwright-core";
import { startControlsWorker, type ControlsWorker } from "../../../server/src/controls/controls-worker";
import { addDays, declarantEmployerId, monthWithFlexiJobbers, todayInBrussels } from "./demo-months";
import {
  api,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsole,
  type ConsoleUnderTest,
} from "./support";

let app: ConsoleUnderTest;
let anna: Page;

beforeAll(async () => {
  app = await startConsole();
  anna = await newPage(app, "de");
  await signIn(anna, app, "anna.declarant");
});
afterAll(() => app.close());

// ---------------------------------------------------------------------------------------------
// Dates and data

// ---------------------------------------------------------------------------------------------
// Page helpers

const main = (page: Page) => page.locator("#main-content");

/** A screenshot from the top of the page once transitions (the app bar, a dialog's fade) are over. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await screenshot(page, name);
}

/** No serious or critical axe violation (WCAG 2.1 A/AA) on the page as it is now. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  if (violations.length > 0) console.log(where, JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

async function unreadBadge(page: Page): Promise<number> {
  const label = await page.getByRole("link", { name: /^e-Box: \d+$/ }).getAttribute("aria-label");
  return Number(label?.replace(/\D/g, ""));
}

async function waitForBadge(page: Page, test: (count: number) => boolean): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const count = await unreadBadge(page);
    if (test(count)) return count;
    if (Date.now() > deadline) throw new Error(`e-Box badge stays at ${count}`);
    await page.waitForTimeout(200);
  }
}

/** The helper text a field points at (aria-describedby): where its error shows. */
async function describedText(page: Page, field: Locator): Promise<string> {
  const id = await field.getAttribute("aria-describedby");
  return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? "") : "";
}

/** Holds the controls back, so that "pending" can be seen; the returned function lets them run. */
async function pauseControls(): Promise<() => Promise<void>> {
  await app.controls.stop();
  let resumed: ControlsWorker | undefined;
  // app.close() stops app.controls: from now on that must stop the worker started on resume.
  app.controls.stop = async () => {
    await resumed?.stop();
  };
  return async () => {
    resumed = await startControlsWorker({
      connectionString: app.database.url,
      db: app.database.db,
      sweepIntervalMs: 3_600_000,
    });
  };
}

/**
 * A row of the worker's details page: the actions its buttons offer, and the employer's actions
 * the API's allowedActions lists for that declaration; the two must be the same.
 */
async function rowActions(page: Page, row: Locator): Promise<{ shown: string[]; allowed: string[] }> {
  const shown: string[] = [];
  if ((await row.getByRole("button", { name: /^Übermittlung für .* ändern$/ }).count()) > 0) shown.push("MODIFY");
  if ((await row.getByRole("button", { name: /^Übermittlung für .* löschen$/ }).count()) > 0) shown.push("DELETE");
  const { wageDeclaration } = await api<{ wageDeclaration: { allowedActions: string[] } }>(
    page,
    "query($id: ID!) { wageDeclaration(id: $id) { allowedActions } }",
    { id: await row.getAttribute("data-declaration") },
  );
  const allowed = wageDeclaration.allowedActions.filter((action) => action === "MODIFY" || action === "DELETE");
  return { shown, allowed };
}

/** Presses Tab (only Tab) until the focused element matches, as a keyboard user moves on. */
async function tabTo(
  page: Page,
  matches: (el: {
    id: string;
    text: string;
    role: string | null;
    name: string | null;
    type: string | null;
    label: string | null;
  }) => boolean,
  description: string,
): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return null;
      const input = a as HTMLInputElement;
      const labelFor = a.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : undefined;
      return {
        id: a.id,
        text: (a.textContent ?? "").trim(),
        role: a.getAttribute("role"),
        name: input.name ?? null,
        type: a.getAttribute("type"),
        label: a.getAttribute("aria-label") ?? labelFor ?? a.closest("label")?.textContent ?? null,
      };
    });
    if (el && matches(el)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

// ---------------------------------------------------------------------------------------------

describe("the declarant (anna.declarant, German)", () => {
  const today = todayInBrussels();
  const chosen: { id: string; name: string }[] = [];

  it("sees the overview of declared workers with status icons, accessibly", async () => {
    await anna.goto(app.url + "#/");
    await main(anna).getByRole("table", { name: "Flexi-Jobber mit übermittelten Lohndaten" }).waitFor();
    expect(await main(anna).locator("[data-status]").count()).toBeGreaterThan(0);
    await shot(anna, "home-overview");
    await expectAccessible(anna, "home");
  });

  it("runs the whole wizard for two flexi-jobbers: a server field error on its field, two properties, premiums, a correction in the overview", async () => {
    const period = await monthWithFlexiJobbers(anna, 3);
    await main(anna).getByRole("link", { name: "Flexi-Lohndaten übermitteln" }).click();

    // Step 1: the period (the demo's open draft is offered to resume).
    await anna.getByRole("heading", { name: "Zeitraum der Lohndaten eingeben" }).waitFor();
    await anna.getByText("Noch nicht übermittelte Eingaben").waitFor();
    await anna.locator("#wizard-from").fill(period.start);
    await anna.locator("#wizard-to").fill(period.end);
    expect(
      await anna.locator('nav[aria-labelledby="wizard-trail-heading"] [aria-current="step"]').textContent(),
    ).toContain("Zeitraum der Lohndaten eingeben");
    await shot(anna, "wizard-1-period");
    await expectAccessible(anna, "wizard step 1");
    await anna.getByRole("button", { name: "Nächste" }).click();

    // Step 2: at least one, then two.
    const table = anna.getByRole("table", { name: "Flexi-Jobber mit einer Dimona im Zeitraum" });
    await table.waitFor();
    await anna.getByRole("button", { name: "Nächste" }).click();
    await anna.getByText("Wählen Sie mindestens einen Flexi-Jobber aus.").waitFor();
    const rows = table.locator("tbody tr");
    for (const i of [0, 1]) {
      const row = rows.nth(i);
      chosen.push({
        id: (await row.getAttribute("data-worker"))!,
        name: (await row.locator("th").textContent())!.split(", ").reverse().join(" "),
      });
      await row.getByRole("checkbox").check();
    }
    await anna.getByText("2 Flexi-Jobber ausgewählt").waitFor();
    await shot(anna, "wizard-2-select");
    await expectAccessible(anna, "wizard step 2");
    await anna.getByRole("button", { name: "Nächste" }).click();

    // Step 3, first worker: two properties, premiums, and a calculation date in the future,
    // which only the server refuses.
    const form = anna.getByRole("form", { name: `Lohndaten von ${chosen[0]!.name}` });
    await form.waitFor();
    await anna.getByText(`Flexi-Jobber 1 von 2: ${chosen[0]!.name}`).waitFor();
    expect(await form.getByLabel("Beginndatum des Berechnungszeitraums").inputValue()).toBe(period.start);
    await form.getByLabel("Referenz der Gehaltsabrechnung").fill(`T1-${Date.now()}`);
    await form.getByLabel("Berechnungsdatum").fill(addDays(today, 1));
    const first = form.getByRole("group", { name: "Eigenschaft 1" });
    expect(await first.getByLabel("Kategorie Arbeitgeber").inputValue()).toBe("017");
    await first.getByRole("radio", { name: "Flexi-Arbeiter (050)" }).check();
    await first.getByLabel("Bruttolohn").fill("1.234,50");
    await first.getByRole("button", { name: "Prämie hinzufügen" }).click();
    await first.getByRole("textbox", { name: /^Bruttoprämie 1/ }).fill("25");
    await first.getByLabel("Häufigkeit (in Monaten)").nth(0).selectOption("0");
    await first.getByRole("button", { name: "Prämie hinzufügen" }).click();
    await first.getByRole("textbox", { name: /^Bruttoprämie 2/ }).fill("12,50");
    await first.getByLabel("Häufigkeit (in Monaten)").nth(1).selectOption("1");
    await form.getByRole("button", { name: "Eigenschaft hinzufügen" }).click();
    const second = form.getByRole("group", { name: "Eigenschaft 2" });
    await second.getByLabel("Kategorie Arbeitgeber").selectOption("017");
    await second.getByRole("radio", { name: "Flexi-Angestellter (450)" }).check();
    await second.getByRole("checkbox", { name: /Gültigkeitszeitraum der Eigenschaft weicht/ }).check();
    await second.getByLabel("Beginn des Gültigkeitszeitraums").fill(addDays(period.start, 14));
    await second.getByLabel("Ende des Gültigkeitszeitraums").fill(period.end);
    await second.getByLabel("Bruttolohn").fill("180");
    await form.getByRole("button", { name: "Nächste" }).click();

    const calculationDate = form.getByLabel("Berechnungsdatum");
    await anna.waitForFunction(() => document.querySelector('[aria-invalid="true"][type="date"]') !== null);
    expect(await calculationDate.getAttribute("aria-invalid")).toBe("true");
    expect(await describedText(anna, calculationDate)).toBe("Das Berechnungsdatum darf nicht in der Zukunft liegen.");
    expect(await first.getByLabel("Bruttolohn").inputValue()).toBe("1.234,50"); // the user's values stay
    await shot(anna, "wizard-3-field-error");
    await calculationDate.fill(today);
    await expectAccessible(anna, "wizard step 3");
    await shot(anna, "wizard-3-entry");
    await form.getByRole("button", { name: "Nächste" }).click();

    // Step 4: the overview, then the next flexi-jobber.
    await anna.getByRole("heading", { name: "Übersicht über die Lohndatenübermittlung" }).waitFor();
    await anna.getByRole("heading", { name: chosen[0]!.name }).waitFor();
    await main(anna).getByText("1.234,50\u00a0€").waitFor();
    await main(anna).getByText("1.452,00\u00a0€").waitFor(); // 1,234.50 + 25 + 12.50 + 180
    await anna.getByRole("button", { name: "Weiter mit dem nächsten Flexi-Jobber" }).click();
    const secondForm = anna.getByRole("form", { name: `Lohndaten von ${chosen[1]!.name}` });
    await secondForm.getByLabel("Berechnungsdatum").fill(today);
    await secondForm.getByRole("radio", { name: "Flexi-Arbeiter (050)" }).check();
    await secondForm.getByLabel("Bruttolohn").fill("300");
    await secondForm.getByRole("button", { name: "Nächste" }).click();
    await anna.getByRole("heading", { name: chosen[1]!.name }).waitFor();

    // The pencil: correct the second one's gross wage.
    await anna.getByRole("button", { name: `Lohndaten von ${chosen[1]!.name} korrigieren` }).click();
    const editForm = anna.getByRole("form", { name: `Lohndaten von ${chosen[1]!.name}` });
    expect(await editForm.getByLabel("Bruttolohn").inputValue()).toBe("300,00");
    await editForm.getByLabel("Bruttolohn").fill("350,00");
    await editForm.getByRole("button", { name: "Änderungen speichern" }).click();
    await anna.getByRole("heading", { name: "Übersicht über die Lohndatenübermittlung" }).waitFor();
    await main(anna).getByText("350,00\u00a0€").first().waitFor();
    expect(await main(anna).locator("[data-declaration]").count()).toBe(2);

    // "Flexi-Jobber hinzufügen": a third one, entered, then deleted with the bin after confirming.
    await anna.getByRole("button", { name: "Flexi-Jobber hinzufügen" }).click();
    await table.waitFor();
    expect(await rows.nth(0).getByRole("checkbox").isChecked()).toBe(true); // entered ones stay ticked
    expect(await rows.nth(0).getByRole("checkbox").isDisabled()).toBe(true);
    const third = {
      id: (await rows.nth(2).getAttribute("data-worker"))!,
      name: (await rows.nth(2).locator("th").textContent())!.split(", ").reverse().join(" "),
    };
    await rows.nth(2).getByRole("checkbox").check();
    await anna.getByRole("button", { name: "Nächste" }).click();
    const thirdForm = anna.getByRole("form", { name: `Lohndaten von ${third.name}` });
    await anna.getByText(`Flexi-Jobber 3 von 3: ${third.name}`).waitFor();
    await thirdForm.getByLabel("Berechnungsdatum").fill(today);
    await thirdForm.getByRole("radio", { name: "Flexi-Arbeiter (050)" }).check();
    await thirdForm.getByLabel("Bruttolohn").fill("99");
    await thirdForm.getByRole("button", { name: "Nächste" }).click();
    await anna.getByRole("heading", { name: third.name }).waitFor();
    const thirdCard = main(anna).locator("[data-declaration]", {
      has: anna.getByRole("heading", { name: third.name }),
    });
    const thirdDraft = (await thirdCard.getAttribute("data-declaration"))!;
    await anna.getByRole("button", { name: `Lohndaten von ${third.name} löschen` }).click();
    const dialog = anna.getByRole("dialog");
    await dialog.getByText(`Möchten Sie die eingegebenen Lohndaten von ${third.name} wirklich löschen?`).waitFor();
    await dialog.getByRole("button", { name: "Löschen" }).click();
    await anna.getByText("Die Lohndaten wurden gelöscht.").waitFor();
    await main(anna).locator(`[data-declaration="${thirdDraft}"]`).waitFor({ state: "detached" });
    expect(await main(anna).locator("[data-declaration]").count()).toBe(2);
    await shot(anna, "wizard-4-overview");
    await expectAccessible(anna, "wizard step 4");

    // A reload keeps the drafts and the step.
    await anna.reload();
    await anna.getByRole("heading", { name: chosen[1]!.name }).waitFor();
    expect(await main(anna).locator("[data-declaration]").count()).toBe(2);
  });

  it("transmits (a double click transmits once), confirms with the reference, and pending turns accepted live on the overview", async () => {
    const resumeControls = await pauseControls();
    const badgeBefore = await unreadBadge(anna);
    await anna.getByRole("button", { name: "Lohndaten übermitteln" }).dblclick();

    await anna.getByText("Ihre Flexi-Lohndaten wurden übermittelt.").waitFor();
    const reference = (await anna.getByTestId("submission-reference").textContent())!;
    expect(reference).toMatch(/^FAW-\d{4}-\d{8}$/);
    await anna.getByText("Zur Übersicht der Flexi-Datenübermittlung").waitFor();
    expect(await main(anna).locator('[data-status="PENDING"]').count()).toBe(2);
    await shot(anna, "wizard-5-confirmation");
    await expectAccessible(anna, "wizard step 5");
    const transmitted = await api<{ submissions: { nodes: { reference: string | null }[] } }>(
      anna,
      "{ submissions(first: 5) { nodes { reference } } }",
    );
    expect(transmitted.submissions.nodes.filter((s) => s.reference === reference)).toHaveLength(1);

    await anna.getByRole("link", { name: "Zur Übersicht der Flexi-Datenübermittlung" }).click();
    for (const worker of chosen)
      await main(anna).locator(`tr[data-worker="${worker.id}"] [data-status="PENDING"]`).waitFor();
    await shot(anna, "home-pending");

    await resumeControls();
    for (const worker of chosen)
      await main(anna).locator(`tr[data-worker="${worker.id}"] [data-status="ACCEPTED"]`).waitFor({ timeout: 30_000 });
    await shot(anna, "home-accepted-live");
    // One e-Box message per declaration of a wizard submission, counted live by the badge.
    await waitForBadge(anna, (count) => count === badgeBefore + 2);
  });

  it("reads the e-Box message: unread first, marked read, the badge goes down", async () => {
    const before = await unreadBadge(anna);
    await anna.getByRole("link", { name: /^e-Box: \d+$/ }).click();
    await anna.getByRole("heading", { name: "e-Box Enterprise" }).waitFor();
    const firstUnread = main(anna).locator("[data-message]").first();
    const subject = (await firstUnread.locator(".MuiListItemText-primary").textContent())!.replace(/^Ungelesen: /, "");
    await shot(anna, "ebox-inbox");
    await expectAccessible(anna, "e-Box");
    await firstUnread.click();
    await anna.getByRole("heading", { name: subject, level: 2 }).waitFor();
    expect((await anna.getByTestId("ebox-body").textContent())!.length).toBeGreaterThan(10);
    await waitForBadge(anna, (count) => count === before - 1);
    await anna.getByText(/gelesen am/).waitFor();
    await shot(anna, "ebox-message");
    await expectAccessible(anna, "e-Box message");
  });

  it("modifies a declaration on the worker's details page, sees its versions, and deletes one after confirming", async () => {
    const worker = chosen[1]!;
    await anna.goto(app.url + "#/");
    await main(anna)
      .getByRole("link", { name: `Details zu ${worker.name}` })
      .click();
    await anna.getByRole("heading", { name: "Flexi at work" }).waitFor();
    await anna.getByRole("heading", { name: "Dimona-Zeiträume" }).waitFor();
    expect(await main(anna).getByText("Flexi-Job (FLX)").count()).toBeGreaterThan(0);
    const row = main(anna).locator("tr[data-declaration]").first();
    await row.locator('[data-status="ACCEPTED"]').waitFor();
    await shot(anna, "details");
    await expectAccessible(anna, "details");

    // Modify through the same form: a new version, pending, then accepted live.
    await row.getByRole("button", { name: /^Übermittlung für .* ändern$/ }).click();
    const form = anna.getByRole("form", { name: `Lohndaten von ${worker.name}` });
    expect(await form.getByLabel("Bruttolohn").inputValue()).toBe("350,00");
    await form.getByLabel("Bruttolohn").fill("375,25");
    await form.getByRole("button", { name: "Änderung übermitteln" }).click();
    await anna.getByText("Die Änderung wurde übermittelt.", { exact: false }).waitFor();
    await row.locator('[data-status="ACCEPTED"]').waitFor({ timeout: 30_000 });
    await row.getByText("375,25\u00a0€").waitFor();
    await row.getByRole("button", { name: /^Versionen der Übermittlung/ }).click();
    const versions = main(anna).getByRole("table", { name: "Versionen" });
    await versions.getByText("Änderung").waitFor();
    expect(await versions.locator("tbody tr").count()).toBe(2);
    await shot(anna, "details-versions");

    // A stale copy: someone else modifies meanwhile; the pencil's save is a CONFLICT, said plainly.
    await row.getByRole("button", { name: /^Übermittlung für .* ändern$/ }).click();
    const declarationId = (await row.getAttribute("data-declaration"))!;
    const current = await api<{ wageDeclaration: { version: number } }>(
      anna,
      "query($id: ID!) { wageDeclaration(id: $id) { version } }",
      { id: declarationId },
    );
    await api(
      anna,
      `mutation($id: ID!, $v: Int!, $w: ID!, $p: DateRangeInput!, $d: Date!) {
      modifyDeclaration(id: $id, expectedVersion: $v, input: { workerId: $w, calculationPeriod: $p, calculationDate: $d, properties: [{ employerClass: "017", workerType: BLUE_COLLAR_050, grossWage: "380" }] }) { id } }`,
      {
        id: declarationId,
        v: current.wageDeclaration.version,
        w: worker.id,
        p: await periodOf(declarationId),
        d: today,
      },
    );
    await anna
      .getByRole("form", { name: `Lohndaten von ${worker.name}` })
      .getByRole("button", { name: "Änderung übermitteln" })
      .click();
    await anna.getByText("Diese Meldung wurde inzwischen geändert.", { exact: false }).waitFor();
    await anna.getByRole("form", { name: `Lohndaten von ${worker.name}` }).waitFor({ state: "detached" }); // stale: closed
    await row.getByText("380,00\u00a0€").waitFor(); // the other change is shown, not overwritten

    // Delete, after the confirmation dialog.
    await row.locator('[data-status="ACCEPTED"]').waitFor({ timeout: 30_000 });
    expect(await rowActions(anna, row)).toEqual({ shown: ["MODIFY", "DELETE"], allowed: ["MODIFY", "DELETE"] });
    await row.getByRole("button", { name: /^Übermittlung für .* löschen$/ }).click();
    const dialog = anna.getByRole("dialog");
    await dialog.getByText("wirklich löschen").waitFor();
    await shot(anna, "details-delete-confirm");
    // The controls wait, so that the pending cancellation can be seen.
    const resumeControls = await pauseControls();
    await dialog.getByRole("button", { name: "Löschen" }).click();
    await anna.getByText("Die Löschung wurde übermittelt.", { exact: false }).waitFor();
    await row.locator('[data-status="PENDING"]').waitFor();
    expect(await rowActions(anna, row)).toEqual({ shown: [], allowed: [] });
    await resumeControls();
    await row.locator('[data-status="CANCELLED"]').waitFor({ timeout: 30_000 });
    expect(await rowActions(anna, row)).toEqual({ shown: [], allowed: [] });
  });

  it("completes the wizard with the keyboard alone (Tab, Enter, Space and typing)", async () => {
    const period = await monthWithFlexiJobbers(anna, 1, 1);
    await anna.goto(app.url + "#/wizard");
    await anna.getByRole("heading", { name: "Zeitraum der Lohndaten eingeben" }).waitFor();
    await learnDateOrder(anna);
    await anna.locator("body").focus();

    await tabTo(anna, (el) => el.id === "wizard-from", "the start date");
    await typeDate(anna, period.start);
    await tabTo(anna, (el) => el.id === "wizard-to", "the end date");
    await typeDate(anna, period.end);
    expect(await anna.locator("#wizard-from").inputValue()).toBe(period.start);
    expect(await anna.locator("#wizard-to").inputValue()).toBe(period.end);
    await tabTo(anna, (el) => el.text === "Nächste", "Nächste");
    await anna.keyboard.press("Enter");

    await anna.getByRole("table", { name: "Flexi-Jobber mit einer Dimona im Zeitraum" }).waitFor();
    await tabTo(
      anna,
      (el) => el.type === "checkbox" && (el.label ?? "").endsWith("auswählen") && el.label !== "Alle auswählen",
      "a flexi-jobber's tick",
    );
    await anna.keyboard.press("Space");
    await anna.getByText("1 Flexi-Jobber ausgewählt").waitFor();
    await tabTo(anna, (el) => el.text === "Nächste", "Nächste");
    await anna.keyboard.press("Enter");

    const form = anna.getByRole("form", { name: /^Lohndaten von / });
    await form.waitFor();
    await tabTo(
      anna,
      (el) => el.type === "date" && (el.label ?? "").startsWith("Berechnungsdatum"),
      "the calculation date",
    );
    await typeDate(anna, today);
    await tabTo(anna, (el) => el.type === "radio", "the worker type");
    await anna.keyboard.press("Space");
    await tabTo(anna, (el) => (el.label ?? "").startsWith("Bruttolohn"), "the gross wage");
    await anna.keyboard.type("210,75");
    await tabTo(anna, (el) => el.text === "Prämie hinzufügen", "add a premium");
    await anna.keyboard.press("Enter");
    // The new premium's amount has the focus.
    await anna.keyboard.type("15");
    await tabTo(anna, (el) => (el.label ?? "").startsWith("Häufigkeit"), "the frequency");
    await anna.keyboard.type("12"); // a closed native select takes type-ahead: "12: ... jährlich"
    expect(await form.getByLabel("Häufigkeit (in Monaten)").inputValue()).toBe("12");
    await tabTo(anna, (el) => el.text === "Nächste", "Nächste");
    await anna.keyboard.press("Enter");

    await anna.getByRole("heading", { name: "Übersicht über die Lohndatenübermittlung" }).waitFor();
    await main(anna).getByText("225,75\u00a0€").waitFor();
    await tabTo(anna, (el) => el.text === "Lohndaten übermitteln", "Lohndaten übermitteln");
    await anna.keyboard.press("Enter");
    await anna.getByText("Ihre Flexi-Lohndaten wurden übermittelt.").waitFor();
    await tabTo(anna, (el) => el.text === "Zur Übersicht der Flexi-Datenübermittlung", "the link to the overview");
    await anna.keyboard.press("Enter");
    await main(anna).getByRole("table", { name: "Flexi-Jobber mit übermittelten Lohndaten" }).waitFor();
  });

  it("shows a large submission's controls as a progress bar on the confirmation page", async () => {
    const resumeControls = await pauseControls();
    const month = await monthWithFlexiJobbers(anna, 1);
    const employer = await declarantEmployerId(anna);
    const jobbers = await api<{ flexiJobbers: { id: string }[] }>(
      anna,
      "query($e: ID!, $f: Date!, $t: Date!) { flexiJobbers(employerId: $e, from: $f, to: $t) { id } }",
      { e: employer, f: month.start, t: month.end },
    );
    // 21 declarations, one day each, as payroll software sends them in bulk.
    const declarations = Array.from({ length: 21 }, (_, i) => ({
      workerId: jobbers.flexiJobbers[i % jobbers.flexiJobbers.length]!.id,
      calculationPeriod: { start: addDays(month.start, i), end: addDays(month.start, i) },
      calculationDate: today,
      properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "100" }],
    }));
    const bulk = await api<{ submitDeclarations: { id: string } }>(
      anna,
      "mutation($i: SubmitDeclarationsInput!) { submitDeclarations(input: $i) { id } }",
      {
        i: { employerId: employer, idempotencyKey: `bulk-${Date.now()}`, declarations },
      },
    );

    await anna.goto(`${app.url}#/wizard/${bulk.submitDeclarations.id}/done`);
    const bar = main(anna).getByRole("progressbar");
    await main(anna).getByText("0 von 21 Meldungen geprüft").waitFor();
    expect(await bar.getAttribute("aria-valuenow")).toBe("0");
    await shot(anna, "wizard-5-progress");
    await resumeControls();
    await main(anna).getByText("21 von 21 Meldungen geprüft").waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute("aria-valuenow")).toBe("100");
  });

  /** The calculation period of a declaration, for the test's own API call. */
  async function periodOf(id: string): Promise<{ start: string; end: string }> {
    const data = await api<{ wageDeclaration: { calculationPeriod: { start: string; end: string } } }>(
      anna,
      "query($id: ID!) { wageDeclaration(id: $id) { calculationPeriod { start end } } }",
      { id },
    );
    return data.wageDeclaration.calculationPeriod;
  }
});

let dayFirst = true;

/**
 * Chromium's date field shows its segments in the order of the browser's UI language
 * (headless: month first), not the page's: typed once into a scratch field outside the console.
 */
async function learnDateOrder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = document.createElement("input");
    probe.type = "date";
    probe.id = "date-order-probe";
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.type("02012026");
  dayFirst = (await page.locator("#date-order-probe").inputValue()) === "2026-01-02";
  await page.evaluate(() => document.getElementById("date-order-probe")?.remove());
}

/** Types a date into the focused date field, segment by segment as the field shows them. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split("-");
  await page.keyboard.type(dayFirst ? `${d}${m}${y}` : `${m}${d}${y}`);
}
