import { Column, Entity, PrimaryColumn } from "typeorm";

/** The annual tax-free ceiling of flexi pay for non-pensioners (docs/domain-rules.md#the-annual-ceiling). */
@Entity("flexi_ceiling")
export class FlexiCeilingEntity {
  @PrimaryColumn({ type: "integer" })
  year!: number;

  @Column({ type: "bigint" })
  amountCents!: string;

  /** True while the indexed figure is not published. */
  @Column({ type: "boolean", default: false })
  provisional!: boolean;

  @Column({ type: "text", nullable: true })
  source!: string | null;
}
