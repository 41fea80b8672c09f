/**
 * Small helpers shared by the proofs (tenant isolation, fuzzing, concurrency, churn): answers
 * that must succeed, a subscription watcher, a bounded pool, and a snapshot of every row count.
 */
import type { Client } from "graphql-ws";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import type { GraphQLAnswer } from "../test/api";

/** The data of an answer that must succeed; otherwise a failure that shows its errors. */
export function dataOf<T>(answer: GraphQLAnswer<T>, what = "request"): T {
  if (answer.errors?.length || !answer.data) throw new Error(`${what} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** What one subscription has received so far. */
export interface Watch<T = unknown> {
  /** Every `next` payload as sent (data and errors), in arrival order. */
  payloads: { data?: Record<string, T> | null; errors?: readonly unknown[] }[];
  items: T[];
  errors: unknown[];
  completed: boolean;
  stop: () => void;
}

export function watch<T = unknown>(client: Client, query: string, variables: Record<string, unknown> = {}): Watch<T> {
  const w: Watch<T> = { payloads: [], items: [], errors: [], completed: false, stop: () => undefined };
  w.stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        w.payloads.push(result as Watch<T>["payloads"][number]);
        if (result.data) w.items.push(Object.values(result.data)[0]!);
        if (result.errors) w.errors.push(...result.errors);
      },
      error: (error) => {
        w.errors.push(...(Array.isArray(error) ? error : [error instanceof Error ? error.message : error]));
        w.completed = true;
      },
      complete: () => {
        w.completed = true;
      },
    },
  );
  return w;
}

/** Runs `work` over `items` with at most `size` at once; results in input order. */
export async function pool<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    for (;;) {
      const index = next++;
      if (index >= items.length) return;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(runners);
  return results;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The row count of every table of the application (and of the job queue), to show that nothing was written. */
export async function allRowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(sql`
    SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables
    WHERE schemaname IN ('public', 'graphile_worker') AND relname NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`);
  const parts = tables.map((t) => `(SELECT count(*) FROM ${t.name})::int AS "${t.name}"`);
  const row = await db.one<Record<string, number>>(sql.raw(`SELECT ${parts.join(", ")}`));
  return row!;
}
