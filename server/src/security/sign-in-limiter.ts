import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/db";
import { sql, type Sql } from "../db/sql";
import { rateLimited } from "../errors";
import { addressForLimits } from "./client-address";
import type { SignInLimits } from "./settings";

/** An attempt recorded by `begin`; it counts as a failure until `succeeded` is called. */
export interface SignInAttempt {
  id: string;
  loginKey: string;
  /** As the limits count it: an IPv6 address by its /64. */
  address: string | null;
  /** The device of a valid device token of the login, when the attempt came with one. */
  deviceId: string | null;
}

/** A device token handed out on a successful sign-in, and the device it names. */
export interface RememberedDevice {
  id: string;
  token: string;
}

/** Failures of one login from all addresses together allowed: this many times the per-address limit. */
export const LOGIN_WIDE_FACTOR = 10;

/** Old rows are deleted at most this often per process (they no longer count anyway). */
const PRUNE_INTERVAL_MS = 60_000;

/** Device tokens are 43 characters (32 random bytes, base64url); anything much longer is not one. */
const MAX_DEVICE_TOKEN_LENGTH = 128;

/**
 * Failed sign-ins in a sliding window (docs/security.md), kept in PostgreSQL (`sign_in_attempt`)
 * so that the limits hold across every API process:
 * - per login and address: `maxFailuresPerLogin`. Someone guessing a password from one address
 *   is stopped there, without locking the login for its owner elsewhere;
 * - per login from all addresses together: LOGIN_WIDE_FACTOR times that, against guessing from
 *   many addresses (locking a login out then takes that many failures from several addresses);
 * - per address, whatever the login: `maxFailuresPerAddress`.
 * An IPv6 address counts by its /64 (client-address.ts `addressForLimits`).
 *
 * Devices (OWASP's "device cookies"): every successful sign-in hands out a device token
 * (`sign_in_device`, stored hashed). An attempt that brings a valid device token of its login
 * is counted for that device alone (`maxFailuresPerDevice`), and none of the limits above apply
 * to it: failures of others, however many, cannot lock the owner out of a device they signed
 * in from before, while guessing with a device token stays bounded for that device.
 *
 * The attempt is written before the password is checked, and counted after that write has
 * committed: of any number of concurrent attempts, the one whose row committed last sees all
 * the others, so no more than the limit ever reach the password check (attempts that overlap
 * may be refused a little early: they see each other's rows). No lock is taken, so a flood of
 * attempts cannot hold database connections. A refused attempt is not checked at all and does
 * not count; a successful sign-in deletes its login's failures from that address (or device).
 * Unknown logins are counted like known ones, so the limit tells nothing about who exists.
 */
export class SignInLimiter {
  private prunedAt = 0;

  constructor(readonly limits: SignInLimits) {}

  /** The device of `token` when it is a valid (unexpired) device token of `login`; otherwise null. */
  async findDevice(db: Db, login: string, token: string | null | undefined): Promise<string | null> {
    if (!token || token.length > MAX_DEVICE_TOKEN_LENGTH) return null;
    const row = await db.one<{ id: string }>(sql`
      SELECT d.id FROM sign_in_device d JOIN app_user u ON u.id = d.user_id
      WHERE d.token_hash = ${sha256(token)} AND d.expires_at > now() AND lower(u.login) = lower(${login})`);
    return row?.id ?? null;
  }

  /**
   * Records an attempt; RATE_LIMITED (with retryAfterSeconds) when a limit is used up. With
   * `deviceId` (from `findDevice`, or the device of the caller's session) only that device's
   * failures count.
   */
  async begin(
    db: Db,
    login: string,
    clientAddress: string | null,
    deviceId: string | null = null,
  ): Promise<SignInAttempt> {
    const { maxFailuresPerLogin, maxFailuresPerAddress, maxFailuresPerDevice, windowSeconds } = this.limits;
    const loginKey = sha256(login.toLowerCase());
    const address = addressForLimits(clientAddress);
    await this.prune(db);
    const inserted = await db.one<{ id: string }>(sql`
      INSERT INTO sign_in_attempt (login_key, address, device_id) VALUES (${loginKey}, ${address}, ${deviceId}) RETURNING id`);
    const attempt = { id: inserted!.id, loginKey, address, deviceId };
    const inWindow = sql`at > now() - ${windowSeconds}::int * interval '1 second'`;
    const freeIn = (condition: Sql) =>
      sql`ceil(extract(epoch FROM min(at) FILTER (WHERE ${condition}) + ${windowSeconds}::int * interval '1 second' - now()))::int`;
    const waits: number[] = [];
    if (deviceId !== null) {
      const counts = (await db.one<{ byDevice: number; deviceFreeIn: number | null }>(sql`
        SELECT count(*)::int AS "byDevice", ${freeIn(sql`true`)} AS "deviceFreeIn"
        FROM sign_in_attempt WHERE device_id = ${deviceId} AND ${inWindow}`))!;
      if (maxFailuresPerDevice > 0 && counts.byDevice > maxFailuresPerDevice)
        waits.push(counts.deviceFreeIn ?? windowSeconds);
    } else {
      // Counts this attempt too: the earlier failures are one fewer.
      const here = sql`login_key = ${loginKey} AND address IS NOT DISTINCT FROM ${address}`;
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
        WHERE (login_key = ${loginKey} OR address = ${address}) AND device_id IS NULL AND ${inWindow}`))!;
      if (maxFailuresPerLogin > 0 && counts.byLoginHere > maxFailuresPerLogin)
        waits.push(counts.loginHereFreeIn ?? windowSeconds);
      if (maxFailuresPerLogin > 0 && counts.byLogin > maxFailuresPerLogin * LOGIN_WIDE_FACTOR)
        waits.push(counts.loginFreeIn ?? windowSeconds);
      if (maxFailuresPerAddress > 0 && address !== null && counts.byAddress > maxFailuresPerAddress)
        waits.push(counts.addressFreeIn ?? windowSeconds);
    }
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

  /** The password was right: the login's failures from this address (or this device) no longer count. */
  async succeeded(db: Db, attempt: SignInAttempt): Promise<void> {
    if (attempt.deviceId !== null) {
      await db.query(sql`DELETE FROM sign_in_attempt WHERE device_id = ${attempt.deviceId}`);
      return;
    }
    await db.query(
      sql`DELETE FROM sign_in_attempt WHERE login_key = ${attempt.loginKey} AND address IS NOT DISTINCT FROM ${attempt.address} AND device_id IS NULL`,
    );
  }

  /**
   * After a successful sign-in: the device token to hand out. The token the client brought, its
   * life renewed, when it named this attempt's device; otherwise a new one. A user keeps their
   * `maxDevicesPerUser` most recently used devices.
   */
  async rememberDevice(
    db: Db,
    userId: string,
    attempt: SignInAttempt,
    presentedToken: string | null | undefined,
  ): Promise<RememberedDevice> {
    const { deviceTtlSeconds, maxDevicesPerUser } = this.limits;
    const expiresAt = sql`now() + ${deviceTtlSeconds}::float8 * interval '1 second'`;
    if (attempt.deviceId !== null && presentedToken) {
      // Zero rows when the device was deleted since (expired, or one too many): then a new one.
      const renewed = await db.one<{ id: string }>(
        sql`UPDATE sign_in_device SET expires_at = ${expiresAt} WHERE id = ${attempt.deviceId} AND user_id = ${userId} RETURNING id`,
      );
      if (renewed) return { id: renewed.id, token: presentedToken };
    }
    const token = randomBytes(32).toString("base64url");
    const created = await db.one<{ id: string }>(sql`
      INSERT INTO sign_in_device (user_id, token_hash, expires_at) VALUES (${userId}, ${sha256(token)}, ${expiresAt})
      RETURNING id`);
    const newId = created!.id;
    await db.query(sql`
      DELETE FROM sign_in_device WHERE user_id = ${userId} AND id <> ${newId} AND id NOT IN (
        SELECT id FROM sign_in_device WHERE user_id = ${userId} AND id <> ${newId}
        ORDER BY expires_at DESC LIMIT ${maxDevicesPerUser - 1})`);
    return { id: newId, token };
  }

  private async prune(db: Db): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_INTERVAL_MS) return;
    this.prunedAt = Date.now();
    await db.query(
      sql`DELETE FROM sign_in_attempt WHERE at < now() - ${this.limits.windowSeconds}::int * interval '1 second'`,
    );
    await db.query(sql`DELETE FROM sign_in_device WHERE expires_at < now()`);
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
