import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { EmployerEntity } from "../employers/employer.entity";
import { WageDeclarationEntity } from "../declarations/wage-declaration.entity";
import { SubmissionEntity } from "../submissions/submission.entity";

/** A message in the employer's e-Box Enterprise, in every language (docs/domain-rules.md#e-box-messages). */
@Entity("ebox_message")
@Index("ebox_message_employer_received_idx", ["employerId", "receivedAt", "id"])
@Index("ebox_message_employer_unread_idx", ["employerId"], { where: `"read_at" IS NULL` })
@Index("ebox_message_declaration_idx", ["declarationId"])
@Index("ebox_message_submission_idx", ["submissionId"])
@Index("ebox_message_employer_type_idx", ["employerId", "type", "receivedAt"])
export class EboxMessageEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "employer_id" })
  employer?: EmployerEntity;

  @Column({ type: "varchar", length: 48 })
  type!: string;

  @Column({ type: "text" }) subjectNl!: string;
  @Column({ type: "text" }) subjectFr!: string;
  @Column({ type: "text" }) subjectDe!: string;
  @Column({ type: "text" }) subjectEn!: string;
  @Column({ type: "text" }) bodyNl!: string;
  @Column({ type: "text" }) bodyFr!: string;
  @Column({ type: "text" }) bodyDe!: string;
  @Column({ type: "text" }) bodyEn!: string;

  @Column({ type: "uuid", nullable: true })
  declarationId!: string | null;

  @ManyToOne(() => WageDeclarationEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "declaration_id" })
  declaration?: WageDeclarationEntity;

  @Column({ type: "uuid", nullable: true })
  submissionId!: string | null;

  @ManyToOne(() => SubmissionEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "submission_id" })
  submission?: SubmissionEntity;

  /**
   * What the message reports (e.g. "declaration:<id>:v2:ACCEPTED"), unique so that a control run
   * twice cannot send a second message.
   */
  @Index("ebox_message_dedup_key", { unique: true })
  @Column({ type: "text" })
  dedupKey!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  receivedAt!: Date;

  /**
   * Position in the e-Box log, from the `event_counter` row 'ebox_message' updated inside the
   * writing transaction: commit order, so that the live relay misses nothing.
   */
  @Index("ebox_message_seq_key", { unique: true })
  @Column({ type: "bigint" })
  seq!: string;

  @Column({ type: "timestamptz", nullable: true })
  readAt!: Date | null;
}
