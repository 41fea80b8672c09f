/**
 * /metrics: Prometheus text with the requests, GraphQL errors by code (HTTP and
 * WebSocket), root-field latency, the controls job queue, subscribers and process metrics.
 * The registry belongs to the process, so the assertions compare before and after.
 */
import { errorCodes, eventually, startTestApi, wsRequest, type TestApi } from "../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  createSubmission,
  declarationInput,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";

let api: TestApi;
let fx: Fixtures;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false }); // controls jobs stay waiting, so the queue can be seen
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

/** Samples by `name{labels}` (labels as Prometheus writes them, in declaration order). */
async function scrape(): Promise<{ text: string; contentType: string | null; value: (key: string) => number }> {
  const response = await fetch(api.server.url.replace(/graphql$/, "metrics"));
  expect(response.status).toBe(200);
  const text = await response.text();
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return { text, contentType: response.headers.get("content-type"), value: (key) => samples.get(key) ?? 0 };
}

it("exposes the named metrics in Prometheus's text format", async () => {
  const { text, contentType } = await scrape();
  expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  for (const name of [
    "flexi_http_requests_total",
    "flexi_http_request_duration_seconds",
    "flexi_http_requests_in_flight",
    "flexi_graphql_errors_total",
    "flexi_graphql_root_field_duration_seconds",
    "flexi_controls_jobs",
    "flexi_subscribers",
    "flexi_websocket_connections",
    "process_cpu_user_seconds_total",
    "process_resident_memory_bytes",
    "nodejs_eventloop_lag_seconds",
    "nodejs_heap_size_used_bytes",
  ]) {
    expect(text).toContain(`# TYPE ${name} `);
  }
});

it("counts requests by status and operation type, GraphQL errors by code over HTTP and WebSocket, and root-field latency", async () => {
  const before = await scrape();
  const unauthenticated = await api.request(`query Me { me { id } }`);
  expect(errorCodes(unauthenticated)).toEqual(["UNAUTHENTICATED"]);
  const badInput = await api.request(`query { me { id `);
  expect(errorCodes(badInput)).toEqual(["BAD_USER_INPUT"]);
  const me = await api.request(`query Me { me { id } }`, {}, token);
  expect(me.errors).toBeUndefined();
  const overWebSocket = await wsRequest(api.wsClient(), `query { me { id } }`);
  expect(overWebSocket.errors?.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual([
    "UNAUTHENTICATED",
  ]);

  const after = await scrape();
  const delta = (key: string) => after.value(key) - before.value(key);
  expect(delta('flexi_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(2);
  expect(delta('flexi_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
  expect(delta('flexi_http_requests_total{route="graphql",status="200",operation_type="query"}')).toBe(2);
  expect(delta('flexi_http_requests_total{route="graphql",status="200",operation_type="unknown"}')).toBe(1); // did not parse
  expect(delta('flexi_http_requests_total{route="metrics",status="200",operation_type="none"}')).toBe(1);
  expect(delta('flexi_graphql_root_field_duration_seconds_count{field="Query.me"}')).toBe(1); // the refused call never ran: only the other is timed
  expect(
    after.value('flexi_graphql_root_field_duration_seconds_bucket{le="+Inf",field="Query.me"}'),
  ).toBeGreaterThanOrEqual(1);
});

it("shows the controls jobs waiting, read from the queue at scrape time", async () => {
  const before = await scrape();
  const submissionId = await createSubmission(api, token, fx.employerA);
  await addDeclaration(api, token, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, token, submissionId);
  const after = await scrape();
  expect(
    after.value('flexi_controls_jobs{state="waiting"}') - before.value('flexi_controls_jobs{state="waiting"}'),
  ).toBe(1);
  expect(after.text).toContain('flexi_controls_jobs{state="running"} 0');
});

it("shows the open subscribers and WebSocket connections of the process", async () => {
  const client = api.wsClient(token);
  const stop = client.subscribe(
    { query: `subscription { declarationStatusChanged(employerId: "${fx.employerA}") { cursor } }` },
    { next: () => undefined, error: () => undefined, complete: () => undefined },
  );
  try {
    const open = await eventually(
      async () => {
        const metrics = await scrape();
        return metrics.value('flexi_subscribers{stream="status"}') === 1 ? metrics : undefined;
      },
      10_000,
      "one status subscriber",
    );
    expect(open.value("flexi_websocket_connections")).toBe(1);
    expect(open.value('flexi_subscribers{stream="ebox"}')).toBe(0);
  } finally {
    stop();
    await client.dispose();
  }
  await eventually(
    async () => ((await scrape()).value('flexi_subscribers{stream="status"}') === 0 ? true : undefined),
    10_000,
    "no subscriber",
  );
});

describe("with METRICS_TOKEN set", () => {
  let guarded: TestApi;
  beforeAll(async () => {
    guarded = await startTestApi({ controls: false, security: { metricsToken: "scrape-secret-for-the-test" } });
  });
  afterAll(() => guarded.close());

  it("answers only the bearer of the token; the other probes stay open", async () => {
    const url = guarded.server.url.replace(/graphql$/, "metrics");
    for (const authorization of [
      undefined,
      "Bearer wrong",
      "Bearer scrape-secret-for-the-tes",
      "scrape-secret-for-the-test",
    ]) {
      const refused = await fetch(url, { headers: authorization ? { authorization } : {} });
      expect([authorization, refused.status]).toEqual([authorization, 401]);
      expect(await refused.text()).not.toMatch(/flexi_/);
    }
    const allowed = await fetch(url, { headers: { authorization: "Bearer scrape-secret-for-the-test" } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/flexi_http_requests_total/);
    expect((await fetch(guarded.server.url.replace(/graphql$/, "healthz"))).status).toBe(200);
  });
});
