import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { DeclarationStatusCode } from "../domain/declaration-status";

/**
 * The ordered log of declaration status changes; it feeds subscriptions and their resume.
 * `seq` comes from the `event_counter` row, updated inside each status-changing transaction:
 * the row lock orders those commits, so `seq` order is commit order (docs/architecture.md#the-status-log). A plain
 * bigserial would let a later-committing transaction take a smaller number and lose events.
 */
@Entity("status_event")
@Index("status_event_employer_seq_idx", ["employerId", "seq"])
@Index("status_event_declaration_seq_idx", ["declarationId", "seq"])
export class StatusEventEntity {
  @PrimaryColumn({ type: "bigint" })
  seq!: string;

  @Column({ type: "uuid" })
  declarationId!: string;

  @Column({ type: "uuid" })
  employerId!: string;

  @Column({ type: "uuid" })
  workerId!: string;

  @Column({ type: "integer" })
  versionNumber!: number;

  @Column({ type: "varchar", length: 32, nullable: true })
  fromStatus!: DeclarationStatusCode | null;

  @Column({ type: "varchar", length: 32 })
  toStatus!: DeclarationStatusCode;

  @Column({ type: "timestamptz", default: () => "now()" })
  at!: Date;

  /** Null for the controls (the system). */
  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @Column({ type: "text", nullable: true })
  reason!: string | null;

  /** The code of a reason the API wrote itself (modules/declarations/lifecycle-engine.ts); null for a person's or none. */
  @Column({ type: "varchar", length: 32, nullable: true })
  reasonCode!: string | null;
}
