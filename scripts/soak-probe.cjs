/**
 * Loaded into the API and worker processes of `npm run soak` (node --expose-gc -r this file):
 * on SIGUSR2 it collects garbage and prints the process's memory on one line, which the soak
 * reads. Nothing else changes in the process.
 */
"use strict";
process.on("SIGUSR2", () => {
  if (typeof global.gc === "function") global.gc();
  const { heapUsed, rss } = process.memoryUsage();
  process.stdout.write(`soak-memory ${JSON.stringify({ heapUsed, rss })}\n`);
});
