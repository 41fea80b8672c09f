import type { Db } from "../db/db";
import { sql } from "../db/sql";

/** The PostgreSQL channel announcing that a user's rights changed (payload: the user id). */
export const ACCESS_CHANGED_CHANNEL = "access_changed";

/**
 * Announces, when the caller's transaction commits, that a user's rights changed, so that every
 * process re-reads them for that user's open subscriptions (a revoked right closes them).
 */
export async function announceAccessChange(db: Db, userId: string): Promise<void> {
  await db.query(sql`SELECT pg_notify(${ACCESS_CHANGED_CHANNEL}, ${userId}::text)`);
}
