import { Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * argon2id (memory-hard). @node-rs/argon2 ships prebuilt binaries as npm packages, so nothing
 * is compiled at install time (the `argon2` package needs node-gyp and Node's headers).
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of a real verification, so that unknown logins cannot be told apart by timing. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("not a password of anyone");
  await verifyPassword(await dummyHash, password);
  return false;
}
