/**
 * Keyboard and screen reader: every control shows a strong focus indicator when reached with
 * Tab (an outline of at least 2 px whose colour stands out 3:1 against what is around it, as
 * WCAG 2.2's focus appearance asks), also the checkboxes whose input MUI hides; each wizard step
 * moves the focus to its heading (which a screen reader then reads); the review queue's
 * checkboxes are reached with Tab and ticked with Space; axe finds no serious violation.
 */
import type { Page } from "playwright-core";
import { newPage, seriousAccessibilityViolations, signIn, startConsole, type ConsoleUnderTest } from "./support";
import { captureWidths } from "./ux-support";

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

const main = (page: Page) => page.locator("#main-content");

interface FocusLook {
  what: string;
  /** The outline's width in px (0: none). */
  width: number;
  /** Contrast of the outline's colour against the background around the control. */
  contrast: number;
}

/**
 * How the focused control looks: its own outline, or that of MUI's visible box around it when
 * the focused element is a hidden input (a checkbox, a radio, a switch) or a text field's input.
 */
function focusLook(page: Page): Promise<FocusLook | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return null;
    const shown = (active.closest(".Mui-focusVisible, .MuiInputBase-root.Mui-focused") as HTMLElement | null) ?? active;
    const style = getComputedStyle(shown);
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The background the outline is drawn on: the first ancestor with an opaque one.
    let background = [255, 255, 255];
    for (let element = shown.parentElement; element; element = element.parentElement) {
      const colour = rgb(getComputedStyle(element).backgroundColor);
      if (colour.length === 3 || (colour.length === 4 && colour[3]! > 0.9)) {
        background = colour.slice(0, 3);
        break;
      }
    }
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(background)];
    const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const label = active.getAttribute("aria-label") ?? active.textContent?.trim().slice(0, 40) ?? "";
    return {
      what: `${active.tagName.toLowerCase()}${active.getAttribute("type") ? `[${active.getAttribute("type")}]` : ""} "${label}"`,
      width: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
      contrast: Math.round(contrast * 10) / 10,
    };
  });
}

/** Tabs through `stops` controls; the ones whose focus is hard to see. */
async function weakFocus(page: Page, stops: number): Promise<string[]> {
  const weak: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    const look = await focusLook(page);
    if (look && (look.width < 2 || look.contrast < 3))
      weak.push(`${look.what}: ${look.width}px, contrast ${look.contrast}:1`);
  }
  return [...new Set(weak)];
}

it("every control reached with Tab shows a strong focus indicator (sign-in page, home, review queue)", async () => {
  const page = await newPage(app, "de");
  await page.goto(app.url + "#/login");
  await page.locator('input[name="username"]').waitFor();
  expect(await weakFocus(page, 6)).toEqual([]);

  await signIn(page, app, "anna.declarant");
  await main(page).locator("[data-worker]").first().waitFor();
  expect(await weakFocus(page, 30)).toEqual([]);

  const dirk = await newPage(app, "de");
  await signIn(dirk, app, "dirk.backoffice");
  await main(dirk).locator("tbody tr").first().waitFor();
  expect(await weakFocus(dirk, 40)).toEqual([]);
});

it("the review queue's checkboxes are reached with Tab and ticked with Space, with a visible focus", async () => {
  const page = await newPage(app, "de");
  await signIn(page, app, "dirk.backoffice");
  await main(page).locator("tbody tr").first().waitFor();
  const rowBoxes = main(page).locator("tbody input[type='checkbox']");
  const firstName = await rowBoxes.first().getAttribute("aria-label");
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate((name) => document.activeElement?.getAttribute("aria-label") === name, firstName);
  }
  expect(reached).toBe(true);
  const look = await focusLook(page);
  expect(look!.width).toBeGreaterThanOrEqual(2);
  expect(look!.contrast).toBeGreaterThanOrEqual(3);
  await page.keyboard.press("Space");
  await main(page).getByRole("region", { name: "Auswahl" }).waitFor();
  expect(await rowBoxes.first().isChecked()).toBe(true);
  await captureWidths(page, "keyboard-review-checkbox");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

it("each wizard step moves the focus to its heading, which is read out", async () => {
  const page = await newPage(app, "de");
  await signIn(page, app, "anna.declarant");
  await page.goto(app.url + "#/wizard");
  const heading = main(page).locator("#wizard-step-heading");
  await heading.waitFor();
  const focusedHeading = () =>
    page.evaluate(() =>
      document.activeElement?.id === "wizard-step-heading" ? document.activeElement.textContent : null,
    );
  expect(await focusedHeading()).toBe("Zeitraum der Lohndaten eingeben");

  // Resume the open draft with the keyboard: the overview's heading gets the focus.
  await main(page).getByRole("link", { name: "Eingabe fortsetzen" }).first().focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Übersicht über die"));
  expect(await heading.getAttribute("tabindex")).toBe("-1");

  await main(page).getByRole("button", { name: "Flexi-Jobber hinzufügen" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.textContent === "Flexi-Jobber auswählen");
  await captureWidths(page, "keyboard-wizard-select");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
