import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A draft submission keeps the flexi-jobbers selected in the wizard's step 2, so that another
 * browser resumes the same selection (modules/submissions/submission.service.ts).
 */
export class SubmissionSelection1795950000000 implements MigrationInterface {
  name = "SubmissionSelection1795950000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission" ADD "selected_worker_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "selected_worker_ids"`);
  }
}
