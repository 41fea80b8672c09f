import { newPage, screenshot, signIn, startConsole, type ConsoleUnderTest } from "./support";

let app: ConsoleUnderTest;
beforeAll(async () => {
  app = await startConsole();
});
afterAll(() => app.close());

it("serves the console; a demo declarant signs in and sees the menu in German", async () => {
  const page = await newPage(app, "de");
  await signIn(page, app, "anna.declarant");
  await page.getByText("Flexi-Lohndaten übermitteln").first().waitFor();
  await screenshot(page, "00-signed-in");
});

it("runs under the server's Content-Security-Policy without a violation (sign-in, menu, a list, live updates)", async () => {
  const page = await newPage(app, "de");
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(app.url);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await signIn(page, app, "anna.declarant");
  await page.getByText("Flexi-Lohndaten übermitteln").first().waitFor();
  await page.goto(app.url + "#/ebox");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
