/**
 * Benchmark (c)'s product in the bench's process, shared by bench/bulk-submission.ts and
 * bench/profile-bulk.ts: the API and a controls worker (concurrency 2) on a migrated database
 * with the test fixtures, a declarant signed in, and one timed submission of `count`
 * declarations: the time to commit (the mutation's answer) and until all are controlled.
 */
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { startControlsWorker } from "../server/src/controls/controls-worker";
import { Db } from "../server/src/db/db";
import { sql } from "../server/src/db/sql";
import { buildFlexiSchema } from "../server/src/graphql/schema";
import { startServer } from "../server/src/server";
import { Services } from "../server/src/services";
import { addFlexDimonaThisMonth, declarationInput } from "../server/src/test/declarations";
import { FIXTURE_PASSWORD, loadFixtures } from "../server/src/test/fixtures";

export interface BulkHarness {
  /** Submits `count` declarations with the idempotency key `bench-<run>`; resolves once all are controlled. */
  submit(run: string): Promise<{ commitMs: number; controlMs: number }>;
  close(): Promise<void>;
}

/** Starts the product on a migrated data source at `url`. */
export async function startBulkHarness(dataSource: DataSource, url: string, count: number): Promise<BulkHarness> {
  const db = new Db(dataSource);
  const fx = await loadFixtures(db);
  await addFlexDimonaThisMonth(db, fx.employerA, fx.workers.aQuarter.id);
  const services = new Services(dataSource, { secret: "bench-secret-of-at-least-32-characters", ttlSeconds: 3600 });
  const server = await startServer({ schema: await buildFlexiSchema(), services, port: 0, host: "127.0.0.1" });
  const worker = await startControlsWorker({ connectionString: url, db, concurrency: 2, sweepIntervalMs: 3_600_000 });
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { id?: string; token?: string }>; errors?: unknown[] };
  };
  const token = (
    await call(`mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }`, {
      l: fx.logins.declarantA,
      p: FIXTURE_PASSWORD,
    })
  ).data!.signIn!.token!;

  return {
    async submit(run) {
      const declarations = Array.from({ length: count }, (_, i) =>
        declarationInput(fx.workers.aQuarter.id, {
          payslipReference: `BENCH-${run}-${i}`,
          properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "123.45" }],
        }),
      );
      const started = performance.now();
      const answer = await call(
        `mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id } }`,
        { input: { employerId: fx.employerA, idempotencyKey: `bench-${run}`, declarations } },
        token,
      );
      const committed = performance.now();
      const id = answer.data?.submitDeclarations?.id;
      if (!id) throw new Error(`submit failed: ${JSON.stringify(answer.errors)}`);
      for (;;) {
        const row = await db.one<{ pending: number }>(
          sql`SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending FROM wage_declaration WHERE submission_id = ${id}`,
        );
        if (row!.pending === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return { commitMs: committed - started, controlMs: performance.now() - committed };
    },
    async close() {
      await worker.stop();
      await server.stop();
      await services.close();
    },
  };
}
