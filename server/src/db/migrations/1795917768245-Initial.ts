import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795917768245 implements MigrationInterface {
  name = "Initial1795917768245";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "employer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "enterprise_number" character(10), "nsso_number" character varying(10), "language" character varying(2) NOT NULL, "employer_classes" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "employer_language_check" CHECK ("language" IN ('nl', 'fr', 'de')), CONSTRAINT "PK_74029e6b1f17a4c7c66d43cfd34" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "employer_enterprise_number_key" ON "employer"  ("enterprise_number") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "employer_nsso_number_key" ON "employer"  ("nsso_number") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "login" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "language" character varying(2), "ssin" character(11), "back_office" boolean NOT NULL DEFAULT false, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_language_check" CHECK ("language" IN ('nl', 'fr', 'de', 'en')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "app_user_ssin_idx" ON "app_user"  ("ssin") `);
    await queryRunner.query(
      `CREATE TABLE "access_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "permission" character varying(32) NOT NULL, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "access_grant_user_employer_permission_key" UNIQUE ("user_id", "employer_id", "permission"), CONSTRAINT "access_grant_permission_check" CHECK ("permission" IN ('ACCESS_ADMIN', 'FLEXI_AT_WORK', 'DIMONA_CONSULTATION')), CONSTRAINT "PK_2c12ba789e7748324e87e103a41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "access_grant_employer_idx" ON "access_grant"  ("employer_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_session_user_idx" ON "user_session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "action" character varying(64) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" uuid NOT NULL, "employer_id" uuid, "reason" text, "changes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entry_at_idx" ON "audit_entry"  ("at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_employer_idx" ON "audit_entry"  ("employer_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_actor_idx" ON "audit_entry"  ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_entity_idx" ON "audit_entry"  ("entity_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "flexi_ceiling" ("year" integer NOT NULL, "amount_cents" bigint NOT NULL, "provisional" boolean NOT NULL DEFAULT false, "source" text, CONSTRAINT "PK_51cfc79f3b98b26ad6f86458db0" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "worker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ssin" character(11) NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_date" date, "pensioner_from" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc8175fa0e34ce7a39e4ec73b94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "worker_ssin_key" ON "worker"  ("ssin") `);
    await queryRunner.query(`CREATE INDEX "worker_last_name_idx" ON "worker"  ("last_name", "first_name", "id") `);
    await queryRunner.query(
      `CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" character varying(16) NOT NULL, "idempotency_key" text, "reference" character varying(32), "created_by" uuid, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "submission_employer_idempotency_key" UNIQUE ("employer_id", "idempotency_key"), CONSTRAINT "submission_period_check" CHECK ("period_end" >= "period_start"), CONSTRAINT "submission_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED')), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "submission_reference_key" ON "submission"  ("reference") `);
    await queryRunner.query(
      `CREATE INDEX "submission_employer_created_idx" ON "submission"  ("employer_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "wage_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "newest_version" integer NOT NULL DEFAULT '1', "in_force_version" integer, "status" character varying(32) NOT NULL, "kind" character varying(16) NOT NULL, "payslip_reference" character varying(40), "calculation_start" date NOT NULL, "calculation_end" date NOT NULL, "calculation_date" date NOT NULL, "total_cents" bigint NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "processed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "wage_declaration_kind_check" CHECK ("kind" IN ('ORIGINAL', 'MODIFICATION', 'CANCELLATION')), CONSTRAINT "wage_declaration_status_check" CHECK ("status" IN ('DRAFT', 'PENDING', 'ACCEPTED', 'ACCEPTED_WITH_WARNINGS', 'REFUSED', 'CANCELLED')), CONSTRAINT "PK_eb41de3318bd611e9805e24f66b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "wage_declaration_updated_idx" ON "wage_declaration"  ("updated_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_submitted_idx" ON "wage_declaration"  ("submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_calc_idx" ON "wage_declaration"  ("calculation_date", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_status_idx" ON "wage_declaration"  ("status", "updated_at") `,
    );
    await queryRunner.query(`CREATE INDEX "wage_declaration_submission_idx" ON "wage_declaration"  ("submission_id") `);
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_worker_idx" ON "wage_declaration"  ("worker_id", "calculation_start") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_employer_worker_idx" ON "wage_declaration"  ("employer_id", "worker_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_employer_updated_idx" ON "wage_declaration"  ("employer_id", "updated_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_employer_submitted_idx" ON "wage_declaration"  ("employer_id", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "wage_declaration_employer_calc_idx" ON "wage_declaration"  ("employer_id", "calculation_date", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "declaration_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "declaration_id" uuid NOT NULL, "number" integer NOT NULL, "kind" character varying(16) NOT NULL, "status" character varying(32) NOT NULL, "payslip_reference" character varying(40), "calculation_start" date NOT NULL, "calculation_end" date NOT NULL, "calculation_date" date NOT NULL, "total_cents" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "declaration_version_declaration_number_key" UNIQUE ("declaration_id", "number"), CONSTRAINT "declaration_version_period_check" CHECK ("calculation_end" >= "calculation_start"), CONSTRAINT "declaration_version_kind_check" CHECK ("kind" IN ('ORIGINAL', 'MODIFICATION', 'CANCELLATION')), CONSTRAINT "declaration_version_status_check" CHECK ("status" IN ('DRAFT', 'PENDING', 'ACCEPTED', 'ACCEPTED_WITH_WARNINGS', 'REFUSED', 'CANCELLED')), CONSTRAINT "PK_91e2be70c9b603e8c5e81023f27" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "declaration_version_pending_idx" ON "declaration_version"  ("submitted_at") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TABLE "anomaly" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "severity" character varying(16) NOT NULL, "message" text NOT NULL, "path" text, CONSTRAINT "anomaly_severity_check" CHECK ("severity" IN ('BLOCKING', 'WARNING', 'INFO')), CONSTRAINT "PK_77cff63e8e328eae7769c0b839e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "anomaly_code_idx" ON "anomaly"  ("code", "version_id") `);
    await queryRunner.query(`CREATE INDEX "anomaly_version_idx" ON "anomaly"  ("version_id") `);
    await queryRunner.query(
      `CREATE TABLE "wage_property" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "position" smallint NOT NULL, "employer_class" character(3) NOT NULL, "worker_code" character(3) NOT NULL, "validity_start" date NOT NULL, "validity_end" date NOT NULL, CONSTRAINT "wage_property_version_position_key" UNIQUE ("version_id", "position"), CONSTRAINT "wage_property_validity_check" CHECK ("validity_end" >= "validity_start"), CONSTRAINT "wage_property_worker_code_check" CHECK ("worker_code" IN ('050', '450')), CONSTRAINT "PK_ab3d5a63496ae6f39a7d3190a35" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "financial_element" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "property_id" uuid NOT NULL, "position" smallint NOT NULL, "code" character(10) NOT NULL, "amount_cents" bigint NOT NULL, "frequency_months" smallint, CONSTRAINT "financial_element_property_position_key" UNIQUE ("property_id", "position"), CONSTRAINT "financial_element_frequency_check" CHECK (("code" = '0002001000') = ("frequency_months" IS NOT NULL)), CONSTRAINT "financial_element_code_check" CHECK ("code" IN ('0001001000', '0002001000')), CONSTRAINT "PK_c049ebbf2cbfdaa53a63fc46ae8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dimona_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" character(12) NOT NULL, "employer_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "worker_type" character varying(3) NOT NULL, "joint_committee" character varying(10) NOT NULL, "start_date" date NOT NULL, "start_hour" character varying(5), "end_date" date, "end_hour" character varying(5), "planned_hours" numeric(7,2), "cancelled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "dimona_period_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_502bc7b61055a8f7d188ac716e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "dimona_period_period_id_key" ON "dimona_period"  ("period_id") `);
    await queryRunner.query(`CREATE INDEX "dimona_period_start_idx" ON "dimona_period"  ("start_date", "id") `);
    await queryRunner.query(
      `CREATE INDEX "dimona_period_worker_employer_idx" ON "dimona_period"  ("worker_id", "employer_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "dimona_period_employer_start_idx" ON "dimona_period"  ("employer_id", "start_date", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ebox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "type" character varying(48) NOT NULL, "subject_nl" text NOT NULL, "subject_fr" text NOT NULL, "subject_de" text NOT NULL, "subject_en" text NOT NULL, "body_nl" text NOT NULL, "body_fr" text NOT NULL, "body_de" text NOT NULL, "body_en" text NOT NULL, "declaration_id" uuid, "submission_id" uuid, "dedup_key" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2baea2711f840e6e317cec35962" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ebox_message_dedup_key" ON "ebox_message"  ("dedup_key") `);
    await queryRunner.query(`CREATE INDEX "ebox_message_submission_idx" ON "ebox_message"  ("submission_id") `);
    await queryRunner.query(`CREATE INDEX "ebox_message_declaration_idx" ON "ebox_message"  ("declaration_id") `);
    await queryRunner.query(
      `CREATE INDEX "ebox_message_employer_unread_idx" ON "ebox_message"  ("employer_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ebox_message_employer_received_idx" ON "ebox_message"  ("employer_id", "received_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "employer_class" ("code" character(3) NOT NULL, "label_nl" text NOT NULL, "label_fr" text NOT NULL, "label_de" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "PK_ce6da39db87610c28fcc9fa3bce" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_counter" ("name" text NOT NULL, "value" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_2aedcc7184cacbac7d14e7607de" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "status_event" ("seq" bigint NOT NULL, "declaration_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "version_number" integer NOT NULL, "from_status" character varying(32), "to_status" character varying(32) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "reason" text, CONSTRAINT "PK_f2d0f414b75fdafa7db7fdd2050" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "status_event_declaration_seq_idx" ON "status_event"  ("declaration_id", "seq") `,
    );
    await queryRunner.query(`CREATE INDEX "status_event_employer_seq_idx" ON "status_event"  ("employer_id", "seq") `);
    await queryRunner.query(
      `ALTER TABLE "access_grant" ADD CONSTRAINT "FK_0304e542c14ee36131a9086898d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "access_grant" ADD CONSTRAINT "FK_f47f819cd1c9daa1fa441542fe5" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "access_grant" ADD CONSTRAINT "FK_c58c92081d9054c8c18e5397f78" FOREIGN KEY ("granted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_97535621724623160ea04275668" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "FK_e1bb3cb1a9a3a79eb380dba15d0" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "FK_74e1543d035c2ae7c77d89b974b" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "FK_1764ff11f395ddd80f6d0db0c95" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_declaration" ADD CONSTRAINT "FK_66e53a8e8378a04c4d757a2b83b" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_declaration" ADD CONSTRAINT "FK_f70bf7a14308de00a80b8796d57" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_declaration" ADD CONSTRAINT "FK_ff69162e2a061dfa5f0410ecc3c" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "declaration_version" ADD CONSTRAINT "FK_6bf8b2ef150296a55d809fbcdd1" FOREIGN KEY ("declaration_id") REFERENCES "wage_declaration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "declaration_version" ADD CONSTRAINT "FK_8552098b1a273ba7be8fda35e70" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "anomaly" ADD CONSTRAINT "FK_7b844cd904279483711d0f6145c" FOREIGN KEY ("version_id") REFERENCES "declaration_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_property" ADD CONSTRAINT "FK_5280b2a8e332d139b045e1c7442" FOREIGN KEY ("version_id") REFERENCES "declaration_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financial_element" ADD CONSTRAINT "FK_f6f3d657a52944dc494e35d4eb9" FOREIGN KEY ("property_id") REFERENCES "wage_property"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dimona_period" ADD CONSTRAINT "FK_f317c21b0b51c4cc96c4e82ff10" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dimona_period" ADD CONSTRAINT "FK_98e354a11292fde1481b6ac7408" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ebox_message" ADD CONSTRAINT "FK_9e435182d0115f6ca931d43e97e" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ebox_message" ADD CONSTRAINT "FK_f08fce166b2281b8e65ee471b70" FOREIGN KEY ("declaration_id") REFERENCES "wage_declaration"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ebox_message" ADD CONSTRAINT "FK_2b89e73c99fa77e69e57bcb3667" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Added by hand: what the entities cannot say.
    // Trigram indexes back the "contains" and "search" filters on names (docs/architecture.md#reading-lists: every filter indexed).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "worker_last_name_trgm_idx" ON "worker" USING gin ("last_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "worker_first_name_trgm_idx" ON "worker" USING gin ("first_name" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "employer_name_trgm_idx" ON "employer" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "employer_name_idx" ON "employer" ("name", "id")`);
    // Logins are unique regardless of case (sign-in compares lower(login)).
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_login_key" ON "app_user" (lower("login"))`);
    // The counter whose row lock orders status-event commits (see StatusEventEntity).
    await queryRunner.query(`INSERT INTO "event_counter" ("name", "value") VALUES ('status_event', 0)`);
    // Reference data: the annual ceilings (docs/domain-rules.md#the-annual-ceiling) and the flexi-relevant employer classes (docs/domain-rules.md#employer-classes).
    await queryRunner.query(`INSERT INTO "flexi_ceiling" ("year", "amount_cents", "provisional", "source") VALUES
      (2024, 1200000, false, 'Circular 2024/C/41 of 07.06.2024'),
      (2025, 1800000, false, 'Law of 18.12.2025, arts 19-21 (BS 30.12.2025); Circular 2026/C/4'),
      (2026, 1800000, true, 'EUR 18,000 indexed yearly; the indexed 2026 figure is not yet published')`);
    await queryRunner.query(`INSERT INTO "employer_class" ("code", "label_nl", "label_fr", "label_de", "label_en") VALUES
      ('000', 'Algemeen', 'Général', 'Allgemein', 'General'),
      ('017', 'Horeca PC 302', 'Horeca CP 302', 'Horeca PK 302', 'Hospitality JC 302'),
      ('317', 'Horeca PC 302, enkel gelegenheidswerknemers', 'Horeca CP 302, travailleurs occasionnels uniquement', 'Horeca PK 302, nur Gelegenheitsarbeitnehmer', 'Hospitality JC 302, occasional workers only'),
      ('048', 'Voedingsnijverheid PC 118/220', 'Industrie alimentaire CP 118/220', 'Nahrungsmittelindustrie PK 118/220', 'Food industry JC 118/220'),
      ('057', 'Kleinhandel in voedingswaren PC 119/201 (< 20 werknemers)', 'Commerce de détail alimentaire CP 119/201 (< 20 travailleurs)', 'Lebensmitteleinzelhandel PK 119/201 (< 20 Arbeitnehmer)', 'Small food retail JC 119/201 (< 20 workers)'),
      ('157', 'Middelgrote kleinhandel in voedingswaren PC 119/202.01', 'Commerce de détail alimentaire moyen CP 119/202.01', 'Mittlerer Lebensmitteleinzelhandel PK 119/202.01', 'Medium food retail JC 119/202.01'),
      ('058', 'Ambachtelijke bakkerij (< 20 VTE arbeiders)', 'Boulangerie artisanale (< 20 ETP ouvriers)', 'Handwerkliche Bäckerei (< 20 VZÄ Arbeiter)', 'Small artisanal bakery (< 20 FTE blue-collar)'),
      ('258', 'Grote bakkerij (>= 20 VTE)', 'Grande boulangerie (>= 20 ETP)', 'Große Bäckerei (>= 20 VZÄ)', 'Large bakery (>= 20 FTE)'),
      ('064', 'Garages PC 112', 'Garages CP 112', 'Werkstätten PK 112', 'Garages JC 112'),
      ('085', 'Autobussen en autocars PC 140', 'Autobus et autocars CP 140', 'Busse und Reisebusse PK 140', 'Bus and coach JC 140'),
      ('097', 'Uitzendkrachten PC 322', 'Travailleurs intérimaires CP 322', 'Leiharbeitnehmer PK 322', 'Temporary agency workers JC 322')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "app_user_login_key"`);
    await queryRunner.query(`DROP INDEX "worker_last_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "worker_first_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "employer_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "employer_name_idx"`);
    await queryRunner.query(`ALTER TABLE "ebox_message" DROP CONSTRAINT "FK_2b89e73c99fa77e69e57bcb3667"`);
    await queryRunner.query(`ALTER TABLE "ebox_message" DROP CONSTRAINT "FK_f08fce166b2281b8e65ee471b70"`);
    await queryRunner.query(`ALTER TABLE "ebox_message" DROP CONSTRAINT "FK_9e435182d0115f6ca931d43e97e"`);
    await queryRunner.query(`ALTER TABLE "dimona_period" DROP CONSTRAINT "FK_98e354a11292fde1481b6ac7408"`);
    await queryRunner.query(`ALTER TABLE "dimona_period" DROP CONSTRAINT "FK_f317c21b0b51c4cc96c4e82ff10"`);
    await queryRunner.query(`ALTER TABLE "financial_element" DROP CONSTRAINT "FK_f6f3d657a52944dc494e35d4eb9"`);
    await queryRunner.query(`ALTER TABLE "wage_property" DROP CONSTRAINT "FK_5280b2a8e332d139b045e1c7442"`);
    await queryRunner.query(`ALTER TABLE "anomaly" DROP CONSTRAINT "FK_7b844cd904279483711d0f6145c"`);
    await queryRunner.query(`ALTER TABLE "declaration_version" DROP CONSTRAINT "FK_8552098b1a273ba7be8fda35e70"`);
    await queryRunner.query(`ALTER TABLE "declaration_version" DROP CONSTRAINT "FK_6bf8b2ef150296a55d809fbcdd1"`);
    await queryRunner.query(`ALTER TABLE "wage_declaration" DROP CONSTRAINT "FK_ff69162e2a061dfa5f0410ecc3c"`);
    await queryRunner.query(`ALTER TABLE "wage_declaration" DROP CONSTRAINT "FK_f70bf7a14308de00a80b8796d57"`);
    await queryRunner.query(`ALTER TABLE "wage_declaration" DROP CONSTRAINT "FK_66e53a8e8378a04c4d757a2b83b"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "FK_1764ff11f395ddd80f6d0db0c95"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "FK_74e1543d035c2ae7c77d89b974b"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "FK_e1bb3cb1a9a3a79eb380dba15d0"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_97535621724623160ea04275668"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "access_grant" DROP CONSTRAINT "FK_c58c92081d9054c8c18e5397f78"`);
    await queryRunner.query(`ALTER TABLE "access_grant" DROP CONSTRAINT "FK_f47f819cd1c9daa1fa441542fe5"`);
    await queryRunner.query(`ALTER TABLE "access_grant" DROP CONSTRAINT "FK_0304e542c14ee36131a9086898d"`);
    await queryRunner.query(`DROP INDEX "public"."status_event_employer_seq_idx"`);
    await queryRunner.query(`DROP INDEX "public"."status_event_declaration_seq_idx"`);
    await queryRunner.query(`DROP TABLE "status_event"`);
    await queryRunner.query(`DROP TABLE "event_counter"`);
    await queryRunner.query(`DROP TABLE "employer_class"`);
    await queryRunner.query(`DROP INDEX "public"."ebox_message_employer_received_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ebox_message_employer_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ebox_message_declaration_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ebox_message_submission_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ebox_message_dedup_key"`);
    await queryRunner.query(`DROP TABLE "ebox_message"`);
    await queryRunner.query(`DROP INDEX "public"."dimona_period_employer_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."dimona_period_worker_employer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."dimona_period_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."dimona_period_period_id_key"`);
    await queryRunner.query(`DROP TABLE "dimona_period"`);
    await queryRunner.query(`DROP TABLE "financial_element"`);
    await queryRunner.query(`DROP TABLE "wage_property"`);
    await queryRunner.query(`DROP INDEX "public"."anomaly_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."anomaly_code_idx"`);
    await queryRunner.query(`DROP TABLE "anomaly"`);
    await queryRunner.query(`DROP INDEX "public"."declaration_version_pending_idx"`);
    await queryRunner.query(`DROP TABLE "declaration_version"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_employer_calc_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_employer_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_employer_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_employer_worker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_worker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_submission_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_calc_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."wage_declaration_updated_idx"`);
    await queryRunner.query(`DROP TABLE "wage_declaration"`);
    await queryRunner.query(`DROP INDEX "public"."submission_employer_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."submission_reference_key"`);
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP INDEX "public"."worker_last_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."worker_ssin_key"`);
    await queryRunner.query(`DROP TABLE "worker"`);
    await queryRunner.query(`DROP TABLE "flexi_ceiling"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_employer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_user_idx"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."access_grant_employer_idx"`);
    await queryRunner.query(`DROP TABLE "access_grant"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_ssin_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."employer_nsso_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."employer_enterprise_number_key"`);
    await queryRunner.query(`DROP TABLE "employer"`);
  }
}
