/**
 * Bounds on the filters of an operation (docs/operations.md#limits), checked after validation
 * and before anything runs, over HTTP and WebSocket (server.ts). A filter combines others with
 * `and`, `or` and `not` (and nests the filters of related records: a declaration's `worker`):
 * each of them becomes SQL that PostgreSQL plans and runs on every row, so one `or` of
 * thousands of branches keeps a connection and the process busy for seconds, for any signed-in
 * user. Counted here:
 * - breadth: the filter objects of the whole operation, every branch of `and`/`or`, every `not`
 *   and every root filter counted (a fragment once per spread);
 * - depth: how deeply filter objects nest (`{ or: [{ not: { ... } }] }` is 3).
 * A filter object is a value of an input type that has `and`, `or` or `not` fields (the
 * contract's `...Filter` inputs), given in the document or in variables.
 */
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { badUserInput } from "../errors";
import { OperationsWithinLimits } from "./within-limits";

export interface FilterLimits {
  /** Most filter objects in one operation (MAX_FILTER_BRANCHES). */
  maxBranches: number;
  /** Deepest nesting of filter objects (MAX_FILTER_DEPTH). */
  maxDepth: number;
}

export interface FilterMeasure {
  branches: number;
  depth: number;
}

const COMBINATORS = ["and", "or", "not"];

/** Stops the walk as soon as a filter is too deep: the rest need not be read (nor recursed into). */
class OverLimit extends Error {
  constructor(readonly measure: FilterMeasure) {
    super("over the filter limits");
  }
}

/**
 * Refuses an operation whose filters are broader or deeper than the limits with BAD_USER_INPUT
 * (an OUT_OF_RANGE field error with an empty path), before it runs.
 */
export function checkFilterLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: FilterLimits,
): void {
  if (WITHIN_LIMITS.has(limits, operation)) return;
  const measure = measureFilters(schema, document, operation, variables, limits.maxDepth);
  let message: string | undefined;
  if (measure.depth > limits.maxDepth)
    message = `The filter nests and/or/not more than ${limits.maxDepth} levels deep, the most allowed.`;
  else if (measure.branches > limits.maxBranches)
    message =
      `The filters combine more than ${limits.maxBranches} conditions (each filter in and/or/not counts), ` +
      "the most allowed in one operation.";
  if (message) throw badUserInput([{ path: [], code: "OUT_OF_RANGE", message }], message);
  if (!readsFilterVariables(schema, operation)) WITHIN_LIMITS.add(limits, operation);
}

const WITHIN_LIMITS = new OperationsWithinLimits<FilterLimits>();

/**
 * Whether an operation's filters may depend on its variables: only a variable of an input type
 * can hold filter objects (one of a scalar or an enum adds none, measureFilters' valueOf).
 */
function readsFilterVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && isInputObjectType(getNamedType(type));
  });
}

/** The breadth and depth of an operation's filters; the walk stops once deeper than `stopDeeperThan`. */
export function measureFilters(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  stopDeeperThan = Number.MAX_SAFE_INTEGER,
): FilterMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const spreading = new Set<string>();
  // A variable the request leaves out takes its default, a literal of the document.
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? [])
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);

  const valueOf = (type: GraphQLInputType, value: unknown, depth: number): FilterMeasure => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.isArray(value) ? (value as unknown[]) : [value];
      return sum(items.map((item) => valueOf(nullable.ofType, item, depth)));
    }
    if (!isInputObjectType(nullable) || value === null || typeof value !== "object") return NONE;
    const fields = nullable.getFields();
    const isFilter = COMBINATORS.some((name) => name in fields);
    const level = depth + (isFilter ? 1 : 0);
    if (level > stopDeeperThan) throw new OverLimit({ branches: 0, depth: level });
    const inner = sum(
      Object.entries(value as Record<string, unknown>).map(([name, item]) => {
        const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
        return field ? valueOf(field.type, item, level) : NONE;
      }),
    );
    return isFilter ? { branches: inner.branches + 1, depth: Math.max(level, inner.depth) } : inner;
  };

  // A literal of the document, with the variables it names.
  const literalOf = (type: GraphQLInputType, node: ValueNode, depth: number): FilterMeasure => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (variables && Object.hasOwn(variables, name)) return valueOf(type, variables[name], depth);
      const fallback = defaults.get(name);
      return fallback ? literalOf(type, fallback, depth) : NONE;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = node.kind === Kind.LIST ? node.values : [node];
      return sum(items.map((item) => literalOf(nullable.ofType, item, depth)));
    }
    if (!isInputObjectType(nullable) || node.kind !== Kind.OBJECT) return NONE;
    const fields = nullable.getFields();
    const isFilter = COMBINATORS.some((name) => name in fields);
    const level = depth + (isFilter ? 1 : 0);
    if (level > stopDeeperThan) throw new OverLimit({ branches: 0, depth: level });
    const inner = sum(
      node.fields.map((field) => {
        const definition = Object.hasOwn(fields, field.name.value) ? fields[field.name.value] : undefined;
        return definition ? literalOf(definition.type, field.value, level) : NONE;
      }),
    );
    return isFilter ? { branches: inner.branches + 1, depth: Math.max(level, inner.depth) } : inner;
  };

  // A fragment measures the same wherever it is spread: measured once, so that nested spreads cannot blow the walk up.
  const measured = new Map<string, FilterMeasure>();
  const walk = (set: SelectionSetNode, parentType: GraphQLNamedType | undefined): FilterMeasure => {
    const parts: FilterMeasure[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parentType, selection.name.value);
        for (const argument of selection.arguments ?? []) {
          const definition = field?.args.find((a) => a.name === argument.name.value);
          if (definition) parts.push(literalOf(definition.type, argument.value, 0));
        }
        if (selection.selectionSet)
          parts.push(walk(selection.selectionSet, field ? getNamedType(field.type) : undefined));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        parts.push(walk(selection.selectionSet, type ?? undefined));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown and cyclic spreads do not pass validation.
        if (!fragment || spreading.has(name)) continue;
        let measure = measured.get(name);
        if (!measure) {
          spreading.add(name);
          measure = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
          spreading.delete(name);
          measured.set(name, measure);
        }
        parts.push(measure);
      }
    }
    return sum(parts);
  };

  try {
    return walk(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
  } catch (error) {
    if (error instanceof OverLimit) return error.measure;
    throw error;
  }
}

const NONE: FilterMeasure = { branches: 0, depth: 0 };

function sum(measures: FilterMeasure[]): FilterMeasure {
  return measures.reduce(
    (all, m) => ({ branches: all.branches + m.branches, depth: Math.max(all.depth, m.depth) }),
    NONE,
  );
}

function fieldOf(parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parentType || !("getFields" in parentType)) return undefined;
  return (parentType.getFields() as Record<string, GraphQLField<unknown, unknown> | undefined>)[name];
}
