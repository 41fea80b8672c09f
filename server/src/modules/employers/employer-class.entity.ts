import { Column, Entity, PrimaryColumn } from "typeorm";

/** Reference list of employer classes (official employer categories, docs/domain-rules.md#employer-classes). */
@Entity("employer_class")
export class EmployerClassEntity {
  @PrimaryColumn({ type: "char", length: 3 })
  code!: string;

  @Column({ type: "text" })
  labelNl!: string;

  @Column({ type: "text" })
  labelFr!: string;

  @Column({ type: "text" })
  labelDe!: string;

  @Column({ type: "text" })
  labelEn!: string;
}
