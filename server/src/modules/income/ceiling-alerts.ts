import type { Db } from "../../db/db";
import { sql } from "../../db/sql";

/** A worker and a calendar year whose accepted pay just changed. */
export interface WorkerYear {
  workerId: string;
  year: number;
}

/**
 * Raises the ceiling alert of each worker and year whose accepted pay toward the ceiling
 * (in-force versions, calculation periods of that year starting before the worker's pension)
 * is now above the year's ceiling; one statement, in the caller's transaction (the one that
 * accepted the pay), and once per worker and year.
 */
export async function raiseCeilingAlerts(db: Db, changed: readonly WorkerYear[]): Promise<void> {
  const pairs = [...new Map(changed.map((c) => [`${c.workerId}:${c.year}`, c])).values()];
  if (pairs.length === 0) return;
  await db.query(sql`
    INSERT INTO ceiling_alert (worker_id, year, total_cents, ceiling_cents)
    SELECT x.worker_id, x.year, t.total, c.amount_cents
    FROM unnest(${pairs.map((p) => p.workerId)}::uuid[], ${pairs.map((p) => p.year)}::int[]) AS x(worker_id, year)
    JOIN flexi_ceiling c ON c.year = x.year
    CROSS JOIN LATERAL (
      SELECT COALESCE(sum(v.total_cents), 0) AS total
      FROM wage_declaration d
      JOIN declaration_version v ON v.declaration_id = d.id AND v.number = d.in_force_version
      JOIN worker w ON w.id = d.worker_id
      WHERE d.worker_id = x.worker_id
        AND v.calculation_start >= make_date(x.year, 1, 1) AND v.calculation_start <= make_date(x.year, 12, 31)
        AND (w.pensioner_from IS NULL OR v.calculation_start < w.pensioner_from)
    ) t
    WHERE t.total > c.amount_cents
    ON CONFLICT (worker_id, year) DO NOTHING`);
}
