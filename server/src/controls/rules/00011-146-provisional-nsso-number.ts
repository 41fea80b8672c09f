import { sql } from "../../db/sql";
import { controlRule } from "./control-rule";

/** 00011-146: the employer has only a provisional NSSO number (10 digits starting with 5). */
export const PROVISIONAL_NSSO_NUMBER = controlRule(
  "00011-146",
  sql`
    SELECT t.id AS "versionId", NULL AS path FROM t
    JOIN employer e ON e.id = t.employer_id
    WHERE length(e.nsso_number) = 10 AND e.nsso_number LIKE '5%'`,
);
