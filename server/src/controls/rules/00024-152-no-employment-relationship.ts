import { sql } from "../../db/sql";
import { controlRule } from "./control-rule";

/** 00024-152: no non-cancelled FLX Dimona period of this employer overlaps the calculation period. */
export const NO_EMPLOYMENT_RELATIONSHIP = controlRule(
  "00024-152",
  sql`
    SELECT t.id AS "versionId", NULL AS path FROM t
    WHERE NOT EXISTS (
      SELECT 1 FROM dimona_period dp
      WHERE dp.employer_id = t.employer_id AND dp.worker_id = t.worker_id AND dp.worker_type = 'FLX' AND NOT dp.cancelled
        -- A period without an end date (no Dimona OUT yet) is open-ended.
        AND dp.start_date <= t.calculation_end AND COALESCE(dp.end_date, 'infinity'::date) >= t.calculation_start)`,
);
