import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { LanguageCode } from "../../domain/language";

/** An employer registered with the NSSO (docs/domain-rules.md#nsso-number). */
@Entity("employer")
@Index("employer_name_idx", ["name", "id"])
@Check("employer_language_check", `"language" IN ('nl', 'fr', 'de')`)
export class EmployerEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** Trigram-indexed (in the migration) for `search`. */
  @Index("employer_name_trgm_idx", { synchronize: false })
  @Column({ type: "text" })
  name!: string;

  /** KBO/BCE enterprise number, 10 digits (mod-97 checked). */
  @Index("employer_enterprise_number_key", { unique: true })
  @Column({ type: "char", length: 10, nullable: true })
  enterpriseNumber!: string | null;

  /** NSSO number: 9 digits (definitive) or 10 digits starting with 5 (provisional). */
  @Index("employer_nsso_number_key", { unique: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  nssoNumber!: string | null;

  @Column({ type: "varchar", length: 2 })
  language!: LanguageCode;

  /** Codes of the employer classes (3-digit categories) the office assigned. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  employerClasses!: string[];

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
