import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { WagePropertyEntity } from "./wage-property.entity";
import type { FinancialElementCode } from "../../domain/declaration-status";

/** An amount of a property: the gross wage (0001001000) or a premium (0002001000) with its frequency. */
@Entity("financial_element")
@Unique("financial_element_property_position_key", ["propertyId", "position"])
@Check("financial_element_code_check", `"code" IN ('0001001000', '0002001000')`)
@Check("financial_element_frequency_check", `("code" = '0002001000') = ("frequency_months" IS NOT NULL)`)
export class FinancialElementEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  propertyId!: string;

  @ManyToOne(() => WagePropertyEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "property_id" })
  property?: WagePropertyEntity;

  @Column({ type: "smallint" })
  position!: number;

  @Column({ type: "char", length: 10 })
  code!: FinancialElementCode;

  @Column({ type: "bigint" })
  amountCents!: string;

  /** Premiums only: 0 one-off or irregular, 1 monthly or more often, up to 12. */
  @Column({ type: "smallint", nullable: true })
  frequencyMonths!: number | null;
}
