import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { SignInDeviceEntity } from "./sign-in-device.entity";

/**
 * A sign-in that did not succeed (yet) within the rate-limit window (security/sign-in-limiter.ts).
 * In PostgreSQL, so that the limits hold across every API process; rows older than the window
 * are deleted as new attempts come.
 */
@Entity("sign_in_attempt")
@Index("sign_in_attempt_login_idx", ["loginKey", "at"])
@Index("sign_in_attempt_address_idx", ["address", "at"])
@Index("sign_in_attempt_at_idx", ["at"])
@Index("sign_in_attempt_device_idx", ["deviceId", "at"])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /**
   * SHA-256 (hex) of the login as typed, lower-cased: never the text itself, because people
   * sometimes type their password into the login field.
   */
  @Column({ type: "char", length: 64 })
  loginKey!: string;

  /** The client's address as the limits count it (an IPv6 address: its /64); null when unknown. */
  @Column({ type: "varchar", length: 64, nullable: true })
  address!: string | null;

  /** Set when the attempt came with a valid device token of the login: it then counts for that device only. */
  @Column({ type: "uuid", nullable: true })
  deviceId!: string | null;

  @ManyToOne(() => SignInDeviceEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "device_id" })
  device?: SignInDeviceEntity;

  @Column({ type: "timestamptz", default: () => "now()" })
  at!: Date;
}
