import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A status event keeps the code of a reason the API wrote itself (CONTROLS_RUN_AGAIN), so that
 * DeclarationStatusEvent.reasonCode no longer tells it from a person's reason by its words.
 * Events written before said so only by those words: they get the code by them, once.
 */
export class StatusEventReasonCode1795960000000 implements MigrationInterface {
  name = "StatusEventReasonCode1795960000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "status_event" ADD "reason_code" character varying(32)`);
    await queryRunner.query(
      `UPDATE "status_event" SET "reason_code" = 'CONTROLS_RUN_AGAIN' WHERE "reason" = 'Controls run again by the back office.'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "status_event" DROP COLUMN "reason_code"`);
  }
}
