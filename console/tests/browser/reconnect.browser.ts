/**
 * Live pages after a lost WebSocket: what is
 * committed while the socket is down never arrives as an event, so the console reads its data
 * again once the socket is back (console/src/api/live.ts, through the SDK client's onReconnect). Shown on the e-Box
 * badge: a message written while the browser cannot hear it is counted after the reconnect.
 * The WebSocket goes through playwright's route, which the test closes and refuses at will.
 */
import type { Page, WebSocketRoute } from "playwright-core";
import { writeEboxMessages } from "../../../server/src/modules/ebox/ebox-writer";
import { newPage, signIn, startConsole, type ConsoleUnderTest } from "./support";

let app: ConsoleUnderTest;
let page: Page;
const open: WebSocketRoute[] = [];
let offline = false;
let attempts = 0;

beforeAll(async () => {
  app = await startConsole();
  page = await newPage(app, "de");
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    attempts += 1;
    if (offline) {
      void ws.close({ code: 1013, reason: "offline" }); // try again later
      return;
    }
    ws.connectToServer();
    open.push(ws);
  });
  await signIn(page, app, "anna.declarant");
});
afterAll(() => app.close());

async function unreadBadge(): Promise<number> {
  const label = await page.getByRole("link", { name: /^e-Box: \d+$/ }).getAttribute("aria-label");
  return Number(label?.replace(/\D/g, ""));
}

async function until<T>(
  read: () => Promise<T>,
  test: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await page.waitForTimeout(200);
  }
}

it("counts on the e-Box badge a message that arrived while the WebSocket was down, once it is back", async () => {
  const { employerId, unread } = await page.evaluate(async () => {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${localStorage.getItem("flexi.token")}` },
      body: JSON.stringify({
        query: "{ me { grants { permission employer { id } } } eboxMessages(first: 1) { unreadCount } }",
      }),
    });
    const answer = (await response.json()) as {
      data: {
        me: { grants: { permission: string; employer: { id: string } }[] };
        eboxMessages: { unreadCount: number };
      };
    };
    return {
      employerId: answer.data.me.grants.find((g) => g.permission === "FLEXI_AT_WORK")!.employer.id,
      unread: answer.data.eboxMessages.unreadCount,
    };
  });
  expect(unread).toBeGreaterThan(0);
  const before = await until(unreadBadge, (n) => n === unread, "the badge");
  await until(
    async () => open.length,
    (n) => n > 0,
    "the WebSocket",
  );

  offline = true;
  for (const ws of open.splice(0)) await ws.close({ code: 1001, reason: "network lost" }); // as a server going away: the client retries
  const attemptsWhenLost = attempts;
  const text = { nl: "Test", fr: "Test", de: "Verbindungstest", en: "Test" };
  await app.database.db.transaction((tx) =>
    writeEboxMessages(tx, [
      {
        employerId,
        declarationId: null,
        submissionId: null,
        dedupKey: `reconnect-test:${Date.now()}`,
        type: "SUBMISSION_SUMMARY",
        subject: text,
        body: text,
      },
    ]),
  );
  // The console cannot hear it: the badge stays, while the client tries to reconnect.
  await until(
    async () => attempts,
    (n) => n > attemptsWhenLost,
    "a reconnection attempt",
  );
  expect(await unreadBadge()).toBe(before);

  offline = false;
  await until(unreadBadge, (n) => n === before + 1, "the badge after the reconnect");
}, 60_000);
