import type { IncomingMessage } from "node:http";
import { isIPv6 } from "node:net";

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

/**
 * The client as the sign-in limits count it: an IPv4 address as it is, an IPv6 address by its
 * /64 network (`2001:db8:1:2::/64`), since one subscriber or host commonly has a whole /64 and
 * could otherwise take a new address for every attempt. Anything else is kept as it is.
 */
export function addressForLimits(address: string | null): string | null {
  if (address === null) return null;
  const plain = address.split("%")[0]!; // without a zone index (fe80::1%eth0)
  if (!isIPv6(plain)) return address;
  const groups = (part: string) =>
    part === "" ? [] : part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
  const [head = "", tail] = plain.split("::");
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${all
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Whether a request came over HTTPS: its own socket's TLS, or, behind `trustProxyHops` reverse
 * proxies, the first protocol in X-Forwarded-Proto (as Express's `req.secure` with a hop count).
 */
export function cameOverHttps(request: IncomingMessage, trustProxyHops: number): boolean {
  const encrypted = (request.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  if (trustProxyHops <= 0) return encrypted;
  const header = request.headers["x-forwarded-proto"];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return encrypted;
  return value.split(",")[0]!.trim() === "https";
}
