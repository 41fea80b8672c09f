import type { IncomingMessage } from "node:http";
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
 */
export function securityHeaders(settings: { hstsMaxAgeSeconds: number }): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP_DIRECTIVES },
    strictTransportSecurity: false,
    xFrameOptions: { action: "deny" },
  });
  const handlers: RequestHandler[] = [headers];
  if (settings.hstsMaxAgeSeconds > 0) {
    const hsts = helmet.strictTransportSecurity({ maxAge: settings.hstsMaxAgeSeconds, includeSubDomains: true });
    handlers.push((req, res, next) => (req.secure ? hsts(req, res, next) : next()));
  }
  return handlers;
}

/** `ws://host wss://host` for the host the browser asked for; nothing for a Host header that is not a plain host[:port]. */
function sameHostWebSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? "";
  return /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? `ws://${host} wss://${host}` : "'self'";
}
