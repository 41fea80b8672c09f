/** PostgreSQL's SQLSTATE for a unique violation. */
const UNIQUE_VIOLATION = "23505";

/**
 * Whether a failed statement broke a unique constraint or index (by name). TypeORM copies the
 * driver's `code` and `constraint` onto its QueryFailedError.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const failure = error as { code?: unknown; constraint?: unknown } | null;
  return failure?.code === UNIQUE_VIOLATION && failure.constraint === constraint;
}
