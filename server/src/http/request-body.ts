/**
 * The JSON body of a GraphQL request over HTTP, read as Express's JSON parser (body-parser)
 * read it before the API served /graphql itself: only for `application/json` (other types have
 * no body for Apollo, which then answers for itself), gzip/deflate/br bodies inflated, the size
 * limit applied to the inflated body, only UTF-8, and only an object or an array at the top.
 * What cannot be read is a {@link BodyError}, which http/graphql-handler.ts answers as the
 * client's mistake.
 */
import type { IncomingMessage } from "node:http";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";

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
  return (semicolon < 0 ? header : header.slice(0, semicolon)).trim().toLowerCase() === "application/json";
}

/** Reads and parses the body of a request whose Content-Type is JSON, at most `limit` bytes (inflated). */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<RequestBody> {
  if (!isJsonContentType(req.headers["content-type"]) || !hasBody(req)) return undefined;
  const charset = charsetOf(req.headers["content-type"]!);
  if (charset !== undefined && !charset.startsWith("utf-")) throw new BodyError("unreadable", 415);
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase();
  const declared = Number(req.headers["content-length"]);
  if (encoding === "identity" && Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new BodyError("too-large", 413);
  }
  const text = await readText(decoded(req, encoding), limit);
  return { json: parseStrictJson(text) };
}

/** A request has a body when it is chunked or gives a Content-Length (0 included: an empty body reads as `{}`). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers["transfer-encoding"] !== undefined || !Number.isNaN(Number(req.headers["content-length"] ?? NaN));
}

function charsetOf(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1]?.toLowerCase();
}

function decoded(req: IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case "identity":
      return req;
    case "gzip":
      return req.pipe(createGunzip());
    case "deflate":
      return req.pipe(createInflate());
    case "br":
      return req.pipe(createBrotliDecompress());
    default:
      req.resume();
      throw new BodyError("unreadable", 415);
  }
}

function readText(stream: Readable, limit: number): Promise<string> {
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
      } else
        resolve(chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks, length).toString("utf8"));
    };
    stream.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) finish(new BodyError("too-large", 413));
      else chunks.push(chunk);
    });
    stream.once("end", () => finish());
    // A broken stream (an aborted upload, a corrupt gzip body) is a body that cannot be read.
    stream.once("error", () => finish(new BodyError("unreadable", 400)));
  });
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
