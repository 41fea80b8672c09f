import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the SQL statements run on behalf of one unit of work (a GraphQL request), without
 * passing a counter through every call: the data source's logger calls `countStatement()`.
 * Used by the tests that keep nested lists free of N+1 (docs/architecture.md#reading-lists).
 */
export interface StatementCount {
  statements: number;
}

const storage = new AsyncLocalStorage<StatementCount>();

export function runCountingStatements<T>(counter: StatementCount, fn: () => T): T {
  return storage.run(counter, fn);
}

export function countStatement(): void {
  const counter = storage.getStore();
  if (counter) counter.statements += 1;
}

/** The counter of the unit of work running now, if any. */
export function currentStatementCount(): StatementCount | undefined {
  return storage.getStore();
}
