/**
 * Field resolvers called straight, without type-graphql's wrapping per call, where the wrapping
 * does nothing for them. type-graphql resolves every field of a resolver class through a generic
 * handler that, on each call, looks up the class instance, sorts and maps the parameter list,
 * converts each argument into class instances and awaits a validation step (off in this schema),
 * which turns even a synchronous resolver into a promise. For a nested field on a list (a
 * declaration's worker, a worker's Dimona periods) that is paid once per row: on a list of 50 it
 * was a fifth of the node time of the list (bench/README.md).
 *
 * The same holds for the root queries, whose conversion of filter and paging arguments every list
 * paid once per request. An argument's value is then graphql-js's (graphql-jit's) own object,
 * the same one for every call of a request that reads it, where type-graphql made a copy per call:
 * resolvers and services read their arguments and never change them.
 *
 * A field qualifies when its method takes only what needs no conversion: the parent object, the
 * context (or one of its properties), `info`, and arguments of scalar or enum types or of input
 * and argument classes that are plain shapes to any depth (their values are passed as graphql-js
 * coerced them: a copy into class instances would add nothing a method can read), and has no
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

/**
 * Replaces the resolvers of qualifying fields in place, and drops those of plain fields; returns
 * how many it changed. `resolvers` are the classes the schema was built from: type-graphql's
 * metadata is global, and a class loaded but not in the schema may declare a field of the same name.
 */
export function useLeanResolvers(schema: GraphQLSchema, resolvers: readonly unknown[]): number {
  return dropPropertyResolvers(schema) + replaceMethodResolvers(schema, new Set(resolvers));
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

/** Method resolvers called straight (see above): the object types' and the root queries'; returns how many. */
function replaceMethodResolvers(schema: GraphQLSchema, resolvers: ReadonlySet<unknown>): number {
  const storage = getMetadataStorage();
  const inputs = new PlainInputs();
  const instances = new Map<unknown, Record<string, unknown>>();
  let replaced = 0;
  const replace = (metadata: ResolverMetadata, type: unknown, rootClass: unknown) => {
    if (!resolvers.has(metadata.target)) return;
    const field = type && isObjectType(type) ? type.getFields()[metadata.schemaName] : undefined;
    if (!field?.resolve || metadata.middlewares?.length || metadata.roles) return;
    const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
    const extracts = params.map((param) => extractOf(param, inputs));
    if (extracts.some((e) => e === undefined)) return;
    let instance = instances.get(metadata.target);
    if (!instance) {
      instance = new (metadata.target as new () => Record<string, unknown>)();
      instances.set(metadata.target, instance);
    }
    const method = instance[metadata.methodName];
    if (typeof method !== "function") return;
    const copyParent = typeof rootClass === "function" && hasBehaviour(rootClass as AnyClass);
    field.resolve = leanResolver(
      instance,
      method as (...params: unknown[]) => unknown,
      extracts as Extract[],
      copyParent ? (rootClass as AnyClass) : undefined,
    );
    replaced++;
  };
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== "external") continue;
    const objectClass = metadata.getObjectType?.();
    const typeName = storage.objectTypes.find((t) => t.target === objectClass)?.name;
    const rootClass = metadata.params?.find((p) => p.kind === "root")?.getType?.();
    replace(metadata, typeName ? schema.getType(typeName) : undefined, rootClass);
  }
  // Root queries: every list pays type-graphql's conversion of its filter and paging arguments
  // once per request. Mutations keep it (once per request too, next to a transaction).
  for (const metadata of storage.queries) replace(metadata, schema.getQueryType(), undefined);
  return replaced;
}

/** What PlainInputs reads of type-graphql's metadata: the input and argument classes with their fields. */
type InputMetadata = {
  inputTypes: readonly { target: unknown; fields?: { name: string; getType: () => unknown }[] }[];
  argumentTypes: readonly { target: unknown; fields?: { name: string; getType: () => unknown }[] }[];
};

/** What replace() reads of a field resolver's or a query's metadata. */
type ResolverMetadata = Pick<
  FieldResolverMetadata,
  "target" | "methodName" | "schemaName" | "params" | "middlewares" | "roles"
>;

/**
 * The input and argument classes whose values may be handed over as graphql-js coerced them: the
 * class and every input class it holds, to any depth, are plain shapes (hasBehaviour), so that
 * type-graphql's copy into instances would change nothing a method can read.
 */
export class PlainInputs {
  private readonly plain = new Map<unknown, boolean>();

  constructor(private readonly storage: InputMetadata = getMetadataStorage()) {}

  isInputClass(target: unknown): boolean {
    return this.fieldsOf(target) !== undefined;
  }

  /**
   * Whether a value of this input or argument class can be handed over as it is: no class it
   * reaches through its fields (a filter reaches itself through and/or/not) has behaviour. A
   * scalar or an enum reaches none.
   */
  isPlain(target: unknown): boolean {
    const known = this.plain.get(target);
    if (known !== undefined) return known;
    const seen = new Set<unknown>();
    const pending = [target];
    let plain = true;
    while (plain && pending.length > 0) {
      const current = pending.pop();
      if (seen.has(current)) continue;
      seen.add(current);
      const fields = this.fieldsOf(current);
      if (!fields) continue;
      if (hasBehaviour(current as AnyClass)) plain = false;
      for (const field of fields) pending.push(field.getType());
    }
    this.plain.set(target, plain);
    return plain;
  }

  /** The names of an argument class's fields, its ancestors' included. */
  argumentNames(target: unknown): string[] {
    return (this.fieldsOf(target) ?? []).map((field) => field.name);
  }

  /** An input or argument class's fields, its ancestors' included; undefined for anything else. */
  private fieldsOf(target: unknown): { name: string; getType: () => unknown }[] | undefined {
    let fields: { name: string; getType: () => unknown }[] | undefined;
    for (const current of classAndAncestors(target)) {
      const own =
        this.storage.inputTypes.find((t) => t.target === current) ??
        this.storage.argumentTypes.find((t) => t.target === current);
      if (own) fields = [...(fields ?? []), ...(own.fields ?? [])];
    }
    return fields;
  }
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

/**
 * Whether type-graphql would validate an argument: a validation function of its own, or
 * validation settings that switch class-validator on for it (the schema's own setting is off).
 */
function validates(param: ParamMetadata): boolean {
  const settings = "validateSettings" in param ? param.validateSettings : undefined;
  return !!("validateFn" in param && param.validateFn) || (settings !== undefined && settings !== false);
}

/** How a parameter's value is taken from a resolver call, or undefined when it needs type-graphql's conversion. */
function extractOf(param: ParamMetadata, inputs: PlainInputs): Extract | undefined {
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
      if (validates(param) || !inputs.isPlain(param.getType())) return undefined;
      const name = param.name;
      return (_r, args) => args[name];
    }
    case "args": {
      // The arguments the class declares, in a plain object, those not given left out (as type-graphql does).
      const target = param.getType();
      if (validates(param) || !inputs.isInputClass(target) || !inputs.isPlain(target)) return undefined;
      const names = inputs.argumentNames(target);
      return (_r, args) => {
        const values: Record<string, unknown> = {};
        for (const name of names) if (args[name] !== undefined) values[name] = args[name];
        return values;
      };
    }
    default:
      return undefined;
  }
}
