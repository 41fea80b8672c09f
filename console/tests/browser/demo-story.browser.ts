/**
 * The demo tells a story for every role: each README sign-in's first screen shows data, not an
 * empty state, and eva.worker has flexi income in the current and the previous year (counted
 * from today in Brussels), this year close to the ceiling, mostly from one employer; her income
 * page says so in German, French, Dutch and English.
 */
import type { Page } from "playwright-core";
import { newPage, saveScreenshots, signIn, startConsole, type ConsoleUnderTest } from "./support";

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

const main = (page: Page) => page.locator("#main-content");

function brusselsYear(): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric" }).format(new Date()));
}

it.each([
  ["anna.declarant", "tr[data-worker]"],
  ["benoit.declarant", "tr[data-worker]"],
  ["gerda.declarant", "tr[data-worker]"],
  ["carla.admin", "tr[data-login]"],
  ["dirk.backoffice", "table tbody tr [data-status]"],
])("%s's first screen shows data", async (login, rows) => {
  const page = await newPage(app, "de");
  await signIn(page, app, login);
  await main(page).locator(rows).first().waitFor();
  expect(await main(page).locator(rows).count()).toBeGreaterThan(0);
  await saveScreenshots(page, `first-screen-${login.split(".")[0]}`);
  await page.context().close();
});

interface Income {
  total: string;
  ceiling: string | null;
  byEmployer: { employer: { name: string }; total: string }[];
}

it.each([
  ["de", "Angenommen"],
  ["fr", "Accepté"],
  ["nl", "Aanvaard"],
  ["en", "Accepted"],
] as const)(
  "eva.worker's first screen (%s): income this year close to the ceiling, mostly from one employer, and last year",
  async (locale, acceptedLabel) => {
    const page = await newPage(app, locale);
    await signIn(page, app, "eva.worker");
    const year = brusselsYear();
    const income = (y: number) =>
      page.evaluate(
        async ({ y }) => {
          const headers = {
            "content-type": "application/json",
            authorization: `Bearer ${localStorage.getItem("flexi.token")}`,
          };
          const me = await (
            await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query: "{ me { ssin } }" }) })
          ).json();
          const answer = await (
            await fetch("/graphql", {
              method: "POST",
              headers,
              body: JSON.stringify({
                query:
                  "query($ssin: Ssin!, $year: Int!) { flexiIncome(ssin: $ssin, year: $year) { total ceiling byEmployer { employer { name } total } } }",
                variables: { ssin: me.data.me.ssin, year: y },
              }),
            })
          ).json();
          return answer.data.flexiIncome as Income;
        },
        { y },
      );
    const now = await income(year);
    const before = await income(year - 1);
    expect(Number(before.total)).toBeGreaterThan(0);
    expect(before.byEmployer.length).toBe(2);
    const ceiling = Number(now.ceiling);
    expect(Number(now.total) / ceiling).toBeGreaterThan(0.85);
    expect(Number(now.total) / ceiling).toBeLessThan(1);
    expect(Math.max(...now.byEmployer.map((e) => Number(e.total))) / ceiling).toBeGreaterThan(0.8);

    // The first screen is the income page of this year, with the figures, not "nothing declared".
    await page.getByTestId("income-counter").waitFor();
    expect(page.url()).toMatch(/#\/my-income$/);
    const accepted = page.locator('[data-figure="accepted"]');
    expect(await accepted.locator("dt").textContent()).toContain(acceptedLabel);
    expect(await accepted.locator("dd").textContent()).not.toMatch(/^0[,.]00/);
    for (const share of now.byEmployer) await page.locator(`tr[data-employer="${share.employer.name}"]`).waitFor();
    await saveScreenshots(page, `first-screen-eva-${locale}`);
    await page.context().close();
  },
);
