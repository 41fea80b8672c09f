import DataLoader from "dataloader";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { EMPLOYER_COLUMNS, type EmployerRow } from "../modules/employers/employer.service";
import { WORKER_COLUMNS, type WorkerRow } from "../modules/workers/worker.service";

/**
 * Per-request batch loaders for nested fields, so that a list never costs a statement per row
 * (docs/architecture.md#reading-lists). Loaders by id serve records reached from a record the caller may already see;
 * lists that need tenancy get it from the services.
 */
export class Loaders {
  constructor(private readonly db: Db) {}

  private cache = new Map<string, DataLoader<unknown, unknown>>();

  /** A loader kept for this request under a name (one per distinct set of arguments). */
  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.cache.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.cache.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  get employer(): DataLoader<string, EmployerRow | undefined> {
    return this.get("employer", (ids: readonly string[]) =>
      this.byId<EmployerRow>(ids, (list) =>
        this.db.query(sql`SELECT ${EMPLOYER_COLUMNS} FROM employer e WHERE e.id = ANY(${list}::uuid[])`),
      ),
    );
  }

  get worker(): DataLoader<string, WorkerRow | undefined> {
    return this.get("worker", (ids: readonly string[]) =>
      this.byId<WorkerRow>(ids, (list) =>
        this.db.query(sql`SELECT ${WORKER_COLUMNS} FROM worker w WHERE w.id = ANY(${list}::uuid[])`),
      ),
    );
  }

  private async byId<Row extends { id: string }>(
    ids: readonly string[],
    load: (ids: string[]) => Promise<Row[]>,
  ): Promise<(Row | undefined)[]> {
    const rows = await load([...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  }
}
