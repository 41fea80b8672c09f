import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { Language } from "../../domain/language";

/** A person who signs in: employer users, back-office agents, workers (docs/architecture.md#data-model, docs/architecture.md#tenancy-access-and-errors). */
@Entity("app_user")
@Check("app_user_language_check", `"language" IN ('nl', 'fr', 'de', 'en')`)
export class AppUserEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** Sign-in name, unique regardless of case. */
  @Index("app_user_login_key", { synchronize: false })
  @Column({ type: "text" })
  login!: string;

  @Column({ type: "text" })
  displayName!: string;

  /** argon2id hash; never leaves the server. */
  @Column({ type: "text" })
  passwordHash!: string;

  /** Null: the language of the user's first employer. */
  @Column({ type: "varchar", length: 2, nullable: true })
  language!: Language | null;

  /** Set for a worker who follows their own flexi income. */
  @Index("app_user_ssin_idx")
  @Column({ type: "char", length: 11, nullable: true })
  ssin!: string | null;

  @Column({ type: "boolean", default: false })
  backOffice!: boolean;

  @Column({ type: "boolean", default: false })
  disabled!: boolean;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
