import type { MigrationInterface, QueryRunner } from "typeorm";

/** Worker-level alerts when accepted flexi income passes the year's ceiling (docs/domain-rules.md#ceiling-alerts). */
export class CeilingAlerts1795920940141 implements MigrationInterface {
  name = "CeilingAlerts1795920940141";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ceiling_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "year" integer NOT NULL, "total_cents" bigint NOT NULL, "ceiling_cents" bigint NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ceiling_alert_worker_year_key" UNIQUE ("worker_id", "year"), CONSTRAINT "PK_0578b035a15038010708a3af0e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ceiling_alert_raised_idx" ON "ceiling_alert"  ("raised_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "ceiling_alert" ADD CONSTRAINT "FK_ed66f4538510e9bf5753642cf0f" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ceiling_alert" DROP CONSTRAINT "FK_ed66f4538510e9bf5753642cf0f"`);
    await queryRunner.query(`DROP INDEX "public"."ceiling_alert_raised_idx"`);
    await queryRunner.query(`DROP TABLE "ceiling_alert"`);
  }
}
