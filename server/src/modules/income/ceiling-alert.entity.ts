import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { WorkerEntity } from "../workers/worker.entity";

/**
 * A worker's accepted flexi income of a year passed the ceiling (docs/domain-rules.md#ceiling-alerts): an alert for the
 * back office and the worker only, never for an employer. Raised once per worker and year, in
 * the transaction that accepted the pay that crossed it.
 */
@Entity("ceiling_alert")
@Unique("ceiling_alert_worker_year_key", ["workerId", "year"])
@Index("ceiling_alert_raised_idx", ["raisedAt", "id"])
@Index("ceiling_alert_year_idx", ["year", "raisedAt"])
export class CeilingAlertEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  workerId!: string;

  @ManyToOne(() => WorkerEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "worker_id" })
  worker?: WorkerEntity;

  @Column({ type: "integer" })
  year!: number;

  /** The accepted total toward the ceiling when the alert was raised, in cents. */
  @Column({ type: "bigint" })
  totalCents!: string;

  @Column({ type: "bigint" })
  ceilingCents!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  raisedAt!: Date;
}
