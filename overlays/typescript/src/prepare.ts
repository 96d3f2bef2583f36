/** Building a request from what the caller gave: every argument and option checked, nothing
 * sent yet. */

import { checkCount, checkTimeoutMs } from "./config.js";
import { InvalidParameterError } from "./errors.js";
import { NO_EXTRAS, checkExtras } from "./extras.js";
import { type Operation, build } from "./operation.js";
import type { RetryPolicy } from "./retry.js";

export const MAX_RETRIES = 100;

/** A checked request, ready to send (and resend) under its retry policy. */
export interface Prepared {
  operation: Operation;
  url: string;
  init: { method: string; headers: Readonly<Record<string, string>>; body: string | null };
  attemptMs: number;
  policy: RetryPolicy;
  label: string;
  /** The caller's signal: aborting it ends the call, and no retry follows. */
  signal?: AbortSignal;
}

/** The client's settings a request starts from (all checked already). */
export interface RequestDefaults {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly timeoutMs: number;
  readonly policy: RetryPolicy;
  /** The client's own headers: no extra can replace them. */
  readonly headers: Readonly<Record<string, string>>;
}

/** `extra` headers and then the client's own, which come last: an extra cannot replace them. */
function withOwn(extra: Readonly<Record<string, string>>, defaults: RequestDefaults, contentType: string | null): Readonly<Record<string, string>> {
  return { ...extra, ...defaults.headers, ...(contentType === null ? {} : { "Content-Type": contentType }) };
}

const OWN_HEADERS = new WeakMap<RequestDefaults, Map<string | null, Readonly<Record<string, string>>>>();

/** The client's own headers with `contentType`: made once per client and content type, and
 * shared by its requests (nothing changes them). */
function ownHeaders(defaults: RequestDefaults, contentType: string | null): Readonly<Record<string, string>> {
  let byType = OWN_HEADERS.get(defaults);
  if (byType === undefined) OWN_HEADERS.set(defaults, (byType = new Map()));
  let headers = byType.get(contentType);
  if (headers === undefined) byType.set(contentType, (headers = Object.freeze(withOwn({}, defaults, contentType))));
  return headers;
}

/** Check everything the caller gave (ids, fields, options) and build the request. */
export function prepare(defaults: RequestDefaults, operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Prepared {
  const { accountSid, timeoutMs, maxRetries, retryUnknownOutcome, extraHeaders, extraQuery, extraBody, signal, ...params } = options;
  if (accountSid !== undefined && !operation.account) {
    throw new TypeError("unexpected argument(s): accountSid");
  }
  const path = operation.account ? [accountSid, ...ids] : [...ids];
  const extras = checkExtras(operation, extraHeaders, extraQuery, extraBody);
  const built = build(operation, path, defaults.accountSid, params, extras);
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidParameterError("signal", "must be an AbortSignal");
  const invalid = (field: string) => (problem: string) => new InvalidParameterError(field, problem);
  const attemptMs = timeoutMs === undefined ? defaults.timeoutMs : checkTimeoutMs(timeoutMs, invalid("timeoutMs"));
  if (maxRetries !== undefined) checkCount(maxRetries, 0, MAX_RETRIES, invalid("maxRetries"));
  if (retryUnknownOutcome !== undefined && typeof retryUnknownOutcome !== "boolean") {
    throw new InvalidParameterError("retryUnknownOutcome", "must be true or false");
  }
  const policy: RetryPolicy =
    maxRetries === undefined && retryUnknownOutcome === undefined
      ? defaults.policy
      : {
          ...defaults.policy,
          ...(maxRetries !== undefined ? { maxRetries: maxRetries as number } : {}),
          ...(retryUnknownOutcome !== undefined ? { retryUnknownOutcome } : {}),
        };
  const headers = extras.headers === NO_EXTRAS.headers ? ownHeaders(defaults, built.contentType) : withOwn(extras.headers, defaults, built.contentType);
  return {
    operation,
    url: defaults.baseUrl + built.path,
    init: { method: built.method, headers, body: built.body },
    attemptMs,
    policy,
    label: `${operation.name} '${built.resource}'`,
    ...(signal !== undefined ? { signal } : {}),
  };
}
