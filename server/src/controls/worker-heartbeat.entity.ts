import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A live controls-worker pool and its last heartbeat. graphile-worker frees the jobs of a dead
 * worker only after 4 hours; the sweeper unlocks the jobs of pools whose heartbeat stopped
 * (docs/architecture.md#the-controls-job).
 */
@Entity("worker_heartbeat")
export class WorkerHeartbeatEntity {
  /** graphile-worker's pool id (`locked_by` of its jobs). */
  @PrimaryColumn({ type: "text" })
  poolId!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  startedAt!: Date;

  @Column({ type: "timestamptz", default: () => "now()" })
  beatAt!: Date;
}
