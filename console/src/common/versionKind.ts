/**
 * A version's kind by name. A back-office correction makes a new version that carries the back
 * office's reason (no other version has one); it is named as a correction, not as the
 * employer's original declaration or modification it technically continues.
 */
export function versionKindKey(version: { kind: string; reason?: string | null }): string {
  return version.reason ? "flexi.kind.CORRECTION" : `flexi.kind.${version.kind}`;
}
