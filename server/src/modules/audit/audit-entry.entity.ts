import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { AppUserEntity } from "../access/app-user.entity";

/** One field's value before and after a change. */
export interface FieldChangeRecord {
  field: string;
  before: string | null;
  after: string | null;
}

/** Who changed which record when, and why: every back-office correction and access change. */
@Entity("audit_entry")
@Index("audit_entry_entity_idx", ["entityId", "at"])
@Index("audit_entry_actor_idx", ["actorId", "at"])
@Index("audit_entry_employer_idx", ["employerId", "at"])
@Index("audit_entry_at_idx", ["at", "id"])
@Index("audit_entry_action_idx", ["action", "at"])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  at!: Date;

  @Column({ type: "uuid" })
  actorId!: string;

  @ManyToOne(() => AppUserEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "actor_id" })
  actor?: AppUserEntity;

  @Column({ type: "varchar", length: 64 })
  action!: string;

  @Column({ type: "varchar", length: 64 })
  entityType!: string;

  @Column({ type: "uuid" })
  entityId!: string;

  /** The employer the record belongs to, when it belongs to one (tenancy of the audit trail). */
  @Column({ type: "uuid", nullable: true })
  employerId!: string | null;

  @Column({ type: "text", nullable: true })
  reason!: string | null;

  @Column({ type: "jsonb", default: () => "'[]'" })
  changes!: FieldChangeRecord[];
}
