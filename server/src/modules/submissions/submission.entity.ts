import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { EmployerEntity } from "../employers/employer.entity";
import { AppUserEntity } from "../access/app-user.entity";

export type SubmissionStatusCode = "DRAFT" | "SUBMITTED";
/** How the declarations arrived: the wizard (an e-Box message per declaration) or bulk (one summary). */
export type SubmissionChannel = "WIZARD" | "BULK";

/** One "transmit wage data" action of the wizard, or one bulk call of payroll software. */
@Entity("submission")
@Unique("submission_employer_idempotency_key", ["employerId", "idempotencyKey"])
@Index("submission_employer_created_idx", ["employerId", "createdAt", "id"])
@Index("submission_employer_status_idx", ["employerId", "status", "createdAt"])
@Check("submission_status_check", `"status" IN ('DRAFT', 'SUBMITTED')`)
@Check("submission_channel_check", `"channel" IN ('WIZARD', 'BULK')`)
@Check("submission_period_check", `"period_end" >= "period_start"`)
export class SubmissionEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "employer_id" })
  employer?: EmployerEntity;

  /** The period searched in the wizard (steps 1-2). */
  @Column({ type: "date" })
  periodStart!: string;

  @Column({ type: "date" })
  periodEnd!: string;

  @Column({ type: "varchar", length: 16 })
  status!: SubmissionStatusCode;

  @Column({ type: "varchar", length: 8, default: "WIZARD" })
  channel!: SubmissionChannel;

  @Column({ type: "text", nullable: true })
  idempotencyKey!: string | null;

  /** A bulk call's declarations as a hash: the same key is the same call only with the same content. */
  @Column({ type: "varchar", length: 64, nullable: true })
  requestFingerprint!: string | null;

  /** Shown on the confirmation page once submitted. */
  @Index("submission_reference_key", { unique: true })
  @Column({ type: "varchar", length: 32, nullable: true })
  reference!: string | null;

  /**
   * The wizard's step 2: the flexi-jobbers ticked for this draft, in the list's order, kept on
   * the server so that another browser resumes the same selection. Empty for a bulk submission.
   */
  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  selectedWorkerIds!: string[];

  @Column({ type: "uuid", nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => AppUserEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by" })
  creator?: AppUserEntity;

  @Column({ type: "uuid", nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => AppUserEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "submitted_by" })
  submitter?: AppUserEntity;

  @Column({ type: "timestamptz", nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
