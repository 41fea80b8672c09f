/**
 * The access administrator's page and the worker's income page:
 * carla.admin grants and revokes by login with a confirmation, and eva.worker's menu follows;
 * an unknown login shows on the login field and a lost right to manage (FORBIDDEN) above the list;
 * eva sees her flexi income of the year against the ceiling, per employer, with what is pending,
 * the exceeded ceiling and its alert; a worker no employer has registered yet reads why nothing
 * loads in their own language. axe finds no serious violation on either page.
 */
import type { Page } from "playwright-core";
import { hashPassword } from "../../../server/src/auth/passwords";
import { sql } from "../../../server/src/db/sql";
import { makeSsin } from "../../../server/src/domain/ssin";
import { recentPeriod } from "../../../server/src/test/declarations";
import { employerMessages } from "../../src/i18n/employer";
import { workerMessages } from "../../src/i18n/worker";
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

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app?.close());

const BRASSERIE = "Brasserie De Gouden Leeuw";
const BAKERY = "Boulangerie Le Bon Pain";
const WIZARD = "Flexi-Lohndaten übermitteln";

/** POST /graphql as a client would; fails the test on any error. */
async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(app.url + "graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown[] };
  if (answer.errors || !answer.data) throw new Error(`${query}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** The first error of a request that the API refuses, as the API words it. */
async function apiError(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ message: string; code: string }> {
  const response = await fetch(app.url + "graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const first = answer.errors?.[0];
  if (!first) throw new Error(`${query}: no error`);
  return { message: first.message, code: first.extensions?.code ?? "" };
}

async function tokenOf(login: string): Promise<string> {
  const data = await api<{ signIn: { token: string } }>(
    'mutation($login: String!) { signIn(login: $login, password: "flexi-demo") { token } }',
    { login },
  );
  return data.signIn.token;
}

async function employerId(name: string): Promise<string> {
  const data = await api<{ employers: { nodes: { id: string; name: string }[] } }>(
    "{ employers(first: 50) { nodes { id name } } }",
    {},
    await tokenOf("dirk.backoffice"),
  );
  const found = data.employers.nodes.find((e) => e.name === name);
  if (!found) throw new Error(`no employer ${name}`);
  return found.id;
}

const CHANGE_ACCESS = {
  grantAccess: "mutation($input: GrantAccessInput!) { grantAccess(input: $input) { permission } }",
  revokeAccess: "mutation($input: GrantAccessInput!) { revokeAccess(input: $input) }",
};

async function changeAccess(
  kind: keyof typeof CHANGE_ACCESS,
  token: string,
  input: { employerId: string; login: string; permission: string },
) {
  await api(CHANGE_ACCESS[kind], { input }, token);
}

const menuEntry = (page: Page, name: string) => page.getByRole("menuitem", { name });
const dialog = (page: Page) => page.getByRole("dialog");

/** Waits until MUI's fade-in of the dialog has ended, so that a screenshot shows it as the user does. */
const dialogShown = (page: Page) =>
  page.waitForFunction(() => {
    const container = document.querySelector(".MuiDialog-container");
    return container != null && getComputedStyle(container).opacity === "1";
  });

async function openAccessFor(page: Page, employer: string): Promise<void> {
  await page.goto(app.url + "#/access");
  await page.getByRole("heading", { name: "Zugriffsverwaltung", level: 1 }).waitFor();
  await page.getByRole("combobox", { name: "Arbeitgeber" }).click();
  await page.getByRole("option", { name: employer }).click();
  await page.getByRole("heading", { name: `Benutzer und ihre Zugänge: ${employer}` }).waitFor();
  await page.locator("table tbody tr").first().waitFor();
}

async function grantByLogin(
  page: Page,
  login: string,
  permission: "Flexi at work" | "Dimona-Konsultation",
): Promise<void> {
  await page.getByRole("textbox", { name: "Login des Benutzers" }).fill(login);
  await page.getByRole("radio", { name: permission }).check();
  await page.getByRole("button", { name: "Zugang gewähren" }).click();
  await dialog(page).getByText("Zugang gewähren?").waitFor();
  await dialog(page).getByText(`${login} erhält für`).waitFor();
  await dialog(page).getByRole("button", { name: "Gewähren" }).click();
  await dialog(page).waitFor({ state: "detached" });
}

/** The cell of one right in one user's row: data-held says whether the user holds it. */
const rightCell = (page: Page, login: string, permission: string) =>
  page.locator(`tr[data-login="${login}"] td[data-permission="${permission}"] [data-held]`);

describe("access administration", () => {
  it("carla grants both rights to eva.worker by login, eva then sees the wizard; after carla revokes, eva no longer does", async () => {
    const carla = await newPage(app, "de");
    await signIn(carla, app, "carla.admin");
    await openAccessFor(carla, BRASSERIE);
    await carla.locator('tr[data-login="anna.declarant"]').waitFor();
    expect(await carla.locator('tr[data-login="eva.worker"]').count()).toBe(0);

    // An unknown login: the server's BAD_USER_INPUT at ["login"] appears on the login field.
    await grantByLogin(carla, "niemand.unbekannt", "Flexi at work");
    const login = carla.getByRole("textbox", { name: "Login des Benutzers" });
    await carla.getByText("Es gibt keinen Benutzer mit diesem Login.").waitFor();
    expect(await login.getAttribute("aria-invalid")).toBe("true");
    expect(await login.evaluate((el) => el === document.activeElement)).toBe(true);

    await grantByLogin(carla, "eva.worker", "Flexi at work");
    await carla.getByText("„Flexi at work“ wurde eva.worker gewährt.").waitFor();
    await rightCell(carla, "eva.worker", "FLEXI_AT_WORK").and(carla.locator('[data-held="true"]')).waitFor();
    expect(await rightCell(carla, "eva.worker", "DIMONA_CONSULTATION").getAttribute("data-held")).toBe("false");
    await grantByLogin(carla, "EVA.WORKER", "Dimona-Konsultation");
    await rightCell(carla, "eva.worker", "DIMONA_CONSULTATION").and(carla.locator('[data-held="true"]')).waitFor();
    await screenshot(carla, "access-page");
    // Checked at the end, so that a violation does not hide whether the rest of the flow works.
    const violations = await seriousAccessibilityViolations(carla);

    const eva = await newPage(app, "de");
    await signIn(eva, app, "eva.worker");
    await menuEntry(eva, WIZARD).waitFor();

    // Revoke from the list, each after a confirmation; eva's row goes when she holds nothing here.
    await carla.getByRole("button", { name: "Flexi at work für Eva Claes entziehen" }).click();
    await dialog(carla).getByText("Zugang entziehen?").waitFor();
    await dialog(carla)
      .getByText("Eva Claes verliert für Brasserie De Gouden Leeuw den Zugang „Flexi at work“.", { exact: false })
      .waitFor();
    await dialogShown(carla);
    await screenshot(carla, "access-confirm-revoke");
    await dialog(carla).getByRole("button", { name: "Entziehen" }).click();
    await rightCell(carla, "eva.worker", "FLEXI_AT_WORK").and(carla.locator('[data-held="false"]')).waitFor();
    await carla.getByRole("button", { name: "Dimona-Konsultation für Eva Claes entziehen" }).click();
    await dialog(carla).getByRole("button", { name: "Entziehen" }).click();
    await carla.locator('tr[data-login="eva.worker"]').waitFor({ state: "detached" });

    await eva.reload();
    await menuEntry(eva, "Mein Flexi-Einkommen").waitFor();
    expect(await menuEntry(eva, WIZARD).count()).toBe(0);
    expect(violations).toEqual([]);
  });

  it("cancelling the confirmation changes nothing", async () => {
    const carla = await newPage(app, "de");
    await signIn(carla, app, "carla.admin");
    await openAccessFor(carla, BAKERY);
    await carla.getByRole("button", { name: "Flexi at work für Benoît Dubois entziehen" }).click();
    await dialog(carla).getByRole("button", { name: "Abbrechen" }).click();
    await dialog(carla).waitFor({ state: "detached" });
    expect(await rightCell(carla, "benoit.declarant", "FLEXI_AT_WORK").getAttribute("data-held")).toBe("true");
  });

  it("when carla's right to manage the bakery is taken away meanwhile, the page says so (FORBIDDEN)", async () => {
    const carla = await newPage(app, "de");
    await signIn(carla, app, "carla.admin");
    await openAccessFor(carla, BAKERY);

    // The back office leaves carla a right at the bakery (so it is FORBIDDEN, not NOT_FOUND) and takes ACCESS_ADMIN away.
    const dirk = await tokenOf("dirk.backoffice");
    const bakery = await employerId(BAKERY);
    await changeAccess("grantAccess", dirk, {
      employerId: bakery,
      login: "carla.admin",
      permission: "DIMONA_CONSULTATION",
    });
    await changeAccess("revokeAccess", dirk, { employerId: bakery, login: "carla.admin", permission: "ACCESS_ADMIN" });
    try {
      await carla.getByRole("button", { name: "Flexi at work für Benoît Dubois entziehen" }).click();
      await dialog(carla).getByRole("button", { name: "Entziehen" }).click();
      await carla
        .getByRole("alert")
        .filter({ hasText: "Sie dürfen die Zugänge dieses Arbeitgebers nicht (mehr) verwalten." })
        .waitFor();
      expect(await rightCell(carla, "benoit.declarant", "FLEXI_AT_WORK").getAttribute("data-held")).toBe("true");
    } finally {
      await changeAccess("grantAccess", dirk, { employerId: bakery, login: "carla.admin", permission: "ACCESS_ADMIN" });
      await changeAccess("revokeAccess", dirk, {
        employerId: bakery,
        login: "carla.admin",
        permission: "DIMONA_CONSULTATION",
      });
    }
  });
});

describe("my flexi income", () => {
  interface Income {
    total: string;
    pending: string;
    ceiling: string | null;
    exceeded: boolean | null;
    byEmployer: { employer: { name: string }; total: string; pending: string }[];
  }
  const INCOME =
    "query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { total pending ceiling exceeded byEmployer { employer { name } total pending } } }";

  /** Money text from cents, and back: the test's own sums stay exact. */
  const cents = (amount: string) => Math.round(Number(amount) * 100);
  const germanMoney = (c: number) =>
    `${Math.floor(c / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${String(c % 100).padStart(2, "0")}\u00a0€`;

  async function declare(
    login: string,
    employer: string,
    ssin: string,
    employerClass: string,
    grossWage: string,
  ): Promise<void> {
    const period = recentPeriod();
    await api(
      "mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id } }",
      {
        input: {
          employerId: await employerId(employer),
          idempotencyKey: `income-test-${login}-${grossWage}`,
          declarations: [
            {
              ssin,
              calculationPeriod: { start: period.start, end: period.end },
              calculationDate: period.calculationDate,
              properties: [{ employerClass, workerType: "BLUE_COLLAR_050", grossWage }],
            },
          ],
        },
      },
      await tokenOf(login),
    );
  }

  it("eva sees her accepted and pending pay of this year against the ceiling, per employer, exceeded, with the alert", async () => {
    const evaToken = await tokenOf("eva.worker");
    const { me } = await api<{ me: { ssin: string } }>("{ me { ssin } }", {}, evaToken);
    const year = Number(recentPeriod().start.slice(0, 4));
    const income = async () =>
      (await api<{ flexiIncome: Income }>(INCOME, { ssin: me.ssin, year }, evaToken)).flexiIncome;
    const before = await income();

    // Pay at both of eva's employers, above the ceiling together; accepted by the controls.
    await declare("anna.declarant", BRASSERIE, me.ssin, "017", "12000.00");
    await declare("benoit.declarant", BAKERY, me.ssin, "058", "7500.00");
    const accepted = cents(before.total) + 1_950_000;
    const deadline = Date.now() + 30_000;
    while (cents((await income()).total) !== accepted) {
      if (Date.now() > deadline)
        throw new Error(`the declarations were not accepted: ${JSON.stringify(await income())}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Then one that stays pending: the controls worker stops first (close() must not stop it twice).
    await app.controls.stop();
    app.controls.stop = () => Promise.resolve();
    await declare("anna.declarant", BRASSERIE, me.ssin, "017", "480.00");
    const after = await income();
    expect(cents(after.pending)).toBe(cents(before.pending) + 48_000);
    expect(after.exceeded).toBe(true);
    const { flexiCeilings } = await api<{ flexiCeilings: { year: number; provisional: boolean }[] }>(
      "{ flexiCeilings { year provisional } }",
      {},
      evaToken,
    );

    const page = await newPage(app, "de");
    await signIn(page, app, "eva.worker");
    await page.goto(app.url + "#/my-income");
    await page.getByRole("heading", { name: "Mein Flexi-Einkommen", level: 1 }).waitFor();
    await page.getByTestId("income-counter").waitFor();
    expect(await page.getByRole("combobox", { name: "Jahr" }).textContent()).toContain(String(year));

    const figure = (key: string) => page.locator(`[data-figure="${key}"] dd`).textContent();
    expect(await figure("accepted")).toBe(germanMoney(accepted));
    expect(await figure("pending")).toBe(germanMoney(cents(after.pending)));
    expect(await figure("exceededBy")).toBe(germanMoney(accepted - cents(after.ceiling ?? "0")));
    await page.getByTestId("exceeded").waitFor();
    expect(await page.getByRole("img", { name: `${year}: ${germanMoney(accepted)} angenommen` }).count()).toBe(1);
    expect(await page.getByTestId("provisional").count()).toBe(
      flexiCeilings.find((c) => c.year === year)?.provisional ? 1 : 0,
    );
    for (const share of after.byEmployer) {
      const row = page.locator(`tr[data-employer="${share.employer.name}"]`);
      expect(await row.locator("td").first().textContent()).toBe(germanMoney(cents(share.total)));
    }
    const { ceilingAlerts } = await api<{ ceilingAlerts: { nodes: { total: string }[] } }>(
      "query($year: Int!) { ceilingAlerts(filter: { year: $year }) { nodes { total } } }",
      { year },
      evaToken,
    );
    expect(ceilingAlerts.nodes.length).toBeGreaterThan(0);
    for (const alert of ceilingAlerts.nodes) {
      await page
        .getByTestId("ceiling-alerts")
        .getByText(`hat mit ${germanMoney(cents(alert.total))} die Obergrenze`, { exact: false })
        .waitFor();
    }
    await screenshot(page, "worker-income");
    // Checked at the end, so that a violation does not hide whether the year selector works.
    const violations = await seriousAccessibilityViolations(page);

    // The year before: the selector reloads the counter for that year.
    const previous = (await api<{ flexiIncome: Income }>(INCOME, { ssin: me.ssin, year: year - 1 }, evaToken))
      .flexiIncome;
    await page.getByRole("combobox", { name: "Jahr" }).click();
    await page.getByRole("option", { name: String(year - 1) }).click();
    await page.locator("#menu-year").waitFor({ state: "detached" });
    await page
      .getByRole("heading", { name: new RegExp(`${year - 1}`) })
      .first()
      .waitFor();
    await page.locator('[data-figure="accepted"] dd', { hasText: germanMoney(cents(previous.total)) }).waitFor();
    await screenshot(page, "worker-income-previous-year");
    expect(violations).toEqual([]);
  });

  it("a worker whom no employer has registered yet reads why nothing loads in their own language, never the API's English", async () => {
    // A sign-in that carries an SSIN no worker record has (yet): the API answers NOT_FOUND.
    const ssin = makeSsin("2003-05-17", 731);
    await app.database.db.query(sql`
      INSERT INTO app_user (login, display_name, password_hash, ssin)
      VALUES ('nina.unregistered', 'Nina Nieuw', ${await hashPassword(DEMO_PASSWORD)}, ${ssin})`);
    const year = Number(recentPeriod().start.slice(0, 4));
    const refused = await apiError(INCOME, { ssin, year }, await tokenOf("nina.unregistered"));
    expect(refused.code).toBe("NOT_FOUND");

    for (const language of LANGUAGES) {
      const page = await newPage(app, language);
      await signIn(page, app, "nina.unregistered");
      await page.goto(app.url + "#/my-income");
      const alert = page.locator("main .MuiAlert-colorError");
      await alert.waitFor();
      const text = await alert.textContent();
      const expected = workerMessages[language].income.loadError.replace(
        "%{message}",
        employerMessages[language].form.apiErrors.NOT_FOUND,
      );
      expect({ language, text }).toEqual({ language, text: expected });
      expect(text).not.toContain(refused.message);
      if (language === "de") await screenshot(page, "worker-income-not-registered");
      await page.context().close();
    }
  });
});
