/** `SIGNALWIRE_LOG=debug|info|warning`: the client's log lines on stderr, as in Python. */

import { printable } from "./text.js";

export const ENV_LOG = "SIGNALWIRE_LOG";
export type LogLevel = "debug" | "info" | "warning";
export type LevelLog = (level: LogLevel, message: string) => void;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warning: 30 };
let refused: string | undefined;

/** A writer of lines to stderr at `SIGNALWIRE_LOG`'s level and above, or null when it is not
 * set (an unknown value is said once, on stderr, and ignored). */
export function logFromEnv(): LevelLog | null {
  const value = (process.env[ENV_LOG] ?? "").trim().toLowerCase();
  if (!value) return null;
  if (!Object.hasOwn(RANK, value)) {
    if (refused !== value) {
      refused = value;
      process.stderr.write(`signalwire-compat: ${ENV_LOG}='${printable(value)}' is not debug, info or warning; ignored\n`);
    }
    return null;
  }
  const threshold = RANK[value as LogLevel];
  return (level, message) => {
    if (RANK[level] >= threshold) {
      process.stderr.write(`${new Date().toISOString()} signalwire-compat ${level.toUpperCase()} ${printable(message)}\n`);
    }
  };
}
