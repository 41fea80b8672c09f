import { createHash } from "node:crypto";
import type { Db } from "../db/db";
import { sql, type Sql } from "../db/sql";
import { rateLimited } from "../errors";
import type { SignInLimits } from "./settings";

/** An attempt recorded by `begin`; it counts as a failure until `succeeded` is called. */
export interface SignInAttempt {
  id: string;
  loginKey: string;
  address: string | null;
}

/** Failures of one login from all addresses together allowed: this many times the per-address limit. */
export const LOGIN_WIDE_FACTOR = 10;

/** Old rows are deleted at most this often per process (they no longer count anyway). */
const PRUNE_INTERVAL_MS = 60_000;

/**
 * Failed sign-ins in a sliding window (docs/operations.md#limits), kept in PostgreSQL (`sign_in_attempt`) so
 * that the limits hold across every API process:
 * - per login and address: `maxFailuresPerLogin`. Someone guessing a password from one address
 *   is stopped there, without locking the login for its owner elsewhere;
 * - per login from all addresses together: LOGIN_WIDE_FACTOR times that, against guessing from
 *   many addresses (locking a login out then takes that many failures from several addresses);
 * - per address, whatever the login: `maxFailuresPerAddress`.
 *
 * The attempt is written before the password is checked, and counted after that write has
 * committed: of any number of concurrent attempts, the one whose row committed last sees all
 * the others, so no more than the limit ever reach the password check (attempts that overlap
 * may be refused a little early: they see each other's rows). No lock is taken, so a flood of
 * attempts cannot hold database connections. A refused attempt is not checked at all and does
 * not count; a successful sign-in deletes its login's failures from that address.
 * Unknown logins are counted like known ones, so the limit tells nothing about who exists.
 */
export class SignInLimiter {
  private prunedAt = 0;

  constructor(readonly limits: SignInLimits) {}

  /** Records an attempt; RATE_LIMITED (with retryAfterSeconds) when a limit is used up. */
  async begin(db: Db, login: string, address: string | null): Promise<SignInAttempt> {
    const { maxFailuresPerLogin, maxFailuresPerAddress, windowSeconds } = this.limits;
    const loginKey = createHash("sha256").update(login.toLowerCase()).digest("hex");
    await this.prune(db);
    const inserted = await db.one<{ id: string }>(sql`
      INSERT INTO sign_in_attempt (login_key, address) VALUES (${loginKey}, ${address}) RETURNING id`);
    const attempt = { id: inserted!.id, loginKey, address };
    // Counts this attempt too: the earlier failures are one fewer.
    const here = sql`login_key = ${loginKey} AND address IS NOT DISTINCT FROM ${address}`;
    const freeIn = (condition: Sql) =>
      sql`ceil(extract(epoch FROM min(at) FILTER (WHERE ${condition}) + ${windowSeconds}::int * interval '1 second' - now()))::int`;
    const counts = (await db.one<{
      byLoginHere: number;
      byLogin: number;
      byAddress: number;
      loginHereFreeIn: number | null;
      loginFreeIn: number | null;
      addressFreeIn: number | null;
    }>(sql`
      SELECT count(*) FILTER (WHERE ${here})::int AS "byLoginHere",
        count(*) FILTER (WHERE login_key = ${loginKey})::int AS "byLogin",
        count(*) FILTER (WHERE address = ${address})::int AS "byAddress",
        ${freeIn(here)} AS "loginHereFreeIn",
        ${freeIn(sql`login_key = ${loginKey}`)} AS "loginFreeIn",
        ${freeIn(sql`address = ${address}`)} AS "addressFreeIn"
      FROM sign_in_attempt
      WHERE (login_key = ${loginKey} OR address = ${address}) AND at > now() - ${windowSeconds}::int * interval '1 second'`))!;
    const waits: number[] = [];
    if (maxFailuresPerLogin > 0 && counts.byLoginHere > maxFailuresPerLogin)
      waits.push(counts.loginHereFreeIn ?? windowSeconds);
    if (maxFailuresPerLogin > 0 && counts.byLogin > maxFailuresPerLogin * LOGIN_WIDE_FACTOR)
      waits.push(counts.loginFreeIn ?? windowSeconds);
    if (maxFailuresPerAddress > 0 && address !== null && counts.byAddress > maxFailuresPerAddress)
      waits.push(counts.addressFreeIn ?? windowSeconds);
    if (waits.length > 0) {
      await db.query(sql`DELETE FROM sign_in_attempt WHERE id = ${attempt.id}`);
      const seconds = Math.max(1, ...waits);
      throw rateLimited(
        `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`,
        seconds,
      );
    }
    return attempt;
  }

  /** The password was right: the login's failures from this address no longer count. */
  async succeeded(db: Db, attempt: SignInAttempt): Promise<void> {
    await db.query(
      sql`DELETE FROM sign_in_attempt WHERE login_key = ${attempt.loginKey} AND address IS NOT DISTINCT FROM ${attempt.address}`,
    );
  }

  private async prune(db: Db): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_INTERVAL_MS) return;
    this.prunedAt = Date.now();
    await db.query(
      sql`DELETE FROM sign_in_attempt WHERE at < now() - ${this.limits.windowSeconds}::int * interval '1 second'`,
    );
  }
}
