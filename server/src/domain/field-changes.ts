/**
 * Field-by-field before and after of a change, for the audit trail (docs/domain-rules.md#access-rights: who changed
 * which record when, with before and after and the reason). Values are kept as display text so
 * that the trail reads the same whatever the field's type.
 */

/** One field's value before and after a change; null when absent. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A value as the trail shows it: dates as ISO text, lists and objects as JSON, nothing as null. */
export function auditText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

/**
 * The fields whose text differs between `before` and `after`, in the order of `fields` (or of
 * `after`'s keys). A record created has `before` = {}; one removed has `after` = {}.
 */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[] = [...new Set([...Object.keys(before), ...Object.keys(after)])],
): FieldChange[] {
  return fields.flatMap((field) => {
    const was = auditText(before[field]);
    const is = auditText(after[field]);
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}
