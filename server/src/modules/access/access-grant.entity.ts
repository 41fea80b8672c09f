import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { EmployerEntity } from "../employers/employer.entity";
import { AppUserEntity } from "./app-user.entity";
import type { PermissionCode } from "../../auth/permissions";

/** A right of one user for one employer (docs/domain-rules.md#access-rights). */
@Entity("access_grant")
@Unique("access_grant_user_employer_permission_key", ["userId", "employerId", "permission"])
@Check("access_grant_permission_check", `"permission" IN ('ACCESS_ADMIN', 'FLEXI_AT_WORK', 'DIMONA_CONSULTATION')`)
export class AccessGrantEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => AppUserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: AppUserEntity;

  @Index("access_grant_employer_idx")
  @Column({ type: "uuid" })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "employer_id" })
  employer?: EmployerEntity;

  @Column({ type: "varchar", length: 32 })
  permission!: PermissionCode;

  /** Null for grants made by the system (demo data, set-up). */
  @Column({ type: "uuid", nullable: true })
  grantedBy!: string | null;

  @ManyToOne(() => AppUserEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "granted_by" })
  grantedByUser?: AppUserEntity;

  @Column({ type: "timestamptz", default: () => "now()" })
  grantedAt!: Date;
}
