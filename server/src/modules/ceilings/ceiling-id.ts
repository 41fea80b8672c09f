import { createHash } from "node:crypto";

/**
 * The flexi_ceiling table is keyed by its year, while audit_entry.entity_id is a uuid (like every
 * id of the API). A ceiling's id is therefore derived from its year: a name-based UUID
 * (RFC 9562 version 5) in a namespace of this project, the same on every machine and every run,
 * so that `auditEntries(filter: { entityId: { eq: <FlexiCeiling.id> } })` finds a year's history.
 */
const FLEXI_CEILING_NAMESPACE = "e5667b3d-3213-41d1-a410-e9d9ae94d7f5";

/** Version-5 UUID of `name` in `namespace` (SHA-1, RFC 9562 §5.5). */
function uuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The stable id of a year's ceiling, e.g. the entityId of its audit entries. */
export function flexiCeilingId(year: number): string {
  return uuidV5(FLEXI_CEILING_NAMESPACE, `FlexiCeiling:${year}`);
}
