/**
 * What the browser tests share: the real server with the built console on a fresh copy of the
 * demo database, Debian's Chromium through playwright-core, sign-in as a demo user, GraphQL
 * requests as the signed-in user, screenshots under artifacts/screenshots/ and an axe-core
 * accessibility check.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startControlsWorker, type ControlsWorker } from "../../../server/src/controls/controls-worker";
import { buildFlexiSchema } from "../../../server/src/graphql/schema";
import { startServer, type RunningServer } from "../../../server/src/server";
import { Services } from "../../../server/src/services";
import { createTestDatabase, type TestDatabase } from "../../../server/src/test/database";

export const DEMO_PASSWORD = "flexi-demo";
const ROOT = path.join(__dirname, "..", "..", "..");
export const SCREENSHOTS = path.join(ROOT, "artifacts", "screenshots");

export interface ConsoleUnderTest {
  /** The console's address, e.g. http://127.0.0.1:41234/ */
  url: string;
  database: TestDatabase;
  server: RunningServer;
  controls: ControlsWorker;
  browser: Browser;
  close(): Promise<void>;
}

/** The whole product on a copy of the demo database (or on the one given), and a headless Chromium. */
export async function startConsole(given?: TestDatabase): Promise<ConsoleUnderTest> {
  const database = given ?? (await createTestDatabase("flexi_demo_template"));
  const services = new Services(database.dataSource, {
    secret: "browser-test-secret-of-32-characters!",
    ttlSeconds: 3600,
  });
  const server = await startServer({
    schema: await buildFlexiSchema(),
    services,
    port: 0,
    host: "127.0.0.1",
    consoleDir: path.join(ROOT, "console", "dist"),
  });
  const controls = await startControlsWorker({
    connectionString: database.url,
    db: database.db,
    sweepIntervalMs: 3_600_000,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  return {
    url: server.url.replace(/graphql$/, ""),
    database,
    server,
    controls,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      await controls.stop();
      await services.close();
      await database.drop();
    },
  };
}

/** A new page (own storage: its own sign-in) in the given language, 1280x900. */
export async function newPage(app: ConsoleUnderTest, locale: "de" | "fr" | "nl" | "en" = "de"): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  // Only the first time: the console itself remembers a language the user switches to.
  await context.addInitScript((l) => {
    if (!localStorage.getItem("flexi.locale")) localStorage.setItem("flexi.locale", l);
  }, locale);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through the sign-in form as a demo user and waits for the app. */
export async function signIn(
  page: Page,
  app: ConsoleUnderTest,
  login: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(app.url + "#/login");
  await page.locator('input[name="username"]').fill(login);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('[role="menu"], nav, .RaLayout-appFrame', { timeout: 20_000 });
}

/**
 * A GraphQL request sent from the page as its signed-in user (the console's token in
 * localStorage), e.g. to pick demo records or to change one behind the console's back. Accept-
 * Language is `language` when given, else the browser's own (the page's locale). Returns `data`;
 * fails the test with the API's errors when it answers any.
 */
export async function api<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
  language?: string,
): Promise<T> {
  return page.evaluate(
    async ({ query, variables, language }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${localStorage.getItem("flexi.token")}`,
          ...(language ? { "accept-language": language } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown };
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    },
    { query, variables, language },
  ) as Promise<T>;
}

/** Saves a full-page screenshot under artifacts/screenshots/ and prints its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${path.relative(ROOT, file)}`);
  return file;
}

/**
 * Saves full-page screenshots of the page as it is at a phone's width (390 px) and a laptop's
 * (1366 px): `<name>-390.png` and `<name>-1366.png` under artifacts/screenshots/; the page's
 * viewport is put back afterwards.
 */
export async function saveScreenshots(page: Page, name: string): Promise<string[]> {
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  const files: string[] = [];
  try {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: before.height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      files.push(await screenshot(page, `${name}-${width}`));
    }
  } finally {
    await page.setViewportSize(before);
  }
  return files;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations of the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // The console's Content-Security-Policy refuses inline scripts (a <script> tag from addScriptTag);
  // DevTools evaluation is outside the page's CSP, so the app is checked under its real policy.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
