import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The e-Box as an ordered log: each message gets a sequence
 * number from a counter row updated in its transaction, so that sequence order is commit order.
 */
export class EboxLog1795920842994 implements MigrationInterface {
  name = "EboxLog1795920842994";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: number the messages already there in the order they arrived, then require it.
    await queryRunner.query(`ALTER TABLE "ebox_message" ADD "seq" bigint`);
    await queryRunner.query(
      `UPDATE "ebox_message" m SET "seq" = n.seq FROM (SELECT id, row_number() OVER (ORDER BY received_at, id) AS seq FROM "ebox_message") n WHERE n.id = m.id`,
    );
    await queryRunner.query(`ALTER TABLE "ebox_message" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "event_counter" ("name", "value") VALUES ('ebox_message', (SELECT COALESCE(max("seq"), 0) FROM "ebox_message"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ebox_message_seq_key" ON "ebox_message"  ("seq") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ebox_message_seq_key"`);
    await queryRunner.query(`ALTER TABLE "ebox_message" DROP COLUMN "seq"`);
    await queryRunner.query(`DELETE FROM "event_counter" WHERE "name" = 'ebox_message'`);
  }
}
