/** `SignalWire`: settings, and one request path for every operation of the generated table. */

import { VERSION } from "../../../generated/typescript/operations.gen.js";
import * as schemas from "../../../generated/typescript/zod.gen.js";
import { checkCount, checkTimeoutMs, printable, resolveBaseUrl, resolveCredentials } from "./config.js";
import { APIResponseValidationError, ConfigurationError, InvalidParameterError, SignalWireError, scrub, statusError } from "./errors.js";
import { type BulkOptions, BulkRun } from "./bulk.js";
import { checkExtras } from "./extras.js";
import { type Operation, build, idempotent } from "./operation.js";
import { PageRefused, PageTrail, nextPageUrl } from "./paging.js";
import { type APIResponse, type Pager, type Resources, type Sender, attachResources } from "./resource.js";
import { type LevelLog, logFromEnv } from "./logging.js";
import { DEFAULT_RETRY_POLICY, type Log, type RetryPolicy, withRetries } from "./retry.js";
import { type Answer, DEFAULT_MAX_RESPONSE_BYTES, type Fetch, sendAttempt } from "./transport.js";

export { VERSION };
export const USER_AGENT = `signalwire-compat-typescript/${VERSION} node/${process.versions.node}`;
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_RETRIES = 100;
const FORM = "application/x-www-form-urlencoded";

export interface ClientOptions {
  projectId?: string;
  apiToken?: string;
  spaceUrl?: string;
  baseUrl?: string;
  timeoutMs?: number;
  maxRetries?: number;
  retryUnknownOutcome?: boolean;
  retryPolicy?: Partial<RetryPolicy>;
  /** The largest response body read, once decoded (10 MiB by default). */
  maxResponseBytes?: number;
  /** Where retry decisions are written; silent by default (`SIGNALWIRE_LOG` also writes them,
   * and a line per request, to stderr). */
  log?: Log;
  /** The fetch to send with (a test double, say); `globalThis.fetch` by default. */
  fetch?: Fetch;
}

/** A checked request, ready to send (and resend) under its retry policy. */
interface Prepared {
  operation: Operation;
  url: string;
  init: { method: string; headers: Record<string, string>; body: string | null };
  attemptMs: number;
  policy: RetryPolicy;
  label: string;
  /** The caller's signal: aborting it ends the call, and no retry follows. */
  signal?: AbortSignal;
}

/** The generated model for a 2xx answer (undefined if the operation returns no body); a typed
 * error for anything else. The body is parsed once, checked with the generated zod schema, and
 * returned as sent, so fields the spec does not know stay reachable. */
export function parseResult(operation: Operation, answer: Answer): unknown {
  if (answer.status < 200 || answer.status >= 300) {
    throw statusError(answer.status, answer.statusText, answer.text, answer.headers, answer.problem);
  }
  if (operation.result === null) return undefined;
  if (answer.problem) {
    throw new APIResponseValidationError(`${answer.status} response body is unreadable: ${answer.problem}`, answer.status, answer.text);
  }
  let data: unknown;
  try {
    data = JSON.parse(answer.text);
  } catch {
    throw new APIResponseValidationError(`${answer.status} response body is not JSON (${answer.text.length} characters)`, answer.status, answer.text);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new APIResponseValidationError(`${answer.status} response body is not a JSON object`, answer.status, answer.text);
  }
  const schema = (schemas as Record<string, { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }>)[`z${operation.result}`];
  const checked = schema?.safeParse(data);
  if (checked && !checked.success) {
    const issue = (checked.error?.issues ?? []).map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
    throw new APIResponseValidationError(`${answer.status} response body is not a ${operation.result.toLowerCase()}: ${issue}`, answer.status, answer.text);
  }
  return data;
}

export interface SignalWire extends Resources {}

/** The client: `new SignalWire()`, then `client.calls.update(...)` and the other operations. */
export class SignalWire implements Sender {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly #fetch: Fetch;
  readonly #headers: Record<string, string>;
  readonly #timeoutMs: number;
  readonly #policy: RetryPolicy;
  readonly #log: Log;
  readonly #envLog: LevelLog | null;
  readonly #maxBytes: number;
  readonly #secrets: readonly string[];

  constructor(options: ClientOptions = {}) {
    const credentials = resolveCredentials(options.projectId, options.apiToken);
    this.baseUrl = resolveBaseUrl(options.spaceUrl, options.baseUrl);
    this.accountSid = credentials.projectId;
    this.#secrets = credentials.secrets;
    const fail = (field: string) => (problem: string) => new ConfigurationError(field, problem);
    this.#timeoutMs = checkTimeoutMs(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fail("timeoutMs"));
    this.#maxBytes = checkCount(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, 1024, 2 ** 40, fail("maxResponseBytes"));
    this.#policy = {
      ...DEFAULT_RETRY_POLICY,
      ...options.retryPolicy,
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.retryUnknownOutcome !== undefined ? { retryUnknownOutcome: options.retryUnknownOutcome } : {}),
    };
    checkCount(this.#policy.maxRetries, 0, MAX_RETRIES, fail("maxRetries"));
    for (const name of ["initialWaitMs", "maxWaitMs", "maxRetryAfterMs"] as const) {
      const wait = this.#policy[name];
      if (wait !== 0) checkTimeoutMs(wait, fail(`retryPolicy.${name}`));
    }
    if (typeof this.#policy.retryUnknownOutcome !== "boolean") throw new ConfigurationError("retryUnknownOutcome", "must be true or false");
    const userLog = options.log;
    const envLog = logFromEnv();
    this.#envLog = envLog;
    this.#log = (message, level = "info") => {
      userLog?.(message, level);
      envLog?.(level, message);
    };
    this.#fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.#headers = { Authorization: credentials.authorization, "User-Agent": USER_AGENT };
    attachResources(this, this);
  }

  #prepare(operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Prepared {
    const { accountSid, timeoutMs, maxRetries, retryUnknownOutcome, extraHeaders, extraQuery, extraBody, signal, ...params } = options;
    const path = operation.account ? [accountSid, ...ids] : [...ids];
    const extras = checkExtras(operation, extraHeaders, extraQuery, extraBody);
    const built = build(operation, path, this.accountSid, params, extras);
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidParameterError("signal", "must be an AbortSignal");
    const invalid = (field: string) => (problem: string) => new InvalidParameterError(field, problem);
    const attemptMs = timeoutMs === undefined ? this.#timeoutMs : checkTimeoutMs(timeoutMs, invalid("timeoutMs"));
    if (maxRetries !== undefined) checkCount(maxRetries, 0, MAX_RETRIES, invalid("maxRetries"));
    if (retryUnknownOutcome !== undefined && typeof retryUnknownOutcome !== "boolean") {
      throw new InvalidParameterError("retryUnknownOutcome", "must be true or false");
    }
    const policy: RetryPolicy = {
      ...this.#policy,
      ...(maxRetries !== undefined ? { maxRetries: maxRetries as number } : {}),
      ...(retryUnknownOutcome !== undefined ? { retryUnknownOutcome } : {}),
    };
    // The client's own headers come last: an extra cannot replace them.
    const headers = { ...extras.headers, ...this.#headers, ...(built.body === null ? {} : { "Content-Type": FORM }) };
    return {
      operation,
      url: this.baseUrl + built.path,
      init: { method: built.method, headers, body: built.body },
      attemptMs,
      policy,
      label: `${operation.name} '${built.resource}'`,
      ...(signal !== undefined ? { signal } : {}),
    };
  }

  async #call(prepared: Prepared): Promise<APIResponse<unknown>> {
    const attempt = async () => {
      try {
        const answer = await sendAttempt(this.#fetch, prepared.url, prepared.init, prepared.attemptMs, this.#maxBytes, prepared.signal);
        this.#envLog?.("debug", `${prepared.label}: HTTP ${answer.status}`);
        const parsed = parseResult(prepared.operation, answer);
        return { parsed, status: answer.status, headers: answer.headers, body: answer.text };
      } catch (error) {
        throw error instanceof SignalWireError ? scrub(error, this.#secrets, printable) : error;
      }
    };
    return withRetries(prepared.policy, prepared.label, attempt, this.#log, idempotent(prepared.operation), prepared.signal);
  }

  /** The request for the page after `response`'s, or null on the last page. Only a page of
   * this API is followed, and only once: a next_page_uri elsewhere would carry the credentials
   * there, and one already read would never end. */
  #nextPage(prepared: Prepared, response: APIResponse<unknown>, trail: PageTrail): Prepared | null {
    const uri = (response.parsed as { next_page_uri?: unknown } | undefined)?.next_page_uri;
    if (typeof uri !== "string" || uri === "") return null;
    try {
      const url = nextPageUrl(uri, this.baseUrl);
      if (!trail.add(url)) throw new PageRefused("is a page already read");
      return { ...prepared, url };
    } catch (error) {
      if (!(error instanceof PageRefused)) throw error;
      const shown = error.quotable ? ` '${printable(uri.slice(0, 200))}'` : ""; // user info stays out
      const refused = new APIResponseValidationError(`next_page_uri${shown} ${error.message}; not followed`, response.status, response.body);
      throw scrub(refused, this.#secrets, printable);
    }
  }

  /** One operation, retried under the policy; used by the resources. */
  request(operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Promise<APIResponse<unknown>> {
    try {
      return this.#call(this.#prepare(operation, ids, options));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The items of a paged list operation; the arguments are checked now. */
  pager(operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Pager<unknown, unknown> {
    const first = this.#prepare(operation, ids, options);
    const client = this;
    const items = operation.items ?? "";
    async function* pages(): AsyncGenerator<unknown> {
      let prepared: Prepared | null = first;
      const trail = new PageTrail();
      trail.add(first.url);
      while (prepared !== null) {
        const response = await client.#call(prepared);
        yield response.parsed;
        prepared = client.#nextPage(prepared, response, trail);
      }
    }
    return {
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const page of pages()) yield* ((page as Record<string, unknown[] | undefined>)[items] ?? []);
      },
    };
  }

  /** One write applied to many ids, paced, concurrent and journaled; the fields (and the
   * `bulk` settings) are checked now, before anything is sent. */
  many(
    operation: Operation,
    parents: readonly unknown[],
    ids: Iterable<string> | AsyncIterable<string>,
    options: Record<string, unknown>,
  ): BulkRun<unknown> {
    const { bulk, signal, ...rest } = options;
    const probe = this.#prepare(operation, [...parents, "-"], { ...rest, signal });
    const single = { ...rest, maxRetries: 0 }; // one attempt each: the run resends, and paces
    return new BulkRun(
      {
        operation: { name: operation.name, idempotent: idempotent(operation) },
        policy: probe.policy,
        body: probe.init.body,
        parents: parents.map(String),
        prepare: (id) => this.#prepare(operation, [...parents, id], single),
        send: (prepared) => this.#call(prepared as Prepared),
      },
      ids,
      bulk as BulkOptions | undefined,
      signal as AbortSignal | undefined, // stops the run, rather than failing each request
    );
  }

  toString(): string {
    return `SignalWire(baseUrl=${this.baseUrl}, credentials=***)`;
  }

  toJSON(): { baseUrl: string; credentials: string } {
    return { baseUrl: this.baseUrl, credentials: "***" };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}
