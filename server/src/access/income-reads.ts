/**
 * Every back-office read of a worker's income leaves an audit entry (data protection), whichever
 * query, nesting or transport shows it. The rules of rules.ts say what "income" is: each lists
 * the fields of its kind of record that carry declared pay. When a back-office user's operation
 * resolves one of them, the worker it belongs to is noted in the request's context (for a sum
 * over several workers, the group, whose workers the database selects); before the answer
 * leaves, one statement writes a `readIncome` entry per worker (actor, worker, the operation's
 * name as reason). An answer whose entries cannot be written is not sent (INTERNAL_SERVER_ERROR).
 *
 * flexiIncome writes its own `readFlexiIncome` entry before reading (modules/income). The other
 * readers (declarants, workers) are not audited: they read their own data.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  defaultFieldResolver,
  type ExecutionResult,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from "graphql";
import { logger } from "../ops/logger";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import type { RequestContext } from "../auth/request-context";
import { RULES, type GroupKey, type IncomeSubject, type PayFields, type WorkerGroups } from "./rules";

/** The fields that carry declared pay, from every rule (rules.ts `payFields`). */
const INCOME_FIELDS: readonly PayFields[] = Object.values(RULES).flatMap((rule) => rule.payFields);

/** The workers whose income one operation of a back-office user has shown so far. */
export class IncomeReads {
  private readonly workerIds = new Set<string>();
  private readonly declarationIds = new Set<string>();
  /** Per set of groups (one per grouped query), the keys of the groups shown. */
  private readonly groupKeys = new Map<WorkerGroups, GroupKey[]>();

  note(subject: IncomeSubject): void {
    if (!subject) return;
    if ("workerId" in subject) this.workerIds.add(subject.workerId);
    else if ("declarationId" in subject) this.declarationIds.add(subject.declarationId);
    else {
      const keys = this.groupKeys.get(subject.groups);
      if (keys) keys.push(subject.key);
      else this.groupKeys.set(subject.groups, [subject.key]);
    }
  }

  get isEmpty(): boolean {
    return this.workerIds.size === 0 && this.declarationIds.size === 0 && this.groupKeys.size === 0;
  }

  /** Writes one `readIncome` entry per worker noted since the last write (one statement), and starts over. */
  async write(db: Db, actorId: string, operationName: string | null): Promise<void> {
    if (this.isEmpty) return;
    const workerIds = [...this.workerIds];
    const declarationIds = [...this.declarationIds];
    // The workers of the groups shown are selected by the database, not listed here: a sum
    // over a month of a large employer covers many thousands.
    const ofGroups = [...this.groupKeys].map(([groups, keys]) => sql` UNION ${groups.workersOf(keys)}`);
    this.workerIds.clear();
    this.declarationIds.clear();
    this.groupKeys.clear();
    await db.query(sql`
      INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, employer_id, reason, changes)
      SELECT ${actorId}::uuid, 'readIncome', 'Worker', w.worker_id, NULL, ${operationName}, '[]'::jsonb
      FROM (SELECT unnest(${workerIds}::uuid[]) AS worker_id
            UNION SELECT d.worker_id FROM wage_declaration d WHERE d.id = ANY(${declarationIds}::uuid[])${sql.join(ofGroups, "")}) w`);
  }
}

/** A pay field as noteIncomeReads left it: its wrapper, and the resolver it had before (none for a plain property). */
interface WrappedField {
  field: GraphQLField<unknown, AuditedContext>;
  wrapper: GraphQLFieldResolver<unknown, AuditedContext>;
  before: GraphQLFieldResolver<unknown, AuditedContext> | undefined;
}

/** What a pay field's wrapper reads of the context: the reads noted for a back-office user. */
type AuditedContext = { incomeReads?: IncomeReads };

const WRAPPED_FIELDS = new WeakMap<GraphQLSchema, WrappedField[]>();

/**
 * Makes the schema note income reads: each income field's resolver is wrapped so that, for a
 * back-office user (whose context carries `incomeReads`), it notes whose income it shows. For
 * everyone else the wrapper does nothing, and their queries are compiled without it
 * (unauditedReaders).
 */
export function noteIncomeReads(schema: GraphQLSchema): GraphQLSchema {
  const wrapped: WrappedField[] = [];
  for (const { type: typeName, fields, subject } of INCOME_FIELDS) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`income-reads: no object type ${typeName}`);
    for (const name of fields) {
      const field: GraphQLField<unknown, AuditedContext> | undefined = type.getFields()[name];
      if (!field) throw new Error(`income-reads: ${typeName} has no field ${name}`);
      const before = field.resolve;
      const resolve: GraphQLFieldResolver<unknown, AuditedContext> = before ?? defaultFieldResolver;
      const wrapper: GraphQLFieldResolver<unknown, AuditedContext> = (parent, args, context, info) => {
        context.incomeReads?.note(subject(parent as never));
        return resolve(parent, args, context, info);
      };
      field.resolve = wrapper;
      wrapped.push({ field, wrapper, before });
    }
  }
  WRAPPED_FIELDS.set(schema, wrapped);
  return schema;
}

/**
 * The requests whose reads of pay are not audited (every reader but the back office: no
 * `incomeReads` in their context), and the compilation of their queries with the pay fields as
 * they were before noteIncomeReads wrapped them (graphql/compiled-execution.ts LeanerForm). A
 * pay field that is a plain property is then read inline instead of through a call per row.
 */
export function unauditedReaders(schema: GraphQLSchema): {
  appliesTo(context: unknown): boolean;
  compile<T>(compileQuery: () => T): T;
} {
  const wrapped = WRAPPED_FIELDS.get(schema) ?? [];
  return {
    // The same condition as the wrapper's: without `incomeReads` it notes nothing.
    appliesTo: (context) => (context as AuditedContext).incomeReads === undefined,
    compile(compileQuery) {
      // The compilation reads each field's resolver once, synchronously: nothing else runs meanwhile.
      // Only this module's wrapper is taken off; a field wrapped again since keeps what it has.
      const swapped = wrapped.filter(({ field, wrapper }) => field.resolve === wrapper);
      for (const { field, before } of swapped) field.resolve = before;
      try {
        return compileQuery();
      } finally {
        for (const { field, wrapper } of swapped) field.resolve = wrapper;
      }
    },
  };
}

/** The answer sent instead of one whose income reads could not be audited. */
const UNAUDITED = "Internal server error.";

/** HTTP: the entries are written before the answer leaves; without them, the answer is an error. */
export const incomeReadsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue, operationName }) {
        const reads = contextValue.incomeReads;
        if (!reads || reads.isEmpty || !contextValue.viewer) return;
        try {
          await reads.write(contextValue.db, contextValue.viewer.userId, operationName ?? null);
        } catch (error) {
          logger.error({ err: error }, "income reads: the audit entries could not be written; the answer is withheld");
          response.body = {
            kind: "single",
            singleResult: { errors: [{ message: UNAUDITED, extensions: { code: "INTERNAL_SERVER_ERROR" } }] },
          };
        }
      },
    };
  },
};

/** WebSocket: the same for each event of a subscription (graphql-ws's onNext). */
export async function auditSubscriptionEvent(
  context: RequestContext,
  operationName: string | null,
  result: ExecutionResult,
): Promise<ExecutionResult> {
  const reads = context.incomeReads;
  if (!reads || reads.isEmpty || !context.viewer) return result;
  try {
    await reads.write(context.db, context.viewer.userId, operationName);
    return result;
  } catch (error) {
    logger.error({ err: error }, "income reads: the audit entries could not be written; the event is withheld");
    return { errors: [new GraphQLError(UNAUDITED, { extensions: { code: "INTERNAL_SERVER_ERROR" } })] };
  }
}
