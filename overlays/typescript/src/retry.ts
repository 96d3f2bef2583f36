/** The same retry policy as the Python SDK: retry only what cannot have been applied, unless
 * the method is idempotent (GET, DELETE) or the caller opts in. */

import { APIConnectionError, APIError, APIStatusError, APIUserAbortError, RateLimitError, ServiceUnavailableError } from "./errors.js";

export interface RetryPolicy {
  maxRetries: number;
  initialWaitMs: number;
  maxWaitMs: number;
  maxRetryAfterMs: number;
  retryUnknownOutcome: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  initialWaitMs: 500,
  maxWaitMs: 8000,
  maxRetryAfterMs: 30000,
  retryUnknownOutcome: false,
};

/** `Retry-After` in milliseconds, from seconds or an HTTP date. */
export function retryAfterMs(error: unknown): number | null {
  if (!(error instanceof APIStatusError)) return null;
  const value = error.headers.get("retry-after");
  if (value === null) return null;
  const seconds = Number(value);
  if (value.trim() !== "" && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const when = Date.parse(value);
  return Number.isNaN(when) ? null : Math.max(0, when - Date.now());
}

/** Why `error` may be retried under `policy`, or null if it may not; `idempotent`: the
 * request's method may be repeated. */
export function reasonToRetry(policy: RetryPolicy, error: unknown, idempotent = false): string | null {
  if (error instanceof APIUserAbortError) return null; // the caller asked to stop
  if (error instanceof APIError && error.outcomeUnknown) {
    if (idempotent) return "outcome unknown, idempotent method";
    return policy.retryUnknownOutcome ? "outcome unknown, retry allowed" : null;
  }
  if (error instanceof APIConnectionError) return "connection failed before sending";
  if (error instanceof RateLimitError) return "429 rate limited";
  if (error instanceof ServiceUnavailableError && retryAfterMs(error) !== null) return "503 with Retry-After";
  return null;
}

export function waitMs(policy: RetryPolicy, error: unknown, retry: number): number {
  const after = retryAfterMs(error);
  if (after !== null) return Math.min(after, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxWaitMs, policy.initialWaitMs * 2 ** (retry - 1));
  return Math.random() * ceiling; // full jitter
}

/** Where retry decisions go: each with its level (`info` for a retry, `warning` for "not
 * resent" and "giving up"). */
export type Log = (message: string, level?: "debug" | "info" | "warning") => void;

/** Wait `ms`, or until `signal` aborts: then `APIUserAbortError`, whose outcome is `previous`'s. */
function pause(ms: number, signal: AbortSignal | undefined, previous: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      const unknown = previous instanceof APIError && previous.outcomeUnknown;
      const earlier = unknown ? `; the earlier attempt may have been applied (${(previous as Error).name})` : "; nothing was sent";
      reject(new APIUserAbortError(`aborted while waiting to retry${earlier}`, unknown));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
  });
}

/** Run `send`, retrying under `policy`; every decision goes to `log`, prefixed with `label`.
 * An abort of `signal` during a wait ends it at once, with `APIUserAbortError`. */
export async function withRetries<T>(policy: RetryPolicy, label: string, send: () => Promise<T>, log: Log, idempotent = false, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const reason = reasonToRetry(policy, error, idempotent);
      if (reason === null || attempt > policy.maxRetries) {
        if (error instanceof APIError && error.outcomeUnknown && reason === null) {
          log(`${label}: not resent, outcome unknown (${error.message})`, "warning");
        } else if (attempt > 1) {
          log(`${label}: giving up after ${attempt} attempts`, "warning");
        }
        throw error;
      }
      const wait = waitMs(policy, error, attempt);
      log(`${label}: attempt ${attempt} failed (${(error as Error).name}: ${reason}); retrying in ${(wait / 1000).toFixed(2)}s`, "info");
      await pause(wait, signal, error);
    }
  }
}
