/**
 * A WebSocket connection ends with the session of its token. graphql-ws connections carry one
 * token (connectionParams.authorization, read once when they connect), so when that token
 * expires, or its session ends earlier, nothing on the connection may go on: the server closes
 * it with 4401 "Session expired" (README, "Subscriptions and the end of a session"). The client
 * connects again with a fresh token and resumes its subscriptions with `after`; events committed
 * meanwhile are replayed then.
 *
 * A sign-out, a password change or a revoked right end the affected subscriptions through the
 * same announcements as before (events/live-viewers.ts); this covers the time running out, which
 * nothing announces.
 */
import { CloseCode } from "graphql-ws";
import type { Db } from "../db/db";
import { sql } from "../db/sql";

/** The close code of a connection whose session ended (graphql-ws's Unauthorized). */
export const SESSION_EXPIRED_CLOSE_CODE = CloseCode.Unauthorized;
export const SESSION_EXPIRED_REASON = "Session expired";

/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const OPEN = 1;

/** What the deadlines use of a WebSocket (ws's WebSocket has it). */
export interface ClosableSocket {
  readonly readyState: number;
  close(code: number, reason: string): void;
  once(event: "close", listener: () => void): unknown;
}

interface Deadline {
  endsAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** When each open connection ends; a timer per connection, cleared when the socket closes. */
export class SessionDeadlines {
  private readonly deadlines = new WeakMap<ClosableSocket, Deadline>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Closes the connection at `endsAt` (ms since the epoch), unless it is set to end earlier already. */
  endAt(socket: ClosableSocket, endsAt: number): void {
    if (socket.readyState !== OPEN) return; // closed already, or closing: nothing to end
    const current = this.deadlines.get(socket);
    if (current && current.endsAt <= endsAt) return;
    if (current) clearTimeout(current.timer);
    else socket.once("close", () => this.forget(socket));
    const deadline: Deadline = { endsAt, timer: undefined };
    this.deadlines.set(socket, deadline);
    this.schedule(socket, deadline);
  }

  /**
   * Whether the connection may still send: false once its session has ended, when it is closed
   * at once, should its timer not have run yet (a busy event loop runs timers late).
   */
  allows(socket: ClosableSocket): boolean {
    const deadline = this.deadlines.get(socket);
    if (!deadline || deadline.endsAt > this.now()) return true;
    this.end(socket);
    return false;
  }

  private schedule(socket: ClosableSocket, deadline: Deadline): void {
    const left = deadline.endsAt - this.now();
    if (left <= 0) return this.end(socket);
    // A session may outlast setTimeout's range: wait in steps.
    deadline.timer = setTimeout(() => this.schedule(socket, deadline), Math.min(left, MAX_TIMER_MS));
    deadline.timer.unref?.();
  }

  private end(socket: ClosableSocket): void {
    this.forget(socket);
    if (socket.readyState === OPEN) socket.close(SESSION_EXPIRED_CLOSE_CODE, SESSION_EXPIRED_REASON);
  }

  private forget(socket: ClosableSocket): void {
    clearTimeout(this.deadlines.get(socket)?.timer);
    this.deadlines.delete(socket);
  }
}

/**
 * Sets each connection's end from the first operation of a signed-in viewer on it: the token's
 * `exp`, or the end of its session row when that comes first.
 */
export class SessionExpiry {
  private readonly deadlines = new SessionDeadlines();
  /** Connections whose end is known or being read (one read per connection). */
  private readonly watched = new WeakMap<ClosableSocket, Promise<void>>();

  constructor(private readonly db: Db) {}

  /** For an operation whose token was accepted (`sessionId` is its viewer's session). */
  watch(socket: ClosableSocket, token: string, sessionId: string): Promise<void> {
    let watching = this.watched.get(socket);
    if (!watching) {
      watching = this.sessionEnd(token, sessionId).then((endsAt) => this.deadlines.endAt(socket, endsAt));
      this.watched.set(socket, watching);
    }
    return watching;
  }

  /** False once the connection's session has ended: what would be sent now must not go out. */
  allows(socket: ClosableSocket): boolean {
    return this.deadlines.allows(socket);
  }

  private async sessionEnd(token: string, sessionId: string): Promise<number> {
    // Should the database not answer, the token's own end still holds.
    const row = await this.db
      .one<{ expiresAt: Date }>(sql`SELECT expires_at AS "expiresAt" FROM user_session WHERE id = ${sessionId}`)
      .catch(() => undefined);
    const ends = [expiryOf(token), row?.expiresAt.getTime()].filter((t): t is number => t !== undefined);
    // Neither known (not so for an accepted token): end it now rather than never.
    return ends.length ? Math.min(...ends) : 0;
  }
}

/**
 * The `exp` of a JWT, in ms. The token was verified before (the API's own tokens by
 * auth/tokens.ts, an issuer's by security/oidc.ts), so its payload is only read here.
 */
function expiryOf(token: string): number | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
    const exp = typeof claims === "object" && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
