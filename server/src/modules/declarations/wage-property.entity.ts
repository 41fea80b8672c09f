import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DeclarationVersionEntity } from "./declaration-version.entity";
import type { FlexiWorkerCode } from "../../domain/declaration-status";

/** A property ("Eigenschaft", official Features): employer class + worker code over a validity period. */
@Entity("wage_property")
@Unique("wage_property_version_position_key", ["versionId", "position"])
@Check("wage_property_worker_code_check", `"worker_code" IN ('050', '450')`)
@Check("wage_property_validity_check", `"validity_end" >= "validity_start"`)
export class WagePropertyEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  versionId!: string;

  @ManyToOne(() => DeclarationVersionEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: DeclarationVersionEntity;

  @Column({ type: "smallint" })
  position!: number;

  @Column({ type: "char", length: 3 })
  employerClass!: string;

  /** DmfA worker code: 050 flexi manual worker, 450 flexi white-collar. */
  @Column({ type: "char", length: 3 })
  workerCode!: FlexiWorkerCode;

  @Column({ type: "date" })
  validityStart!: string;

  @Column({ type: "date" })
  validityEnd!: string;
}
