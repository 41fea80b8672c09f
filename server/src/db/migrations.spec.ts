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
});
