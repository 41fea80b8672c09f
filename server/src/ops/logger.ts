/**
 * Structured JSON logs: one pino logger per process, one JSON object per line on
 * stdout. Every line passes through sanitizeLogLine before it is written, so that SSINs are
 * masked and secrets redacted whatever a call site hands over (ops/mask.ts).
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { sanitizeLogLine } from "./mask";

export type { Logger };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL's value, checked; unset or empty: info. */
export function parseLogLevel(text: string | undefined): LogLevel {
  if (text === undefined || text === "") return "info";
  const level = text.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not "${text}"`);
  return level as LogLevel;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where the lines go; stdout by default (tests pass a stream to read them). */
  destination?: DestinationStream;
}

/** A logger as the process's own, writing elsewhere when asked (tests). */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: { streamWrite: sanitizeLogLine },
    },
    options.destination,
  );
}

/**
 * The process's logger. Its level comes from LOG_LEVEL; a wrong value falls back to info here
 * and stops the start in readConfig (config.ts), which reports it.
 */
export const logger: Logger = createLogger({ level: safeLevel(process.env.LOG_LEVEL), destination: stdout() });

/**
 * Standard output, written asynchronously: lines that come while a write is under way go out
 * together in the next one, instead of one system call per line (the request log writes a line
 * per request). What is still buffered when the process exits is written then.
 */
function stdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false });
  process.once("exit", () => {
    try {
      destination.flushSync();
    } catch {
      // Standard output is gone (closed pipe): nothing more can be written.
    }
  });
  return destination;
}

function safeLevel(text: string | undefined): LogLevel {
  try {
    return parseLogLevel(text);
  } catch {
    return "info";
  }
}
