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

export const DIMONA_WORKER_TYPES = ["FLX", "STU", "OTH", "EXT"] as const;
export type DimonaWorkerTypeCode = (typeof DIMONA_WORKER_TYPES)[number];

/**
 * A Dimona period: who may work for whom, when, as what (docs/domain-rules.md#dimona). Reference data here:
 * loaded by demo data and tests, corrected by the back office.
 */
@Entity("dimona_period")
@Index("dimona_period_employer_start_idx", ["employerId", "startDate", "id"])
@Index("dimona_period_worker_employer_idx", ["workerId", "employerId", "startDate"])
@Index("dimona_period_start_idx", ["startDate", "id"])
@Index("dimona_period_employer_type_idx", ["employerId", "workerType", "cancelled", "startDate"])
@Check("dimona_period_dates_check", `"end_date" IS NULL OR "end_date" >= "start_date"`)
export class DimonaPeriodEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** 12-digit Dimona period id (zone 00913). */
  @Index("dimona_period_period_id_key", { unique: true })
  @Column({ type: "char", length: 12 })
  periodId!: string;

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

  /** Dimona worker type (zone 00655): FLX flexi-job, STU student, OTH other, EXT occasional. */
  @Column({ type: "varchar", length: 3 })
  workerType!: DimonaWorkerTypeCode;

  /** Joint committee number (zone 00046): 302, XXX, ... */
  @Column({ type: "varchar", length: 10 })
  jointCommittee!: string;

  @Column({ type: "date" })
  startDate!: string;

  /** "HH:MM"; present for per-day periods. */
  @Column({ type: "varchar", length: 5, nullable: true })
  startHour!: string | null;

  @Column({ type: "date", nullable: true })
  endDate!: string | null;

  @Column({ type: "varchar", length: 5, nullable: true })
  endHour!: string | null;

  @Column({ type: "numeric", precision: 7, scale: 2, nullable: true })
  plannedHours!: string | null;

  @Column({ type: "boolean", default: false })
  cancelled!: boolean;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
