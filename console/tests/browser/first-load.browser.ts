/**
 * The first load on a slow mobile network (Chrome DevTools' "Slow 3G"): the server compresses
 * the console's files and lets the browser keep its hashed assets for a year; the sign-in page
 * needs less than 150 kB of compressed JavaScript (the console itself loads behind the sign-in);
 * index.html shows a loading placeholder until the script runs. The test prints the bytes before
 * sign-in and the time to the sign-in form.
 */
import { startConsole, type ConsoleUnderTest } from "./support";
import { captureWidths, kB, recordTransfers, SLOW_3G } from "./ux-support";

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

const JS_BUDGET = 150 * 1024;

it("shows the sign-in form on slow 3G with less than 150 kB of compressed JavaScript", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "de" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const transfers = await recordTransfers(cdp);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);

  const started = Date.now();
  await page.goto(app.url + "#/login", { waitUntil: "commit" });
  // What shows first: the placeholder of index.html (before any script has run), or else the form.
  await page.waitForFunction(
    () => document.getElementById("boot") ?? document.querySelector('input[name="username"]'),
    null,
    {
      timeout: 120_000,
      polling: 50,
    },
  );
  const placeholderShown = (await page.locator("#boot").count()) > 0;
  const placeholderAfter = Date.now() - started;
  await page.locator('input[name="username"]').waitFor({ timeout: 120_000 });
  const formAfter = Date.now() - started;
  await page.waitForLoadState("networkidle", { timeout: 60_000 });

  const loaded = transfers();
  const scripts = loaded.filter((t) => t.type === "Script");
  const jsBytes = scripts.reduce((sum, t) => sum + t.bytes, 0);
  const allBytes = loaded.reduce((sum, t) => sum + t.bytes, 0);
  console.log(
    [
      "First load on Slow 3G (2 s RTT, 400 kbit/s):",
      `  ${placeholderShown ? "placeholder" : "no placeholder, first paint"} after ${placeholderAfter} ms, sign-in form after ${formAfter} ms`,
      `  before sign-in: ${kB(jsBytes)} of JavaScript in ${scripts.length} files, ${kB(allBytes)} in all (${loaded.length} responses)`,
      ...loaded.map(
        (t) =>
          `    ${t.type.padEnd(10)} ${kB(t.bytes).padStart(9)} ${t.encoding || "identity"} ${t.url.replace(app.url, "/")}`,
      ),
    ].join("\n"),
  );

  expect(placeholderShown).toBe(true);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((t) => t.encoding === "br" || t.encoding === "gzip")).toBe(true);
  expect(jsBytes).toBeLessThan(JS_BUDGET);
  await cdp.send("Network.emulateNetworkConditions", {
    ...SLOW_3G,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await captureWidths(page, "first-load-sign-in");
  await context.close();
}, 240_000);

it("compresses the console's files and keeps hashed assets for a year, index.html never", async () => {
  const index = await fetch(app.url, { headers: { "accept-encoding": "br, gzip" } });
  const html = await index.text();
  expect(index.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
  expect(index.headers.get("cache-control")).toBe("no-cache");
  expect(index.headers.get("vary")).toMatch(/accept-encoding/i);
  // The placeholder says what is happening to assistive technology too.
  expect(html).toMatch(/id="boot"[^>]*role="status"/);

  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const brotli = await fetch(app.url + asset!.slice(1), { headers: { "accept-encoding": "br" } });
  expect(brotli.headers.get("content-encoding")).toBe("br");
  expect(brotli.headers.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
  const gzip = await fetch(app.url + asset!.slice(1), { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers.get("content-encoding")).toBe("gzip");
  const plain = await fetch(app.url + asset!.slice(1), { headers: { "accept-encoding": "identity" } });
  expect(plain.headers.get("content-encoding")).toBeNull();
  // All three are the same script.
  expect(await brotli.text()).toBe(await plain.text());
  expect(await gzip.text()).toBe(await fetch(app.url + asset!.slice(1)).then((r) => r.text()));

  // A missing asset is a plain 404, not index.html.
  expect((await fetch(app.url + "assets/missing-0000.js")).status).toBe(404);
});
