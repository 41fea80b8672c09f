import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail tells reads of income apart from changes (AuditEntryFilter.reads): an index on
 * the action, with the time for the newest-first order.
 */
export class AuditReads1795930120000 implements MigrationInterface {
  name = "AuditReads1795930120000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_entry_action_idx" ON "audit_entry"  ("action", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_entry_action_idx"`);
  }
}
