/** One operation applied to many ids (`client.calls.updateMany`), as the Python SDK's
 * `update_many`: paced, concurrent, journaled, and never resent where sending twice is not
 * the same as once. Iterate with `for await`: one `BulkResult` per id as each completes. */

import { APIError, APIStatusError, InvalidParameterError, OutcomeUnknownError, RateLimitError, SignalWireError } from "./errors.js";
import { Journal, requestDigest } from "./journal.js";
import { Pacer } from "./pacer.js";
import { type RetryPolicy, reasonToRetry, retryAfterMs, waitMs } from "./retry.js";

export const DEFAULT_CONCURRENCY = 32;
/** 429 answers one id may get before it is reported failed. */
const MAX_THROTTLED = 50;

/** How a bulk run goes: `updateMany(ids, { ..., bulk: { rate: 300, journal: "run.jsonl" } })`. */
export interface BulkOptions {
  /** Requests per second at most; null (the default) finds the service's limit from its 429s. */
  rate?: number | null;
  /** Requests in flight at most (default 32). */
  concurrency?: number;
  /** A JSON Lines file recording each id's outcome; a rerun with it resumes. */
  journal?: string;
  /** Resend ids whose outcome the journal leaves unknown (always, for idempotent methods). */
  retryUnknown?: boolean;
}

export type Outcome = "applied" | "failed" | "unknown" | "skipped";

/** One id's outcome: `applied` (2xx; `result` is the parsed body), `failed` (not applied;
 * `error` says why), `unknown` (may have been applied; not resent), `skipped` (the journal
 * records it as applied already). */
export interface BulkResult<T> {
  id: string;
  outcome: Outcome;
  result?: T;
  error?: SignalWireError;
  attempts: number;
}

/** Counts so far (live during a run). */
export class BulkSummary {
  applied = 0;
  failed = 0;
  unknown = 0;
  skipped = 0;
  requests = 0;
  /** Requests answered 429 (each was resent). */
  throttled = 0;
  /** Failed ids by error: SignalWire's code, or the error's class. */
  readonly failures = new Map<string, number>();
  interrupted = false;

  get done(): number {
    return this.applied + this.failed + this.unknown + this.skipped;
  }

  count(result: BulkResult<unknown>): void {
    this[result.outcome] += 1;
    if (result.outcome === "failed") {
      const code = (result.error as { code?: unknown } | undefined)?.code;
      const key = code !== undefined && code !== null ? String(code) : (result.error?.name ?? "Error");
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    }
  }
}

/** What the run needs from the client: a checked single-attempt request per id, sent once. */
export interface ManySender<P> {
  operation: { name: string; idempotent: boolean };
  policy: RetryPolicy;
  body: string | null;
  /** The parent ids fixed for the run (`conferenceSid` of participants); none at the top. */
  parents?: readonly string[];
  prepare(id: string): P;
  send(prepared: P): Promise<{ parsed: unknown; status: number }>;
}

type Retry = { waitSeconds: number };

function outcomeOf(error: SignalWireError): Outcome {
  return error instanceof APIError && error.outcomeUnknown ? "unknown" : "failed";
}

export class BulkRun<T> implements AsyncIterable<BulkResult<T>> {
  readonly summary = new BulkSummary();
  readonly #sender: ManySender<unknown>;
  readonly #ids: Iterable<string> | AsyncIterable<string>;
  readonly #pacer: Pacer;
  readonly #concurrency: number;
  readonly #retryUnknown: boolean;
  readonly #journal: Journal | null;
  #stopping = false;
  #wake: () => void = () => {};
  #stopped: Promise<void>;
  #begun = false;
  readonly #signal: AbortSignal | undefined;

  /** `signal`, aborted, stops the run as `stop()` does: the requests in flight are answered
   * and journaled, none is left unknown by the abort. */
  constructor(sender: ManySender<unknown>, ids: Iterable<string> | AsyncIterable<string>, bulk: BulkOptions = {}, signal?: AbortSignal) {
    const { rate = null, concurrency = DEFAULT_CONCURRENCY, journal, retryUnknown = false } = bulk;
    if (rate !== null && !(typeof rate === "number" && rate > 0 && Number.isFinite(rate))) {
      throw new InvalidParameterError("rate", "must be a positive number of requests a second");
    }
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 10_000) {
      throw new InvalidParameterError("concurrency", "must be a whole number from 1 to 10000");
    }
    this.#sender = sender;
    this.#ids = ids;
    this.#signal = signal;
    this.#pacer = new Pacer(rate);
    this.#concurrency = concurrency;
    this.#retryUnknown = retryUnknown;
    this.#journal = journal === undefined ? null : new Journal(journal, sender.operation.name, requestDigest(sender.operation.name, sender.body, sender.parents));
    this.#stopped = new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  /** Send nothing more; the iteration ends once the requests in flight are answered. */
  stop(): void {
    this.#stopping = true;
    this.summary.interrupted = true;
    this.#wake();
  }

  /** Sleep; true if the run was stopped meanwhile. */
  async #pause(seconds: number): Promise<boolean> {
    if (seconds > 0 && !this.#stopping) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.#stopped, new Promise<void>((resolve) => (timer = setTimeout(resolve, seconds * 1000)))]);
      clearTimeout(timer);
    }
    return this.#stopping;
  }

  async *#plan(): AsyncGenerator<string | BulkResult<T>> {
    const seen = new Set<string>();
    const prior = this.#journal?.prior ?? new Map();
    for await (const raw of this.#ids as AsyncIterable<unknown>) {
      if (typeof raw !== "string") {
        const error = new InvalidParameterError("id", `must be a string, not ${raw === null ? "null" : typeof raw}`);
        yield { id: String(raw).slice(0, 80), outcome: "failed", error, attempts: 0 };
        continue;
      }
      const id = raw.trim();
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const before = prior.get(id);
      if (before === "applied") {
        yield { id, outcome: "skipped", attempts: 0 };
      } else if (before === "unknown" && !(this.#retryUnknown || this.#sender.operation.idempotent)) {
        const error = new OutcomeUnknownError("outcome unknown in an earlier run (see the journal); not resent without retryUnknown");
        yield { id, outcome: "unknown", error, attempts: 0 };
      } else {
        yield id;
      }
    }
  }

  #failed(id: string, error: unknown, attempts: number, throttled: number): BulkResult<T> | Retry {
    if (error instanceof RateLimitError) {
      this.summary.throttled += 1;
      const after = retryAfterMs(error);
      this.#pacer.throttled(after === null ? null : after / 1000);
      if (throttled < MAX_THROTTLED && !this.#stopping) return { waitSeconds: 0 };
    } else {
      if (error instanceof APIStatusError) this.#pacer.succeeded();
      const policy = this.#sender.policy;
      const reason = reasonToRetry(policy, error, this.#sender.operation.idempotent);
      if (reason !== null && attempts <= policy.maxRetries && !this.#stopping) return { waitSeconds: waitMs(policy, error, attempts) / 1000 };
    }
    return this.#result(id, error, attempts);
  }

  /** Journal what came of one request: `failed` (not applied: a resume sends it, as this run
   * may) or `unknown`, before anything is resent. */
  #record(id: string, error: unknown): void {
    if (!(error instanceof SignalWireError)) throw error;
    const details: Record<string, unknown> = { error: `${error.name}: ${error.message}`.slice(0, 300) };
    if (error instanceof APIStatusError) Object.assign(details, { status: error.statusCode, code: error.code ?? null });
    this.#journal?.record(id, outcomeOf(error), details);
  }

  /** `id` will not be resent: failed, or unknown if it may have been applied (as its last
   * journal line says). */
  #result(id: string, error: unknown, attempts: number): BulkResult<T> {
    return { id, outcome: outcomeOf(error as SignalWireError), error: error as SignalWireError, attempts };
  }

  async #one(id: string): Promise<BulkResult<T> | null> {
    let prepared: unknown;
    try {
      prepared = this.#sender.prepare(id);
    } catch (error) {
      if (error instanceof InvalidParameterError) return { id, outcome: "failed", error, attempts: 0 };
      throw error;
    }
    let attempts = 0;
    let throttled = 0;
    let last: unknown = null;
    for (;;) {
      // stopped: not sent (again)
      if (await this.#pause(this.#pacer.reserve())) return last === null ? null : this.#result(id, last, attempts);
      this.#journal?.record(id, "sending"); // if it cannot be written, the request is not sent
      this.summary.requests += 1;
      attempts += 1;
      try {
        const response = await this.#sender.send(prepared);
        this.#pacer.succeeded();
        this.#journal?.record(id, "applied", { status: response.status });
        return { id, outcome: "applied", result: response.parsed as T, attempts };
      } catch (error) {
        last = error;
        this.#record(id, error);
        const decision = this.#failed(id, error, attempts, throttled);
        if ("outcome" in decision) return decision;
        if (error instanceof RateLimitError) throttled += 1;
        if (decision.waitSeconds > 0 && (await this.#pause(decision.waitSeconds))) return this.#result(id, error, attempts);
      }
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<BulkResult<T>> {
    if (this.#begun) throw new Error("a bulk run runs once: call updateMany again for another");
    this.#begun = true;
    const stop = () => this.stop();
    if (this.#signal?.aborted) stop();
    this.#signal?.addEventListener("abort", stop, { once: true });
    const pending = new Map<number, Promise<[number, BulkResult<T> | null]>>();
    let next = 0;
    const collect = async function* (this: BulkRun<T>): AsyncGenerator<BulkResult<T>> {
      const [key, result] = await Promise.race(pending.values());
      pending.delete(key);
      if (result !== null) {
        this.summary.count(result);
        yield result;
      }
    }.bind(this);
    try {
      for await (const step of this.#plan()) {
        if (typeof step !== "string") {
          this.summary.count(step);
          yield step;
          continue;
        }
        while (pending.size >= this.#concurrency) yield* collect();
        if (this.#stopping) break;
        const key = next++;
        pending.set(key, this.#one(step).then((result) => [key, result] as [number, BulkResult<T> | null]));
      }
      while (pending.size > 0) yield* collect();
    } finally {
      if (pending.size > 0) {
        // the caller stopped iterating: finish what is in flight, so the journal is complete
        this.stop();
        await Promise.allSettled(pending.values());
      }
      this.#journal?.close();
      this.#signal?.removeEventListener("abort", stop);
    }
  }
}
