import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { AppUserEntity } from "./app-user.entity";

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

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;
}
