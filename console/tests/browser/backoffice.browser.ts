/**
 * The back office in the browser, as Dirk (back-office agent) in German: a declaration's page
 * offering exactly the actions the API allows, the review queue's filters and bulk review, a
 * declaration's page with a correction that first meets a server field error, a refusal by hand
 * and a revalidation whose reason the history gives in all four languages, and a worker's income against the ceiling. Records come from the demo data through the API,
 * never as fixed ids.
 */
import type { Locator, Page } from "playwright-core";
import { backOfficeMessages } from "../../src/i18n/office";
import {
  DEMO_PASSWORD,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsole,
  type ConsoleUnderTest,
} from "./support";
import { LANGUAGES } from "./ux-support";

/** The reason the API writes on a status event of a revalidation, in its own (English) words. */
const API_REVALIDATION_REASON = "Controls run again by the back office.";

let app: ConsoleUnderTest;
let page: Page;
let token: string;
/** The declaration corrected on its page: its worker's income is looked at last. */
let corrected: Row | undefined;

/** A GraphQL call as Dirk, to pick demo records and to change one behind the console's back. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(app.url + "graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown[] };
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}

interface Row {
  id: string;
  version: number;
  status: string;
  calculationPeriod: { start: string; end: string };
  worker: { id: string; firstName: string; lastName: string };
  employer: { employerClasses: string[] };
}

async function declarations(filter: Record<string, unknown>): Promise<{ totalCount: number; nodes: Row[] }> {
  const data = await api<{ wageDeclarations: { totalCount: number; nodes: Row[] } }>(
    `query($filter: WageDeclarationFilter) { wageDeclarations(filter: $filter, first: 100) {
      totalCount nodes { id version status calculationPeriod { start end } worker { id firstName lastName } employer { employerClasses } } } }`,
    { filter },
  );
  return data.wageDeclarations;
}

/** The statuses shown in the queue's rows. */
const rowStatuses = (p: Page) =>
  p.locator("table tbody tr [data-status]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-status")));

/** Picks options of a MUI select (SelectInput, SelectArrayInput) by their visible text; true: selected afterwards. */
async function toggleOptions(p: Page, combobox: Locator, options: { text: string | RegExp; selected: boolean }[]) {
  await combobox.click();
  for (const { text, selected } of options) {
    const option = p.getByRole("option", { name: text });
    if (((await option.getAttribute("aria-selected")) === "true") !== selected) await option.click();
  }
  await p.keyboard.press("Escape");
}

/** Reads until the assertion holds (the page updates asynchronously), failing with the last assertion error. */
async function eventually<T>(read: () => Promise<T>, assert: (value: T) => void, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      assert(value);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function expectNoSeriousViolations(p: Page) {
  const violations = await seriousAccessibilityViolations(p);
  expect(violations).toEqual([]);
}

beforeAll(async () => {
  app = await startConsole();
  token = (
    await api<{ signIn: { token: string } }>(
      `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token } }`,
      { login: "dirk.backoffice", password: DEMO_PASSWORD },
    )
  ).signIn.token;
  page = await newPage(app, "de");
  await signIn(page, app, "dirk.backoffice");
});
afterAll(() => app.close());

/** The buttons of a declaration's page, by the API's action each stands for. */
const ACTION_BUTTONS: Record<string, string> = {
  CORRECT: "Berichtigen",
  ACCEPT: "Annehmen",
  REFUSE: "Ablehnen",
  REVALIDATE: "Erneut prüfen",
};

// First: the tests after it accept or correct the demo's refused declarations.
it("offers on a declaration's page exactly the actions the API's allowedActions lists, whatever the status", async () => {
  const shown: Record<string, string[]> = {};
  for (const status of ["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED", "CANCELLED"]) {
    const { wageDeclarations } = await api<{ wageDeclarations: { nodes: { id: string; allowedActions: string[] }[] } }>(
      `query($filter: WageDeclarationFilter) { wageDeclarations(filter: $filter, first: 1) { nodes { id allowedActions } } }`,
      { filter: { status: { in: [status] } } },
    );
    const [target] = wageDeclarations.nodes;
    if (!target) throw new Error(`the demo has no ${status} declaration`);
    await page.goto(app.url + `#/declarations/${target.id}/show`);
    await page.locator(`[data-testid="declaration-status"][data-status="${status}"]`).waitFor();
    const buttons = await page.getByTestId("declaration-actions").getByRole("button").allTextContents();
    const allowed = target.allowedActions.filter((action) => action in ACTION_BUTTONS);
    expect([...buttons].sort()).toEqual(allowed.map((action) => ACTION_BUTTONS[action]).sort());
    shown[status] = buttons;
  }
  // The lifecycle's table as the back office sees it: nothing on a cancelled declaration, and a
  // refused one can be accepted or checked again but not refused once more.
  expect(shown).toEqual({
    ACCEPTED: ["Berichtigen"],
    ACCEPTED_WITH_WARNINGS: ["Berichtigen", "Annehmen", "Ablehnen", "Erneut prüfen"],
    REFUSED: ["Berichtigen", "Annehmen", "Erneut prüfen"],
    CANCELLED: [],
  });
});

it("the review queue shows the work to do and filters by status and anomaly code", async () => {
  await page.goto(app.url + "#/declarations");
  await page.getByRole("heading", { name: "Prüfliste" }).or(page.getByText("Prüfliste").first()).first().waitFor();
  await page.locator("table tbody tr [data-status]").first().waitFor();
  // By default: pending, accepted with warnings and refused only.
  for (const status of await rowStatuses(page))
    expect(["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"]).toContain(status);

  const refused = await declarations({ status: { in: ["REFUSED"] } });
  expect(refused.totalCount).toBeGreaterThan(0);
  await toggleOptions(page, page.getByRole("combobox", { name: "Status" }), [
    { text: "Ausstehend", selected: false },
    { text: "Angenommen mit Warnungen", selected: false },
    { text: "Abgelehnt", selected: true },
  ]);
  await eventually(
    async () => new Set(await rowStatuses(page)),
    (value) => expect(value).toEqual(new Set(["REFUSED"])),
  );
  await eventually(
    async () => (await rowStatuses(page)).length,
    (value) => expect(value).toBe(Math.min(refused.totalCount, 10)),
  );

  const provisional = await declarations({ status: { in: ["REFUSED"] }, anomalyCode: { eq: "00011-146" } });
  expect(provisional.totalCount).toBeGreaterThan(1);
  await toggleOptions(page, page.getByRole("combobox", { name: "Anomaliecode" }), [
    { text: /^00011-146/, selected: true },
  ]);
  await eventually(
    async () => (await rowStatuses(page)).length,
    (value) => expect(value).toBe(provisional.totalCount),
  );
  const codes = await page
    .locator("table tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("[data-anomaly]")].map((a) => a.getAttribute("data-anomaly"))),
    );
  for (const rowCodes of codes) expect(rowCodes).toContain("00011-146");

  await page.mouse.move(0, 0);
  await screenshot(page, "review-queue");
  await expectNoSeriousViolations(page);
});

it("accepts the selected declarations with one reason, all together with their versions: one that changed meanwhile is named and stops the call, then the rest are accepted", async () => {
  const selected = (await declarations({ status: { in: ["REFUSED"] }, anomalyCode: { eq: "00011-146" } })).nodes;
  await page.getByRole("checkbox", { name: "Alle auf dieser Seite auswählen" }).check();
  await page.getByRole("region", { name: "Auswahl" }).getByRole("button", { name: "Annehmen" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(`${selected.length} Meldungen annehmen`).waitFor();

  // The reason is required.
  await dialog.getByRole("button", { name: "Annehmen" }).click();
  await dialog.getByText("Geben Sie die Begründung für diese Änderung an.").waitFor();

  // Someone else accepts one of them meanwhile: its version moves on, so the console's is stale.
  const stale = selected[0]!;
  await api(
    `mutation($id: ID!, $v: Int!) { acceptDeclaration(id: $id, expectedVersion: $v, reason: "Checked by phone") { id } }`,
    { id: stale.id, v: stale.version },
  );

  await dialog.getByLabel(/Begründung/).fill("NSSO number confirmed by the employer's social secretariat");
  await dialog.getByRole("button", { name: "Annehmen" }).click();
  const result = dialog.getByTestId("bulk-result");
  await result.getByText("Nichts wurde geändert, wegen dieser Meldung:").waitFor();
  expect(
    await result.locator("li[data-code]").evaluateAll((items) => items.map((i) => i.getAttribute("data-code"))),
  ).toEqual(["CONFLICT"]);
  expect(await result.locator("li[data-code]").textContent()).toContain(
    `${stale.worker.firstName} ${stale.worker.lastName}`,
  );
  await dialog.getByRole("button", { name: "Schließen" }).click();
  await page.getByRole("region", { name: "Auswahl" }).waitFor({ state: "detached" });

  // The others, decided again from the list as it is now (the one accepted meanwhile has left it).
  await page.waitForFunction(
    (n) => document.querySelectorAll("table tbody tr [data-status]").length === n,
    selected.length - 1,
  );
  await page.getByRole("checkbox", { name: "Alle auf dieser Seite auswählen" }).check();
  await page.getByRole("region", { name: "Auswahl" }).getByRole("button", { name: "Annehmen" }).click();
  await dialog.getByLabel(/Begründung/).fill("NSSO number confirmed by the employer's social secretariat");
  await dialog.getByRole("button", { name: "Annehmen" }).click();
  await result
    .getByText(
      selected.length - 1 === 1
        ? "Die Meldung wurde angenommen."
        : `Alle ${selected.length - 1} Meldungen wurden angenommen.`,
    )
    .waitFor();
  await dialog.getByRole("button", { name: "Schließen" }).click();

  const after = await Promise.all(
    selected.map((d) =>
      api<{ wageDeclaration: { status: string } }>(`query($id: ID!) { wageDeclaration(id: $id) { status } }`, {
        id: d.id,
      }),
    ),
  );
  expect(after.map((d) => d.wageDeclaration.status)).toEqual(selected.map(() => "ACCEPTED"));
});

it("shows a declaration and corrects it: a server field error on its field first, then success with an audit entry", async () => {
  const [target] = (await declarations({ status: { in: ["REFUSED"] }, anomalyCode: { eq: "00036-022" } })).nodes;
  if (!target) throw new Error("the demo has no refused declaration with anomaly 00036-022");
  corrected = target;
  await page.goto(
    app.url +
      `#/declarations?filter=${encodeURIComponent(JSON.stringify({ status: ["REFUSED"], anomalyCode: "00036-022" }))}`,
  );
  await page.locator(`a[href="#/declarations/${target.id}/show"]`).click();

  const name = `${target.worker.firstName} ${target.worker.lastName}`;
  await page.getByRole("heading", { level: 1, name: new RegExp(name) }).waitFor();
  await page.locator('[data-anomaly="00036-022"]').first().waitFor();
  await page.getByRole("table", { name: "Dimona-Zeiträume des Arbeitnehmers bei diesem Arbeitgeber" }).waitFor();
  await page.getByRole("table", { name: "Versionen" }).waitFor();
  await page.getByTestId("status-events").waitFor();
  const versionsBefore = await page.locator("tr[data-version]").count();
  await screenshot(page, "declaration-page");
  await expectNoSeriousViolations(page);

  await page.getByRole("button", { name: "Berichtigen", exact: true }).click();
  const form = page.locator("#declaration-correction-title").locator("xpath=ancestor::section");
  const periodEnd = form.locator('input[id$="-calculationPeriod-end"]');
  await periodEnd.waitFor();
  // A calculation period across 31 December: only the server knows this rule.
  const year = Number(target.calculationPeriod.start.slice(0, 4));
  await periodEnd.fill(`${year + 1}-01-02`);
  await form.getByTestId("correction-reason").fill("Employer class corrected after a call with the employer");
  await form.getByRole("button", { name: "Berichtigung speichern" }).click();
  await eventually(
    () => periodEnd.getAttribute("aria-invalid"),
    (value) => expect(value).toBe("true"),
  );
  const periodEndId = await periodEnd.getAttribute("id");
  await eventually(
    () => page.locator(`[id="${periodEndId}-helper-text"]`).textContent(),
    (value) => expect(value).toContain("31. Dezember"),
  );
  // Pessimistic: nothing changed on the page.
  expect(await page.locator("tr[data-version]").count()).toBe(versionsBefore);

  await periodEnd.fill(target.calculationPeriod.end);
  await form.locator('select[id$="-properties-0-employerClass"]').selectOption(target.employer.employerClasses[0]!);
  await form.getByRole("button", { name: "Berichtigung speichern" }).click();
  await page.getByText("Die Meldung ist berichtigt").waitFor();
  await eventually(
    () => page.locator("tr[data-version]").count(),
    (value) => expect(value).toBe(versionsBefore + 1),
  );
  const audit = page.locator('[data-audit-action="correctDeclaration"]');
  await audit.getByText("Employer class corrected after a call with the employer").waitFor();
  await audit.getByText("Eigenschaften").waitFor();
  // Live: the controls of the new version end without a reload (the anomaly is gone).
  await eventually(
    () => page.getByTestId("declaration-status").getAttribute("data-status"),
    (value) => expect(value).toBe("ACCEPTED"),
    20_000,
  );
  await screenshot(page, "declaration-corrected");
});

it("a correction of a declaration someone else changed meanwhile says so and shows the declaration as it is now", async () => {
  const target = (await declarations({ status: { in: ["REFUSED"] } })).nodes.find((d) => d.id !== corrected?.id);
  if (!target) throw new Error("the demo has no other refused declaration");
  await page.goto(app.url + `#/declarations/${target.id}/show`);
  await page.getByRole("button", { name: "Berichtigen", exact: true }).click();
  const form = page.locator("#declaration-correction-title").locator("xpath=ancestor::section");
  await form.getByTestId("correction-reason").fill("Amount as on the payslip");
  // Meanwhile another agent accepts it.
  await api(
    `mutation($id: ID!, $v: Int!) { acceptDeclaration(id: $id, expectedVersion: $v, reason: "Checked by phone") { id } }`,
    { id: target.id, v: target.version },
  );
  await form.getByRole("button", { name: "Berichtigung speichern" }).click();
  await page.getByText("Jemand anderes hat diese Meldung inzwischen geändert.").waitFor();
  await eventually(
    () => page.getByTestId("declaration-status").getAttribute("data-status"),
    (value) => expect(value).toBe("ACCEPTED"),
  );
  expect(await page.locator("#declaration-correction-title").count()).toBe(0);
});

it("refuses a declaration accepted with warnings, with a reason the history shows; the revalidation's reason shows in all four languages", async () => {
  const [target] = (await declarations({ status: { in: ["ACCEPTED_WITH_WARNINGS"] }, anomalyCode: { eq: "FAW-001" } }))
    .nodes;
  if (!target) throw new Error("the demo has no declaration accepted with warning FAW-001");
  await page.goto(app.url + `#/declarations/${target.id}/show`);
  await page.getByTestId("declaration-status").waitFor();
  await page.getByRole("button", { name: "Ablehnen" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/Begründung/).fill("Transmitted three weeks late without explanation");
  await dialog.getByRole("button", { name: "Ablehnen" }).click();
  await page.getByText("Die Meldung ist abgelehnt.").waitFor();
  await eventually(
    () => page.getByTestId("declaration-status").getAttribute("data-status"),
    (value) => expect(value).toBe("REFUSED"),
  );
  const event = page.getByTestId("status-events").locator("tbody tr").first();
  await event.getByText("Transmitted three weeks late without explanation").waitFor();
  await event.getByText("Dirk Vermeulen (dirk.backoffice)").waitFor();
  await page.getByRole("button", { name: "Erneut prüfen" }).click();
  await page.getByText("Die Kontrollen laufen erneut.").waitFor();

  // The history gives the reason the API wrote for the revalidation by its code, in each
  // language, never the API's English words.
  for (const language of LANGUAGES) {
    const reader = language === "de" ? page : await newPage(app, language);
    if (reader !== page) {
      await signIn(reader, app, "dirk.backoffice");
      await reader.goto(app.url + `#/declarations/${target.id}/show`);
    }
    const events = reader.getByTestId("status-events");
    const reason = events.locator('td[data-reason-code="CONTROLS_RUN_AGAIN"]').first();
    await reason.waitFor();
    expect({ language, text: await reason.textContent() }).toEqual({
      language,
      text: backOfficeMessages[language].office.history.revalidated,
    });
    expect(await events.textContent()).not.toContain(API_REVALIDATION_REASON);
    if (reader !== page) await reader.context().close();
  }
});

interface Income {
  year: number;
  total: string;
  byEmployer: { total: string }[];
}

/** A worker whose accepted income of a year comes from two employers or more: the chart then has shares. */
async function workerWithShares(): Promise<{ worker: { id: string; ssin: string; lastName: string }; income: Income }> {
  const { wageDeclarations } = await api<{
    wageDeclarations: {
      nodes: {
        calculationPeriod: { start: string };
        worker: { id: string; ssin: string; lastName: string };
        employer: { id: string };
      }[];
    };
  }>(
    `{ wageDeclarations(first: 500) { nodes { calculationPeriod { start } worker { id ssin lastName } employer { id } } } }`,
  );
  const employersOf = new Map<
    string,
    { worker: { id: string; ssin: string; lastName: string }; year: number; employers: Set<string> }
  >();
  for (const d of wageDeclarations.nodes) {
    const year = Number(d.calculationPeriod.start.slice(0, 4));
    const key = `${d.worker.id}:${year}`;
    const entry = employersOf.get(key) ?? { worker: d.worker, year, employers: new Set<string>() };
    entry.employers.add(d.employer.id);
    employersOf.set(key, entry);
  }
  for (const { worker, year, employers } of employersOf.values()) {
    if (employers.size < 2) continue;
    const { flexiIncome } = await api<{ flexiIncome: Income }>(
      `query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { year total byEmployer { total } } }`,
      { ssin: worker.ssin, year },
    );
    if (flexiIncome.byEmployer.filter((share) => Number(share.total) > 0).length >= 2)
      return { worker, income: flexiIncome };
  }
  throw new Error("the demo has no worker paid by two employers in one year");
}

const euro = (amount: number) =>
  `${amount.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}\u00a0€`;

it("shows a worker's income per employer against the ceiling, and the ceiling passed once the ceiling is lowered", async () => {
  const { worker, income } = await workerWithShares();
  // Found through the workers list's search.
  await page.goto(app.url + "#/workers");
  await page.getByPlaceholder("Name oder INSZ").fill(worker.ssin);
  await page
    .locator(`a[href="#/workers/${worker.id}/show"]`)
    .or(page.locator("table tbody tr").filter({ hasText: worker.ssin }))
    .first()
    .click();
  const chart = page.getByTestId("income-chart");
  await chart.waitFor();
  if (Number(await page.getByTestId("income-year").inputValue()) !== income.year) {
    await page.getByRole("combobox", { name: "Jahr" }).click();
    await page.getByRole("option", { name: String(income.year) }).click();
  }
  await eventually(
    () => chart.getByTestId("income-total").textContent(),
    (value) => expect(value).toBe(euro(Number(income.total))),
  );
  const { flexiCeilings } = await api<{ flexiCeilings: { year: number; amount: string }[] }>(
    `{ flexiCeilings { year amount } }`,
  );
  const ceiling = flexiCeilings.find((c) => c.year === income.year);
  if (!ceiling) throw new Error(`no ceiling for ${income.year}`);
  expect(await chart.getByTestId("income-ceiling").textContent()).toBe(euro(Number(ceiling.amount)));
  await chart.getByTestId("ceiling-marker").waitFor();
  expect(await chart.locator('[data-segment="accepted"]').count()).toBe(income.byEmployer.length);
  await page.mouse.move(0, 0);
  await screenshot(page, "ceiling-chart");
  await expectNoSeriousViolations(page);

  // The ceilings page: the year's ceiling set below this worker's income.
  const lowered = Math.floor(Number(income.total) / 2);
  await page.goto(app.url + "#/ceilings");
  await page.getByRole("button", { name: `Obergrenze ${income.year}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Betrag/).fill(`${lowered},00`);
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await page.getByText("Die Obergrenze ist gespeichert.").waitFor();
  await page
    .locator("table tbody tr")
    .filter({ hasText: euro(lowered) })
    .waitFor();

  await page.goBack();
  await chart.waitFor();
  if (Number(await page.getByTestId("income-year").inputValue()) !== income.year) {
    await page.getByRole("combobox", { name: "Jahr" }).click();
    await page.getByRole("option", { name: String(income.year) }).click();
  }
  await eventually(
    () => chart.getAttribute("data-exceeded"),
    (value) => expect(value).toBe("true"),
  );
  await chart.getByText(`über der Obergrenze von ${euro(lowered)}`).waitFor();
  await page.mouse.move(0, 0);
  await screenshot(page, "ceiling-chart-exceeded");
});

it("corrects a worker: the reason is required, then the change is saved and audited", async () => {
  if (!corrected) throw new Error("the correction above did not run");
  await page.goto(app.url + `#/declarations/${corrected.id}/show`);
  await page.locator(`a[href="#/workers/${corrected.worker.id}/show"]`).click();
  await page.getByTestId("income-chart").waitFor();
  await page.getByRole("button", { name: "Berichtigen", exact: true }).click();
  const firstName = page.getByLabel(/^Vorname/);
  const newName = `${await firstName.inputValue()}-Marie`;
  await firstName.fill(newName);
  await page.getByRole("button", { name: "Berichtigung speichern" }).click();
  await page.getByText("Pflichtfeld").first().waitFor();
  await page.getByLabel(/^Begründung/).fill("Name as on the identity card");
  await page.getByRole("button", { name: "Berichtigung speichern" }).click();
  await page.getByText("Der Arbeitnehmer ist berichtigt.").waitFor();
  await page.getByRole("heading", { level: 1, name: new RegExp(newName) }).waitFor();
  const audit = page.locator('[data-audit-action="correctWorker"]');
  await audit.getByText("Name as on the identity card").waitFor();
  await audit.getByText(newName).waitFor();
  // Reading the declaration above showed this worker's pay: that read is listed apart from the changes.
  const read = page.getByTestId("income-reads").locator('[data-audit-action="readIncome"]').first();
  await read.getByText("Einkommen eingesehen (Beträge angezeigt)").waitFor();
  await read.getByText("Dirk Vermeulen (dirk.backoffice)").waitFor();
  expect(await page.getByTestId("audit-trail").locator('[data-audit-action^="read"]').count()).toBe(0);
});

it("corrects an employer and a Dimona period: server field errors on their fields, then audited changes", async () => {
  const { employers } = await api<{ employers: { nodes: { id: string; name: string }[] } }>(
    `{ employers(first: 1, orderBy: [NAME_ASC]) { nodes { id name } } }`,
  );
  const employer = employers.nodes[0]!;
  await page.goto(app.url + "#/employers");
  await page.getByRole("link", { name: employer.name }).click();
  await page.getByRole("heading", { level: 1, name: employer.name }).waitFor();
  await page.getByRole("button", { name: "Berichtigen", exact: true }).click();
  const nsso = page.getByLabel(/^LSS-Nummer/);
  const nssoBefore = await nsso.inputValue();
  await nsso.fill("123456789");
  await page.getByLabel(/^Begründung/).fill("Name after the merger");
  await page.getByRole("button", { name: "Berichtigung speichern" }).click();
  await eventually(
    () => nsso.getAttribute("aria-invalid"),
    (value) => expect(value).toBe("true"),
  );
  await page.getByText("Diese LSS-Nummer ist ungültig").waitFor();
  await nsso.fill(nssoBefore);
  const renamed = `${employer.name} SRL`;
  await page.getByLabel(/^Name/).fill(renamed);
  await page.getByRole("button", { name: "Berichtigung speichern" }).click();
  await page.getByText("Der Arbeitgeber ist berichtigt.").waitFor();
  await page.getByRole("heading", { level: 1, name: renamed }).waitFor();
  const audit = page.locator('[data-audit-action="correctEmployer"]');
  await audit.getByText("Name after the merger").waitFor();
  expect(await audit.locator("li").count()).toBe(1); // only the name changed

  // A Dimona period of that employer, cancelled with a reason (after an hour the server refuses).
  await page.goto(app.url + "#/dimonaPeriods");
  await page.getByRole("combobox", { name: "Arbeitgeber" }).click();
  await page.getByRole("option", { name: renamed }).click();
  await page.getByRole("combobox", { name: "Annulliert" }).click();
  await page.getByRole("option", { name: "nein" }).click();
  const row = page.locator("table tbody tr").filter({ hasText: renamed }).first();
  const periodId = (await row.locator("td").first().textContent())!.trim();
  await row.getByRole("button", { name: `Dimona-Zeitraum ${periodId} berichtigen` }).click();
  const dialog = page.getByRole("dialog");
  const startHour = dialog.getByLabel(/^Beginnzeit/);
  const hourBefore = await startHour.inputValue();
  await startHour.fill("25:00");
  await dialog.getByLabel(/^Begründung/).fill("Cancelled by the employer by phone");
  await dialog.getByRole("button", { name: "Berichtigung speichern" }).click();
  await dialog.getByText("Eine Uhrzeit hat die Form HH:MM").waitFor();
  await startHour.fill(hourBefore);
  await dialog.getByLabel("Annulliert").check();
  await dialog.getByRole("button", { name: "Berichtigung speichern" }).click();
  await page.getByText("Der Dimona-Zeitraum ist berichtigt.").waitFor();
  const { auditEntries } = await api<{
    auditEntries: {
      nodes: { action: string; reason: string | null; changes: { field: string; after: string | null }[] }[];
    };
  }>(`{ auditEntries(first: 1) { nodes { action reason changes { field after } } } }`);
  expect(auditEntries.nodes[0]).toEqual({
    action: "correctDimonaPeriod",
    reason: "Cancelled by the employer by phone",
    changes: [{ field: "cancelled", after: "true" }],
  });
});

it("says why a review queue the API refuses cannot be shown (a bookmark with an impossible day) in the reader's language, never the API's English", async () => {
  const filter = encodeURIComponent(JSON.stringify({ periodFrom: "2025-02-30" }));
  const refused = await fetch(app.url + "graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: "query($f: WageDeclarationFilter) { wageDeclarations(filter: $f) { totalCount } }",
      variables: { f: { calculationPeriodOverlaps: { start: "2025-02-30", end: "2999-12-31" } } },
    }),
  }).then((r) => r.json() as Promise<{ errors: { message: string; extensions: { code: string } }[] }>);
  const apiMessage = refused.errors[0]!.message;
  expect(refused.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
  for (const language of LANGUAGES) {
    const reader = await newPage(app, language);
    await signIn(reader, app, "dirk.backoffice");
    await reader.goto(app.url + `#/declarations?filter=${filter}`);
    const toast = reader.locator(".MuiSnackbar-root");
    await toast.waitFor();
    const text = (await toast.textContent()) ?? "";
    const office = backOfficeMessages[language].office;
    expect({ language, text }).toEqual({ language, text: office.fieldErrors.INVALID_DATE });
    expect(text).not.toContain(apiMessage);
    await reader.context().close();
  }
});

it("says in the reader's language that an action got no answer (the network failed), never the browser's bare English", async () => {
  const { wageDeclarations } = await api<{ wageDeclarations: { nodes: { id: string; allowedActions: string[] }[] } }>(
    `{ wageDeclarations(filter: { status: { in: [REFUSED, ACCEPTED_WITH_WARNINGS] } }, first: 50) { nodes { id allowedActions } } }`,
  );
  const target = wageDeclarations.nodes.find((d) => d.allowedActions.includes("REVALIDATE"));
  if (!target) throw new Error("the demo has no declaration the back office may check again");
  await page.goto(app.url + `#/declarations/${target.id}/show`);
  const revalidate = page.getByTestId("declaration-actions").getByRole("button", { name: ACTION_BUTTONS.REVALIDATE });
  await revalidate.waitFor();
  // The revalidation never reaches the API, as when the network drops; everything else does.
  await page.route(app.url + "graphql", (route) =>
    route.request().postData()?.includes("revalidateDeclaration")
      ? route.abort("internetdisconnected")
      : route.continue(),
  );
  try {
    await revalidate.click();
    const toast = page.locator(".MuiSnackbar-root");
    await toast.waitFor();
    // The catalogue's words around the browser's own message.
    const [before, after] = backOfficeMessages.de.office.apiErrors.other.split("%{message}") as [string, string];
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(await toast.textContent()).toMatch(new RegExp(`^${escape(before)}.+${escape(after)}$`));
  } finally {
    await page.unroute(app.url + "graphql");
  }
});
