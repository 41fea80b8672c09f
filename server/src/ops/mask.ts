/**
 * What may never stand in a log line: a worker's SSIN, a password, a token, a password
 * hash, a database password. Pure functions, applied by the logger to every line it writes
 * (ops/logger.ts), so that no call site has to remember them.
 */

/** An SSIN written as 11 digits, not part of a longer number. */
const BARE_SSIN = /(?<!\d)\d{11}(?!\d)/g;
/** An SSIN in its official written form, 85.07.30-033.28. */
const WRITTEN_SSIN = /(?<!\d)\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?!\d)/g;
export const MASKED_SSIN = "***********";
export const MASKED_WRITTEN_SSIN = "**.**.**-***.**";
export const REDACTED = "[redacted]";

/**
 * Field names whose value is a secret whatever it holds: the authorization header, passwords
 * (`password`, `passwordHash`, `currentPassword`), tokens, secrets, cookies.
 */
const SECRET_KEY = /password|passwd|secret|token|authorization|cookie/i;

/** Secrets recognisable by their form, wherever they appear in a text. */
const SECRETS_IN_TEXT: [RegExp, string][] = [
  [/\bBearer\s+[\w.~+/=-]+/gi, `Bearer ${REDACTED}`],
  // A JSON Web Token: three base64url parts, the first an encoded JSON object.
  [/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, REDACTED],
  // argon2 and bcrypt password hashes.
  [/\$argon2(?:id|i|d)\$[^\s"']+/g, REDACTED],
  [/\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}/g, REDACTED],
  // The password of a connection string: postgres://user:password@host.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, `$1${REDACTED}@`],
];

/** Every SSIN in a text, bare or written, masked. */
export function maskSsins(text: string): string {
  return text.replace(WRITTEN_SSIN, MASKED_WRITTEN_SSIN).replace(BARE_SSIN, MASKED_SSIN);
}

/** A text with its SSINs masked and its recognisable secrets (bearer tokens, JWTs, hashes, URL passwords) redacted. */
export function maskText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRETS_IN_TEXT) out = out.replace(pattern, replacement);
  return maskSsins(out);
}

/** True for a field name whose value is never logged. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * A copy of a JSON-like value fit for a log: texts masked (maskText), an 11-digit integer
 * (an SSIN sent as a number) masked, the values of secret fields (isSecretKey) redacted, at
 * any depth. Errors become `{ type, message, stack, code }`, masked alike.
 */
export function sanitizeForLog(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === "string") return maskText(value);
  if (typeof value === "number")
    return Number.isInteger(value) && Math.abs(value) >= 1e10 && Math.abs(value) < 1e11 ? MASKED_SSIN : value;
  if (typeof value === "bigint") return maskSsins(value.toString());
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => sanitizeForLog(item, seen));
  const source: Record<string, unknown> =
    value instanceof Error
      ? {
          type: value.name,
          message: value.message,
          stack: value.stack,
          ...(value as unknown as Record<string, unknown>),
        }
      : (value as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) {
    out[maskSsins(key)] =
      isSecretKey(key) && item !== null && item !== undefined && typeof item !== "boolean"
        ? REDACTED
        : sanitizeForLog(item, seen);
  }
  return out;
}

/**
 * Anything that could need masking or redacting, in a text: 11 digits in a row (an SSIN, bare or
 * with separators removed), a written SSIN, a secret key's name (SECRET_KEY), a bearer token,
 * a JWT, a password hash, a URL with a password. A superset of what the patterns above act on,
 * checked in one pass; a line without any of them is left as it is.
 */
const MAYBE_SENSITIVE =
  /\d{11}|\d{2}\.\d{2}\.\d{2}-|password|passwd|secret|token|authorization|cookie|bearer|eyJ|\$argon2|\$2[aby]\$|:\/\//i;

/**
 * One serialized log line (pino's JSON plus a newline) made safe: parsed, sanitized, written
 * again. A line that is not JSON still has its texts masked.
 */
export function sanitizeLogLine(line: string): string {
  // Most lines (a request's own line) hold nothing to mask: such a line is written as it is.
  if (!MAYBE_SENSITIVE.test(line)) return line;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return maskText(line);
  }
  return JSON.stringify(sanitizeForLog(parsed)) + (line.endsWith("\n") ? "\n" : "");
}
