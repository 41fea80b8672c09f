/**
 * `npm run bench:costs -- [shapes.json]`: what each field or relation of a query adds to the API's
 * node CPU per request. One API process, several shapes of a query (by default
 * bench/query-costs.json: an e-Box page growing field by field), each loaded in turn at 50
 * connections, in rounds that alternate their order; the median of the rounds per shape. Within
 * one process and one run, the differences between shapes hold better than two runs of the full
 * bench do on a shared machine (bench/README.md, "Reading the figures").
 *
 * A shapes file is a JSON list of `{ "label", "query", "role" }`, role "declarant" (the first
 * bench employer's) or "backOffice". Environment: BENCH_COSTS_ROUNDS (default 3),
 * BENCH_COSTS_SECONDS (per shape and round, default 4), BENCH_API and BENCH_DATA_DIR as for
 * `npm run bench`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { BACK_OFFICE_LOGIN, declarantLogin, machineLine, median, openBenchPostgres, signIn } from "./common";
import { processCpuMs } from "./cpu";
import { benchSecret, startApi } from "./processes";

interface Shape {
  label: string;
  query: string;
  role: "declarant" | "backOffice";
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? path.join(__dirname, "query-costs.json");
  const shapes = JSON.parse(readFileSync(file, "utf8")) as Shape[];
  const rounds = Number(process.env.BENCH_COSTS_ROUNDS ?? 3);
  const seconds = Number(process.env.BENCH_COSTS_SECONDS ?? 4);
  const { pg, url } = await openBenchPostgres();
  const api = await startApi({ databaseUrl: url, jwtSecret: benchSecret() });
  try {
    const tokens = {
      declarant: await signIn(api.url, declarantLogin(0)),
      backOffice: await signIn(api.url, BACK_OFFICE_LOGIN),
    };
    console.log(`Query costs (${path.relative(process.cwd(), file)}), ${rounds} rounds of ${seconds} s per shape`);
    console.log(machineLine());
    const cpuPerRequest = new Map<string, number[]>(shapes.map((s) => [s.label, []]));
    for (let round = 0; round < rounds; round++) {
      for (const shape of round % 2 === 0 ? shapes : [...shapes].reverse()) {
        const options = {
          url: api.url,
          method: "POST" as const,
          headers: { "content-type": "application/json", authorization: `Bearer ${tokens[shape.role]}` },
          body: JSON.stringify({ query: shape.query }),
          connections: 50,
        };
        await autocannon({ ...options, duration: 1 }); // warm-up
        const before = processCpuMs(api.child.process.pid);
        const result = await autocannon({ ...options, duration: seconds });
        const cpu = processCpuMs(api.child.process.pid) - before;
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${shape.label}: ${result.non2xx} answers not 2xx`);
        cpuPerRequest.get(shape.label)!.push(cpu / result.requests.total);
      }
    }
    let previous: number | undefined;
    for (const shape of shapes) {
      const ms = median(cpuPerRequest.get(shape.label)!);
      const added = previous === undefined ? "" : `  (${ms - previous >= 0 ? "+" : ""}${(ms - previous).toFixed(3)})`;
      console.log(`  ${shape.label.padEnd(44)} node CPU ${ms.toFixed(3)} ms/request${added}`);
      previous = ms;
    }
    console.log(machineLine());
  } finally {
    await api.child.stop();
    // A PostgreSQL another bench started stays up for it.
    if (!pg.reused) await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
