/** The codes of the asynchronous controls (docs/domain-rules.md#the-asynchronous-controls), offered by the review queue's filter. */
export const ANOMALY_CODES = ["00024-152", "00036-022", "00011-146", "FAW-001", "FAW-002"] as const;
