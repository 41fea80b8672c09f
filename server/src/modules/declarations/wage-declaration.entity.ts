import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { EmployerEntity } from "../employers/employer.entity";
import { WorkerEntity } from "../workers/worker.entity";
import { SubmissionEntity } from "../submissions/submission.entity";
import { sqlList } from "../../db/filters";
import {
  DECLARATION_KINDS,
  DECLARATION_STATUSES,
  type DeclarationKindCode,
  type DeclarationStatusCode,
} from "../../domain/declaration-status";

/**
 * A declaration ("relation" of the official format), identified by its UUID. Its versions hold
 * the content; the columns `status` .. `total_cents` repeat those of the newest version so that
 * lists filter and order on indexed columns of one table (kept in step by the declarations service).
 */
@Entity("wage_declaration")
@Index("wage_declaration_employer_calc_idx", ["employerId", "calculationDate", "id"])
@Index("wage_declaration_employer_submitted_idx", ["employerId", "submittedAt", "id"])
@Index("wage_declaration_employer_updated_idx", ["employerId", "updatedAt", "id"])
@Index("wage_declaration_employer_worker_idx", ["employerId", "workerId"])
@Index("wage_declaration_worker_idx", ["workerId", "calculationStart"])
@Index("wage_declaration_submission_idx", ["submissionId"])
@Index("wage_declaration_status_idx", ["status", "updatedAt"])
@Index("wage_declaration_calc_idx", ["calculationDate", "id"])
@Index("wage_declaration_submitted_idx", ["submittedAt", "id"])
@Index("wage_declaration_updated_idx", ["updatedAt", "id"])
@Index("wage_declaration_employer_period_idx", ["employerId", "calculationStart", "calculationEnd"])
@Check("wage_declaration_status_check", `"status" IN (${sqlList(DECLARATION_STATUSES)})`)
@Check("wage_declaration_kind_check", `"kind" IN (${sqlList(DECLARATION_KINDS)})`)
export class WageDeclarationEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "employer_id" })
  employer?: EmployerEntity;

  @Column({ type: "uuid" })
  workerId!: string;

  @ManyToOne(() => WorkerEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "worker_id" })
  worker?: WorkerEntity;

  @Column({ type: "uuid" })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "submission_id" })
  submission?: SubmissionEntity;

  /** Concurrency token: +1 on every change a person makes, never on control results. */
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Column({ type: "integer", default: 1 })
  newestVersion!: number;

  /** The last accepted version; null when none was ever accepted. */
  @Column({ type: "integer", nullable: true })
  inForceVersion!: number | null;

  // Copies of the newest version, for filtering and ordering.
  @Column({ type: "varchar", length: 32 })
  status!: DeclarationStatusCode;

  @Column({ type: "varchar", length: 16 })
  kind!: DeclarationKindCode;

  /** Trigram-indexed (in the migration) for `search`. */
  @Index("wage_declaration_payslip_trgm_idx", { synchronize: false })
  @Column({ type: "varchar", length: 40, nullable: true })
  payslipReference!: string | null;

  @Column({ type: "date" })
  calculationStart!: string;

  @Column({ type: "date" })
  calculationEnd!: string;

  @Column({ type: "date" })
  calculationDate!: string;

  @Column({ type: "bigint", default: 0 })
  totalCents!: string;

  @Column({ type: "timestamptz", nullable: true })
  submittedAt!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  processedAt!: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
