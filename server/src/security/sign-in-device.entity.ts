import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { AppUserEntity } from "../modules/access/app-user.entity";

/**
 * A device a user signed in from (security/sign-in-limiter.ts): whoever presents its token with
 * that user's login is counted apart from everyone else, so that failures elsewhere cannot lock
 * the owner out of a device they used before. Not a credential: the password is still checked.
 */
@Entity("sign_in_device")
export class SignInDeviceEntity {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index("sign_in_device_user_idx")
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => AppUserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: AppUserEntity;

  /** SHA-256 (hex) of the token handed out: a copy of the table gives nobody a device. */
  @Index("sign_in_device_token_idx", { unique: true })
  @Column({ type: "char", length: 64 })
  tokenHash!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  /** Moved on by each successful sign-in with the token; rows past it are deleted. */
  @Index("sign_in_device_expires_idx")
  @Column({ type: "timestamptz" })
  expiresAt!: Date;
}
