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
} from "typeorm";
import { WageDeclarationEntity } from "./wage-declaration.entity";
import { AppUserEntity } from "../access/app-user.entity";
import { sqlList } from "../../db/filters";
import {
  DECLARATION_KINDS,
  DECLARATION_STATUSES,
  type DeclarationKindCode,
  type DeclarationStatusCode,
} from "../../domain/declaration-status";

/** One version of a declaration's content (docs/architecture.md#data-model, docs/domain-rules.md#the-lifecycle). */
@Entity("declaration_version")
@Unique("declaration_version_declaration_number_key", ["declarationId", "number"])
@Index("declaration_version_pending_idx", ["controlsRequestedAt"], { where: `"status" = 'PENDING'` })
@Check("declaration_version_status_check", `"status" IN (${sqlList(DECLARATION_STATUSES)})`)
@Check("declaration_version_kind_check", `"kind" IN (${sqlList(DECLARATION_KINDS)})`)
@Check("declaration_version_period_check", `"calculation_end" >= "calculation_start"`)
export class DeclarationVersionEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  declarationId!: string;

  @ManyToOne(() => WageDeclarationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "declaration_id" })
  declaration?: WageDeclarationEntity;

  @Column({ type: "integer" })
  number!: number;

  @Column({ type: "varchar", length: 16 })
  kind!: DeclarationKindCode;

  @Column({ type: "varchar", length: 32 })
  status!: DeclarationStatusCode;

  @Column({ type: "varchar", length: 40, nullable: true })
  payslipReference!: string | null;

  @Column({ type: "date" })
  calculationStart!: string;

  @Column({ type: "date" })
  calculationEnd!: string;

  @Column({ type: "date" })
  calculationDate!: string;

  /** Sum of all wages and premiums of this version, in euro-cents. */
  @Column({ type: "bigint", default: 0 })
  totalCents!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "uuid", nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => AppUserEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by" })
  creator?: AppUserEntity;

  /** Why a back-office agent made this version (corrections, accept, refuse). */
  @Column({ type: "text", nullable: true })
  reason!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  submittedAt!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  processedAt!: Date | null;

  /**
   * When controls were last queued for this version. The sweeper re-queues a PENDING version
   * whose controls have given no result a minute after this (docs/architecture.md#the-controls-job).
   */
  @Column({ type: "timestamptz", nullable: true })
  controlsRequestedAt!: Date | null;
}
