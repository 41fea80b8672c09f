/**
 * Query depth and cost limits (docs/operations.md#limits), checked after validation and before anything runs,
 * over HTTP (the Apollo plugin below) and over WebSocket (server.ts's onSubscribe).
 *
 * The cost is how many fields an operation may read at most:
 * - every field costs 1;
 * - a field with `first`/`last` arguments (the connections) multiplies its selection by that
 *   argument: 50 when not given (the page size the services use), at most 500 (beyond it they
 *   refuse the page anyway). The `nodes` and `edges` of a connection are not multiplied again;
 * - a list without paging arguments (a record's own properties, premiums, anomalies, history,
 *   a worker's Dimona periods) multiplies its selection by 5: they are a record's own few rows
 *   (counting them as pages of 50 would put the console's wizard, 500 drafts with their
 *   properties and premiums, at millions); relations that loop back (a period's worker's
 *   periods ...) still grow fivefold per turn;
 * - fragments are followed (each counted once per spread, measured once);
 * - introspection fields (`__schema`, `__type`, `__typename`) are free and do not count
 *   towards the depth, unless `exemptIntrospection` is false. Free is not unbounded: an
 *   introspection may not nest a list of the schema inside the same list (`fields { type {
 *   fields ... } }` grows with the schema at every turn) nor go deeper than MAX_OF_TYPE through
 *   `ofType`; the standard introspection query (and the SDK's, codegen's) does neither.
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../db/page";
import { badUserInput, type AppError } from "../errors";

/** The assumed length of a list without paging arguments. */
export const UNPAGED_LIST_SIZE = 5;

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Introspection is free and exempt (default true). */
  exemptIntrospection?: boolean;
}

export interface QueryMeasure {
  /** Deepest nesting of fields: `{ me { id } }` is 2. */
  depth: number;
  /** Most fields the operation may read. */
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown> | undefined;
  exemptIntrospection: boolean;
  /** A fragment measures the same wherever it is spread: measured once, so that nested spreads cannot blow the walk up. */
  measured: Map<string, QueryMeasure>;
  measuring: Set<string>;
}

/** The depth and cost of one operation of a validated document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown> | null,
  exemptIntrospection = true,
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = {
    schema,
    fragments,
    variables: variables ?? undefined,
    exemptIntrospection,
    measured: new Map(),
    measuring: new Set(),
  };
  return measureSelections(walk, operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, false);
}

/**
 * Refuses an operation above the limits with BAD_USER_INPUT (a field error with an empty path:
 * the whole operation), before it runs.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): void {
  const error =
    queryLimitError(
      measureOperation(schema, document, operation, variables, limits.exemptIntrospection ?? true),
      limits,
    ) ?? introspectionNestingError(document, operation);
  if (error) throw error;
}

/** The lists of introspection that grow with the schema; each may appear once on a path. */
const SCHEMA_LISTS = new Set([
  "types",
  "fields",
  "inputFields",
  "interfaces",
  "possibleTypes",
  "enumValues",
  "args",
  "directives",
]);

/** Deepest `ofType` chain allowed (a type like [[String!]!]! needs 4; the standard query asks 7 or 9). */
export const MAX_OF_TYPE = 10;

/**
 * Refuses an introspection whose answer would grow with the schema at every level (a list of
 * the schema inside itself) or that chains `ofType` beyond MAX_OF_TYPE; null when it is fine.
 */
export function introspectionNestingError(document: DocumentNode, operation: OperationDefinitionNode): AppError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  // A fragment is walked once per state (the lists on the path, the ofType depth): few states, so repeated spreads cannot blow up.
  const walked = new Set<string>();
  let problem: string | null = null;
  const walk = (set: SelectionSetNode, inIntrospection: boolean, lists: readonly string[], ofType: number): void => {
    for (const selection of set.selections) {
      if (problem) return;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const state = `${selection.name.value}|${inIntrospection}|${[...lists].sort().join(",")}|${ofType}`;
        if (!fragment || walked.has(state)) continue;
        walked.add(state);
        walk(fragment.selectionSet, inIntrospection, lists, ofType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, inIntrospection, lists, ofType);
      } else if (selection.selectionSet) {
        const name = selection.name.value;
        const entering = inIntrospection || name === "__schema" || name === "__type";
        if (entering && SCHEMA_LISTS.has(name) && lists.includes(name)) {
          problem = `The introspection query asks for ${name} within ${name}: its answer would grow with the schema at every level.`;
        } else if (entering && name === "ofType" && ofType + 1 > MAX_OF_TYPE) {
          problem = `The introspection query nests ofType deeper than ${MAX_OF_TYPE} levels.`;
        } else {
          walk(
            selection.selectionSet,
            entering,
            entering && SCHEMA_LISTS.has(name) ? [...lists, name] : lists,
            ofType + (entering && name === "ofType" ? 1 : 0),
          );
        }
      }
    }
  };
  walk(operation.selectionSet, false, [], 0);
  if (!problem) return null;
  return badUserInput([{ path: [], code: "OUT_OF_RANGE", message: problem }], problem);
}

export function queryLimitError(measure: QueryMeasure, limits: QueryLimits): AppError | null {
  let message: string | undefined;
  if (measure.depth > limits.maxDepth) {
    message = `The query is too deep: it nests ${measure.depth} levels of fields, at most ${limits.maxDepth} are allowed.`;
  } else if (measure.cost > limits.maxCost) {
    message =
      `The query is too expensive: it may read up to ${measure.cost.toLocaleString("en")} fields, at most ` +
      `${limits.maxCost.toLocaleString("en")} are allowed (a list counts as many rows as its first or last, ${DEFAULT_PAGE_SIZE} when not given). ` +
      "Ask for fewer rows or fewer nested lists.";
  }
  if (!message) return null;
  return badUserInput([{ path: [], code: "OUT_OF_RANGE", message }], message);
}

function measureSelections(
  walk: Walk,
  set: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  inConnection: boolean,
): QueryMeasure {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    let measure: QueryMeasure;
    if (selection.kind === Kind.FIELD) {
      measure = measureField(walk, selection, parentType, inConnection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? undefined)
        : parentType;
      measure = measureSelections(walk, selection.selectionSet, type, inConnection);
    } else {
      measure = measureFragment(walk, selection.name.value);
    }
    depth = Math.max(depth, measure.depth);
    cost += measure.cost;
  }
  return { depth, cost };
}

function measureFragment(walk: Walk, name: string): QueryMeasure {
  const known = walk.measured.get(name);
  if (known) return known;
  const fragment = walk.fragments.get(name);
  // Unknown or cyclic spreads do not pass validation; nothing to count if one gets here.
  if (!fragment || walk.measuring.has(name)) return { depth: 0, cost: 0 };
  walk.measuring.add(name);
  const type = walk.schema.getType(fragment.typeCondition.name.value) ?? undefined;
  const measure = measureSelections(walk, fragment.selectionSet, type, isConnection(type));
  walk.measuring.delete(name);
  walk.measured.set(name, measure);
  return measure;
}

function measureField(
  walk: Walk,
  node: FieldNode,
  parentType: GraphQLNamedType | undefined,
  inConnection: boolean,
): QueryMeasure {
  const name = node.name.value;
  if (walk.exemptIntrospection && name.startsWith("__")) return { depth: 0, cost: 0 };
  const field = fieldDefinition(walk.schema, parentType, name);
  if (!node.selectionSet) return { depth: 1, cost: 1 };
  const type = field ? getNamedType(field.type) : undefined;
  const child = measureSelections(walk, node.selectionSet, type, isConnection(type));
  const rows = field ? rowsOf(walk, field, node, inConnection) : 1;
  return { depth: 1 + child.depth, cost: 1 + rows * child.cost };
}

/** How many times a field's selection may be read. */
function rowsOf(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, inConnection: boolean): number {
  const paging = field.args.filter((a) => a.name === "first" || a.name === "last");
  if (paging.length > 0) {
    const sizes = paging.flatMap((arg) => {
      const given = node.arguments?.find((a) => a.name.value === arg.name);
      const value: unknown = given ? valueFromAST(given.value, arg.type, walk.variables) : undefined;
      return typeof value === "number" && Number.isFinite(value) ? [value] : [];
    });
    const size = sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(0, Math.ceil(size)), MAX_PAGE_SIZE);
  }
  if (!isListType(getNullableType(field.type))) return 1;
  // A connection's nodes and edges are the page its field already counted.
  return inConnection ? 1 : UNPAGED_LIST_SIZE;
}

function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (!parentType || !("getFields" in parentType)) return undefined;
  return (parentType.getFields() as Record<string, GraphQLField<unknown, unknown> | undefined>)[name];
}

/** The contract's connection types (`XConnection`, graphql/connection.ts). */
function isConnection(type: GraphQLNamedType | undefined): boolean {
  return !!type && type.name.endsWith("Connection") && "getFields" in type && "nodes" in type.getFields();
}
