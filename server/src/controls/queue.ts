import type { Db } from "../db/db";
import { sql } from "../db/sql";

/** graphile-worker task name of the asynchronous controls. */
export const RUN_CONTROLS_TASK = "run_controls";
/** Versions per job: set-based SQL over a batch, not a job per declaration (docs/domain-rules.md#the-asynchronous-controls). */
export const CONTROLS_BATCH_SIZE = 500;

/** What a controls job carries: the versions to control. */
export interface RunControlsPayload {
  versionIds: string[];
}

/** Splits a list into batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Queues the controls of these versions inside the caller's transaction (one job per 500): a
 * rollback drops the jobs with everything else, a commit starts them within milliseconds. Marks
 * the versions as requested now, which is what the sweeper's one-minute rule looks at.
 */
export async function queueControls(db: Db, versionIds: readonly string[]): Promise<void> {
  if (versionIds.length === 0) return;
  const payloads = batches(versionIds, CONTROLS_BATCH_SIZE).map((ids) =>
    JSON.stringify({ versionIds: ids } satisfies RunControlsPayload),
  );
  await db.query(sql`
    WITH requested AS (
      -- A data-modifying WITH runs once whether or not the query reads it.
      UPDATE declaration_version SET controls_requested_at = now() WHERE id = ANY(${[...versionIds]}::uuid[])
    )
    SELECT graphile_worker.add_job(${RUN_CONTROLS_TASK}, payload) FROM unnest(${payloads}::json[]) AS payload`);
}
