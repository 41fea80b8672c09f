/** The API token of the signed-in user, kept in localStorage so that a reload keeps the session. */
const KEY = "flexi.token";
const EXPIRES = "flexi.expiresAt";

export function getToken(): string | null {
  const token = localStorage.getItem(KEY);
  const expiresAt = localStorage.getItem(EXPIRES);
  if (!token || !expiresAt || Date.parse(expiresAt) <= Date.now()) return null;
  return token;
}

export function setToken(token: string, expiresAt: string): void {
  localStorage.setItem(KEY, token);
  localStorage.setItem(EXPIRES, expiresAt);
}

export function clearToken(): void {
  localStorage.removeItem(KEY);
  localStorage.removeItem(EXPIRES);
}

/**
 * The device token the API handed out at the last sign-in of each login in this browser: sent
 * with the next sign-in of that login, so that others' failed attempts cannot lock it out here.
 */
const DEVICES = "flexi.deviceTokens";

function deviceTokens(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DEVICES) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function getDeviceToken(login: string): string | null {
  return deviceTokens()[login.toLowerCase()] ?? null;
}

export function setDeviceToken(login: string, token: string): void {
  localStorage.setItem(DEVICES, JSON.stringify({ ...deviceTokens(), [login.toLowerCase()]: token }));
}
