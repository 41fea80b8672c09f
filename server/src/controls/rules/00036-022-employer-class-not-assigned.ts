import { sql } from "../../db/sql";
import { controlRule } from "./control-rule";

/** 00036-022: a property's employer class is not one of the employer's classes (one violation per property). */
export const EMPLOYER_CLASS_NOT_ASSIGNED = controlRule(
  "00036-022",
  sql`
    SELECT t.id AS "versionId", 'properties.' || p.position || '.employerClass' AS path FROM t
    JOIN employer e ON e.id = t.employer_id
    JOIN wage_property p ON p.version_id = t.id
    WHERE NOT (p.employer_class = ANY(e.employer_classes))`,
);
