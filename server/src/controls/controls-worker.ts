/**
 * The controls worker: graphile-worker runs the controls jobs; beside it a heartbeat records
 * that this pool is alive, and a sweeper repairs what a crash leaves behind (docs/architecture.md#the-controls-job):
 * - the jobs a dead pool had locked (graphile-worker frees them only after 4 hours) are
 *   unlocked as soon as its heartbeat has stopped;
 * - PENDING versions whose controls have given no result a minute after they were queued
 *   are queued again (controls are idempotent, so a double run changes nothing).
 * It runs inside the API process by default, or alone (`npm run worker`); any number of them
 * may run against one database.
 */
import { EventEmitter } from "node:events";
import { Pool } from "pg";
import { run, type Runner, type Task } from "graphile-worker";
import { QUIET_JOB_QUEUE_LOGGER } from "../db/data-source";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { logger } from "../ops/logger";
import { CONTROLS_BATCH_SIZE, queueControls, RUN_CONTROLS_TASK, type RunControlsPayload } from "./queue";
import { runControls } from "./run-controls";

export interface ControlsWorkerOptions {
  /** The database of the jobs and the data. */
  connectionString: string;
  db: Db;
  /** Jobs run at once by this process. */
  concurrency?: number;
  /** How often the heartbeat is written and the sweeper looks. */
  sweepIntervalMs?: number;
  /** A pending version without a result this long after it was queued is queued again. */
  staleAfterMs?: number;
  /** A pool whose heartbeat is older than this is dead; its jobs are unlocked. */
  deadAfterMs?: number;
}

export interface ControlsWorker {
  /** The graphile-worker pool running now (a new one replaces a pool stopped by a database outage). */
  readonly poolId: string;
  /** One sweep now (tests, and the interval). */
  sweep(): Promise<SweepResult>;
  /** Finishes the running jobs, then stops. */
  stop(): Promise<void>;
}

export interface SweepResult {
  unlockedPools: string[];
  requeued: number;
}

/** Versions re-queued per sweep at most, so that a sweep stays short. */
const MAX_REQUEUE_PER_SWEEP = 10 * CONTROLS_BATCH_SIZE;

/** Waits between attempts to replace a worker pool that stopped while the database was away. */
const RESTART_BACKOFF_MS = { first: 250, max: 5000 };

export async function startControlsWorker(options: ControlsWorkerOptions): Promise<ControlsWorker> {
  const concurrency = options.concurrency ?? 2;
  const sweepIntervalMs = options.sweepIntervalMs ?? 10_000;
  const staleAfterMs = options.staleAfterMs ?? 60_000;
  const deadAfterMs = options.deadAfterMs ?? 3 * sweepIntervalMs;
  const pool = new Pool({
    connectionString: options.connectionString,
    max: concurrency + 2,
    application_name: "flexi-controls",
    keepAlive: true,
  });
  pool.on("error", (error) => logger.error({ err: error }, "jobs: idle connection error"));
  pool.on("connect", (client) => client.on("error", (error) => logger.error({ err: error }, "jobs: connection error")));

  const runControlsTask: Task = async (payload) => {
    const { versionIds } = payload as RunControlsPayload;
    if (!Array.isArray(versionIds)) throw new Error("run_controls payload without versionIds");
    await runControls(options.db, versionIds);
  };

  /** One graphile-worker pool; a new one replaces it when it stops by itself (below). */
  const startRunner = async (): Promise<{ runner: Runner; poolId: string }> => {
    const events = new EventEmitter();
    let poolId: string | undefined;
    events.on("pool:create", ({ workerPool }: { workerPool: { id: string } }) => {
      poolId = workerPool.id;
    });
    const runner: Runner = await run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      logger: QUIET_JOB_QUEUE_LOGGER,
      events: events as Runner["events"],
      taskList: { [RUN_CONTROLS_TASK]: runControlsTask },
      // Completions and failures go through graphile-worker's batcher: when the database is away
      // at that moment, the pool stops (and is replaced below) instead of leaving a rejected
      // promise nobody awaits, which would end the process.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
    if (!poolId) throw new Error("graphile-worker started without announcing its pool");
    return { runner, poolId };
  };

  let current = await startRunner();
  await beat(options.db, current.poolId);
  let stopping = false;
  let replacing: Promise<void> = Promise.resolve();

  /**
   * graphile-worker stops a pool that could not record a job's end (the database went away):
   * its jobs stay locked by it. Once the database answers again, they are unlocked, so that
   * they run again (controls are idempotent), and a new pool takes over.
   */
  const replace = async (failed: { poolId: string }, error: unknown): Promise<void> => {
    logger.error(
      { err: error, poolId: failed.poolId },
      "jobs: the worker pool stopped; a new one starts once the database answers",
    );
    let step: "unlock" | "start" = "unlock";
    for (let failures = 0; !stopping;) {
      try {
        if (step === "unlock") {
          await options.db.query(sql`SELECT graphile_worker.force_unlock_workers(${[failed.poolId]}::text[])`);
          await options.db.query(sql`DELETE FROM worker_heartbeat WHERE pool_id = ${failed.poolId}`);
          step = "start";
        }
        const next = await startRunner();
        if (stopping) {
          await next.runner.stop().catch(() => undefined);
          return;
        }
        current = next;
        supervise(next);
        await beat(options.db, next.poolId).catch(() => undefined);
        logger.info({ poolId: next.poolId, replaced: failed.poolId }, "jobs: a new worker pool runs");
        return;
      } catch (retryError) {
        failures += 1;
        const wait = Math.min(RESTART_BACKOFF_MS.first * 2 ** (failures - 1), RESTART_BACKOFF_MS.max);
        logger.warn({ err: retryError, retryInMs: wait }, "jobs: the database does not answer yet");
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
  // The runner's promise settles when its pool stops, with or without an error (graphile-worker
  // logs the reason): unless this worker is stopping, that is a pool to replace.
  const supervise = (running: { runner: Runner; poolId: string }) => {
    const ended = (error: unknown) => {
      if (stopping || current !== running) return;
      replacing = replace(running, error);
    };
    running.runner.promise.then(
      () => ended(new Error("the worker pool stopped by itself")),
      (error: unknown) => ended(error),
    );
  };
  supervise(current);

  const sweep = async (): Promise<SweepResult> => {
    const ownPool = current.poolId;
    await beat(options.db, ownPool);
    return sweepOnce(options.db, { staleAfterMs, deadAfterMs, ownPool });
  };
  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((error: unknown) => logger.error({ err: error }, "jobs: sweep failed"));
  }, sweepIntervalMs);
  timer.unref();

  return {
    get poolId() {
      return current.poolId;
    },
    sweep,
    async stop() {
      stopping = true;
      clearInterval(timer);
      await sweeping;
      await replacing;
      await current.runner.stop().catch((error: unknown) => {
        // A pool that already stopped by itself (the database went away) has nothing left to stop.
        logger.warn({ err: error }, "jobs: the worker pool did not stop cleanly");
      });
      const ownPool = current.poolId;
      await options.db.query(sql`DELETE FROM worker_heartbeat WHERE pool_id = ${ownPool}`).catch(() => undefined);
      await pool.end();
    },
  };
}

function beat(db: Db, poolId: string): Promise<unknown> {
  return db.query(sql`
    INSERT INTO worker_heartbeat (pool_id) VALUES (${poolId})
    ON CONFLICT (pool_id) DO UPDATE SET beat_at = now()`);
}

/**
 * One sweep, by one process at a time (an advisory lock; others skip):
 * - jobs locked by a pool without a fresh heartbeat are unlocked (its heartbeat stopped, or it
 *   died before its first beat), so that they run again at once;
 * - PENDING versions without a result `staleAfterMs` after their controls were queued, and in
 *   no job that may still run, are queued again. A version in a waiting or retrying job is left
 *   to it, so that a busy queue is never doubled.
 */
export async function sweepOnce(
  db: Db,
  options: { staleAfterMs: number; deadAfterMs: number; ownPool?: string },
): Promise<SweepResult> {
  return db.transaction(async (tx) => {
    const lock = await tx.one<{ locked: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(hashtext('flexi-controls-sweeper')) AS locked`,
    );
    if (!lock?.locked) return { unlockedPools: [], requeued: 0 };

    const dead = await tx.query<{ poolId: string }>(sql`
      WITH stopped AS (
        DELETE FROM worker_heartbeat
        WHERE beat_at < now() - ${options.deadAfterMs} * interval '1 millisecond' AND pool_id IS DISTINCT FROM ${options.ownPool ?? null}
        RETURNING pool_id
      )
      SELECT pool_id AS "poolId" FROM stopped
      UNION
      SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
      WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - ${options.deadAfterMs} * interval '1 millisecond'
        AND j.locked_by IS DISTINCT FROM ${options.ownPool ?? null}
        AND NOT EXISTS (SELECT 1 FROM worker_heartbeat h WHERE h.pool_id = j.locked_by
          AND h.beat_at >= now() - ${options.deadAfterMs} * interval '1 millisecond')`);
    const unlockedPools = dead.map((d) => d.poolId);
    if (unlockedPools.length > 0)
      await tx.query(sql`SELECT graphile_worker.force_unlock_workers(${unlockedPools}::text[])`);

    const stale = await tx.query<{ id: string }>(sql`
      SELECT v.id FROM declaration_version v
      JOIN wage_declaration d ON d.id = v.declaration_id AND d.newest_version = v.number
      WHERE v.status = 'PENDING'
        AND COALESCE(v.controls_requested_at, v.submitted_at) < now() - ${options.staleAfterMs} * interval '1 millisecond'
        -- The public jobs view hides payloads; graphile-worker is pinned (0.17.3), so its own
        -- tables are read here, in this one file.
        AND NOT EXISTS (
          SELECT 1 FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks task ON task.id = j.task_id
          WHERE task.identifier = ${RUN_CONTROLS_TASK} AND j.attempts < j.max_attempts
            AND j.payload::jsonb -> 'versionIds' ? v.id::text)
      ORDER BY v.controls_requested_at
      LIMIT ${MAX_REQUEUE_PER_SWEEP}`);
    await queueControls(
      tx,
      stale.map((s) => s.id),
    );
    return { unlockedPools, requeued: stale.length };
  });
}

/** Controls jobs by state, for the metrics (ops/metrics.ts): waiting to run, running, failed for good. */
export interface ControlsJobCounts {
  waiting: number;
  running: number;
  failed: number;
}

/** Counts the run_controls jobs in graphile-worker's tables (read at scrape time; the same pinned tables as sweepOnce). */
export async function controlsJobCounts(db: Db): Promise<ControlsJobCounts> {
  const row = await db.one<ControlsJobCounts>(sql`
    SELECT count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts < j.max_attempts)::int AS waiting,
           count(*) FILTER (WHERE j.locked_at IS NOT NULL)::int AS running,
           count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts >= j.max_attempts)::int AS failed
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks task ON task.id = j.task_id
    WHERE task.identifier = ${RUN_CONTROLS_TASK}`);
  return row ?? { waiting: 0, running: 0, failed: 0 };
}
