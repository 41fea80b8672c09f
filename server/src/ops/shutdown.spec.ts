/** The bounded run of the shutdown steps (ops/shutdown.ts); the whole process is in graceful-shutdown.spec.ts. */
import { Writable } from "node:stream";
import { createLogger } from "./logger";
import { runStops } from "./shutdown";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ destination }) };
}

it("runs every step in order and answers 0", async () => {
  const order: number[] = [];
  const { logger } = capture();
  const code = await runStops([async () => order.push(1), async () => order.push(2), async () => order.push(3)], {
    timeoutMs: 1000,
    logger,
  });
  expect(code).toBe(0);
  expect(order).toEqual([1, 2, 3]);
});

it("logs a failed step, still runs the next ones, and answers 1", async () => {
  const order: number[] = [];
  const { logger, lines } = capture();
  const code = await runStops(
    [
      async () => order.push(1),
      async () => {
        throw new Error("pool end failed");
      },
      async () => order.push(3),
    ],
    { timeoutMs: 1000, logger },
  );
  expect(code).toBe(1);
  expect(order).toEqual([1, 3]);
  expect(lines).toContainEqual(expect.objectContaining({ level: "error", msg: "shutdown: a step failed", step: 2 }));
});

it("gives up on a stuck step after the timeout and answers 1", async () => {
  const { logger, lines } = capture();
  const started = Date.now();
  const code = await runStops([async () => undefined, () => new Promise(() => undefined)], { timeoutMs: 200, logger });
  expect(code).toBe(1);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(lines).toContainEqual(
    expect.objectContaining({ level: "error", msg: "shutdown: not finished in time, exiting anyway", timeoutMs: 200 }),
  );
});
