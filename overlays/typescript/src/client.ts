/** `SignalWire`: settings, and one request path for every operation of the generated table. */

import { VERSION } from "../../../generated/typescript/operations.gen.js";
import { checkCount, checkTimeoutMs, resolveBaseUrl, resolveCredentials } from "./config.js";
import { APIStatusError, ConfigurationError, InvalidParameterError, RequestTimeoutError, SignalWireError, scrub } from "./errors.js";
import { type Content, type DownloadOptions, FileSink, MAX_REDIRECTS, contentOf, downloadUrl, redirectUrl, sameOrigin } from "./download.js";
import { type BulkOptions, BulkRun } from "./bulk.js";
import { type Operation, idempotent } from "./operation.js";
import { PageTrail, nextPage } from "./paging.js";
import { type APIResponse, type Pager, type Resources, type Sender, attachResources } from "./resource.js";
import { type LevelLog, logFromEnv } from "./logging.js";
import { MAX_RETRIES, type Prepared, type RequestDefaults, prepare } from "./prepare.js";
import { DEFAULT_RETRY_POLICY, type Log, type RetryPolicy, withRetries } from "./retry.js";
import { parseResult } from "./status.js";
import { printable } from "./text.js";
import { sendOverHttp } from "./http-sender.js";
import { type Answer, DEFAULT_MAX_RESPONSE_BYTES, type Fetch, type Init, type Reading, sendAttempt } from "./transport.js";

const DOWNLOAD_OPTIONS = new Set(["to", "maxBytes", "timeoutMs", "maxRetries", "signal"]);

export { VERSION };
export const USER_AGENT = `signalwire-compat-typescript/${VERSION} node/${process.versions.node}`;
export const DEFAULT_TIMEOUT_MS = 30_000;

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
  /** The fetch to send with (a test double, or one through a proxy); by default requests go
   * over node:http and node:https, on keep-alive connections shared by every client. */
  fetch?: Fetch;
}

export interface SignalWire extends Resources {}

/** The client: `new SignalWire()`, then `client.calls.update(...)` and the other operations. */
export class SignalWire implements Sender {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly #send: (url: string, init: Init, timeoutMs: number, maxBytes: number, signal?: AbortSignal, reading?: Reading) => Promise<Answer>;
  readonly #defaults: RequestDefaults;
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
    const timeoutMs = checkTimeoutMs(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fail("timeoutMs"));
    this.#maxBytes = checkCount(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, 1024, 2 ** 40, fail("maxResponseBytes"));
    const policy: RetryPolicy = {
      ...DEFAULT_RETRY_POLICY,
      ...options.retryPolicy,
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.retryUnknownOutcome !== undefined ? { retryUnknownOutcome: options.retryUnknownOutcome } : {}),
    };
    checkCount(policy.maxRetries, 0, MAX_RETRIES, fail("maxRetries"));
    for (const name of ["initialWaitMs", "maxWaitMs", "maxRetryAfterMs"] as const) {
      const wait = policy[name];
      if (wait !== 0) checkTimeoutMs(wait, fail(`retryPolicy.${name}`));
    }
    if (typeof policy.retryUnknownOutcome !== "boolean") throw new ConfigurationError("retryUnknownOutcome", "must be true or false");
    const userLog = options.log;
    const envLog = logFromEnv();
    this.#envLog = envLog;
    this.#log = (message, level = "info") => {
      userLog?.(message, level);
      envLog?.(level, message);
    };
    const fetch = options.fetch;
    this.#send = fetch === undefined ? sendOverHttp : (...args) => sendAttempt(fetch, ...args);
    const headers = { Authorization: credentials.authorization, "User-Agent": USER_AGENT };
    this.#defaults = { baseUrl: this.baseUrl, accountSid: this.accountSid, timeoutMs, policy, headers };
    attachResources(this, this);
  }

  #prepare(operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Prepared {
    return prepare(this.#defaults, operation, ids, options);
  }

  async #call(prepared: Prepared): Promise<APIResponse<unknown>> {
    const attempt = async () => {
      try {
        const answer = await this.#send(prepared.url, prepared.init, prepared.attemptMs, this.#maxBytes, prepared.signal);
        this.#envLog?.("debug", `${prepared.label}: HTTP ${answer.status}`);
        const parsed = parseResult(prepared.operation, answer, this.#secrets);
        return { parsed, status: answer.status, headers: answer.headers, body: answer.text };
      } catch (error) {
        throw error instanceof SignalWireError ? scrub(error, this.#secrets, printable) : error;
      }
    };
    return withRetries(prepared.policy, prepared.label, attempt, this.#log, idempotent(prepared.operation), prepared.signal);
  }

  /** The request for the page after `response`'s, or null on the last page (see `nextPage`). */
  #nextPage(prepared: Prepared, response: APIResponse<unknown>, trail: PageTrail): Prepared | null {
    try {
      return nextPage(prepared, response, trail, this.baseUrl);
    } catch (error) {
      throw error instanceof SignalWireError ? scrub(error, this.#secrets, printable) : error;
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

  /** Download the content at `uri`: a record's `uri` (a recording's is its audio, a message
   * media's its file) or any path or URL of this client's own origin. A path ending in `.json`
   * is downloaded without that suffix: the content the record describes (change the suffix
   * for another form, e.g. `.mp3` for a recording). The body is read up to `maxBytes` (by
   * default the client's `maxResponseBytes`), within `timeoutMs`, retried as `fetch` is. With
   * `to`, it is streamed to a temporary file beside it, which replaces `to` only once complete.
   * Redirects to another origin are followed without the credentials. A missing `uri` (null
   * or undefined: a record without one) is an `InvalidParameterError`. */
  async download(uri: string | null | undefined, options: DownloadOptions = {}): Promise<Content> {
    const { to, maxBytes, timeoutMs, maxRetries, signal } = options;
    for (const name of Object.keys(options)) {
      if (!DOWNLOAD_OPTIONS.has(name)) throw new InvalidParameterError(name, "is not an option of download");
    }
    const url = downloadUrl(uri, this.baseUrl);
    const invalid = (field: string) => (problem: string) => new InvalidParameterError(field, problem);
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidParameterError("signal", "must be an AbortSignal");
    const attemptMs = timeoutMs === undefined ? this.#defaults.timeoutMs : checkTimeoutMs(timeoutMs, invalid("timeoutMs"));
    const limit = maxBytes === undefined ? this.#maxBytes : checkCount(maxBytes, 1024, 2 ** 40, invalid("maxBytes"));
    if (maxRetries !== undefined) checkCount(maxRetries, 0, MAX_RETRIES, invalid("maxRetries"));
    const policy = maxRetries === undefined ? this.#defaults.policy : { ...this.#defaults.policy, maxRetries };
    const sink = to === undefined ? null : await FileSink.open(to); // last: nothing to undo before
    const label = `download '${url}'`;
    const anonymous = { "User-Agent": USER_AGENT };
    const attempt = async (): Promise<Content> => {
      try {
        await sink?.restart();
        const started = Date.now();
        let current = url;
        let credentials = true;
        for (let hops = 0; ; hops++) {
          const left = attemptMs - (Date.now() - started);
          if (left <= 0) throw new RequestTimeoutError("request timed out (the attempt's deadline passed)");
          const headers = { ...(credentials ? this.#defaults.headers : anonymous) };
          const reading = { binary: true, ...(sink ? { sink: sink.write } : {}) };
          const answer = await this.#send(current, { method: "GET", headers, body: null }, left, limit, signal, reading);
          this.#envLog?.("debug", `${label}: HTTP ${answer.status}`);
          const next = redirectUrl(answer, current);
          if (next === null) return contentOf(answer, sink, this.#secrets);
          if (hops + 1 > MAX_REDIRECTS) {
            throw new APIStatusError(`more than ${MAX_REDIRECTS} redirects; not followed`, answer.status, null, null, null, answer.headers);
          }
          credentials = credentials && sameOrigin(next, this.baseUrl);
          current = next;
        }
      } catch (error) {
        throw error instanceof SignalWireError ? scrub(error, this.#secrets, printable) : error;
      }
    };
    try {
      const content = await withRetries(policy, label, attempt, this.#log, true, signal);
      await sink?.commit();
      return content;
    } finally {
      await sink?.discard();
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
