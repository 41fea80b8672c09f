const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names no record (NOT_FOUND), and never reaches SQL as a uuid. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
