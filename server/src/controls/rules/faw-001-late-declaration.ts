import { sql } from "../../db/sql";
import { controlRule } from "./control-rule";

/**
 * FAW-001: an ORIGINAL submitted more than 5 calendar days (Brussels) after the latest
 * calculation date of the same calendar month among the declarations of its submission.
 *
 * The latest date per (submission, month) is computed once for the batch's submissions, not
 * once per version (a correlated subquery made a 2,000-declaration submission quadratic).
 */
export const LATE_DECLARATION = controlRule(
  "FAW-001",
  sql`
    SELECT t.id AS "versionId", NULL AS path FROM t
    JOIN (
      SELECT s.submission_id, date_trunc('month', s.calculation_date) AS month, max(s.calculation_date) AS latest
      FROM wage_declaration s WHERE s.submission_id IN (SELECT DISTINCT submission_id FROM t)
      GROUP BY 1, 2
    ) latest ON latest.submission_id = t.submission_id AND latest.month = date_trunc('month', t.calculation_date)
    WHERE t.kind = 'ORIGINAL' AND (t.submitted_at AT TIME ZONE 'Europe/Brussels')::date > latest.latest + 5`,
);
