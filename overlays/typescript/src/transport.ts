/** Sending one attempt with fetch (the client's `fetch` option, or `globalThis.fetch` where it
 * has been set up to send elsewhere; `http-sender.ts` sends otherwise): a deadline, a bounded
 * body, typed transport errors. */

import { APIConnectionError, APITimeoutError, APIUserAbortError, ConnectionLostError, FileWriteError, RequestTimeoutError } from "./errors.js";

/** What came back, read in full, so that our parsing never depends on the generated one. */
export interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  /** The body's bytes (empty where they went to a sink instead). */
  data: Uint8Array;
  /** Why the body could not be read in full (too large, cut off, timed out), if it could not. */
  problem?: string;
}

/** Where a success's body goes as it comes, instead of memory (a file being written). */
export type Sink = (chunk: Uint8Array) => Promise<void>;

export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** One attempt's time limit, and the caller's `signal`. Its timer is held here: fetch follows
 * the signal it is given only weakly, so a signal that nothing else holds (`AbortSignal.timeout`)
 * can be collected with its timer, and the limit with it. The caller's signal is listened to
 * (not passed to fetch) and ends the attempt the same way, through our own controller. */
class Deadline {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #caller: AbortSignal | undefined;
  readonly #expire: (reason: Error) => void;
  #onPass: (() => void) | null = null;
  #held: Request | null = null;
  passed = false;
  /** The caller aborted, before the time was up. */
  aborted = false;
  /** Rejects once the time is up or the caller aborts; never resolves. */
  readonly expired: Promise<never>;

  constructor(ms: number, caller?: AbortSignal) {
    let expire: (reason: Error) => void = () => {};
    this.expired = new Promise<never>((_, reject) => (expire = reject));
    this.expired.catch(() => {}); // raced, never awaited alone
    this.#expire = expire;
    this.#timer = setTimeout(() => this.#end(new DOMException("the attempt's time limit passed", "TimeoutError")), ms);
    this.#caller = caller;
    caller?.addEventListener("abort", this.#onAbort, { once: true });
  }

  readonly #onAbort = (): void => this.#end(new DOMException("the caller aborted", "AbortError"), true);

  #end(reason: Error, byCaller = false): void {
    if (this.passed || this.aborted) return;
    if (byCaller) this.aborted = true;
    else this.passed = true;
    this.#controller.abort(reason);
    this.#onPass?.();
    this.#expire(reason);
  }

  /** Whether the attempt was ended early (time up or aborted). */
  get over(): boolean {
    return this.passed || this.aborted;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Keep `request` until the attempt is over: a Request holds the controller through which
   * our signal reaches the connection only while the Request itself is alive, and fetch keeps
   * no reference to a Request it is given (it sends a copy of it). Without this, a collection
   * leaves a timed-out connection open. */
  hold(request: Request): void {
    this.#held = request;
  }

  /** Call `action` when the time is up (one action at a time). */
  onPass(action: (() => void) | null): void {
    this.#onPass = action;
  }

  /** Stop the timer and stop listening: the attempt is over, and must not keep the process
   * alive or be held by a long-lived signal. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener("abort", this.#onAbort);
    this.#held = null;
  }
}

const EMPTY = new Uint8Array(0);

/** The decoded body (or, with a `sink`, its bytes handed to it), stopping past `limit` bytes
 * or when `deadline` passes; what went wrong, if anything. */
async function readBody(response: Response, limit: number, deadline: Deadline, sink?: Sink): Promise<{ data: Uint8Array; problem?: string }> {
  if (response.body === null) return { data: EMPTY };
  const reader = response.body.getReader();
  // Cancelling ends a pending read at once, however the connection behaves.
  deadline.onPass(() => void reader.cancel().catch(() => {}));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (deadline.over) return { data: EMPTY, problem: "timed out while reading it" };
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { data: EMPTY, problem: `larger than ${limit} bytes once decoded; not read` };
      }
      if (sink) await sink(value);
      else chunks.push(value);
      if (deadline.over) return { data: EMPTY, problem: "timed out while reading it" };
    }
  } catch (error) {
    if (error instanceof FileWriteError) {
      await reader.cancel().catch(() => {});
      throw error;
    }
    const what = deadline.passed || (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError" ? "timed out" : "cut off";
    return { data: EMPTY, problem: `${what} while reading it (${(error as Error).name}: ${codeOf(error) || (error as Error).message})` };
  } finally {
    deadline.onPass(null);
  }
  return { data: Buffer.concat(chunks) };
}

// Errors whose codes mean nothing reached the service.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
export const UNKNOWN = "; the request may have been applied, so it was not resent";

// A proxy's refusal, as undici's ProxyAgent reports it: the tunnel answered other than 200, or
// 407 to a request in absolute form. The request never reached the service.
const PROXY_REFUSED = /^Proxy response \(\d{3}\) !== 200 when HTTP Tunneling$|^Proxy Authentication Required \(407\)$/;

/** The refusal's message, if a proxy refused the request (looked for a few causes deep). */
function proxyRefusal(error: unknown): string | null {
  let cause = error;
  for (let depth = 0; depth < 4 && typeof cause === "object" && cause !== null; depth++) {
    const message = (cause as { message?: unknown }).message;
    if (typeof message === "string" && PROXY_REFUSED.test(message)) return message;
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

function codeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code ?? "";
}

export type Fetch = (input: Request) => Promise<Response>;

/** What one attempt sends. */
export interface Init {
  method: string;
  headers: Readonly<Record<string, string>>;
  body: string | null;
}

/** How a success's body is read: into `sink` if given, else into memory; `binary`: its
 * bytes are all that is wanted (no text). Any other answer's body is read as text. */
export interface Reading {
  sink?: Sink;
  binary?: boolean;
}

/** Send one attempt with `fetch` (`globalThis.fetch` when null) and read its answer; a
 * transport failure becomes the package's error, saying whether anything can have reached the
 * service. */
export async function sendAttempt(
  fetch: Fetch | null,
  url: string,
  init: Init,
  timeoutMs: number,
  maxBytes: number,
  signal?: AbortSignal,
  reading: Reading = {},
): Promise<Answer> {
  if (signal?.aborted) throw new APIUserAbortError("aborted before sending; nothing was sent", false);
  const deadline = new Deadline(timeoutMs, signal);
  let sent = false;
  try {
    const options = { ...init, redirect: "manual" as const, signal: deadline.signal };
    let pending: Promise<Response>;
    if (fetch === null) {
      // Given the URL, globalThis.fetch makes the one Request it sends, and keeps it (and so
      // the signal's way to the connection) while the fetch runs, as it keeps the copy it sends
      // of a Request it is given: a copy whose body is piped through a new stream and whose
      // controller follows the Request's, a cost per request that gains nothing here.
      pending = globalThis.fetch(url, options);
    } else {
      const request = new Request(url, options);
      deadline.hold(request);
      pending = fetch(request);
    }
    // Raced, so that the limit holds even where the abort does not reach the connection; an
    // answer that comes after it has its body cancelled, freeing the connection.
    pending.then((late) => deadline.over && void late.body?.cancel().catch(() => {}), () => {});
    const response = await Promise.race([pending, deadline.expired]);
    sent = true;
    const success = response.status >= 200 && response.status < 300;
    const { data, problem } = await readBody(response, maxBytes, deadline, success ? reading.sink : undefined);
    if (deadline.aborted) throw new APIUserAbortError(`aborted while reading the answer (HTTP ${response.status})${UNKNOWN}`, true);
    const text = success && reading.binary ? "" : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
    return { status: response.status, statusText: response.statusText, headers: response.headers, text, data, ...(problem ? { problem } : {}) };
  } catch (error) {
    if (error instanceof APIUserAbortError || error instanceof FileWriteError) throw error;
    if (deadline.aborted) throw new APIUserAbortError(`aborted before the answer came${UNKNOWN}`, true);
    const refused = sent ? null : proxyRefusal(error);
    if (refused !== null) throw new APIConnectionError(`connection failed before sending: ${refused}`);
    const timedOut = deadline.passed || (error as Error).name === "TimeoutError";
    const code = codeOf(error);
    const detail = code || (error as { cause?: Error }).cause?.message || (error as Error).message || String(error);
    if (!sent && (NOT_SENT.has(code) || detail === "bad port")) {
      throw code === "UND_ERR_CONNECT_TIMEOUT"
        ? new APITimeoutError(`connection failed before sending: ${detail}`)
        : new APIConnectionError(`connection failed before sending: ${detail}`);
    }
    if (timedOut) throw new RequestTimeoutError(`request timed out${UNKNOWN}`);
    throw new ConnectionLostError(`connection lost: ${detail}${UNKNOWN}`);
  } finally {
    deadline.clear();
  }
}
