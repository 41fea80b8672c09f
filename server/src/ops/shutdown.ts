/**
 * Graceful shutdown, bounded (docs/operations.md#shutdown): the steps run in order, each step's failure
 * is logged and the next one still runs; if they have not all ended within the timeout, the
 * answer is "exit 1" even though a stuck step is still waiting.
 */
import { logger as processLogger, type Logger } from "./logger";

/** 0 when every step ended well in time, 1 when one failed or time ran out. */
export async function runStops(
  stops: (() => Promise<unknown>)[],
  options: { timeoutMs: number; logger?: Logger },
): Promise<0 | 1> {
  const log = options.logger ?? processLogger;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<1>((resolve) => {
    timer = setTimeout(() => {
      log.error({ timeoutMs: options.timeoutMs }, "shutdown: not finished in time, exiting anyway");
      resolve(1);
    }, options.timeoutMs);
    // Not unref'd: a stuck step that holds no handle must not let the process end early with 0.
  });
  const steps = (async (): Promise<0 | 1> => {
    let failed = false;
    for (const [index, stop] of stops.entries()) {
      try {
        await stop();
      } catch (error) {
        failed = true;
        log.error({ err: error, step: index + 1 }, "shutdown: a step failed");
      }
    }
    return failed ? 1 : 0;
  })();
  try {
    return await Promise.race([steps, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
