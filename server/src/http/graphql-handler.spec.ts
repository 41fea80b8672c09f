/**
 * GraphQL over HTTP as http/graphql-handler.ts serves it, on the real server and database, with
 * requests written byte for byte (node:net), so that bodies, encodings, methods and request
 * targets are exactly what a client may send. The answers are those the API gave when Express's
 * JSON parser read the body (body-parser): the same statuses, bodies and headers.
 */
import { connect } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { buildFlexiSchema } from "../graphql/schema";
import { createLogger } from "../ops/logger";
import { startServer, type RunningServer } from "../server";
import { Services } from "../services";
import { eventually, TEST_SECRET } from "../test/api";
import { createTestDatabase, type TestDatabase } from "../test/database";

interface LogLine {
  reqId?: string;
  msg?: string;
  status?: number;
  errorCodes?: string[];
  errors?: { code: string; message: string }[];
  aborted?: boolean;
}

const lines: LogLine[] = [];
const logger = createLogger({
  level: "info",
  destination: {
    write(text: string) {
      for (const line of text.split("\n").filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
    },
  },
});

const MAX_BODY_BYTES = 1000;
const HSTS = "max-age=31536000; includeSubDomains";

let database: TestDatabase;
let services: Services;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  database = await createTestDatabase();
  services = new Services(database.dataSource, { secret: TEST_SECRET, ttlSeconds: 3600 });
  server = await startServer({
    schema: await buildFlexiSchema(),
    services,
    port: 0,
    host: "127.0.0.1",
    logger,
    security: { maxBodyBytes: MAX_BODY_BYTES, maxQueryTokens: 100, trustProxyHops: 1, hstsMaxAgeSeconds: 31_536_000 },
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.stop();
  await services.close();
  await database.drop();
});

interface RawRequest {
  method?: string;
  target?: string;
  headers?: [string, string][];
  body?: string | Buffer;
  /** Sent with Transfer-Encoding: chunked (no Content-Length), in chunks of 300 bytes. */
  chunked?: boolean;
  /** Sends only this many bytes of the body, then closes the connection. */
  abortAfter?: number;
}

interface RawAnswer {
  status: number;
  /** Header names in lower case; the last value of a name. */
  headers: Record<string, string>;
  /** Header names as sent. */
  names: string[];
  text: string;
}

let requestCount = 0;

/** Sends one HTTP/1.1 request as written and reads the answer until the server closes the connection. */
function raw(request: RawRequest): Promise<RawAnswer & { requestId: string }> {
  const requestId = `spec-${++requestCount}`;
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const head = [`${request.method ?? "POST"} ${request.target ?? "/graphql"} HTTP/1.1`, "Host: localhost:4000"];
  head.push("Connection: close");
  if (!request.headers?.some(([name]) => name.toLowerCase() === "x-request-id"))
    head.push(`X-Request-Id: ${requestId}`);
  if (request.chunked) head.push("Transfer-Encoding: chunked");
  else if (body !== undefined) head.push(`Content-Length: ${body.length}`);
  for (const [name, value] of request.headers ?? []) head.push(`${name}: ${value}`);
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (data: Buffer) => received.push(data));
    socket.on("error", reject);
    socket.on("close", () => {
      try {
        resolve({ ...parseAnswer(Buffer.concat(received)), requestId });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.write(`${head.join("\r\n")}\r\n\r\n`);
    if (request.abortAfter !== undefined && body) {
      socket.write(body.subarray(0, request.abortAfter));
      setTimeout(() => socket.destroy(), 200);
    } else if (request.chunked) {
      for (let at = 0; body && at < body.length; at += 300) {
        const chunk = body.subarray(at, at + 300);
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write("\r\n");
      }
      socket.write("0\r\n\r\n");
    } else if (body) socket.write(body);
  });
}

function parseAnswer(bytes: Buffer): RawAnswer {
  if (bytes.length === 0) return { status: 0, headers: {}, names: [], text: "" };
  const end = bytes.indexOf("\r\n\r\n");
  const [statusLine, ...headerLines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
  const headers: Record<string, string> = {};
  const names: string[] = [];
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    names.push(line.slice(0, colon));
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine!.split(" ")[1]), headers, names, text: bytes.subarray(end + 4).toString("utf8") };
}

/** The log line of a request, once its answer has ended. */
function logLine(requestId: string): Promise<LogLine> {
  return eventually(
    async () => lines.find((line) => line.reqId === requestId && line.msg === "request"),
    5000,
    `the log line of ${requestId}`,
  );
}

const JSON_TYPE: [string, string] = ["Content-Type", "application/json"];
const TYPENAME = JSON.stringify({ query: "{ __typename }" });
const TYPENAME_ANSWER = '{"data":{"__typename":"Query"}}\n';
const TOO_LARGE = JSON.stringify({ query: "{ __typename }", pad: "x".repeat(MAX_BODY_BYTES) });

/** A body error as the API answers it: a GraphQL error in JSON, BAD_USER_INPUT without field errors. */
function bodyErrorAnswer(message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code: "BAD_USER_INPUT", fieldErrors: [] } }] });
}

/** An error Apollo answers before running anything (INVALID_FORMAT at the root). */
function apolloRefusal(message: string): string {
  return `${JSON.stringify({
    errors: [
      { message, extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path: [], code: "INVALID_FORMAT", message }] } },
    ],
  })}\n`;
}

const CSP =
  "default-src 'self';base-uri 'self';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';" +
  "img-src 'self' data:;font-src 'self' data:;connect-src 'self' ws://localhost:4000 wss://localhost:4000;" +
  "object-src 'none';frame-ancestors 'none';form-action 'self'";

/** helmet's headers, as every answer of the API carries them. */
const SECURITY_HEADERS = {
  "content-security-policy": CSP,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "DENY",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

describe("request bodies", () => {
  it.each([
    ["gzip", gzipSync(TYPENAME)],
    ["deflate", deflateSync(TYPENAME)],
    ["br", brotliCompressSync(TYPENAME)],
    ["GZIP", gzipSync(TYPENAME)],
  ])("inflates a %s body", async (encoding, body) => {
    const answer = await raw({ headers: [JSON_TYPE, ["Content-Encoding", encoding]], body });
    expect([answer.status, answer.text]).toEqual([200, TYPENAME_ANSWER]);
  });

  it.each([
    ["application/json; charset=utf-8", Buffer.from(TYPENAME)],
    ['APPLICATION/JSON; Charset="UTF-8"', Buffer.from(TYPENAME)],
    ["application/json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TYPENAME)])],
    ["application/json; charset=utf-16le", Buffer.from(TYPENAME, "utf16le")],
    ["application/json; charset=utf-16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TYPENAME, "utf16le")])],
  ])("reads a body of type %s (a UTF charset; a byte order mark dropped)", async (type, body) => {
    const answer = await raw({ headers: [["Content-Type", type]], body });
    expect([answer.status, answer.text]).toEqual([200, TYPENAME_ANSWER]);
  });

  it.each([
    ["an unknown Content-Encoding", [JSON_TYPE, ["Content-Encoding", "compress"]]],
    ["a charset that is not UTF", [["Content-Type", "application/json; charset=latin1"]]],
    ["a UTF charset that does not exist", [["Content-Type", "application/json; charset=utf-foo"]]],
  ] as [string, [string, string][]][])("refuses %s with 415 and BAD_USER_INPUT", async (_case, headers) => {
    const answer = await raw({ headers, body: TYPENAME });
    expect([answer.status, answer.text]).toEqual([415, bodyErrorAnswer("The request cannot be read.")]);
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it.each([
    ["by its Content-Length", { body: TOO_LARGE }],
    ["chunked, without a Content-Length", { body: TOO_LARGE, chunked: true }],
    ["once inflated", { body: gzipSync(TOO_LARGE), headers: [JSON_TYPE, ["Content-Encoding", "gzip"]] }],
  ] as [string, RawRequest][])("refuses a body over MAX_BODY_BYTES %s with 413", async (_case, request) => {
    const answer = await raw({ headers: [JSON_TYPE], ...request });
    expect([answer.status, answer.text]).toEqual([413, bodyErrorAnswer("The request body is too large.")]);
  });

  it("reads a body of exactly MAX_BODY_BYTES", async () => {
    const body = JSON.stringify({ query: "{ __typename }", pad: "" });
    const answer = await raw({
      headers: [JSON_TYPE],
      body: body.replace('""', `"${"x".repeat(MAX_BODY_BYTES - body.length)}"`),
    });
    expect([answer.status, answer.text]).toEqual([200, TYPENAME_ANSWER]);
  });

  it.each(["{x", '"x"', "null", "1", "  \n ", "\ufeff\ufeff{}"])(
    "refuses the body %j as not JSON with 400",
    async (body) => {
      const answer = await raw({ headers: [JSON_TYPE], body });
      expect([answer.status, answer.text]).toEqual([400, bodyErrorAnswer("The request body is not valid JSON.")]);
    },
  );

  it("refuses a corrupt gzip body as unreadable with 400", async () => {
    const answer = await raw({ headers: [JSON_TYPE, ["Content-Encoding", "gzip"]], body: "not gzip at all" });
    expect([answer.status, answer.text]).toEqual([400, bodyErrorAnswer("The request cannot be read.")]);
  });

  it("reads an empty body as {}, which Apollo refuses", async () => {
    const answer = await raw({ headers: [JSON_TYPE], body: "" });
    expect([answer.status, answer.text]).toEqual([
      400,
      apolloRefusal("POST body missing, invalid Content-Type, or JSON object has no keys."),
    ]);
  });

  it("leaves bodies of other types to Apollo (its CSRF rule for text/plain)", async () => {
    const answer = await raw({ headers: [["Content-Type", "text/plain"]], body: TYPENAME });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("potential Cross-Site Request Forgery (CSRF)");
  });
});

describe("methods, GET and paths", () => {
  it.each(["PUT", "DELETE", "PATCH", "OPTIONS"])("answers %s with 405 and Allow: GET, POST", async (method) => {
    const answer = await raw({ method, headers: [JSON_TYPE], body: TYPENAME });
    expect([answer.status, answer.headers.allow, answer.text]).toEqual([
      405,
      "GET, POST",
      apolloRefusal("Apollo Server supports only GET/POST requests."),
    ]);
  });

  it("runs a query from GET parameters (query, variables and extensions as JSON)", async () => {
    const search = new URLSearchParams({
      query: "query Q($shown: Boolean!) { __typename @include(if: $shown) }",
      variables: JSON.stringify({ shown: true }),
      extensions: "{}",
      operationName: "Q",
    });
    const answer = await raw({
      method: "GET",
      target: `/graphql?${search}`,
      headers: [["Apollo-Require-Preflight", "1"]],
    });
    expect([answer.status, answer.text]).toEqual([200, TYPENAME_ANSWER]);
  });

  it("refuses a mutation over GET with 405 and Allow: POST", async () => {
    const query = encodeURIComponent('mutation { signIn(login: "a", password: "b") { token } }');
    const answer = await raw({
      method: "GET",
      target: `/graphql?query=${query}`,
      headers: [["Apollo-Require-Preflight", "1"]],
    });
    expect([answer.status, answer.headers.allow, answer.text]).toEqual([
      405,
      "POST",
      apolloRefusal("GET requests only support query operations, not mutation operations"),
    ]);
  });

  it("leaves a GET parameter given twice to Apollo's refusal, even when its first value is over a limit", async () => {
    const overLimit = await raw({
      method: "GET",
      target: `/graphql?query=${encodeURIComponent(`{ ${"__typename ".repeat(150)}}`)}`,
      headers: [["Apollo-Require-Preflight", "1"]],
    });
    expect(overLimit.text).toContain("The document is too long");
    const first = encodeURIComponent(`{ ${"__typename ".repeat(150)}}`);
    const answer = await raw({
      method: "GET",
      target: `/graphql?query=${first}&query=${encodeURIComponent("{ __typename }")}`,
      headers: [["Apollo-Require-Preflight", "1"]],
    });
    expect([answer.status, answer.text]).toEqual([
      400,
      apolloRefusal("The 'query' search parameter may only be specified once."),
    ]);
  });

  it.each([
    "/graphql/",
    "/graphql/x",
    "/GRAPHQL",
    "/GraphQL?x=1",
    "/graphql?x#y",
    "/graphql#y",
    "http://localhost:4000/graphql",
    "HTTPS://api.example.be/graphql/x?y=1",
  ])("serves GraphQL at %s", async (target) => {
    const answer = await raw({ target, headers: [JSON_TYPE], body: TYPENAME });
    expect([answer.status, answer.text]).toEqual([200, TYPENAME_ANSWER]);
  });

  it.each(["/graphqlx", "/graphql%2F", "//graphql", "/graphql;x", "http://localhost:4000/graphqlx"])(
    "leaves %s to the other routes (404)",
    async (target) => {
      const answer = await raw({ target, headers: [JSON_TYPE], body: TYPENAME });
      expect(answer.status).toBe(404);
    },
  );
});

describe("headers", () => {
  it("sends the security headers, the request id and Content-Type on answers and refusals alike", async () => {
    for (const request of [
      { headers: [JSON_TYPE], body: TYPENAME },
      { headers: [JSON_TYPE], body: "{x" },
      { method: "PUT", headers: [JSON_TYPE], body: TYPENAME },
    ] as RawRequest[]) {
      const answer = await raw(request);
      expect(answer.headers).toMatchObject({
        ...SECURITY_HEADERS,
        "x-request-id": answer.requestId,
        "content-type": "application/json; charset=utf-8",
      });
      expect(answer.names).toContain("Content-Type");
      expect(answer.headers["strict-transport-security"]).toBeUndefined();
      expect(answer.headers["x-powered-by"]).toBeUndefined();
    }
  });

  it("keeps a plain incoming request id and replaces any other with a new one", async () => {
    const kept = await raw({ headers: [JSON_TYPE, ["X-Request-Id", "abc-123.X:y_z"]], body: TYPENAME });
    expect(kept.headers["x-request-id"]).toBe("abc-123.X:y_z");
    for (const unsafe of ["bad id <script>", "a".repeat(129)]) {
      const replaced = await raw({ headers: [JSON_TYPE, ["X-Request-Id", unsafe]], body: TYPENAME });
      expect(replaced.headers["x-request-id"]).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
  });

  it("sends Strict-Transport-Security only when the trusted proxy says the request came over HTTPS", async () => {
    const https = await raw({ headers: [JSON_TYPE, ["X-Forwarded-Proto", "https"]], body: TYPENAME });
    expect(https.headers["strict-transport-security"]).toBe(HSTS);
    const refused = await raw({ headers: [JSON_TYPE, ["X-Forwarded-Proto", "https, http"]], body: "{x" });
    expect([refused.status, refused.headers["strict-transport-security"]]).toEqual([400, HSTS]);
    for (const proto of ["http", "HTTPS", ""]) {
      const plain = await raw({ headers: [JSON_TYPE, ["X-Forwarded-Proto", proto]], body: TYPENAME });
      expect(plain.headers["strict-transport-security"]).toBeUndefined();
    }
  });
});

describe("the request's log line", () => {
  it("lists the error of a body refused before Apollo", async () => {
    const answer = await raw({ headers: [JSON_TYPE], body: TOO_LARGE, chunked: true });
    expect(await logLine(answer.requestId)).toMatchObject({
      status: 413,
      errorCodes: ["BAD_USER_INPUT"],
      errors: [{ code: "BAD_USER_INPUT", message: "The request body is too large." }],
    });
  });

  it("lists the error of variables nested too deep", async () => {
    let deep: unknown = 1;
    for (let level = 0; level < 40; level++) deep = [deep];
    const body = JSON.stringify({ query: "query($v: String) { __typename }", variables: { v: deep } });
    const answer = await raw({ headers: [JSON_TYPE], body });
    const message = "The variables are nested too deep: at most 32 levels of lists and objects are allowed.";
    expect(answer.status).toBe(400);
    expect(await logLine(answer.requestId)).toMatchObject({
      status: 400,
      errorCodes: ["BAD_USER_INPUT"],
      errors: [{ code: "BAD_USER_INPUT", message }],
    });
  });

  it("lists the errors Apollo answers outside its pipeline: a GET without a query, an Accept it cannot serve", async () => {
    const preflight: [string, string] = ["Apollo-Require-Preflight", "1"];
    const noQuery = await raw({ method: "GET", headers: [preflight] });
    const missing = "GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.";
    expect([noQuery.status, noQuery.text]).toEqual([200, apolloRefusal(missing)]);
    expect(await logLine(noQuery.requestId)).toMatchObject({
      errorCodes: ["BAD_USER_INPUT"],
      errors: [{ code: "BAD_USER_INPUT", message: missing }],
    });

    const html = await raw({ method: "GET", headers: [preflight, ["Accept", "text/html"]] });
    const notAcceptable =
      "An 'accept' header was provided for this request which does not accept application/json; charset=utf-8 " +
      "or application/graphql-response+json; charset=utf-8";
    expect([html.status, html.text]).toEqual([406, apolloRefusal(notAcceptable)]);
    expect((await logLine(html.requestId)).errors).toEqual([
      { code: "BAD_USER_INPUT", message: missing },
      { code: "BAD_USER_INPUT", message: notAcceptable },
    ]);
  });

  it("says 400 with the error for an upload the client gave up", async () => {
    const gaveUp = await raw({ headers: [JSON_TYPE], body: TOO_LARGE.slice(0, 900), abortAfter: 100 });
    expect(gaveUp.status).toBe(0);
    const line = await logLine(gaveUp.requestId);
    // Whether the line also says `aborted` depends on Node's version (the answer may not finish
    // on a socket the client closed); the status and the code are what the line must say.
    expect(line).toMatchObject({ status: 400, errorCodes: ["BAD_USER_INPUT"] });
  });
});
