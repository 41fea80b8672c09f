/**
 * A phone works: at 390 px no page scrolls sideways, and neither at 768, 1366 or 2560 px; the
 * home overview, the wizard's overview and the details show their rows as cards whose actions
 * are on screen; the wizard's "Verlauf" is at hand at the top of each step on a phone; running
 * text stays within a readable measure on a wide screen. Screenshots at 390 and 1366 px.
 */
import type { Page } from "playwright-core";
import { api, newPage, seriousAccessibilityViolations, signIn, startConsole, type ConsoleUnderTest } from "./support";
import { captureWidths, LANGUAGES, setWidth, sidewaysOverflow, widestTextMeasure, WIDTHS } from "./ux-support";

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

const main = (page: Page) => page.locator("#main-content");

/** Opens a page of the console and waits until its main heading or table is there. */
async function open(page: Page, route: string, ready: string): Promise<void> {
  await page.goto(`${app.url}#${route}`);
  await main(page).locator(ready).first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");
}

/** No sideways scrolling at any of the four widths; the widths where it happens, with how far. */
async function overflowAtEveryWidth(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await page.waitForTimeout(150);
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) found.push(`${width}px: ${overflow}px too wide`);
  }
  return found;
}

/** Whether the element is entirely within the window's width (an action one can see and tap). */
async function withinWindow(page: Page, selector: string): Promise<boolean[]> {
  return page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector)).map((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;
    });
  }, selector);
}

async function anna(): Promise<{ page: Page; employerId: string }> {
  const page = await newPage(app, "de");
  await signIn(page, app, "anna.declarant");
  const me = await api<{ me: { grants: { permission: string; employer: { id: string } }[] } }>(
    page,
    "{ me { grants { permission employer { id } } } }",
  );
  return { page, employerId: me.me.grants.find((g) => g.permission === "FLEXI_AT_WORK")!.employer.id };
}

describe("the declarant on a phone", () => {
  it("home overview: cards with their details link on screen at 390 px, no sideways scrolling at 390, 768, 1366, 2560", async () => {
    const { page } = await anna();
    await open(page, "/", "table, [data-worker]");
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    await setWidth(page, 390);
    const rows = main(page).locator("[data-worker]");
    expect(await rows.count()).toBeGreaterThan(0);
    // A card: the row's cells stacked, each with its column's name.
    const first = rows.first();
    expect(await first.evaluate((row) => getComputedStyle(row).display)).not.toBe("table-row");
    await first.locator('[data-label="INSZ"]').waitFor();
    expect(await withinWindow(page, "#main-content [data-worker] a")).not.toContain(false);
    await captureWidths(page, "phone-home");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("details: the declarations as cards with pencil, bin and history on screen; Dimona periods too", async () => {
    const { page } = await anna();
    await open(page, "/", "[data-worker]");
    const href = await main(page).locator("[data-worker] a").first().getAttribute("href");
    await open(page, href!.replace(/^#/, ""), "h1");
    await main(page).locator("[data-declaration]").first().waitFor();
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    await setWidth(page, 390);
    expect(await withinWindow(page, "#main-content [data-declaration] button")).not.toContain(false);
    await captureWidths(page, "phone-details");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("wizard: each step fits, the overview's cards show pencil and bin, and the Verlauf is at the top on a phone", async () => {
    const { page, employerId } = await anna();
    await open(page, "/wizard", "h1");
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    await captureWidths(page, "phone-wizard-period");

    const drafts = await api<{ submissions: { nodes: { id: string }[] } }>(
      page,
      "query($e: ID!) { submissions(filter: { employerId: { eq: $e }, status: DRAFT }, first: 1) { nodes { id } } }",
      { e: employerId },
    );
    const submission = drafts.submissions.nodes[0]!.id;
    await open(page, `/wizard/${submission}/overview`, "[data-declaration]");
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    // As a phone opens it (react-admin's menu, open on a wide screen, would stay open over the page).
    await setWidth(page, 390);
    await page.reload();
    await main(page).locator("[data-declaration]").first().waitFor();
    expect(await withinWindow(page, "#main-content [data-declaration] button")).not.toContain(false);

    // The Verlauf: on a phone above the step (folded), so it need not be looked for below the form.
    const trail = main(page).getByRole("button", { name: /Verlauf/ });
    await trail.waitFor();
    const trailBox = await trail.boundingBox();
    const heading = await main(page).locator("#wizard-step-heading").boundingBox();
    expect(trailBox!.y).toBeLessThan(heading!.y);
    expect(trailBox!.y + trailBox!.height).toBeLessThan(844);
    await trail.click();
    await main(page).locator("[aria-current='step']").waitFor();
    await captureWidths(page, "phone-wizard-overview");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("at 2560 px the running text keeps a readable measure (at most about 100 characters a line)", async () => {
    const { page } = await anna();
    await setWidth(page, 2560);
    for (const [route, ready] of [
      ["/", "[data-worker]"],
      ["/wizard", "h1"],
      ["/ebox", "h1, table"],
    ] as const) {
      await open(page, route, ready);
      const widest = await widestTextMeasure(page);
      expect([
        route,
        widest.characters <= 100 ? "readable" : `${widest.characters} characters: ${widest.text}`,
      ]).toEqual([route, "readable"]);
    }
  });
});

describe("every role's pages fit a phone", () => {
  const PAGES: { login: string; pages: [string, string][] }[] = [
    { login: "anna.declarant", pages: [["/ebox", "h1, table, [role='list']"]] },
    { login: "eva.worker", pages: [["/my-income", "h1"]] },
    { login: "carla.admin", pages: [["/access", "h1"]] },
    {
      login: "dirk.backoffice",
      pages: [
        ["/declarations", "table"],
        ["/workers", "table"],
        ["/employers", "table"],
        ["/dimonaPeriods", "table"],
        ["/ceilings", "table, h1"],
      ],
    },
  ];

  it.each(PAGES)("$login: no page scrolls sideways at 390, 768, 1366 or 2560 px", async ({ login, pages }) => {
    const page = await newPage(app, LANGUAGES[0]);
    await signIn(page, app, login);
    const found: string[] = [];
    for (const [route, ready] of pages) {
      await open(page, route, ready);
      found.push(...(await overflowAtEveryWidth(page)).map((width) => `${route} ${width}`));
      await captureWidths(page, `phone-${login.split(".")[0]}-${route.slice(1).replace(/\W+/g, "-") || "home"}`);
    }
    expect(found).toEqual([]);
  });

  it("the back office's declaration details fit a phone, history included", async () => {
    const page = await newPage(app, "de");
    await signIn(page, app, "dirk.backoffice");
    await open(page, "/declarations", "table");
    await main(page).locator("tbody tr a").first().click();
    await main(page).locator("#declaration-history-title").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    await captureWidths(page, "phone-office-declaration");
  });
});
