import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { AppUserEntity } from "./app-user.entity";
import { SignInDeviceEntity } from "../../security/sign-in-device.entity";

/** One sign-in; its id is the token's `sid`, so that `signOut` can revoke the token. */
@Entity("user_session")
export class UserSessionEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index("user_session_user_idx")
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => AppUserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: AppUserEntity;

  /** The device signed in from (security/sign-in-device.entity.ts): changePassword counts its failures there. */
  @Column({ type: "uuid", nullable: true })
  deviceId!: string | null;

  @ManyToOne(() => SignInDeviceEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "device_id" })
  device?: SignInDeviceEntity;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;
}
