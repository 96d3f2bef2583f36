/** Sending one attempt with fetch: a deadline, a bounded body, typed transport errors. */

import { APIConnectionError, APITimeoutError, ConnectionLostError, RequestTimeoutError } from "./errors.js";

/** What came back, read in full, so that our parsing never depends on the generated one. */
export interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  /** Why the body could not be read in full (too large, cut off, timed out), if it could not. */
  problem?: string;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** One attempt's time limit. Its timer is held here: fetch follows the signal it is given only
 * weakly, so a signal that nothing else holds (`AbortSignal.timeout`) can be collected with its
 * timer, and the limit with it. */
class Deadline {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  #onPass: (() => void) | null = null;
  #held: Request | null = null;
  passed = false;
  /** Rejects once the time is up; never resolves. */
  readonly expired: Promise<never>;

  constructor(ms: number) {
    let expire: (reason: Error) => void = () => {};
    this.expired = new Promise<never>((_, reject) => (expire = reject));
    this.expired.catch(() => {}); // raced, never awaited alone
    this.#timer = setTimeout(() => {
      this.passed = true;
      const reason = new DOMException("the attempt's time limit passed", "TimeoutError");
      this.#controller.abort(reason);
      this.#onPass?.();
      expire(reason);
    }, ms);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Keep `request` until the attempt is over: a Request holds the controller through which
   * our signal reaches the connection only while the Request itself is alive, and fetch keeps
   * no reference to it. Without this, a collection leaves a timed-out connection open. */
  hold(request: Request): void {
    this.#held = request;
  }

  /** Call `action` when the time is up (one action at a time). */
  onPass(action: (() => void) | null): void {
    this.#onPass = action;
  }

  /** Stop the timer: the attempt is over, and must not keep the process alive. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#held = null;
  }
}

/** The decoded body, stopping past `limit` bytes or when `deadline` passes; what went wrong,
 * if anything. */
async function readBody(response: Response, limit: number, deadline: Deadline): Promise<{ text: string; problem?: string }> {
  if (response.body === null) return { text: "" };
  const reader = response.body.getReader();
  // Cancelling ends a pending read at once, however the connection behaves.
  deadline.onPass(() => void reader.cancel().catch(() => {}));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (deadline.passed) return { text: "", problem: "timed out while reading it" };
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { text: "", problem: `larger than ${limit} bytes once decoded; not read` };
      }
      chunks.push(value);
    }
  } catch (error) {
    const what = deadline.passed || (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError" ? "timed out" : "cut off";
    return { text: "", problem: `${what} while reading it (${(error as Error).name}: ${codeOf(error) || (error as Error).message})` };
  } finally {
    deadline.onPass(null);
  }
  return { text: Buffer.concat(chunks).toString("utf8") };
}

// Errors whose codes mean nothing reached the service.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
const UNKNOWN = "; the request may have been applied, so it was not resent";

function codeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code ?? "";
}

export type Fetch = (input: Request) => Promise<Response>;

/** Send one attempt and read its answer; a transport failure becomes the package's error,
 * saying whether anything can have reached the service. */
export async function sendAttempt(fetch: Fetch, url: string, init: { method: string; headers: Record<string, string>; body: string | null }, timeoutMs: number, maxBytes: number): Promise<Answer> {
  const deadline = new Deadline(timeoutMs);
  let sent = false;
  try {
    const request = new Request(url, { ...init, redirect: "manual", signal: deadline.signal });
    deadline.hold(request);
    const pending = fetch(request);
    // Raced, so that the limit holds even where the abort does not reach the connection; an
    // answer that comes after it has its body cancelled, freeing the connection.
    pending.then((late) => deadline.passed && void late.body?.cancel().catch(() => {}), () => {});
    const response = await Promise.race([pending, deadline.expired]);
    sent = true;
    const { text, problem } = await readBody(response, maxBytes, deadline);
    return { status: response.status, statusText: response.statusText, headers: response.headers, text, ...(problem ? { problem } : {}) };
  } catch (error) {
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
