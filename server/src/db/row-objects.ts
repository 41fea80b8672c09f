/**
 * Rows as objects, from rows read as arrays (pg's `rowMode: "array"`). The driver's own objects
 * are copied from an empty row and filled one column at a time under names it only knows at run
 * time; across the many column lists of the API those writes never settle into fast code. Here
 * each list of column names gets, once, a function that writes one object literal with those
 * names (`{"id": r[0], "status": r[1], ...}`): every row of a statement then has the same shape
 * from birth. Measured on the lists of `npm run bench` (bench/README.md): about 5% less node CPU
 * per request.
 *
 * The names come from the column aliases of the API's own statements, never from input, and are
 * written into the function as JSON string literals, so no name can be anything but a property
 * name. As with the driver's objects, a name read twice keeps the later column.
 */
export type RowBuilder = (values: readonly unknown[]) => Record<string, unknown>;

/** Builders by column names; bounded, as filters and projections make many column lists. */
const builders = new Map<string, RowBuilder>();
const MAX_BUILDERS = 1000;

/** The function that turns an array row with these columns into an object. */
export function rowBuilder(names: readonly string[]): RowBuilder {
  const key = names.join("\u0000");
  let build = builders.get(key);
  if (build === undefined) {
    if (builders.size >= MAX_BUILDERS) builders.clear();
    // `"__proto__": v` in a literal would set the prototype; in brackets it is a property like any other.
    const properties = names
      .map((name, i) => `${name === "__proto__" ? `["__proto__"]` : JSON.stringify(name)}: values[${i}]`)
      .join(", ");
    build = new Function("values", `return { ${properties} };`) as RowBuilder;
    builders.set(key, build);
  }
  return build;
}

/** The rows of a result read as arrays, as objects named by its fields. */
export function rowObjects<Row>(fields: readonly { name: string }[], rows: readonly (readonly unknown[])[]): Row[] {
  const build = rowBuilder(fields.map((field) => field.name));
  const objects = new Array<Row>(rows.length);
  for (let i = 0; i < rows.length; i++) objects[i] = build(rows[i]!) as Row;
  return objects;
}
