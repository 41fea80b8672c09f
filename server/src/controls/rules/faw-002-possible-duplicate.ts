import { sql } from "../../db/sql";
import { controlRule } from "./control-rule";

/**
 * FAW-002: another in-force declaration of the employer has the same worker, calculation period,
 * non-empty payslip reference and worker types.
 */
export const POSSIBLE_DUPLICATE = controlRule(
  "FAW-002",
  sql`
    SELECT t.id AS "versionId", NULL AS path FROM t
    WHERE btrim(t.payslip_reference) <> '' AND EXISTS (
      SELECT 1 FROM wage_declaration o
      JOIN declaration_version ov ON ov.declaration_id = o.id AND ov.number = o.in_force_version
      WHERE o.employer_id = t.employer_id AND o.worker_id = t.worker_id AND o.id <> t.declaration_id
        AND ov.calculation_start = t.calculation_start AND ov.calculation_end = t.calculation_end
        AND ov.payslip_reference = t.payslip_reference
        AND ARRAY(SELECT DISTINCT worker_code FROM wage_property WHERE version_id = ov.id ORDER BY 1)
          = ARRAY(SELECT DISTINCT worker_code FROM wage_property WHERE version_id = t.id ORDER BY 1))`,
);
