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
 * stays the reference implementation's; so do queries whose variables have a recursive input
 * type (the filters), which graphql-jit 0.8 cannot compile. Variables are coerced by graphql-js
 * first, so that bad variables get exactly graphql-js's errors (Apollo turns them into
 * BAD_USER_INPUT). Subscriptions run in graphql-ws with graphql-js (server.ts).
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  execute,
  getNamedType,
  GraphQLError,
  getOperationAST,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type GraphQLType,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

export interface ExecutionOptions {
  /** Leave graphql-js's "Did you mean ...?" out of the errors of bad variables (introspection off). */
  hideSuggestions?: boolean;
}

/** Compiled queries per document (Apollo hands the same parsed document for the same query text) and operation name. */
type CompiledByOperation = Map<string, CompiledQuery | null>;

export class CompiledQueries {
  private readonly compiled = new WeakMap<DocumentNode, CompiledByOperation>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: ExecutionOptions = {},
  ) {}

  /** The compiled form of a document's operation; undefined when graphql-jit cannot compile it (graphql-js runs it). */
  get(document: DocumentNode, operationName: string | null): CompiledQuery | undefined {
    let byOperation = this.compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.compiled.set(document, byOperation);
    }
    const key = operationName ?? "";
    if (!byOperation.has(key)) byOperation.set(key, this.compile(document, operationName));
    return byOperation.get(key) ?? undefined;
  }

  private compile(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    const operation = getOperationAST(document, operationName);
    // graphql-jit 0.8 writes a variable parser per input type, inline: a type that contains
    // itself (the filters' and/or/not) would never end. Such operations stay with graphql-js.
    if (
      !operation ||
      operation.variableDefinitions?.some((definition) => isRecursiveInput(typeFromAST(this.schema, definition.type)))
    )
      return null;
    const result = compileQuery(this.schema, document, operationName ?? undefined);
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
    const query = this.get(document, operationName);
    if (!query)
      return execute({
        schema: this.schema,
        document,
        operationName,
        variableValues: variables,
        contextValue: context,
        hideSuggestions: this.options.hideSuggestions,
      });
    const result = await query.query(undefined, context, variables ?? {});
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

/** Whether an input type contains itself, directly or through other input types. */
export function isRecursiveInput(type: GraphQLType | undefined): boolean {
  const visit = (current: GraphQLType, path: Set<string>): boolean => {
    const named = getNamedType(current);
    if (!isInputObjectType(named)) return false;
    if (path.has(named.name)) return true;
    const next = new Set(path).add(named.name);
    return Object.values(named.getFields()).some((field) => visit(field.type, next));
  };
  return type !== undefined && visit(type, new Set());
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
