import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A bulk submission keeps a hash of the declarations it was sent with, so that its idempotency
 * key answers only for the same content (modules/submissions/bulk-submission.service.ts).
 * Submissions made before have none: their key answers any later call with CONFLICT.
 */
export class RequestFingerprint1795940000000 implements MigrationInterface {
  name = "RequestFingerprint1795940000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission" ADD "request_fingerprint" character varying(64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "request_fingerprint"`);
  }
}
