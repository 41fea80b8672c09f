/**
 * Field resolvers called straight, without type-graphql's wrapping per call, where the wrapping
 * does nothing for them. type-graphql resolves every field of a resolver class through a generic
 * handler that, on each call, looks up the class instance, sorts and maps the parameter list,
 * converts each argument into class instances and awaits a validation step (off in this schema),
 * which turns even a synchronous resolver into a promise. For a nested field on a list (a
 * declaration's worker, a worker's Dimona periods) that is paid once per row: on a list of 50 it
 * was a fifth of the node time of the list (bench/README.md).
 *
 * A field qualifies when its method takes only what needs no conversion: the parent object, the
 * context (or one of its properties), `info`, and arguments of scalar or enum types (their values
 * are passed as graphql-js coerced them, which is what type-graphql passes too), and has no
 * middleware or authorization. Anything else keeps type-graphql's resolver. A parent that is not
 * an instance of the class the method declares is copied into one first, as type-graphql does
 * (asInstanceOf), when that class has something an instance would add: a method, an accessor or
 * a field with a default. The classes of this schema are plain shapes (the services hand out plain
 * objects), so the copy, one object per row and relation of a list, is skipped for them.
 *
 * A plain field (a property, no method) gets no resolver at all. type-graphql gives each one a
 * resolver that runs the field's middlewares and reads the property; with no middleware (this
 * schema has none, global or per field) and no authorization, that is the read graphql-js and
 * graphql-jit do themselves when a field has no resolver, and graphql-jit then writes the read
 * inline instead of a resolver call with its own resolve info and path per field and row: on a
 * list of 50, a quarter of what the request allocated (bench/README.md). This is type-graphql's
 * `simpleResolvers`, for every object type at once.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";

type ParamMetadata = NonNullable<FieldResolverMetadata["params"]>[number];
type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>["fieldResolvers"][number];
type AnyClass = abstract new (...args: never[]) => unknown;
type Extract = (
  root: unknown,
  args: Record<string, unknown>,
  context: Record<string, unknown>,
  info: unknown,
) => unknown;

/** Replaces the resolvers of qualifying fields in place, and drops those of plain fields; returns how many it changed. */
export function useLeanResolvers(schema: GraphQLSchema): number {
  return dropPropertyResolvers(schema) + replaceMethodResolvers(schema);
}

/** Plain fields of object types without their resolver (see above); returns how many. */
function dropPropertyResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  // The classes whose resolvers have a method of each name: such a field is not a plain property.
  const methodOwners = new Map<string, Set<unknown>>();
  for (const resolver of storage.fieldResolvers) {
    const owners = methodOwners.get(resolver.methodName) ?? new Set<unknown>();
    owners.add(resolver.getObjectType?.());
    methodOwners.set(resolver.methodName, owners);
  }
  let dropped = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!type || !isObjectType(type)) continue;
    const classes = classAndAncestors(objectType.target);
    const fields = type.getFields();
    for (const metadata of storage.fields) {
      if (!classes.has(metadata.target)) continue;
      const field = fields[metadata.schemaName];
      if (!field?.resolve || metadata.name !== metadata.schemaName) continue;
      if (metadata.middlewares?.length || metadata.roles) continue;
      const owners = methodOwners.get(metadata.name);
      if (owners && [...classes].some((owner) => owners.has(owner))) continue;
      field.resolve = undefined;
      dropped++;
    }
  }
  return dropped;
}

/** A class and the classes it extends (an object type has the fields of the classes it extends). */
function classAndAncestors(target: unknown): Set<unknown> {
  const classes = new Set<unknown>();
  for (let current = target; typeof current === "function" && current !== Function.prototype;) {
    classes.add(current);
    current = Object.getPrototypeOf(current) as unknown;
  }
  return classes;
}

/** Method resolvers called straight (see above); returns how many. */
function replaceMethodResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const inputClasses = new Set<unknown>([
    ...storage.inputTypes.map((t) => t.target),
    ...storage.argumentTypes.map((t) => t.target),
  ]);
  const instances = new Map<unknown, Record<string, unknown>>();
  let replaced = 0;
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== "external" || metadata.middlewares?.length || metadata.roles) continue;
    const objectClass = metadata.getObjectType?.();
    const typeName = storage.objectTypes.find((t) => t.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type && isObjectType(type) ? type.getFields()[metadata.schemaName] : undefined;
    if (!field?.resolve) continue;
    const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
    const extracts = params.map((param) => extractOf(param, inputClasses));
    if (extracts.some((e) => e === undefined)) continue;
    const rootType = params.find((p) => p.kind === "root")?.getType?.();
    const rootClass = typeof rootType === "function" && hasBehaviour(rootType as AnyClass) ? rootType : undefined;
    let instance = instances.get(metadata.target);
    if (!instance) {
      instance = new (metadata.target as new () => Record<string, unknown>)();
      instances.set(metadata.target, instance);
    }
    const method = instance[metadata.methodName];
    if (typeof method !== "function") continue;
    field.resolve = leanResolver(
      instance,
      method as (...params: unknown[]) => unknown,
      extracts as Extract[],
      rootClass as AnyClass | undefined,
    );
    replaced++;
  }
  return replaced;
}

const leanResolvers = new WeakSet<object>();

/** Whether a field's resolver is one of this module's (for tests). */
export function isLeanResolver(resolve: unknown): boolean {
  return typeof resolve === "function" && leanResolvers.has(resolve);
}

function leanResolver(
  instance: object,
  method: (...params: unknown[]) => unknown,
  extracts: Extract[],
  rootClass: AnyClass | undefined,
): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  const count = extracts.length;
  const resolve: GraphQLFieldResolver<unknown, Record<string, unknown>> = (root, args, context, info) => {
    const parent = rootClass ? asInstanceOf(rootClass, root) : root;
    const values = new Array<unknown>(count);
    for (let i = 0; i < count; i++) values[i] = extracts[i]!(parent, args, context, info);
    return method.apply(instance, values);
  };
  leanResolvers.add(resolve);
  return resolve;
}

/**
 * Whether an instance of a class differs from a plain object with the same own properties: its
 * prototype chain has a method or an accessor, or its constructor gives a field a default.
 */
export function hasBehaviour(target: AnyClass): boolean {
  for (let prototype = target.prototype as object | null; prototype && prototype !== Object.prototype;) {
    if (Object.getOwnPropertyNames(prototype).some((name) => name !== "constructor")) return true;
    prototype = Object.getPrototypeOf(prototype) as object | null;
  }
  return Object.keys(new (target as unknown as new () => object)()).length > 0;
}

/**
 * The parent as an instance of the class a resolver method declares for it, as type-graphql
 * passes it (its convertToType): an instance as it is; a plain object (a row joined into a list's
 * rows) copied into a new instance, without the class's own fields it does not have.
 */
export function asInstanceOf(target: AnyClass, value: unknown): unknown {
  if (value === null || typeof value !== "object" || value instanceof target) return value;
  const instance = new (target as unknown as new () => Record<string, unknown>)();
  for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in value)) delete instance[key];
  return Object.assign(instance, value);
}

/** How a parameter's value is taken from a resolver call, or undefined when it needs type-graphql's conversion. */
function extractOf(param: ParamMetadata, inputClasses: Set<unknown>): Extract | undefined {
  switch (param.kind) {
    case "root":
      return param.propertyName === undefined ? (root) => root : undefined;
    case "context": {
      const property = param.propertyName;
      return property === undefined ? (_r, _a, context) => context : (_r, _a, context) => context[property];
    }
    case "info":
      return (_r, _a, _c, info) => info;
    case "arg": {
      if (param.validateFn) return undefined;
      const target = param.getType();
      if (inputClasses.has(target)) return undefined;
      const name = param.name;
      return (_r, args) => args[name];
    }
    default:
      return undefined;
  }
}
