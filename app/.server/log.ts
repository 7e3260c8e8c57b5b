import { type DestinationStream, type LevelWithSilent, type Logger, pino } from "pino";
import { readConfig } from "./config";

export type { Logger };

// Credentials must never reach the logs, even when an error or a request object carries them.
const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  "headers.cookie",
  "headers.authorization",
  'res.headers["set-cookie"]',
];

/** One JSON line per event on standard output (or `destination`, for tests). */
export function createLogger(level?: LevelWithSilent, destination?: DestinationStream): Logger {
  const options = {
    level: level ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "claimdesk" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

let processLogger: Logger | undefined;

/** For code that runs outside a request; requests log through their own child with a request id. */
export function processLog(): Logger {
  processLogger ??= createLogger(readConfig().LOG_LEVEL);
  return processLogger;
}
