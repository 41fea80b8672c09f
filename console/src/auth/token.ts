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
