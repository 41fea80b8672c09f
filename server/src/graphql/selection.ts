import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Whether the current field's selection asks for a direct subfield (through fragments too). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet && hasField(node.selectionSet, name, info, new Set()));
}

function hasField(set: SelectionSetNode, name: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return hasField(selection.selectionSet, name, info, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    const fragment = info.fragments[selection.name.value];
    return fragment ? hasField(fragment.selectionSet, name, info, seen) : false;
  });
}
