/**
 * The graphql-ws protocol on the real server, spoken with a raw WebSocket: the close
 * codes of the protocol and the next/error/complete sequence of an operation.
 */
import WebSocket from "ws";
import { startTestApi, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
});
afterAll(() => api.close());

interface Socket {
  ws: WebSocket;
  messages: Record<string, unknown>[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  next(type: string): Promise<Record<string, unknown>>;
}

function open(): Promise<Socket> {
  const ws = new WebSocket(api.server.wsUrl, "graphql-transport-ws");
  const messages: Record<string, unknown>[] = [];
  const waiting: { type: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  ws.on("message", (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const index = waiting.findIndex((w) => w.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(message);
    else messages.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
  );
  return new Promise((resolve, reject) => {
    ws.once("error", reject);
    ws.once("open", () =>
      resolve({
        ws,
        messages,
        closed,
        send: (message) => ws.send(typeof message === "string" ? message : JSON.stringify(message)),
        next: (type) => {
          const index = messages.findIndex((m) => m.type === type);
          if (index >= 0) return Promise.resolve(messages.splice(index, 1)[0]!);
          return new Promise((res) => waiting.push({ type, resolve: res }));
        },
      }),
    );
  });
}

async function acknowledged(): Promise<Socket> {
  const socket = await open();
  socket.send({ type: "connection_init", payload: { authorization: `Bearer ${token}` } });
  await socket.next("connection_ack");
  return socket;
}

it("4400: a message that is not the protocol's closes the socket", async () => {
  const socket = await open();
  socket.send("{not json");
  expect((await socket.closed).code).toBe(4400);
});

it("4401: subscribing before the connection is acknowledged closes it", async () => {
  const socket = await open();
  socket.send({ id: "1", type: "subscribe", payload: { query: "{ me { login } }" } });
  expect((await socket.closed).code).toBe(4401);
});

it("4408: no connection_init within the wait timeout closes the socket", async () => {
  const socket = await open();
  expect((await socket.closed).code).toBe(4408);
}, 10_000);

it("4409: a second operation with an id in use closes the socket", async () => {
  const socket = await acknowledged();
  const query = "subscription { declarationStatusChanged { cursor } }";
  socket.send({ id: "same", type: "subscribe", payload: { query } });
  socket.send({ id: "same", type: "subscribe", payload: { query } });
  expect((await socket.closed).code).toBe(4409);
});

it("4429: a second connection_init closes the socket", async () => {
  const socket = await acknowledged();
  socket.send({ type: "connection_init", payload: {} });
  expect((await socket.closed).code).toBe(4429);
});

it("a query gives next then complete; an error gives error and no complete; a subscription ends on complete from the client", async () => {
  const socket = await acknowledged();
  socket.send({ id: "q", type: "subscribe", payload: { query: "{ me { login } }" } });
  expect(await socket.next("next")).toEqual({
    id: "q",
    type: "next",
    payload: { data: { me: { login: fx.logins.declarantA } } },
  });
  expect(await socket.next("complete")).toEqual({ id: "q", type: "complete" });

  socket.send({ id: "bad", type: "subscribe", payload: { query: "{ nope }" } });
  const error = await socket.next("error");
  expect(error).toMatchObject({
    id: "bad",
    type: "error",
    payload: [
      expect.objectContaining({
        message: expect.any(String),
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }),
      }),
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(socket.messages.filter((m) => m.id === "bad")).toEqual([]);

  socket.send({
    id: "s",
    type: "subscribe",
    payload: { query: "subscription { declarationStatusChanged { cursor } }" },
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.send({ id: "s", type: "complete" });
  socket.send({ id: "q2", type: "subscribe", payload: { query: "{ me { login } }" } });
  expect(await socket.next("next")).toMatchObject({ id: "q2" }); // the socket lives on after the client's complete
  socket.ws.close(1000);
  expect((await socket.closed).code).toBe(1000);
});
