import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { ListJoins } from "../db/columns";

/**
 * Whether the current field's selection asks for a subfield, directly (`selects(info,
 * "totalCount")`) or along a path (`selects(info, "nodes", "worker")`), through fragments too.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

/** The field nodes at a path below the current field (the current field's own for an empty path). */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): readonly FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) =>
      field.selectionSet ? fieldsNamed(field.selectionSet, name, info, new Set()) : [],
    );
    if (fields.length === 0) break;
  }
  return fields;
}

function fieldsNamed(set: SelectionSetNode, name: string, info: GraphQLResolveInfo, seen: Set<string>): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, info, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsNamed(fragment.selectionSet, name, info, seen) : [];
  });
}

/**
 * The names of the fields asked at a path below the current field (through fragments, all
 * branches merged): `selectedFields(info)` for the field's own selection, `selectedFields(info,
 * "nodes")` for a connection's nodes.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  // A field of every row of a list asks this once per row, with the same field nodes.
  const key = path.join(".");
  let byPath = SELECTED.get(info.fieldNodes);
  if (!byPath) SELECTED.set(info.fieldNodes, (byPath = new Map()));
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = collectSelected(info, path)));
  return names;
}

/** The answers of selectedFields for the field nodes of a document (which Apollo keeps while the document is cached). */
const SELECTED = new WeakMap<readonly FieldNode[], Map<string, Set<string>>>();

function collectSelected(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const field of fieldsAt(info, path))
    if (field.selectionSet) collectNames(field.selectionSet, info, names, new Set());
  return names;
}

/** The fields asked of a connection's nodes (through `nodes` and `edges.node`), or of a field of the nodes. */
export function nodeFields(info: GraphQLResolveInfo, ...below: string[]): Set<string> {
  return new Set([...selectedFields(info, "nodes", ...below), ...selectedFields(info, "edges", "node", ...below)]);
}

function collectNames(set: SelectionSetNode, info: GraphQLResolveInfo, names: Set<string>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collectNames(selection.selectionSet, info, names, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      if (fragment) collectNames(fragment.selectionSet, info, names, seen);
    }
  }
}

/** A stable text for a set of fields from `selectedFields` (for loader keys), worked out once per set. */
export function fieldsKey(fields: ReadonlySet<string>): string {
  let key = FIELDS_KEYS.get(fields);
  if (key === undefined) FIELDS_KEYS.set(fields, (key = [...fields].sort().join(",")));
  return key;
}

const FIELDS_KEYS = new WeakMap<ReadonlySet<string>, string>();

/**
 * What a root list is asked for (db/columns.ts ListJoins): the fields of its nodes, the fields
 * asked of each related record named in `related` (undefined when not asked: not joined), and
 * whether cursors are asked (edges or pageInfo). Worked out once per document: every request of
 * a cached document shares the answer, which must not be changed.
 */
export function listJoins<Related extends string = never>(
  info: GraphQLResolveInfo,
  related: readonly Related[] = [],
): Readonly<ListJoins<Related>> {
  let joins = LIST_JOINS.get(info.fieldNodes) as ListJoins<Related> | undefined;
  if (!joins) {
    const fields = nodeFields(info);
    const asked: Partial<Record<Related, ReadonlySet<string>>> = {};
    for (const name of related) if (fields.has(name)) asked[name] = nodeFields(info, name);
    joins = {
      fields,
      withCursors: selects(info, "edges") || selects(info, "pageInfo"),
      ...asked,
    } as ListJoins<Related>;
    LIST_JOINS.set(info.fieldNodes, joins);
  }
  return joins;
}

const LIST_JOINS = new WeakMap<readonly FieldNode[], ListJoins<string>>();
