/**
 * Reasons that reach the employer, and bulk decisions on what the agent sees:
 * - the back office (dirk.backoffice, German) refuses the review queue's selection in one
 *   request; the selection never outlives the page it was made on; a refusal of the whole call
 *   names the worker, not an id with a code;
 * - the employer (anna.declarant) finds the back office's reason in the e-Box message, in the
 *   home overview (with a "Korrigieren" action on the refused row) and on the details page
 *   without unfolding anything, in German, French, Dutch and English;
 * - the wizard asks before transmitting while selected flexi-jobbers have no wage data, and its
 *   confirmation page (gerda.declarant: a provisional NSSO number, so everything is refused)
 *   shows each refusal's reason and a way to correct it, and no longer speaks of the hourglass
 *   once the results are final.
 * Records come from the demo data through the API, never as fixed ids.
 */
import type { Page, Request } from "playwright-core";
import { monthWithFlexiJobbers } from "./demo-months";
import { api, newPage, saveScreenshots, signIn, startConsole, type ConsoleUnderTest } from "./support";

type Locale = "de" | "fr" | "nl" | "en";
const LOCALES: Locale[] = ["de", "fr", "nl", "en"];

let app: ConsoleUnderTest;
let dirk: Page;

beforeAll(async () => {
  app = await startConsole();
  dirk = await newPage(app, "de");
  await signIn(dirk, app, "dirk.backoffice");
});
afterAll(() => app.close());

const main = (page: Page) => page.locator("#main-content");

interface Row {
  id: string;
  version: number;
  status: string;
  worker: { id: string; firstName: string; lastName: string };
}

/** The declarations with these ids, as they stand now. */
async function byIds(ids: string[]): Promise<Row[]> {
  return Promise.all(
    ids.map(async (id) => {
      const data = await api<{ wageDeclaration: Row }>(
        dirk,
        `query($id: ID!) { wageDeclaration(id: $id) { id version status worker { id firstName lastName } } }`,
        { id },
      );
      return data.wageDeclaration;
    }),
  );
}

async function declarations(filter: Record<string, unknown>): Promise<Row[]> {
  const data = await api<{ wageDeclarations: { nodes: Row[] } }>(
    dirk,
    `query($filter: WageDeclarationFilter) { wageDeclarations(filter: $filter, first: 200) {
      nodes { id version status worker { id firstName lastName } } } }`,
    { filter },
  );
  return data.wageDeclarations.nodes;
}

/** The GraphQL operations the page sends from now on (their documents), to count requests. */
function recordOperations(page: Page): { documents: string[]; stop: () => void } {
  const documents: string[] = [];
  const listener = (request: Request) => {
    if (request.url().endsWith("/graphql") && request.method() === "POST") documents.push(request.postData() ?? "");
  };
  page.on("request", listener);
  return { documents, stop: () => page.off("request", listener) };
}

const BRASSERIE = "Brasserie De Gouden Leeuw";
const REASON = "Keine Dimona für diese Tage: bitte erst die Dimona melden";
/** The declarations refused in bulk below; the employer reads their reason afterwards. */
let refused: Row[] = [];

describe("bulk decisions in the review queue (dirk.backoffice, German)", () => {
  let queue: string;
  let shown: Row[];

  beforeAll(async () => {
    const employers = await api<{ employers: { nodes: { id: string; name: string }[] } }>(
      dirk,
      `{ employers(first: 10) { nodes { id name } } }`,
    );
    const brasserie = employers.employers.nodes.find((e) => e.name === BRASSERIE)!.id;
    shown = await declarations({ status: { in: ["ACCEPTED_WITH_WARNINGS"] }, employerId: { eq: brasserie } });
    if (shown.length < 2 || shown.length > 10)
      throw new Error(
        `the demo has ${shown.length} accepted-with-warnings declarations of ${BRASSERIE}, not 2 to 10 (one page)`,
      );
    queue =
      app.url +
      `#/declarations?filter=${encodeURIComponent(JSON.stringify({ status: ["ACCEPTED_WITH_WARNINGS"], employerId: brasserie }))}`;
  });

  const selectAll = async () => {
    await dirk.getByRole("checkbox", { name: "Alle auf dieser Seite auswählen" }).check();
    await dirk.getByRole("region", { name: "Auswahl" }).waitFor();
  };
  const noSelection = async () => {
    await dirk.getByRole("region", { name: "Auswahl" }).waitFor({ state: "detached" });
    // (Once nothing is left to show, the list has no table and no checkbox at all.)
    const all = dirk.getByRole("checkbox", { name: "Alle auf dieser Seite auswählen" });
    if ((await all.count()) > 0) expect(await all.isChecked()).toBe(false);
  };
  const rowsShown = async (count: number) => {
    await dirk.waitForFunction((n) => document.querySelectorAll("table tbody tr [data-status]").length === n, count);
  };

  it("keeps a selection only on the page it was made on: not after a reload, nor after leaving the queue", async () => {
    await dirk.goto(queue);
    await rowsShown(shown.length);
    await selectAll();
    await dirk.reload();
    await rowsShown(shown.length);
    await noSelection();

    await selectAll();
    await main(dirk).locator("table tbody tr a").first().click();
    await dirk.getByRole("link", { name: "Prüfliste" }).click();
    await rowsShown(shown.length);
    await noSelection();
  });

  it("refuses the selection in one request; a refused call names the worker and changes nothing; nothing stays selected", async () => {
    await dirk.goto(queue);
    await rowsShown(shown.length);
    await selectAll();
    const dialog = dirk.getByRole("dialog");
    await dirk.getByRole("region", { name: "Auswahl" }).getByRole("button", { name: "Ablehnen" }).click();
    await dialog.getByText(`${shown.length} Meldungen ablehnen`).waitFor();
    await dialog.getByText(/gemeinsam von Hand abgelehnt/).waitFor();

    // Someone else refuses one of them meanwhile: the console's version of it is stale.
    const stale = shown[0]!;
    await api(
      dirk,
      `mutation($id: ID!, $v: Int!) { refuseDeclaration(id: $id, expectedVersion: $v, reason: "Telefonisch geklärt") { id } }`,
      { id: stale.id, v: stale.version },
    );

    const sent = recordOperations(dirk);
    await dialog.getByLabel(/Begründung/).fill(REASON);
    await dialog.getByRole("button", { name: "Ablehnen" }).click();
    const result = dialog.getByTestId("bulk-result");
    await result.getByText("Nichts wurde geändert, wegen dieser Meldung:").waitFor();
    const named = result.locator('li[data-code="CONFLICT"]');
    expect(await named.textContent()).toBe(
      `${stale.worker.firstName} ${stale.worker.lastName} (${BRASSERIE}): Sie wurde inzwischen von jemand anderem geändert; die Liste zeigt jetzt ihren aktuellen Stand.`,
    );
    expect(await result.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    sent.stop();
    expect(sent.documents.filter((d) => d.includes("refuseDeclarations"))).toHaveLength(1);
    expect(sent.documents.filter((d) => /refuseDeclaration\(/.test(d))).toHaveLength(0);
    await saveScreenshots(dirk, "bulk-refusal-named");
    await dialog.getByRole("button", { name: "Schließen" }).click();
    await noSelection();
    const untouched = await byIds(shown.slice(1).map((d) => d.id));
    expect(untouched.map((d) => d.status)).toEqual(shown.slice(1).map(() => "ACCEPTED_WITH_WARNINGS"));

    // The list now shows the others only: decided again, in one request.
    const rest = shown.slice(1);
    await rowsShown(rest.length);
    await selectAll();
    const again = recordOperations(dirk);
    await dirk.getByRole("region", { name: "Auswahl" }).getByRole("button", { name: "Ablehnen" }).click();
    await dialog.getByLabel(/Begründung/).fill(REASON);
    await dialog.getByRole("button", { name: "Ablehnen" }).click();
    await result
      .getByText(rest.length === 1 ? "Die Meldung wurde abgelehnt." : `Alle ${rest.length} Meldungen wurden abgelehnt.`)
      .waitFor();
    again.stop();
    expect(again.documents.filter((d) => d.includes("refuseDeclarations"))).toHaveLength(1);
    await saveScreenshots(dirk, "bulk-refusal-done");
    await dialog.getByRole("button", { name: "Schließen" }).click();
    await noSelection();
    refused = await byIds(rest.map((d) => d.id));
    expect(refused.map((d) => d.status)).toEqual(rest.map(() => "REFUSED"));
  });
});

const WORDS: Record<Locale, { office: string; reason: string; correct: string; label: string }> = {
  de: { office: "Begründung des LSS", reason: "Grund", correct: "Korrigieren", label: "Grund: " },
  fr: { office: "Motif de l'ONSS", reason: "Motif", correct: "Corriger", label: "Motif\u00a0: " },
  nl: { office: "Reden van de RSZ", reason: "Reden", correct: "Verbeteren", label: "Reden: " },
  en: { office: "NSSO's reason", reason: "Reason", correct: "Correct", label: "Reason: " },
};

describe.each(LOCALES)("the employer reads the back office's reason (anna.declarant, %s)", (locale) => {
  let anna: Page;
  beforeAll(async () => {
    anna = await newPage(app, locale);
    await signIn(anna, app, "anna.declarant");
  });
  afterAll(() => anna.context().close());

  it("in the e-Box message, in the home overview with a correct action, and on the details page unfolded", async () => {
    const words = WORDS[locale];
    const target = refused[0];
    if (!target) throw new Error("nothing was refused in bulk");
    const name = `${target.worker.firstName} ${target.worker.lastName}`;

    // The e-Box message about the refusal carries the reason, labelled in the reader's language.
    const inbox = await api<{
      eboxMessages: { nodes: { type: string; body: string; declaration: { id: string } | null }[] };
    }>(anna, `{ eboxMessages(first: 500) { nodes { type body declaration { id } } } }`, {}, locale);
    const message = inbox.eboxMessages.nodes.find(
      (m) => m.type === "DECLARATION_REFUSED" && m.declaration?.id === target.id,
    );
    expect(message?.body).toContain(`${words.label}${REASON}`);

    // The home overview: a reason column, the reason on the row, and a correct action.
    await anna.goto(app.url + "#/");
    const row = main(anna).locator(`tr[data-worker="${target.worker.id}"]`);
    await row.locator('[data-status="REFUSED"]').waitFor();
    await main(anna).getByRole("columnheader", { name: words.reason, exact: true }).waitFor();
    expect(await row.getByTestId("decision-reason").textContent()).toBe(`${words.office}: ${REASON}`);
    const correct = row.getByRole("link", { name: new RegExp(name) }).filter({ hasText: words.correct });
    await correct.waitFor();
    await saveScreenshots(anna, `home-refusal-reason-${locale}`);

    // The details page shows the reason at once, nothing to unfold.
    await row.locator(`a[href$="/workers/${target.worker.id}/show"]`).click();
    const reasonRow = main(anna).locator(`tr[data-reason-for="${target.id}"]`);
    await reasonRow.waitFor();
    expect(await reasonRow.textContent()).toBe(`${words.office}: ${REASON}`);
    expect(await main(anna).locator('[aria-expanded="true"]').count()).toBe(0);
    await saveScreenshots(anna, `details-refusal-reason-${locale}`);

    // "Korrigieren" opens the refused declaration's form on the details page.
    await anna.goto(app.url + "#/");
    await correct.click();
    await main(anna).locator("#details-edit").waitFor();
  });
});

describe("the wizard's transmission and confirmation (gerda.declarant: everything is refused)", () => {
  let gerda: Page;
  let doneUrl = "";
  beforeAll(async () => {
    gerda = await newPage(app, "de");
    await signIn(gerda, app, "gerda.declarant");
  });

  it("asks before transmitting while a selected flexi-jobber has no wage data, then shows the refusal's reason and a correct action", async () => {
    const period = await monthWithFlexiJobbers(gerda, 2);
    await gerda.goto(app.url + "#/wizard");
    await gerda.getByRole("heading", { name: "Zeitraum der Lohndaten eingeben" }).waitFor();
    await gerda.locator("#wizard-from").fill(period.start);
    await gerda.locator("#wizard-to").fill(period.end);
    await gerda.getByRole("button", { name: "Nächste" }).click();
    const table = gerda.getByRole("table", { name: "Flexi-Jobber mit einer Dimona im Zeitraum" });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    const names: string[] = [];
    for (const i of [0, 1]) {
      names.push((await rows.nth(i).locator("th").textContent())!.split(", ").reverse().join(" "));
      await rows.nth(i).getByRole("checkbox").check();
    }
    await gerda.getByRole("button", { name: "Nächste" }).click();
    const form = gerda.getByRole("form", { name: `Lohndaten von ${names[0]}` });
    await form.waitFor();
    await form.getByLabel("Berechnungsdatum").fill(period.end);
    await form.getByRole("radio", { name: "Flexi-Arbeiter (050)" }).check();
    await form.getByLabel("Bruttolohn").fill("200");
    await form.getByRole("button", { name: "Nächste" }).click();
    await gerda.getByRole("heading", { name: "Übersicht über die Lohndatenübermittlung" }).waitFor();
    await gerda.getByRole("heading", { name: names[0] }).waitFor();

    // The second one is still to enter: transmitting asks first, and "cancel" transmits nothing.
    await gerda.getByRole("button", { name: "Lohndaten übermitteln" }).click();
    const dialog = gerda.getByRole("dialog");
    await dialog.getByText("Trotzdem übermitteln?").waitFor();
    await dialog
      .getByText(`Für ${names[1]} wurden noch keine Lohndaten eingegeben. Diese Person wird nicht übermittelt.`)
      .waitFor();
    await saveScreenshots(gerda, "wizard-transmit-still-to-enter");
    await dialog.getByRole("button", { name: /Abbrechen/ }).click();
    await dialog.waitFor({ state: "detached" });
    expect(gerda.url()).not.toMatch(/\/done$/);
    await gerda.getByRole("button", { name: "Lohndaten übermitteln" }).click();
    await dialog.getByRole("button", { name: "Ohne sie übermitteln" }).click();

    // The confirmation: once controlled, the refusal with its reason and a correct action.
    await gerda.getByText("Ihre Flexi-Lohndaten wurden übermittelt.").waitFor();
    doneUrl = gerda.url();
    await main(gerda).locator('[data-status="REFUSED"]').waitFor({ timeout: 30_000 });
    await gerda.getByTestId("done-processed").waitFor();
    expect(await main(gerda).textContent()).not.toMatch(/Sanduhr/);
    const reason = main(gerda).getByTestId("decision-reason");
    expect(await reason.textContent()).toMatch(/^00011-146: /);
    await main(gerda)
      .getByText(/Eine Meldung wurde abgelehnt/)
      .waitFor();
    await saveScreenshots(gerda, "wizard-done-refused-de");
    await main(gerda)
      .getByRole("link", { name: `Meldung für ${names[0]} korrigieren` })
      .click();
    await main(gerda).locator("#details-edit").waitFor();
  });

  it.each<[Locale, RegExp, string]>([
    ["fr", /Toutes les déclarations ont été contrôlées/, "Corriger"],
    ["nl", /Alle aangiften zijn gecontroleerd/, "Verbeteren"],
    ["en", /All declarations have been checked/, "Correct"],
  ])("says the same on the confirmation page in %s", async (locale, processed, correct) => {
    const page = await newPage(app, locale);
    await signIn(page, app, "gerda.declarant");
    await page.goto(doneUrl);
    await main(page).getByText(processed).waitFor();
    await main(page).getByTestId("decision-reason").waitFor();
    await main(page)
      .getByRole("link", { name: new RegExp(correct, "i") })
      .waitFor();
    expect(await main(page).textContent()).not.toMatch(/sablier|zandloper|hourglass/);
    await saveScreenshots(page, `wizard-done-refused-${locale}`);
    await page.context().close();
  });
});
