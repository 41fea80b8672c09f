import type { MigrationInterface, QueryRunner } from "typeorm";

/** An index behind every filter and order the API offers (checked by db/indexes.spec.ts). */
export class FilterIndexes1795921966187 implements MigrationInterface {
  name = "FilterIndexes1795921966187";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "worker_created_idx" ON "worker"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "submission_employer_status_idx" ON "submission"  ("employer_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_employer_period_idx" ON "wage_declaration"  ("employer_id", "calculation_start", "calculation_end") `,
    );
    await queryRunner.query(
      `CREATE INDEX "dimona_period_employer_type_idx" ON "dimona_period"  ("employer_id", "worker_type", "cancelled", "start_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ebox_message_employer_type_idx" ON "ebox_message"  ("employer_id", "type", "received_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ceiling_alert_year_idx" ON "ceiling_alert"  ("year", "raised_at") `);
    // Hand-written: `search` looks for part of a payslip reference, and for the start of an SSIN.
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_payslip_trgm_idx" ON "wage_declaration" USING gin ("payslip_reference" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "worker_ssin_pattern_idx" ON "worker" ("ssin" bpchar_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."worker_ssin_pattern_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_payslip_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ceiling_alert_year_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ebox_message_employer_type_idx"`);
    await queryRunner.query(`DROP INDEX "public"."dimona_period_employer_type_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_employer_period_idx"`);
    await queryRunner.query(`DROP INDEX "public"."submission_employer_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."worker_created_idx"`);
  }
}
