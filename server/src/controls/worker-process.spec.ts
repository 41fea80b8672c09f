/**
 * `npm run worker`: the controls worker as a process of its own beside an API that runs none
 * (CONTROLS_WORKER=false), against one database.
 */
import { startTestApi, type TestApi } from "../test/api";
import {
  addDeclaration,
  addFlexDimonaThisMonth,
  controlled,
  createSubmission,
  declarationInput,
  readDeclaration,
  submit,
} from "../test/declarations";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { startServerProcess } from "../test/process";
import { sql } from "../db/sql";

let api: TestApi;
let fx: Fixtures;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
  token = await api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD);
  await addFlexDimonaThisMonth(api.database.db, fx.employerA, fx.workers.aQuarter.id);
});
afterAll(() => api.close());

it("an API without a worker leaves declarations pending; a worker process started later controls them", async () => {
  const submissionId = await createSubmission(api, token, fx.employerA);
  const id = await addDeclaration(api, token, submissionId, declarationInput(fx.workers.aQuarter.id));
  await submit(api, token, submissionId);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await readDeclaration(api, token, id)).status).toBe("PENDING");

  const worker = await startServerProcess(
    "worker.ts",
    { DATABASE_URL: api.database.url, JWT_SECRET: "unused-by-the-worker" },
    /controls worker running \(pool (\S+)\)/,
  );
  try {
    expect((await controlled(api, token, id)).status).toBe("ACCEPTED");
    const heartbeat = await api.database.db.query<{ poolId: string }>(
      sql`SELECT pool_id AS "poolId" FROM worker_heartbeat`,
    );
    expect(heartbeat.map((h) => h.poolId)).toContain(worker.ready);
  } finally {
    expect(await worker.stop("SIGTERM")).toBe(0);
  }
  const afterStop = await api.database.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM worker_heartbeat`);
  expect(afterStop[0]!.n).toBe(0); // a worker that stops cleanly removes its heartbeat
}, 60_000);
