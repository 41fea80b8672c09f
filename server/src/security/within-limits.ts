import type { OperationDefinitionNode } from "graphql";

/**
 * Operations found within a set of limits whatever their variables (security/limits.ts and
 * filter-limits.ts): Apollo hands the same parsed document for the same query text, so a query
 * sent again passes without another walk. Kept per limits object, and weakly: a document Apollo
 * drops from its cache is dropped here too.
 */
export class OperationsWithinLimits<Limits extends object> {
  private readonly byLimits = new WeakMap<Limits, WeakSet<OperationDefinitionNode>>();

  has(limits: Limits, operation: OperationDefinitionNode): boolean {
    return this.byLimits.get(limits)?.has(operation) ?? false;
  }

  add(limits: Limits, operation: OperationDefinitionNode): void {
    let operations = this.byLimits.get(limits);
    if (!operations) {
      operations = new WeakSet();
      this.byLimits.set(limits, operations);
    }
    operations.add(operation);
  }
}
