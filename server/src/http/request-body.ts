/**
 * The JSON body of a GraphQL request over HTTP, read as Express's JSON parser (body-parser)
 * read it before the API served /graphql itself: only for `application/json` (other types have
 * no body for Apollo, which then answers for itself), gzip/deflate/br bodies inflated, the size
 * limit applied to the inflated body, only UTF-8, and only an object or an array at the top.
 * What cannot be read is a {@link BodyError}, which http/graphql-handler.ts answers as the
 * client's mistake.
 */
import type { IncomingMessage } from "node:http";
import * as zlib from "node:zlib";
import type { Readable, Transform } from "node:stream";
import iconv from "iconv-lite";

export type BodyErrorKind = "not-json" | "too-large" | "unreadable";

/** A body that cannot be read: `status` is the HTTP status of the answer (400, 413 or 415). */
export class BodyError extends Error {
  constructor(
    readonly kind: BodyErrorKind,
    readonly status: number,
  ) {
    super(kind);
  }
}

/** What a request's body gives Apollo: the parsed JSON, or `undefined` when the request has no JSON body. */
export type RequestBody = { json: unknown } | undefined;

/** True when the Content-Type is JSON (`application/json`, any parameters, any case). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const semicolon = header.indexOf(";");
  // Only spaces and tabs around the type, as body-parser's Content-Type parser trims.
  return /^[ \t]*application\/json[ \t]*$/i.test(semicolon < 0 ? header : header.slice(0, semicolon));
}

/**
 * Reads and parses the body of a request whose Content-Type is JSON, at most `limit` bytes
 * (inflated). `onAborted` is told at once, before the promise settles, when the client gives
 * up the upload (see readBytes).
 */
export async function readJsonBody(
  req: IncomingMessage,
  limit: number,
  onAborted?: (error: BodyError) => void,
): Promise<RequestBody> {
  if (!isJsonContentType(req.headers["content-type"]) || !hasBody(req)) return undefined;
  // An empty charset is the default too, as body-parser read it.
  const charset = charsetOf(req.headers["content-type"]!) || "utf-8";
  if (!charset.startsWith("utf-")) throw new BodyError("unreadable", 415);
  const encoding = (req.headers["content-encoding"] || "identity").toLowerCase();
  const declared = Number(req.headers["content-length"]);
  if (encoding === "identity" && Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new BodyError("too-large", 413);
  }
  // A UTF charset that cannot be decoded (utf-foo) is refused after the size, as body-parser did.
  if (charset !== "utf-8" && !iconv.encodingExists(charset)) {
    req.resume();
    throw new BodyError("unreadable", 415);
  }
  const text = decodeText(await readBytes(decoded(req, encoding), limit, onAborted), charset);
  return { json: parseStrictJson(text) };
}

/** A request has a body when it is chunked or gives a Content-Length (0 included: an empty body reads as `{}`). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers["transfer-encoding"] !== undefined || !Number.isNaN(Number(req.headers["content-length"] ?? NaN));
}

/**
 * The `charset` parameter of a Content-Type, lower case, read as body-parser's parser (content-type
 * 2) reads parameters: leniently (a malformed parameter is skipped, not an error), the first one
 * of a name counts, values quoted or not, spaces and tabs around names and values dropped.
 */
export function charsetOf(contentType: string): string | undefined {
  const length = contentType.length;
  let index = contentType.indexOf(";");
  if (index < 0) return undefined;
  while (index < length) {
    // At a ";": the next parameter's name runs to "=", or to the next ";" when it has no value.
    index = skipSpaces(contentType, index + 1);
    const nameStart = index;
    while (index < length && contentType[index] !== ";" && contentType[index] !== "=") index++;
    if (index >= length || contentType[index] === ";") continue;
    const name = contentType.slice(nameStart, trimEnd(contentType, nameStart, index)).toLowerCase();
    index = skipSpaces(contentType, index + 1);
    let value: string | undefined;
    if (contentType[index] === '"') {
      value = "";
      let closed = false;
      for (index++; index < length;) {
        const char = contentType[index++]!;
        if (char === '"') {
          closed = true;
          break;
        }
        value += char === "\\" && index < length ? contentType[index++] : char;
      }
      // An unterminated quoted value is no value.
      if (!closed) value = undefined;
      while (index < length && contentType[index] !== ";") index++;
    } else {
      const valueStart = index;
      while (index < length && contentType[index] !== ";") index++;
      value = contentType.slice(valueStart, trimEnd(contentType, valueStart, index));
    }
    if (name === "charset" && value !== undefined) return value.toLowerCase();
  }
  return undefined;
}

function skipSpaces(text: string, index: number): number {
  while (text[index] === " " || text[index] === "\t") index++;
  return index;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return end;
}

function decoded(req: IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case "identity":
      return req;
    case "gzip":
      return req.pipe(zlib.createGunzip());
    case "deflate":
      return req.pipe(zlib.createInflate());
    case "br":
      return req.pipe(zlib.createBrotliDecompress());
    case "zstd":
      if (createZstdDecompress) return req.pipe(createZstdDecompress());
      req.resume();
      throw new BodyError("unreadable", 415);
    default:
      req.resume();
      throw new BodyError("unreadable", 415);
  }
}

/** zlib's zstd decompressor where Node has one (22.15 and later), as body-parser took zstd bodies there. */
const createZstdDecompress = (zlib as { createZstdDecompress?: () => Transform }).createZstdDecompress;

function readBytes(stream: Readable, limit: number, onAborted?: (error: BodyError) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    const finish = (error?: BodyError) => {
      if (done) return;
      done = true;
      if (error) {
        stream.removeAllListeners("data");
        stream.resume();
        reject(error);
      } else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length));
    };
    stream.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) finish(new BodyError("too-large", 413));
      else chunks.push(chunk);
    });
    stream.once("end", () => finish());
    // A broken stream (an aborted upload, a corrupt gzip body) is a body that cannot be read.
    stream.once("error", () => finish(new BodyError("unreadable", 400)));
    // An upload the client gave up (an event of the request itself, not of an inflating stream): the
    // caller answers it synchronously, before the response closes, so that the request's log line
    // says 400 with the error, as it did when body-parser listened for the same event.
    stream.once("aborted", () => {
      const error = new BodyError("unreadable", 400);
      onAborted?.(error);
      finish(error);
    });
  });
}

/**
 * The body as text in its charset, without a leading byte order mark, as body-parser decoded it
 * (with iconv-lite, which drops one): UTF-8 directly, the other UTF charsets (UTF-16, UTF-32,
 * UTF-7) through iconv-lite.
 */
function decodeText(bytes: Buffer, charset: string): string {
  if (charset !== "utf-8") return iconv.decode(bytes, charset);
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** As body-parser's strict mode: an empty body is `{}`; otherwise an object or an array, else not JSON it accepts. */
function parseStrictJson(text: string): unknown {
  if (text.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first !== "{" && first !== "[") throw new BodyError("not-json", 400);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError("not-json", 400);
  }
}
