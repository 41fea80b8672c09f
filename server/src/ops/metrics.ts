/**
 * Prometheus metrics of this process, served as text at /metrics: HTTP requests,
 * GraphQL errors by code, the latency of root fields, the controls job queue, open
 * subscribers and WebSocket connections, and Node.js's own process metrics. Each process
 * counts its own; the job queue is the same database-wide figure in every process (take the
 * max, not the sum).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { ControlsJobCounts } from "../controls/controls-worker";
import { logger } from "./logger";

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Seconds: most requests take milliseconds; a 2,000-declaration submission takes seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: "flexi_http_requests_total",
  help: "HTTP requests answered, by route (graphql, healthz, readyz, metrics, other), status and GraphQL operation type (none outside /graphql, unknown when the operation did not resolve).",
  labelNames: ["route", "status", "operation_type"] as const,
  registers: [registry],
});

export const httpRequestDuration = new Histogram({
  name: "flexi_http_request_duration_seconds",
  help: "Time from receiving an HTTP request to the end of its answer, by route and GraphQL operation type.",
  labelNames: ["route", "operation_type"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const httpRequestsInFlight = new Gauge({
  name: "flexi_http_requests_in_flight",
  help: "HTTP requests received and not yet answered.",
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: "flexi_graphql_errors_total",
  help: "GraphQL errors sent to clients (HTTP and WebSocket), by code of the closed set of error codes.",
  labelNames: ["code"] as const,
  registers: [registry],
});

export const rootFieldDuration = new Histogram({
  name: "flexi_graphql_root_field_duration_seconds",
  help: "Time a root field's resolver takes (Query.x, Mutation.y), nested fields not included.",
  labelNames: ["field"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

/** What a running server lends the gauges read at scrape time. */
export interface MetricsSource {
  /** Open subscribers per stream (the relays' subscriberCount). */
  subscribers(): Record<string, number>;
  webSocketConnections(): number;
  /** The controls job queue, read from the database. */
  controlsJobs(): Promise<ControlsJobCounts>;
}

const sources = new Set<MetricsSource>();

/** Lends a server's figures to the gauges until the returned function is called (at stop). */
export function addMetricsSource(source: MetricsSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

new Gauge({
  name: "flexi_subscribers",
  help: "Open GraphQL subscriptions of this process, by stream (status: declaration status and submission progress; ebox: e-Box messages).",
  labelNames: ["stream"] as const,
  registers: [registry],
  collect() {
    this.reset();
    const totals: Record<string, number> = { status: 0, ebox: 0 };
    for (const source of sources)
      for (const [stream, count] of Object.entries(source.subscribers()))
        totals[stream] = (totals[stream] ?? 0) + count;
    for (const [stream, count] of Object.entries(totals)) this.set({ stream }, count);
  },
});

new Gauge({
  name: "flexi_websocket_connections",
  help: "Open graphql-ws connections of this process.",
  registers: [registry],
  collect() {
    let total = 0;
    for (const source of sources) total += source.webSocketConnections();
    this.set(total);
  },
});

new Gauge({
  name: "flexi_controls_jobs",
  help: "Controls jobs (run_controls, up to 500 declarations each) in the database-wide queue, by state: waiting, running, failed (attempts used up).",
  labelNames: ["state"] as const,
  registers: [registry],
  async collect() {
    this.reset();
    const source = sources.values().next().value as MetricsSource | undefined;
    if (!source) return;
    try {
      const counts = await source.controlsJobs();
      for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
    } catch (error) {
      // Left without samples: a scrape must not fail because the database does not answer.
      logger.warn({ err: error }, "metrics: cannot read the controls job queue");
    }
  },
});

/** The metrics in Prometheus's text format, with its content type. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

const instrumented = new WeakSet<GraphQLSchema>();

/**
 * Times the resolvers of the root fields of Query and Mutation (not every field: nested fields
 * keep graphql-js's plain resolvers). Serves HTTP and WebSocket alike, as both run this schema.
 * Idempotent per schema.
 */
export function instrumentRootFields(schema: GraphQLSchema): void {
  if (instrumented.has(schema)) return;
  instrumented.add(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const labels = { field: `${type.name}.${field.name}` };
      field.resolve = (source, args, context, info) => {
        const end = rootFieldDuration.startTimer(labels);
        let result: unknown;
        try {
          result = resolve(source, args, context, info);
        } catch (error) {
          end();
          throw error;
        }
        if (result instanceof Promise)
          result.then(
            () => end(),
            () => end(),
          );
        else end();
        return result;
      };
    }
  }
}
