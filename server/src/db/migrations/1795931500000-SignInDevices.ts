import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Devices a user signed in from (security/sign-in-device.entity.ts): a hash of each device token,
 * unique, with its expiry (indexed for the deletion of expired rows). An attempt made with a
 * device token points at its device, so that it is counted for that device alone; a session
 * points at the device it was opened on, for changePassword. Deleting a device deletes its
 * attempts and leaves its sessions without one.
 */
export class SignInDevices1795931500000 implements MigrationInterface {
  name = "SignInDevices1795931500000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_device" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_177b4108487aa2d57c3b47745a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sign_in_device_user_idx" ON "sign_in_device"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sign_in_device_token_idx" ON "sign_in_device"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "sign_in_device_expires_idx" ON "sign_in_device"  ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "sign_in_device" ADD CONSTRAINT "FK_aaad31c46ced99e5d7224866dcd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "sign_in_attempt" ADD "device_id" uuid`);
    await queryRunner.query(`CREATE INDEX "sign_in_attempt_device_idx" ON "sign_in_attempt"  ("device_id", "at") `);
    await queryRunner.query(
      `ALTER TABLE "sign_in_attempt" ADD CONSTRAINT "FK_69a44f9f0dfb2a5bcf2dbef9783" FOREIGN KEY ("device_id") REFERENCES "sign_in_device"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "user_session" ADD "device_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_20975935d00adb3679fea84ce5c" FOREIGN KEY ("device_id") REFERENCES "sign_in_device"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_20975935d00adb3679fea84ce5c"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP COLUMN "device_id"`);
    await queryRunner.query(`ALTER TABLE "sign_in_attempt" DROP CONSTRAINT "FK_69a44f9f0dfb2a5bcf2dbef9783"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_device_idx"`);
    await queryRunner.query(`ALTER TABLE "sign_in_attempt" DROP COLUMN "device_id"`);
    await queryRunner.query(`ALTER TABLE "sign_in_device" DROP CONSTRAINT "FK_aaad31c46ced99e5d7224866dcd"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_device_expires_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_device_token_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_device_user_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_device"`);
  }
}
