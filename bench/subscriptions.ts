/**
 * Benchmark (d): 1,000 graphql-ws subscribers of `declarationStatusChanged(employerId)`
 * (five per employer, each with its employer's declarant token) while status events are committed
 * at a steady rate through `recordStatusChanges` (events/status-events.ts), one transaction per
 * event. Latency is from the moment COMMIT returned to the bench to the moment the event arrived
 * at a subscriber, both on this process's clock (the event is recognised by its cursor, which is
 * its sequence number). The floor beside it: a plain `pg` LISTEN on the same channel in this
 * process, i.e. the NOTIFY alone, without loading, filtering or WebSocket.
 *
 * The events are marked (reason "bench:d") and deleted afterwards, so the data set stays as seeded.
 */
import { performance } from "node:perf_hooks";
import { createClient, type Client as WsClient } from "graphql-ws";
import { Client as PgClient } from "pg";
import WebSocket from "ws";
import { createDataSource } from "../server/src/db/data-source";
import { Db } from "../server/src/db/db";
import { sql } from "../server/src/db/sql";
import { recordStatusChanges, STATUS_EVENT_CHANNEL, type StatusChange } from "../server/src/events/status-events";
import { benchUuid, machineLine, percentile, SIZES, sleep } from "./common";

export interface SubscriptionOptions {
  databaseUrl: string;
  wsUrl: string;
  /** Token of the declarant of each employer, by employer index. */
  tokens: string[];
  subscribers: number;
  eventsPerSecond: number;
  durationSeconds: number;
  runs: number;
}

export interface SubscriptionRun {
  events: number;
  seconds: number;
  deliveries: number;
  expectedDeliveries: number;
  minReceivers: number;
  maxReceivers: number;
  p50: number;
  p99: number;
  max: number;
  notifyP50: number;
  notifyP99: number;
}

const REASON = "bench:d";
const QUERY = `subscription BenchD($employerId: ID!) { declarationStatusChanged(employerId: $employerId) { cursor to at } }`;

interface Subscriber {
  employer: number;
  client: WsClient;
}

export async function runSubscriptionBench(options: SubscriptionOptions): Promise<SubscriptionRun[]> {
  const employers = options.tokens.length;
  const dataSource = createDataSource({ url: options.databaseUrl, poolSize: 10, applicationName: "bench-events" });
  await dataSource.initialize();
  const db = new Db(dataSource);
  const listener = new PgClient({ connectionString: options.databaseUrl, application_name: "bench-notify-floor" });
  listener.on("error", () => undefined);
  const subscribers: Subscriber[] = [];
  /** Arrivals by sequence number: when and at which subscriber. */
  const arrivals = new Map<number, { at: number; subscriber: number }[]>();
  const notified = new Map<number, number>();
  const committed = new Map<number, { at: number; employer: number }>();
  try {
    await listener.connect();
    await listener.query(`LISTEN ${STATUS_EVENT_CHANNEL}`);
    listener.on("notification", (message) => {
      const at = performance.now();
      notified.set(Number(message.payload), at);
    });

    // Connect and subscribe, 50 at a time (each subscription reads its viewer once).
    const t0 = performance.now();
    for (let i = 0; i < options.subscribers; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, options.subscribers - i) }, async (_, k) => {
          const index = i + k;
          const employer = index % employers;
          const client = createClient({
            url: options.wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${options.tokens[employer]}` },
            lazy: false,
            retryAttempts: 0,
            onNonLazyError: (error) => console.error(`[d] subscriber ${index} failed to connect:`, error),
          });
          await new Promise<void>((resolve, reject) => {
            const offConnected = client.on("connected", () => {
              offConnected();
              resolve();
            });
            const offClosed = client.on("closed", (event) => {
              offClosed();
              reject(new Error(`subscriber ${index}: socket closed ${JSON.stringify(event)}`));
            });
          });
          client.subscribe<{ declarationStatusChanged: { cursor: string } }>(
            { query: QUERY, variables: { employerId: benchUuid("employer", employer) } },
            {
              next: (message) => {
                const at = performance.now();
                const cursor = message.data?.declarationStatusChanged.cursor;
                if (cursor === undefined) return;
                const seq = Number(cursor);
                const list = arrivals.get(seq) ?? [];
                list.push({ at, subscriber: index });
                arrivals.set(seq, list);
              },
              error: (error) => console.error(`[d] subscriber ${index}:`, error),
              complete: () => undefined,
            },
          );
          subscribers.push({ employer, client });
        }),
      );
    }
    const connectedMs = performance.now() - t0;

    // Every subscription is live once each has received a warm-up event of its employer.
    const warmup: StatusChange[] = Array.from({ length: employers }, (_, e) => change(e, 0));
    await db.transaction((tx) => recordStatusChanges(tx, warmup));
    const live = await waitFor(
      () => new Set([...arrivals.values()].flat().map((a) => a.subscriber)).size >= options.subscribers,
      30_000,
    );
    const liveCount = new Set([...arrivals.values()].flat().map((a) => a.subscriber)).size;
    console.log(
      `  ${subscribers.length} subscribers connected in ${(connectedMs / 1000).toFixed(1)} s; ${liveCount} live after a warm-up event per employer${live ? "" : " (timed out waiting for the rest)"}`,
    );
    arrivals.clear();

    const perEmployer = new Array<number>(employers).fill(0);
    for (const s of subscribers) perEmployer[s.employer]! += 1;
    const runs: SubscriptionRun[] = [];
    let eventNumber = 1;
    for (let run = 1; run <= options.runs; run++) {
      committed.clear();
      arrivals.clear();
      notified.clear();
      const count = options.eventsPerSecond * options.durationSeconds;
      const interval = 1000 / options.eventsPerSecond;
      const started = performance.now();
      const pending: Promise<void>[] = [];
      for (let k = 0; k < count; k++) {
        const due = started + k * interval;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const employer = (eventNumber * 7) % employers;
        const n = eventNumber++;
        pending.push(
          (async () => {
            const seq = await db.transaction(async (tx) => {
              await recordStatusChanges(tx, [change(employer, n)]);
              const row = await tx.one<{ value: string }>(
                sql`SELECT value FROM event_counter WHERE name = 'status_event'`,
              );
              return Number(row!.value);
            });
            committed.set(seq, { at: performance.now(), employer });
          })(),
        );
      }
      await Promise.all(pending);
      const seconds = (performance.now() - started) / 1000;
      // Stragglers: wait until every expected delivery arrived, at most 5 s.
      const expected = [...committed.values()].reduce((sum, c) => sum + perEmployer[c.employer]!, 0);
      await waitFor(() => [...arrivals.values()].reduce((sum, list) => sum + list.length, 0) >= expected, 5_000);

      const latencies: number[] = [];
      const receivers: number[] = [];
      for (const [seq, commit] of committed) {
        const list = arrivals.get(seq) ?? [];
        receivers.push(list.length);
        for (const a of list) latencies.push(a.at - commit.at);
      }
      latencies.sort((a, b) => a - b);
      const notifyLatencies = [...committed]
        .flatMap(([seq, c]) => (notified.has(seq) ? [notified.get(seq)! - c.at] : []))
        .sort((a, b) => a - b);
      const result: SubscriptionRun = {
        events: committed.size,
        seconds,
        deliveries: latencies.length,
        expectedDeliveries: expected,
        minReceivers: Math.min(...receivers),
        maxReceivers: Math.max(...receivers),
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1] ?? Number.NaN,
        notifyP50: percentile(notifyLatencies, 50),
        notifyP99: percentile(notifyLatencies, 99),
      };
      runs.push(result);
      console.log(
        `  run ${run}: ${result.events} events in ${seconds.toFixed(1)} s (${(result.events / seconds).toFixed(1)}/s); ` +
          `${result.deliveries}/${result.expectedDeliveries} deliveries (each event reached ${range(result.minReceivers, result.maxReceivers)} of the ${range(Math.min(...perEmployer), Math.max(...perEmployer))} subscribers of its employer); ` +
          `commit->subscriber p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms | ` +
          `floor (raw NOTIFY) p50 ${result.notifyP50.toFixed(1)} ms, p99 ${result.notifyP99.toFixed(1)} ms | ${machineLine()}`,
      );
    }
    return runs;
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    await listener.end().catch(() => undefined);
    if (dataSource.isInitialized) {
      await db.query(sql`DELETE FROM status_event WHERE reason = ${REASON}`);
      await dataSource.destroy();
    }
  }
}

/** A status change of one of the employer's declarations (ACCEPTED in the data set): as if the back office confirmed it. */
function change(employer: number, n: number): StatusChange {
  const slot = n % (SIZES.workers / SIZES.employers);
  const j = 900 + slot; // October's declarations: j = month * 100 + slot
  return {
    declarationId: benchUuid("declaration", employer + SIZES.employers * j),
    employerId: benchUuid("employer", employer),
    workerId: benchUuid("worker", employer + SIZES.employers * slot),
    versionNumber: 1,
    from: "ACCEPTED_WITH_WARNINGS",
    to: "ACCEPTED",
    actorId: null,
    reason: REASON,
    reasonCode: null,
  };
}

function range(min: number, max: number): string {
  return min === max ? String(min) : `${min}-${max}`;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}
