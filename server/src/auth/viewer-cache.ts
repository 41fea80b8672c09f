/**
 * The users and rights behind sessions, kept for a short while so that a request does not cost
 * a statement to learn who asks (it was a third of the statements of a list query, bench (a)).
 *
 * What keeps it right:
 * - every change of a user's rights or sessions announces itself after commit on the
 *   `access_changed` channel (events/access-events.ts), from any process; each process then
 *   forgets that user here. The process that made the change also forgets at once after its
 *   commit (`forget`), so its own next request never sees the old rights;
 * - a read that started before such a change is not kept (the generation check below);
 * - while the LISTEN connection is down, nothing is kept or served from here (a missed
 *   announcement would otherwise go unnoticed), and everything is forgotten on reconnect;
 * - an entry lives `ttlMs` at most (VIEWER_CACHE_MS), and never past its session's expiry,
 *   which bounds what a change made behind the API's back (plain SQL) can leave stale.
 * `ttlMs` 0 turns the cache off: each request reads the user anew.
 */
import type { ChannelHandler, PgListener } from "../events/pg-listener";
import { ACCESS_CHANGED_CHANNEL } from "../events/access-events";
import type { Viewer } from "./viewer";

/** A session's user and rights as read, with when the session itself ends. */
export interface SessionViewer {
  viewer: Viewer;
  sessionExpiresAt: Date;
}

interface Entry {
  viewer: Viewer;
  keptUntil: number;
}

/** VIEWER_CACHE_MS when unset. */
export const DEFAULT_VIEWER_CACHE_MS = 10_000;

/** How long after a failed LISTEN the next request tries again. */
const RETRY_MS = 5_000;

/** Entries kept at most; the oldest go first beyond it (one per open session in practice). */
const MAX_ENTRIES = 10_000;

export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every forget: a read that began under an older generation is not kept. */
  private generation = 0;
  private listening = false;
  private starting: Promise<void> | undefined;
  private retryAt = 0;

  constructor(
    private readonly listener: PgListener,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The viewer of a session, from the cache when it may be trusted, else from `read`. */
  async get(userId: string, sessionId: string, read: () => Promise<SessionViewer | null>): Promise<Viewer | null> {
    if (this.ttlMs <= 0) return (await read())?.viewer ?? null;
    // The first request waits for LISTEN to be in place, so that it may already keep its viewer;
    // without a connection, a new attempt at most every RETRY_MS.
    if (!this.listening && this.now() >= this.retryAt) await (this.starting ??= this.start());
    const key = `${userId}:${sessionId}`;
    const now = this.now();
    const entry = this.entries.get(key);
    if (this.listening && entry && entry.keptUntil > now) return entry.viewer;
    const generation = this.generation;
    const loaded = await read();
    if (loaded && this.listening && generation === this.generation) {
      this.entries.delete(key);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, {
        viewer: loaded.viewer,
        keptUntil: Math.min(now + this.ttlMs, loaded.sessionExpiresAt.getTime()),
      });
    } else if (!loaded) {
      this.entries.delete(key);
    }
    return loaded?.viewer ?? null;
  }

  /** Forgets every session of a user (their rights or sessions changed). */
  forget(userId: string): void {
    this.generation += 1;
    for (const key of this.entries.keys()) if (key.startsWith(`${userId}:`)) this.entries.delete(key);
  }

  private forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private readonly announcements: ChannelHandler = {
    onNotification: (userId) => this.forget(userId),
    onDisconnect: () => {
      this.listening = false;
      this.forgetAll();
    },
    onReconnect: () => {
      this.forgetAll();
      this.listening = true;
    },
  };

  private async start(): Promise<void> {
    try {
      await this.listener.listen(ACCESS_CHANGED_CHANNEL, this.announcements);
      this.listening = true;
    } catch {
      // No LISTEN connection: every request reads anew; a later request tries again.
      this.retryAt = this.now() + RETRY_MS;
      this.starting = undefined;
    }
  }
}
