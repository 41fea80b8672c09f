/**
 * The console while the database is away (docs/operations.md#when-the-database-goes-away): the
 * API answers SERVICE_UNAVAILABLE, the console shows its "reconnecting" banner instead of error
 * messages, and once PostgreSQL is back it carries on with the page it shows, without a reload.
 * This file runs its own PostgreSQL (the embedded binaries, as an "external" server), so that
 * killing it touches no other test; the API runs in this process as in the other browser tests.
 */
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { createDataSource, migrate } from "../../../server/src/db/data-source";
import { Db } from "../../../server/src/db/db";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "../../../server/src/db/embedded-postgres";
import { loadDemoData } from "../../../server/src/demo/demo-data";
import { serviceUnavailable } from "../../../server/src/errors";
import { accessMessages } from "../../src/i18n/access";
import { employerMessages } from "../../src/i18n/employer";
import { newPage, screenshot, signIn, startConsole, type ConsoleUnderTest } from "./support";
import { LANGUAGES, type Language } from "./ux-support";

let dataDir: string;
const handles: EmbeddedPostgres[] = [];
let app: ConsoleUnderTest;
let page: Page;

beforeAll(async () => {
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), "flexi-outage-browser-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  handles.push(pg);
  await ensureDatabase(pg, "flexi");
  const url = pg.connectionString("flexi");
  const dataSource = createDataSource({ url, poolSize: 5 });
  await dataSource.initialize();
  await migrate(dataSource);
  const db = new Db(dataSource);
  await loadDemoData(db);
  app = await startConsole({
    url,
    dataSource,
    db,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  });
  page = await newPage(app, "en");
  await signIn(page, app, "dirk.backoffice");
}, 120_000);

afterAll(async () => {
  await app?.close();
  for (const handle of handles) await handle.stop().catch(() => undefined);
  await fsp.rm(dataDir, { recursive: true, force: true });
}, 60_000);

async function killPostgres(): Promise<void> {
  const text = await fsp.readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8");
  process.kill(Number(text.split("\n")[0]), "SIGKILL");
}

const banner = () => page.getByTestId("reconnecting");
/** react-admin's notifications (toasts) of an error. */
const errorToasts = () =>
  page.locator(".MuiSnackbar-root .MuiSnackbarContent-root, .MuiSnackbar-root .MuiAlert-standardError");

it("shows 'reconnecting' instead of errors while the database is away, and carries on without a reload once it is back", async () => {
  await page.goto(app.url + "#/workers");
  await page.locator("table tbody tr").first().waitFor();
  // A mark on the window: still there at the end means the page was never reloaded.
  await page.evaluate(() => ((window as unknown as { outageMark: number }).outageMark = 42));

  await killPostgres();
  // Another list: its read meets the outage.
  await page.goto(app.url + "#/employers");
  await banner().waitFor({ timeout: 20_000 });
  expect(await banner().textContent()).toMatch(/reconnecting/i);
  // While it lasts: the banner, no error message, the reads waiting.
  await page.waitForTimeout(3000);
  expect(await banner().isVisible()).toBe(true);
  expect(await errorToasts().count()).toBe(0);
  await screenshot(page, "console-database-outage");

  handles.push(await startEmbeddedPostgres({ dataDir, port: handles[0]!.port }));
  await page.locator("table tbody tr").first().waitFor({ timeout: 30_000 });
  await banner().waitFor({ state: "detached", timeout: 10_000 });
  expect(await errorToasts().count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { outageMark?: number }).outageMark)).toBe(42);
  // And it goes on: another page reads at once.
  await page.goto(app.url + "#/workers");
  await page.locator("table tbody tr").first().waitFor();
  expect(await banner().count()).toBe(0);
  await screenshot(page, "console-database-back");
}, 90_000);

it("a change sent while the database is away fails, and the access page says so in the reader's language, never the API's English", async () => {
  // One access administrator per language, each with the confirmation of a revoke open.
  const pages: [Language, Page][] = [];
  const flexiRight = (carla: Page, login: string) =>
    carla.locator(`tr[data-login="${login}"] td[data-permission="FLEXI_AT_WORK"]`);
  let login = "";
  for (const language of LANGUAGES) {
    const carla = await newPage(app, language);
    await signIn(carla, app, "carla.admin");
    await carla.goto(app.url + "#/access");
    const holder = carla
      .locator('tr:not([data-login="carla.admin"])')
      .filter({ has: carla.locator('td[data-permission="FLEXI_AT_WORK"] [data-held="true"]') })
      .first();
    login = (await holder.getAttribute("data-login")) ?? "";
    await flexiRight(carla, login).getByRole("button").click();
    await carla.getByRole("dialog").locator(".ra-confirm").waitFor();
    pages.push([language, carla]);
  }

  await killPostgres();
  try {
    for (const [language, carla] of pages) {
      await carla.getByRole("dialog").locator(".ra-confirm").click();
      const toast = carla.locator(".MuiSnackbar-root");
      await toast.waitFor();
      const text = await toast.textContent();
      const expected = accessMessages[language].access.error.failed.replace(
        "%{message}",
        employerMessages[language].form.apiErrors.SERVICE_UNAVAILABLE,
      );
      expect({ language, text }).toEqual({ language, text: expected });
      expect(text).not.toContain(serviceUnavailable().message);
      if (language === "de") {
        // Once the toast's fade-in has ended, so that the screenshot shows it as the user does.
        await carla.waitForFunction(() => {
          const content = document.querySelector(".MuiSnackbarContent-root");
          return content != null && getComputedStyle(content).opacity === "1";
        });
        await screenshot(carla, "access-change-database-away");
      }
    }
  } finally {
    handles.push(await startEmbeddedPostgres({ dataDir, port: handles[0]!.port }));
  }
  // Nothing was changed: once the database is back, the page reads the right as still held.
  for (const [, carla] of pages) {
    await carla.reload();
    await flexiRight(carla, login).locator("[data-held]").waitFor({ timeout: 30_000 });
    expect(await flexiRight(carla, login).locator("[data-held]").getAttribute("data-held")).toBe("true");
    await carla.context().close();
  }
}, 120_000);
