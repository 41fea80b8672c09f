import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

/** A person who works (or may work) as flexi-jobber (docs/architecture.md#data-model). */
@Entity("worker")
@Index("worker_last_name_idx", ["lastName", "firstName", "id"])
@Index("worker_created_idx", ["createdAt", "id"])
export class WorkerEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** INSZ/NISS or BIS number, 11 digits, check digit verified. */
  @Index("worker_ssin_key", { unique: true })
  /** bpchar_pattern_ops (in the migration): `search` matches the start of an SSIN with LIKE. */
  @Index("worker_ssin_pattern_idx", { synchronize: false })
  @Column({ type: "char", length: 11 })
  ssin!: string;

  /** Trigram-indexed (in the migration) for `search` and `contains`. */
  @Index("worker_first_name_trgm_idx", { synchronize: false })
  @Column({ type: "text" })
  firstName!: string;

  @Index("worker_last_name_trgm_idx", { synchronize: false })
  @Column({ type: "text" })
  lastName!: string;

  /** Derived from the SSIN where it can be (null for unknown month or day). */
  @Column({ type: "date", nullable: true })
  birthDate!: string | null;

  /** Null: not pensioned. Pay for periods from this date on does not count toward the ceiling. */
  @Column({ type: "date", nullable: true })
  pensionerFrom!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
