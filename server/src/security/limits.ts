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
 * - a list never counts as fewer than one row: `first: 0` still resolves the field, so a
 *   thousand aliases of it are a thousand fields of work;
 * - introspection fields (`__schema`, `__type`, `__typename`) count like any other field, their
 *   lists as long as the schema's own (`types` as many as the schema has, `fields` as many as a
 *   type has on average ...), so that the standard introspection query costs about the fields of
 *   its answer and a hundred aliases of it do not pass. They do not count towards the depth
 *   (the standard query nests `ofType` deeper than any limit a client would set), unless
 *   `exemptIntrospection` is false; instead an introspection may not nest a list of the schema
 *   inside the same list (`fields { type { fields ... } }` grows with the schema at every turn)
 *   nor go deeper than MAX_OF_TYPE through `ofType`; the standard introspection query (and the
 *   SDK's, codegen's) does neither.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
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
  type GraphQLType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../db/page";
import { badUserInput, type AppError } from "../errors";
import { OperationsWithinLimits } from "./within-limits";

/** The assumed length of a list without paging arguments. */
export const UNPAGED_LIST_SIZE = 5;

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Introspection does not count towards the depth (default true); it always counts towards the cost. */
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
  /** Whether the measure read a variable (a page size given as `first: $n`): then it holds for these variables only. */
  readVariables: boolean;
}

/** The depth and cost of one operation of a validated document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown> | null,
  exemptIntrospection = true,
): QueryMeasure {
  return walkOperation(schema, document, operation, variables, exemptIntrospection).measure;
}

function walkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  exemptIntrospection: boolean,
): { measure: QueryMeasure; readVariables: boolean } {
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
    readVariables: false,
  };
  const measure = measureSelections(
    walk,
    operation.selectionSet,
    schema.getRootType(operation.operation) ?? undefined,
    false,
  );
  // Introspection lists count their average length, which need not be whole.
  return { measure: { depth: measure.depth, cost: Math.ceil(measure.cost) }, readVariables: walk.readVariables };
}

const WITHIN_LIMITS = new OperationsWithinLimits<QueryLimits>();

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
  if (WITHIN_LIMITS.has(limits, operation)) return;
  const walked = walkOperation(schema, document, operation, variables, limits.exemptIntrospection ?? true);
  const error = queryLimitError(walked.measure, limits) ?? introspectionNestingError(document, operation);
  if (error) throw error;
  if (!walked.readVariables) WITHIN_LIMITS.add(limits, operation);
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
  ofTypeLevel = 0,
): QueryMeasure {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    let measure: QueryMeasure;
    if (selection.kind === Kind.FIELD) {
      measure = measureField(walk, selection, parentType, inConnection, ofTypeLevel);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? undefined)
        : parentType;
      measure = measureSelections(walk, selection.selectionSet, type, inConnection, ofTypeLevel);
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
  ofTypeLevel: number,
): QueryMeasure {
  const name = node.name.value;
  // Introspection types and fields are named `__...`; inside them every field is introspection.
  const introspection = name.startsWith("__") || !!parentType?.name.startsWith("__");
  const levels = walk.exemptIntrospection && introspection ? 0 : 1;
  const field = fieldDefinition(walk.schema, parentType, name);
  if (!node.selectionSet) return { depth: levels, cost: 1 };
  // `ofType` deeper than the schema wraps any type (`[String!]!` is 3) is always null: its selection costs nothing.
  const ofType = name === "ofType" && parentType?.name === "__Type" ? ofTypeLevel + 1 : 0;
  const type = field ? getNamedType(field.type) : undefined;
  const child = measureSelections(walk, node.selectionSet, type, isConnection(type), ofType);
  if (ofType > deepestWrapping(walk.schema)) return { depth: levels + child.depth, cost: 1 };
  const rows = !field
    ? 1
    : parentType?.name.startsWith("__") && isListType(getNullableType(field.type))
      ? introspectionListSize(walk.schema, name)
      : rowsOf(walk, field, node, inConnection);
  return { depth: levels + child.depth, cost: 1 + rows * child.cost };
}

/** The most list and non-null wrappers around one type in a schema (computed once per schema). */
const DEEPEST_WRAPPING = new WeakMap<GraphQLSchema, number>();

function deepestWrapping(schema: GraphQLSchema): number {
  let deepest = DEEPEST_WRAPPING.get(schema);
  if (deepest === undefined) {
    const wrappers = (type: GraphQLType): number => ("ofType" in type ? 1 + wrappers(type.ofType) : 0);
    const typed: { type: GraphQLType }[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isObjectType(type) || isInterfaceType(type))
        for (const field of Object.values(type.getFields())) typed.push(field, ...field.args);
      if (isInputObjectType(type)) typed.push(...Object.values(type.getFields()));
    }
    for (const directive of schema.getDirectives()) typed.push(...directive.args);
    deepest = Math.max(0, ...typed.map((t) => wrappers(t.type)));
    DEEPEST_WRAPPING.set(schema, deepest);
  }
  return deepest;
}

/** How long each list of the introspection types is in a schema, on average (computed once per schema). */
const INTROSPECTION_LIST_SIZES = new WeakMap<GraphQLSchema, Map<string, number>>();

/** The length of an introspection list (`types`, `fields`, `args` ...) in this schema, on average. */
export function introspectionListSize(schema: GraphQLSchema, list: string): number {
  let sizes = INTROSPECTION_LIST_SIZES.get(schema);
  if (!sizes) {
    sizes = introspectionListSizes(schema);
    INTROSPECTION_LIST_SIZES.set(schema, sizes);
  }
  return sizes.get(list) ?? UNPAGED_LIST_SIZE;
}

function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  // Per type over every type (a scalar has no fields): `types { fields { ... } }` then counts every field of the schema once.
  const perType = (count: (type: GraphQLNamedType) => number) =>
    types.reduce((sum, type) => sum + count(type), 0) / Math.max(1, types.length);
  const fields = types.flatMap((type) =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [],
  );
  const directives = schema.getDirectives();
  const withArgs = [...fields, ...directives];
  return new Map([
    ["types", types.length],
    ["directives", directives.length],
    ["fields", fields.length / Math.max(1, types.length)],
    ["args", withArgs.reduce((sum, f) => sum + f.args.length, 0) / Math.max(1, withArgs.length)],
    ["inputFields", perType((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))],
    ["enumValues", perType((t) => (isEnumType(t) ? t.getValues().length : 0))],
    ["interfaces", perType((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))],
    ["possibleTypes", perType((t) => (isInterfaceType(t) || isUnionType(t) ? schema.getPossibleTypes(t).length : 0))],
  ]);
}

/** How many times a field's selection may be read. */
function rowsOf(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, inConnection: boolean): number {
  const paging = field.args.filter((a) => a.name === "first" || a.name === "last");
  if (paging.length > 0) {
    const sizes = paging.flatMap((arg) => {
      const given = node.arguments?.find((a) => a.name.value === arg.name);
      if (given?.value.kind === Kind.VARIABLE) walk.readVariables = true;
      const value: unknown = given ? valueFromAST(given.value, arg.type, walk.variables) : undefined;
      return typeof value === "number" && Number.isFinite(value) ? [value] : [];
    });
    const size = sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE;
    // At least one row: `first: 0` still resolves the field (and may count its rows).
    return Math.min(Math.max(1, Math.ceil(size)), MAX_PAGE_SIZE);
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
