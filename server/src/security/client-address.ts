import type { IncomingMessage } from "node:http";

/**
 * The address of the client behind a request, HTTP or WebSocket upgrade alike: the socket's
 * peer, or, behind `trustProxyHops` reverse proxies, the address that many hops back in
 * X-Forwarded-For (what Express's `trust proxy` with a hop count gives as `req.ip`). Without
 * trusted proxies the header is ignored, since any client can write it.
 */
export function clientAddress(request: IncomingMessage, trustProxyHops: number): string | null {
  const peer = request.socket?.remoteAddress;
  const chain = [peer ?? ""];
  if (trustProxyHops > 0) {
    const header = request.headers["x-forwarded-for"];
    const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    chain.push(...forwarded.reverse());
  }
  const address = chain[Math.min(trustProxyHops, chain.length - 1)];
  return address ? normalizeAddress(address) : null;
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client; at most 64 characters are kept. */
export function normalizeAddress(address: string): string {
  const plain = address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  return plain.slice(0, 64);
}
