import { Column, Entity, PrimaryColumn } from "typeorm";

/** Counters whose row lock orders commits (see StatusEventEntity). One row per log. */
@Entity("event_counter")
export class EventCounterEntity {
  @PrimaryColumn({ type: "text" })
  name!: string;

  @Column({ type: "bigint", default: 0 })
  value!: string;
}
