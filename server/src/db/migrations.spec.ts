import { createDataSource, migrate, pendingSchemaChanges } from "./data-source";
import { createEmptyDatabase } from "../test/database";

describe("migrations", () => {
  it("bring an empty database to exactly what the entities describe, and roll back cleanly", async () => {
    const empty = await createEmptyDatabase();
    const ds = createDataSource({ url: empty.url, poolSize: 2 });
    try {
      await ds.initialize();
      const applied = await migrate(ds);
      expect(applied.length).toBeGreaterThan(0);
      // Fails when an entity changes without a migration (or a migration without the entity).
      expect(await pendingSchemaChanges(ds)).toEqual({ up: [], down: [] });
      expect(await migrate(ds)).toEqual([]);

      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
      );
      expect(tables).toEqual([]);
      await migrate(ds);
      expect(await pendingSchemaChanges(ds)).toEqual({ up: [], down: [] });
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await empty.drop();
    }
  });

  it("give the status events written before reason codes the code of the API's own reason, and only those", async () => {
    const empty = await createEmptyDatabase();
    const ds = createDataSource({ url: empty.url, poolSize: 2 });
    try {
      await ds.initialize();
      await migrate(ds);
      await ds.undoLastMigration(); // StatusEventReasonCode: the log as it was before
      // The log has no foreign keys: ids of nothing will do.
      await ds.query(`
        INSERT INTO status_event (seq, declaration_id, employer_id, worker_id, version_number, from_status, to_status, actor_id, reason)
        SELECT n, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 1, 'ACCEPTED', 'PENDING', NULL, r
        FROM unnest(ARRAY['Controls run again by the back office.', 'Dimona filed late', NULL]) WITH ORDINALITY AS x(r, n)`);
      await migrate(ds);
      expect(await ds.query(`SELECT reason, reason_code AS "reasonCode" FROM status_event ORDER BY seq`)).toEqual([
        { reason: "Controls run again by the back office.", reasonCode: "CONTROLS_RUN_AGAIN" },
        { reason: "Dimona filed late", reasonCode: null },
        { reason: null, reasonCode: null },
      ]);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await empty.drop();
    }
  });
});
