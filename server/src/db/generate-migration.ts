/**
 * Writes a migration with the SQL that makes a database migrated so far match the entities.
 * Usage: DATABASE_URL=postgres://... npm run migration:generate -- <Name>
 * Review the file by hand before committing (docs/decisions/0015-hand-reviewed-migrations.md): add what entities cannot say.
 */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createDataSource, migrate, pendingSchemaChanges } from "./data-source";

async function main(): Promise<void> {
  const name = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!name || !url) throw new Error("usage: DATABASE_URL=... migration:generate <Name>");
  const ds = createDataSource({ url });
  await ds.initialize();
  await migrate(ds);
  const { up, down } = await pendingSchemaChanges(ds);
  await ds.destroy();
  if (up.length === 0) {
    console.log("entities and migrations agree: nothing to generate");
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const q = (s: string) => "    await queryRunner.query(`" + s.replace(/`/g, "\\`") + "`);";
  const file = path.join(__dirname, "migrations", `${stamp}-${name}.ts`);
  writeFileSync(
    file,
    [
      `import type { MigrationInterface, QueryRunner } from "typeorm";`,
      "",
      `export class ${className} implements MigrationInterface {`,
      `  name = "${className}";`,
      "",
      `  async up(queryRunner: QueryRunner): Promise<void> {`,
      ...up.map(q),
      `  }`,
      "",
      `  async down(queryRunner: QueryRunner): Promise<void> {`,
      ...down.reverse().map(q),
      `  }`,
      `}`,
      "",
    ].join("\n"),
  );
  console.log(`wrote ${file}; add it to migrations/index.ts after review`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
