/**
 * The status-event relay of one process (design §6, §10): it LISTENs on PostgreSQL, loads each
 * committed batch of status events once (with the declarations they concern), and hands every
 * event to the local subscribers that may see it, filtering in memory. A thousand subscribers
 * cost one query per batch, not a thousand; a change committed by any process reaches all.
 *
 * Resume: a subscriber that gives `after` first receives every later event from the log, then
 * the live ones; a per-subscriber cursor drops what it already had, so nothing comes twice and
 * nothing is lost in the hand-over (sequence order is commit order, see status-events.ts).
 */
import { Client } from "pg";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import type { DeclarationStatusCode } from "../domain/declaration-status";
import type { DeclarationRow } from "../modules/declarations/declaration.type";
import { STATUS_EVENT_CHANNEL } from "./status-events";

/** One status event as subscribers receive it. */
export interface StatusEvent {
  seq: number;
  declarationId: string;
  employerId: string;
  /** The worker's SSIN, so that a worker's own subscription is filtered without a query. */
  ssin: string;
  from: DeclarationStatusCode | null;
  to: DeclarationStatusCode;
  at: Date;
  /** The declaration as it stood when the batch was loaded. */
  declaration: DeclarationRow;
}

/** Events replayed per query when resuming (a long absence is replayed in pages). */
const REPLAY_PAGE = 1000;

interface Subscriber {
  accepts: (event: StatusEvent) => boolean;
  /** The last sequence number delivered (or skipped as not visible). */
  cursor: number;
  /** Live events held back while the replay runs. */
  held: StatusEvent[] | null;
  push: (event: StatusEvent) => void;
}

export class StatusRelay {
  private client: Client | undefined;
  private starting: Promise<void> | undefined;
  private lastSeq = 0;
  private fetching: Promise<void> = Promise.resolve();
  private fetchQueued = false;
  private readonly subscribers = new Set<Subscriber>();
  private closed = false;

  constructor(private readonly connectionString: string, private readonly db: Db) {}

  /**
   * Events the filter accepts, from after `after` (a sequence number) or from now, until the
   * consumer stops iterating.
   */
  async subscribe(accepts: (event: StatusEvent) => boolean, after: number | null): Promise<AsyncIterableIterator<StatusEvent>> {
    await this.start();
    const queue: StatusEvent[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const subscriber: Subscriber = {
      accepts,
      cursor: after ?? this.lastSeq,
      held: after === null ? null : [],
      push: (event) => {
        queue.push(event);
        wake?.();
      },
    };
    this.subscribers.add(subscriber);
    if (after !== null) void this.replay(subscriber);

    const finish = () => {
      done = true;
      this.subscribers.delete(subscriber);
      wake?.();
    };
    const iterator: AsyncIterableIterator<StatusEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      async next(): Promise<IteratorResult<StatusEvent>> {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (done) return { value: undefined, done: true };
        return { value: queue.shift()!, done: false };
      },
      async return(): Promise<IteratorResult<StatusEvent>> {
        finish();
        return { value: undefined, done: true };
      },
      async throw(error: unknown): Promise<IteratorResult<StatusEvent>> {
        finish();
        throw error;
      },
    };
    return iterator;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscribers.clear();
    await this.fetching;
    await this.client?.end().catch(() => undefined);
  }

  private start(): Promise<void> {
    this.starting ??= this.connect();
    return this.starting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: "flexi-relay" });
    client.on("error", (error) => {
      console.error("[relay] connection lost:", error.message);
      this.client = undefined;
      this.starting = undefined;
      // Reconnect and catch up from the last sequence loaded: the log holds what was missed.
      if (!this.closed) setTimeout(() => void this.start().then(() => this.fetchNew()).catch(() => undefined), 1000).unref();
    });
    client.on("notification", () => this.fetchNew());
    await client.connect();
    await client.query(`LISTEN ${STATUS_EVENT_CHANNEL}`);
    if (this.lastSeq === 0) {
      const row = await this.db.one<{ value: string }>(sql`SELECT value FROM event_counter WHERE name = 'status_event'`);
      this.lastSeq = Number(row?.value ?? 0);
    }
    this.client = client;
  }

  /** Loads the events committed since the last load, once, and fans them out (loads never overlap). */
  private fetchNew(): void {
    if (this.fetchQueued) return;
    this.fetchQueued = true;
    this.fetching = this.fetching.then(async () => {
      this.fetchQueued = false;
      if (this.closed) return;
      try {
        for (;;) {
          const events = await loadEvents(this.db, this.lastSeq, REPLAY_PAGE);
          for (const event of events) {
            this.lastSeq = event.seq;
            for (const subscriber of this.subscribers) deliver(subscriber, event);
          }
          if (events.length < REPLAY_PAGE) break;
        }
      } catch (error) {
        console.error("[relay] loading events failed:", error instanceof Error ? error.message : error);
      }
    });
  }

  /** Sends a resuming subscriber the log after its cursor, then what arrived live meanwhile. */
  private async replay(subscriber: Subscriber): Promise<void> {
    try {
      for (;;) {
        const events = await loadEvents(this.db, subscriber.cursor, REPLAY_PAGE);
        for (const event of events) deliverNow(subscriber, event);
        if (events.length < REPLAY_PAGE) break;
      }
    } catch (error) {
      console.error("[relay] replay failed:", error instanceof Error ? error.message : error);
    }
    const held = subscriber.held ?? [];
    subscriber.held = null;
    for (const event of held) deliverNow(subscriber, event);
  }
}

function deliver(subscriber: Subscriber, event: StatusEvent): void {
  if (subscriber.held) subscriber.held.push(event);
  else deliverNow(subscriber, event);
}

function deliverNow(subscriber: Subscriber, event: StatusEvent): void {
  if (event.seq <= subscriber.cursor) return; // already delivered (replay and live overlap)
  subscriber.cursor = event.seq;
  if (subscriber.accepts(event)) subscriber.push(event);
}

async function loadEvents(db: Db, afterSeq: number, limit: number): Promise<StatusEvent[]> {
  const rows = await db.query<Omit<StatusEvent, "seq" | "declaration"> & { seq: string; declaration: DeclarationRow & { createdAt: string; updatedAt: string; submittedAt: string | null; processedAt: string | null } }>(sql`
    SELECT e.seq, e.declaration_id AS "declarationId", e.employer_id AS "employerId", w.ssin, e.from_status AS "from",
      e.to_status AS "to", e.at,
      json_build_object('id', d.id, 'employerId', d.employer_id, 'workerId', d.worker_id, 'submissionId', d.submission_id,
        'status', d.status, 'kind', d.kind, 'version', d.version, 'newestVersion', d.newest_version,
        'inForceVersion', d.in_force_version, 'payslipReference', d.payslip_reference, 'calculationStart', d.calculation_start,
        'calculationEnd', d.calculation_end, 'calculationDate', d.calculation_date, 'totalCents', d.total_cents::text,
        'submittedAt', d.submitted_at, 'processedAt', d.processed_at, 'createdAt', d.created_at, 'updatedAt', d.updated_at) AS declaration
    FROM status_event e
    JOIN worker w ON w.id = e.worker_id
    JOIN wage_declaration d ON d.id = e.declaration_id
    WHERE e.seq > ${afterSeq}
    ORDER BY e.seq
    LIMIT ${limit}`);
  return rows.map((row) => ({
    ...row,
    seq: Number(row.seq),
    declaration: {
      ...row.declaration,
      createdAt: new Date(row.declaration.createdAt),
      updatedAt: new Date(row.declaration.updatedAt),
      submittedAt: row.declaration.submittedAt ? new Date(row.declaration.submittedAt) : null,
      processedAt: row.declaration.processedAt ? new Date(row.declaration.processedAt) : null,
    },
  }));
}
