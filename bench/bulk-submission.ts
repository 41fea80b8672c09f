/**
 * Benchmark (c) of issue 6, first cut: `submitDeclarations` with 2,000 declarations through the
 * real API, on a fresh embedded PostgreSQL, with the controls worker in the process. Prints the
 * time to commit (the mutation's answer) and the time until all 2,000 are controlled, for three
 * runs, with the machine's load. Run: `npm run bench:bulk`.
 */
import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startControlsWorker } from "../server/src/controls/controls-worker";
import { createDataSource, migrate } from "../server/src/db/data-source";
import { Db } from "../server/src/db/db";
import { ensureDatabase, startEmbeddedPostgres } from "../server/src/db/embedded-postgres";
import { sql } from "../server/src/db/sql";
import { buildFlexiSchema } from "../server/src/graphql/schema";
import { startServer } from "../server/src/server";
import { Services } from "../server/src/services";
import { addFlexDimonaThisMonth, declarationInput } from "../server/src/test/declarations";
import { FIXTURE_PASSWORD, loadFixtures } from "../server/src/test/fixtures";

const RUNS = 3;
const COUNT = 2000;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "flexi-bench-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(pg, "bench");
    const url = pg.connectionString("bench");
    const dataSource = createDataSource({ url, poolSize: 20 });
    await dataSource.initialize();
    await migrate(dataSource);
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
    const signedIn = await call(`mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }`, { l: fx.logins.declarantA, p: FIXTURE_PASSWORD });
    const token = signedIn.data!.signIn!.token!;

    console.log(`submitDeclarations, ${COUNT} declarations, controls worker concurrency 2, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    for (let run = 1; run <= RUNS; run++) {
      const declarations = Array.from({ length: COUNT }, (_, i) => ({
        ...declarationInput(fx.workers.aQuarter.id, { payslipReference: `BENCH-${run}-${i}`, properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "123.45" }] }),
      }));
      const started = performance.now();
      const answer = await call(`mutation($input: SubmitDeclarationsInput!) { submitDeclarations(input: $input) { id } }`,
        { input: { employerId: fx.employerA, idempotencyKey: `bench-${run}`, declarations } }, token);
      const committed = performance.now();
      const id = answer.data?.submitDeclarations?.id;
      if (!id) throw new Error(`submit failed: ${JSON.stringify(answer.errors)}`);
      for (;;) {
        const row = await db.one<{ pending: number }>(sql`SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending FROM wage_declaration WHERE submission_id = ${id}`);
        if (row!.pending === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const controlled = performance.now();
      const commitMs = committed - started;
      const controlMs = controlled - committed;
      console.log(`run ${run}: commit ${commitMs.toFixed(0)} ms; all controlled ${controlMs.toFixed(0)} ms after commit (${Math.round(COUNT / (controlMs / 1000))} declarations/s); total ${(controlled - started).toFixed(0)} ms`);
    }
    await worker.stop();
    await server.stop();
    await services.close();
    await dataSource.destroy();
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
