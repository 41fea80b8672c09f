/** Writes schema/schema.graphql from the code (`npm run schema:emit`). */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildFlexiSchema, printSortedSchema } from "./schema";

export const SCHEMA_FILE = path.join(__dirname, "..", "..", "..", "schema", "schema.graphql");

if (require.main === module) {
  buildFlexiSchema()
    .then((schema) => {
      writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
      console.log(`wrote ${SCHEMA_FILE}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
