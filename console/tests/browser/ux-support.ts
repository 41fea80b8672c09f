/**
 * What the tests of everyday use share: screenshots of a screen at a phone's and a desktop's
 * width, the widths checked for sideways scrolling, and a slow mobile network (Chrome DevTools'
 * "Slow 3G" profile) through the DevTools protocol.
 */
import type { CDPSession, Page } from "playwright-core";
import { screenshot } from "./support";

/** A phone (390), a tablet (768), a laptop (1366) and a large desktop (2560). */
export const WIDTHS = [390, 768, 1366, 2560] as const;
/** The two widths of every screenshot. */
export const SCREENSHOT_WIDTHS = [390, 1366] as const;

export type Language = "de" | "fr" | "nl" | "en";
export const LANGUAGES: readonly Language[] = ["de", "fr", "nl", "en"];

/** Sets the window's width (the height of a phone or of a laptop) and lets the layout settle. */
export async function setWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Screenshots `<name>-390.png` and `<name>-1366.png`; the window keeps its last width (1366). */
export async function captureWidths(page: Page, name: string): Promise<void> {
  for (const width of SCREENSHOT_WIDTHS) {
    await setWidth(page, width);
    await screenshot(page, `${name}-${width}`);
  }
}

/** How many pixels the page is wider than the window (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The widest line of running text on the page, in characters of its own font (about 0.5 em per
 * character): paragraphs and list items whose box is wider than this are hard to read.
 */
export function widestTextMeasure(page: Page): Promise<{ characters: number; text: string }> {
  return page.evaluate(() => {
    let widest = { characters: 0, text: "" };
    for (const element of Array.from(document.querySelectorAll("main p, main li, main .MuiAlert-message"))) {
      const box = element.getBoundingClientRect();
      const text = (element.textContent ?? "").trim();
      // Only text that fills its box (long enough to wrap) is running text.
      if (box.width === 0 || text.length < 120) continue;
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || 16;
      const characters = Math.round(box.width / (fontSize * 0.5));
      if (characters > widest.characters) widest = { characters, text: text.slice(0, 60) };
    }
    return widest;
  });
}

/** Chrome DevTools' "Slow 3G": 2 s round trip (400 ms × 5), 400 kbit/s down and up. */
export const SLOW_3G = {
  offline: false,
  latency: 2000,
  downloadThroughput: (500 * 1024 * 0.8) / 8,
  uploadThroughput: (500 * 1024 * 0.8) / 8,
};

export interface Transfer {
  url: string;
  type: string;
  encoding: string;
  /** Bytes on the wire (headers and compressed body). */
  bytes: number;
}

/** Records every response's bytes on the wire; call `transfers()` for those finished so far. */
export async function recordTransfers(cdp: CDPSession): Promise<() => Transfer[]> {
  const pending = new Map<string, Omit<Transfer, "bytes">>();
  const done: Transfer[] = [];
  cdp.on("Network.responseReceived", (event) => {
    pending.set(event.requestId, {
      url: event.response.url,
      type: event.type ?? "Other",
      encoding: String(event.response.headers["content-encoding"] ?? event.response.headers["Content-Encoding"] ?? ""),
    });
  });
  cdp.on("Network.loadingFinished", (event) => {
    const response = pending.get(event.requestId);
    if (response) done.push({ ...response, bytes: event.encodedDataLength });
  });
  await cdp.send("Network.enable");
  return () => [...done];
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
