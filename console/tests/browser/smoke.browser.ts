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
