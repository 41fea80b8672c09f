import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

/** What a browser may load for the console, a Vite single-page app served from the API's own origin. */
export const CONSOLE_CSP_DIRECTIVES = {
  "default-src": ["'self'"],
  "base-uri": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  // MUI (emotion) writes <style> elements at run time; scripts stay strict.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  // The API over HTTP and graphql-ws on the same host ('self' alone does not cover ws: everywhere).
  "connect-src": ["'self'", sameHostWebSockets],
  "object-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "form-action": ["'self'"],
};

/**
 * Security headers on every answer (helmet): the console's Content-Security-Policy, no
 * framing, no MIME sniffing, no referrer, no X-Powered-By; Strict-Transport-Security only when
 * `hstsMaxAgeSeconds` is set, and then only on requests that came over HTTPS (browsers ignore it
 * over HTTP, and a wrong one locks users out of a plain-HTTP host for its whole max-age).
 *
 * helmet's answer depends only on the Host header (the CSP's WebSocket sources) and on whether
 * the request came over HTTPS, so it is worked out once per host and kept: a request then costs a
 * lookup, not helmet's middleware chain (http/graphql-handler.ts and the Express routes alike).
 */
export function securityHeaders(settings: { hstsMaxAgeSeconds: number }): SecurityHeaders {
  const plain = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP_DIRECTIVES },
    strictTransportSecurity: false,
    xFrameOptions: { action: "deny" },
  });
  const hsts =
    settings.hstsMaxAgeSeconds > 0
      ? helmet.strictTransportSecurity({ maxAge: settings.hstsMaxAgeSeconds, includeSubDomains: true })
      : undefined;
  const known = new Map<string, readonly [string, string][]>();
  return (host, secure) => {
    const key = `${secure ? "s" : "p"}${host ?? ""}`;
    let headers = known.get(key);
    if (!headers) {
      headers = helmetHeaders(host, secure && hsts ? [plain, hsts] : [plain]);
      // Hosts are the client's to choose: keep a bounded number of them.
      if (known.size >= MAX_KNOWN_HOSTS) known.clear();
      known.set(key, headers);
    }
    return headers;
  };
}

/** The security headers of an answer to a request for `host`, over HTTPS or not. */
export type SecurityHeaders = (host: string | undefined, secure: boolean) => readonly [string, string][];

const MAX_KNOWN_HOSTS = 64;

type HelmetMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** The headers helmet's middlewares set for a request to `host`, collected from a stand-in response. */
function helmetHeaders(host: string | undefined, middlewares: HelmetMiddleware[]): [string, string][] {
  const headers = new Map<string, [string, string]>();
  const req = { headers: host === undefined ? {} : { host } } as IncomingMessage;
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), [name, Array.isArray(value) ? value.join(", ") : String(value)]);
      return res;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  } as unknown as ServerResponse;
  for (const middleware of middlewares)
    middleware(req, res, (error) => {
      if (error) throw error;
    });
  return [...headers.values()];
}

/** Express: the security headers on every answer the Express routes give (the console, probes). */
export function securityHeadersMiddleware(headersFor: SecurityHeaders): RequestHandler {
  return (req, res, next) => {
    for (const [name, value] of headersFor(req.headers.host, req.secure)) res.setHeader(name, value);
    next();
  };
}

/** `ws://host wss://host` for the host the browser asked for; nothing for a Host header that is not a plain host[:port]. */
function sameHostWebSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? "";
  return /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? `ws://${host} wss://${host}` : "'self'";
}
