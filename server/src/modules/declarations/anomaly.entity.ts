import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DeclarationVersionEntity } from "./declaration-version.entity";
import type { AnomalySeverityCode } from "../../domain/declaration-status";

/** A result of the asynchronous controls on a version (docs/domain-rules.md#the-asynchronous-controls). */
@Entity("anomaly")
@Index("anomaly_version_idx", ["versionId"])
@Index("anomaly_code_idx", ["code", "versionId"])
@Check("anomaly_severity_check", `"severity" IN ('BLOCKING', 'WARNING', 'INFO')`)
export class AnomalyEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  versionId!: string;

  @ManyToOne(() => DeclarationVersionEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: DeclarationVersionEntity;

  /** Official code (e.g. 00024-152) or project code (FAW-001). */
  @Column({ type: "varchar", length: 16 })
  code!: string;

  @Column({ type: "varchar", length: 16 })
  severity!: AnomalySeverityCode;

  /** English text; the readers' languages come from the code's catalogue. */
  @Column({ type: "text" })
  message!: string;

  @Column({ type: "text", nullable: true })
  path!: string | null;
}
