/**
 * Fans an ordered log out to this process's subscribers (docs/architecture.md#the-status-log): on each NOTIFY it
 * loads the entries committed since the last load, once, and hands each to the subscribers that
 * accept it, filtering in memory. A thousand subscribers cost one query per batch.
 *
 * The log's sequence numbers must follow commit order (a counter row updated inside each
 * writing transaction: events/status-events.ts). Then a subscriber that resumes `after` a number
 * receives every later entry from the log and then the live ones; its own cursor drops what it
 * already had, so nothing comes twice and nothing is lost in the hand-over.
 */
import type { PgListener } from "./pg-listener";
import { badUserInput } from "../errors";
import { logger } from "../ops/logger";

export interface LogEntry {
  seq: number;
}

export interface LogSource<E extends LogEntry> {
  /** The NOTIFY channel announcing new entries. */
  channel: string;
  /** Entries after `afterSeq`, in sequence order, at most `limit`. */
  load(afterSeq: number, limit: number): Promise<E[]>;
  /** The highest sequence number committed so far. */
  current(): Promise<number>;
}

/** A subscription's stream: an async iterator the server can also end (a revoked right). */
export interface LogStream<E> extends AsyncIterableIterator<E> {
  end(): void;
}

/** Entries loaded per query (a long absence is replayed in pages). */
const PAGE = 1000;
/** Waits before a failed load is tried again (the database may be away): doubled from the first to the last. */
const RETRY_BACKOFF_MS = { first: 250, max: 5000 };

function retryWait(failures: number): number {
  return Math.min(RETRY_BACKOFF_MS.first * 2 ** Math.max(0, failures - 1), RETRY_BACKOFF_MS.max);
}

interface Subscriber<E> {
  accepts: (entry: E) => boolean;
  /** The last sequence number delivered (or passed over as not accepted). */
  cursor: number;
  /** Live entries held back while the replay runs. */
  held: E[] | null;
  push: (entry: E) => void;
}

/**
 * A log cursor given by a subscriber (`after`): an entry's sequence number; anything else is
 * refused as BAD_USER_INPUT at `after` before subscribing.
 */
export function parseLogCursor(after: string | null | undefined, message: string): number | null {
  if (after == null) return null;
  if (!/^\d{1,15}$/.test(after)) throw badUserInput([{ path: ["after"], code: "INVALID_FORMAT", message }]);
  return Number(after);
}

export class LogRelay<E extends LogEntry> {
  private starting: Promise<void> | undefined;
  private lastSeq = 0;
  private loading: Promise<void> = Promise.resolve();
  private loadQueued = false;
  private readonly subscribers = new Set<Subscriber<E>>();
  private closed = false;
  private loadFailures = 0;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly source: LogSource<E>,
    private readonly listener: PgListener,
  ) {}

  /**
   * Entries the filter accepts, from after `after` (a sequence number) or from now. `onEnd` runs
   * once when the stream ends, whoever ends it.
   */
  async subscribe(accepts: (entry: E) => boolean, after: number | null, onEnd?: () => void): Promise<LogStream<E>> {
    await this.start();
    const queue: E[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const subscriber: Subscriber<E> = {
      accepts,
      cursor: after ?? this.lastSeq,
      held: after === null ? null : [],
      push: (entry) => {
        queue.push(entry);
        wake?.();
      },
    };
    this.subscribers.add(subscriber);
    if (after !== null) void this.replay(subscriber);

    const end = () => {
      if (done) return;
      done = true;
      this.subscribers.delete(subscriber);
      onEnd?.();
      wake?.();
    };
    const stream: LogStream<E> = {
      [Symbol.asyncIterator]: () => stream,
      async next(): Promise<IteratorResult<E>> {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (done) return { value: undefined, done: true };
        return { value: queue.shift()!, done: false };
      },
      async return(): Promise<IteratorResult<E>> {
        end();
        return { value: undefined, done: true };
      },
      async throw(error: unknown): Promise<IteratorResult<E>> {
        end();
        throw error;
      },
      end,
    };
    return stream;
  }

  /** Subscribers of this process (metrics, tests). */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.subscribers.clear();
    await this.loading;
  }

  private start(): Promise<void> {
    this.starting ??= (async () => {
      await this.listener.listen(this.source.channel, {
        onNotification: () => this.loadNew(),
        onReconnect: () => this.loadNew(),
      });
      this.lastSeq = await this.source.current();
    })().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  /** Loads the entries committed since the last load, once, and fans them out (loads never overlap). */
  private loadNew(): void {
    if (this.loadQueued) return;
    this.loadQueued = true;
    this.loading = this.loading.then(async () => {
      this.loadQueued = false;
      if (this.closed) return;
      try {
        for (;;) {
          const entries = await this.source.load(this.lastSeq, PAGE);
          for (const entry of entries) {
            this.lastSeq = entry.seq;
            for (const subscriber of this.subscribers) deliver(subscriber, entry);
          }
          if (entries.length < PAGE) break;
        }
        this.loadFailures = 0;
      } catch (error) {
        // Nothing is lost: the next load starts after the last entry handed out. It is tried
        // again, so that entries announced before the failure do not wait for the next NOTIFY.
        this.loadFailures += 1;
        const wait = retryWait(this.loadFailures);
        logger.error({ err: error, channel: this.source.channel, retryInMs: wait }, "relay: loading failed");
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.loadNew(), wait);
        this.retryTimer.unref();
      }
    });
  }

  /** Sends a resuming subscriber the log after its cursor, then what arrived live meanwhile. */
  private async replay(subscriber: Subscriber<E>): Promise<void> {
    // Until the log after the cursor has been read (tried again while the database is away),
    // live entries are held back: handing them out first would skip what lies before them.
    for (let failures = 0; !this.closed && this.subscribers.has(subscriber);) {
      try {
        const entries = await this.source.load(subscriber.cursor, PAGE);
        for (const entry of entries) deliverNow(subscriber, entry);
        if (entries.length < PAGE) break;
        failures = 0;
      } catch (error) {
        failures += 1;
        const wait = retryWait(failures);
        logger.error({ err: error, channel: this.source.channel, retryInMs: wait }, "relay: replay failed");
        await new Promise((resolve) => setTimeout(resolve, wait).unref());
      }
    }
    const held = subscriber.held ?? [];
    subscriber.held = null;
    for (const entry of held) deliverNow(subscriber, entry);
  }
}

function deliver<E extends LogEntry>(subscriber: Subscriber<E>, entry: E): void {
  if (subscriber.held) subscriber.held.push(entry);
  else deliverNow(subscriber, entry);
}

function deliverNow<E extends LogEntry>(subscriber: Subscriber<E>, entry: E): void {
  if (entry.seq <= subscriber.cursor) return; // already delivered (replay and live overlap)
  subscriber.cursor = entry.seq;
  if (subscriber.accepts(entry)) subscriber.push(entry);
}
