/**
 * Queries run through graphql-jit: each validated document is compiled once into a plain
 * function that walks the result (what graphql-js re-interprets on every request), and kept for
 * as long as Apollo keeps the document. It was the largest cost of a list query after SQL
 * (bench (a), (b); bench/README.md has the profiles).
 *
 * Apollo Server has one hook for another executor: a "gateway". This one serves the schema as
 * it is and only executes; parsing, validation, the query limits, the access policy, plugins
 * and error formatting stay Apollo's. Mutations keep graphql-js's `execute`: they run once
 * per document on the write path, where compiling would not pay, and their serial execution
 * stays the reference implementation's. Subscriptions run in graphql-ws with graphql-js (server.ts).
 *
 * Variables are coerced once, by graphql-js, so that bad variables get exactly graphql-js's errors
 * (Apollo turns them into BAD_USER_INPUT), and graphql-jit receives the coerced values through a
 * pass-through type (`passThroughVariables`) instead of parsing them again with its own parser.
 * That parser is written inline per input type and never ends on a type that contains itself
 * (the filters' and/or/not): with it bypassed, the console's lists with filter variables are
 * compiled like any other query.
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  execute,
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  getOperationAST,
  Kind,
  printSchema,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
  type TypeNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

export interface ExecutionOptions {
  /** Leave graphql-js's "Did you mean ...?" out of the errors of bad variables (introspection off). */
  hideSuggestions?: boolean;
  /** A second compiled form of each query, for the requests it applies to (see LeanerForm). */
  leanerForm?: LeanerForm;
}

/**
 * Resolvers that do nothing for some requests, taken off when their queries are compiled: a field
 * without a resolver is read inline by graphql-jit, where a resolver costs a call with its own
 * arguments, path and resolve info per row (access/income-reads.ts: the pay fields note their
 * reader for the back office only, and are plain properties for everyone else).
 */
export interface LeanerForm {
  /** Whether a request, by its context, may run the leaner form. */
  appliesTo(context: unknown): boolean;
  /** Runs a compilation (synchronous) with those resolvers taken off, and puts them back. */
  compile<T>(compileQuery: () => T): T;
}

/**
 * Compiled queries per document (Apollo hands the same parsed document for the same query text),
 * by form ("full" or "leaner") and operation name.
 */
type CompiledByOperation = Map<string, CompiledQuery | null>;

/**
 * The type every variable is given in the documents graphql-jit compiles: its value, already
 * coerced by graphql-js, is taken as it is.
 */
const COERCED_VARIABLE = new GraphQLScalarType({
  name: "CompiledExecutionCoercedVariable",
  description: "A variable's value as graphql-js coerced it (compiled execution only; not in the API's schema).",
  parseValue: (value: unknown) => value,
  serialize: (value: unknown) => value,
});

export class CompiledQueries {
  private readonly compiled = new WeakMap<DocumentNode, CompiledByOperation>();
  /** Operations run compiled so far (tests read it). */
  compiledRuns = 0;
  /** The schema plus the pass-through variable type, for graphql-jit only; the same types and resolvers. */
  private readonly compileSchema: GraphQLSchema;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: ExecutionOptions = {},
  ) {
    const config = schema.toConfig();
    this.compileSchema = new GraphQLSchema({ ...config, types: [...config.types, COERCED_VARIABLE] });
  }

  /**
   * The compiled form of a document's operation (the leaner form when asked); undefined when
   * graphql-jit cannot compile it (graphql-js runs it).
   */
  get(document: DocumentNode, operationName: string | null, leaner = false): CompiledQuery | undefined {
    let byOperation = this.compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.compiled.set(document, byOperation);
    }
    const key = `${leaner ? "leaner" : "full"}:${operationName ?? ""}`;
    if (!byOperation.has(key)) byOperation.set(key, this.compile(document, operationName, leaner));
    return byOperation.get(key) ?? undefined;
  }

  private compile(document: DocumentNode, operationName: string | null, leaner: boolean): CompiledQuery | null {
    if (!getOperationAST(document, operationName)) return null;
    const compile = () => compileQuery(this.compileSchema, passThroughVariables(document), operationName ?? undefined);
    const result = leaner && this.options.leanerForm ? this.options.leanerForm.compile(compile) : compile();
    return isCompiledQuery(result) ? result : null;
  }

  /** Runs one operation: queries compiled, everything else with graphql-js. */
  async run(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null,
    variables: Record<string, unknown> | undefined,
    context: unknown,
  ): Promise<ExecutionResult> {
    if (operation.operation !== "query") {
      return execute({
        schema: this.schema,
        document,
        operationName,
        variableValues: variables,
        contextValue: context,
        hideSuggestions: this.options.hideSuggestions,
      });
    }
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables ?? {}, {
      hideSuggestions: this.options.hideSuggestions,
    });
    if (coerced.errors) return { errors: coerced.errors };
    // A variable left out (nullable, without a default) is absent for graphql-js, and an input
    // object written in the document leaves out its field; graphql-jit would give that field null.
    // Such a request runs with graphql-js, so that resolvers see the same arguments.
    const complete = (operation.variableDefinitions ?? []).every((d) => d.variable.name.value in coerced.coerced);
    const leaner = this.options.leanerForm?.appliesTo(context) ?? false;
    const query = complete ? this.get(document, operationName, leaner) : undefined;
    if (!query)
      return execute({
        schema: this.schema,
        document,
        operationName,
        variableValues: variables,
        contextValue: context,
        hideSuggestions: this.options.hideSuggestions,
      });
    this.compiledRuns++;
    const result = await query.query(undefined, context, coerced.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }
}

/** The gateway Apollo Server takes in place of `schema`: the same schema, executed by `CompiledQueries`. */
export function compiledExecutionGateway(schema: GraphQLSchema, options: ExecutionOptions = {}): GatewayInterface {
  const queries = new CompiledQueries(schema, options);
  const executor: GatewayExecutor = async (request) =>
    (await queries.run(
      request.document,
      request.operation,
      request.operationName,
      request.request.variables,
      request.context,
    )) as Awaited<ReturnType<GatewayExecutor>>;
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { schema, executor };
    },
    async stop() {},
  };
}

/**
 * The document as graphql-jit compiles it: variables of the built-in scalars keep their type
 * (coercing a coerced Int, Float, String, ID or Boolean again changes nothing, and graphql-jit
 * checks that @skip/@include get a Boolean); every other variable (enums, custom scalars, input
 * objects) gets the pass-through type, since the value it will be given is graphql-js's coerced
 * one. The selections, arguments and directives are the same; Apollo validated the document as sent.
 */
export function passThroughVariables(document: DocumentNode): DocumentNode {
  return visit(document, {
    VariableDefinition: (definition) =>
      BUILT_IN_SCALARS.has(namedTypeOf(definition.type))
        ? undefined
        : {
            ...definition,
            type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED_VARIABLE.name } },
            defaultValue: undefined,
          },
  });
}

const BUILT_IN_SCALARS = new Set(["Int", "Float", "String", "ID", "Boolean"]);

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/**
 * graphql-jit's errors look like graphql-js's but may lack `extensions`, which Apollo and
 * formatError read: each becomes a graphql-js GraphQLError with the same message, path,
 * locations, original error and extensions.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const normal = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  return Object.assign(normal, { locations: error.locations });
}
