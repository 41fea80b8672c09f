import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Failed sign-ins within the rate-limit window (security/sign-in-limiter.ts), in PostgreSQL so
 * that the limits hold across API processes. No foreign key to app_user: unknown logins are
 * counted too, by a hash of the login, never its text. The two (key, at) indexes serve the
 * per-login and per-address counts, the `at` index the deletion of rows past the window.
 */
export class SignInAttempts1795923816636 implements MigrationInterface {
  name = "SignInAttempts1795923816636";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "login_key" character(64) NOT NULL, "address" character varying(64), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sign_in_attempt_at_idx" ON "sign_in_attempt"  ("at") `);
    await queryRunner.query(`CREATE INDEX "sign_in_attempt_address_idx" ON "sign_in_attempt"  ("address", "at") `);
    await queryRunner.query(`CREATE INDEX "sign_in_attempt_login_idx" ON "sign_in_attempt"  ("login_key", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_login_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_address_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_at_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
  }
}
