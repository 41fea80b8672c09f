import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The declaration workflow: controls bookkeeping, submission channel and reference
 * numbers, controls-worker heartbeats. graphile-worker's own schema is installed by its
 * migrations (db/data-source.ts `migrate`).
 */
export class Declarations1795919035843 implements MigrationInterface {
  name = "Declarations1795919035843";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."declaration_version_pending_idx"`);
    await queryRunner.query(
      `CREATE TABLE "worker_heartbeat" ("pool_id" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "beat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9476301d92301e866b1ea29c387" PRIMARY KEY ("pool_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "submission" ADD "channel" character varying(8) NOT NULL DEFAULT 'WIZARD'`);
    await queryRunner.query(`ALTER TABLE "declaration_version" ADD "controls_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "declaration_version_pending_idx" ON "declaration_version"  ("controls_requested_at") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "submission_channel_check" CHECK ("channel" IN ('WIZARD', 'BULK'))`,
    );
    // Hand-written: the running number of the reference shown on the confirmation page.
    await queryRunner.query(`CREATE SEQUENCE "submission_reference_seq"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "submission_reference_seq"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "submission_channel_check"`);
    await queryRunner.query(`DROP INDEX "public"."declaration_version_pending_idx"`);
    await queryRunner.query(`ALTER TABLE "declaration_version" DROP COLUMN "controls_requested_at"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "channel"`);
    await queryRunner.query(`DROP TABLE "worker_heartbeat"`);
    await queryRunner.query(
      `CREATE INDEX "declaration_version_pending_idx" ON "declaration_version" USING btree ("submitted_at") WHERE ((status)::text = 'PENDING'::text)`,
    );
  }
}
