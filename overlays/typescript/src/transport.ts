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

/** The decoded body, stopping past `limit` bytes; what went wrong, if anything. */
async function readBody(response: Response, limit: number): Promise<{ text: string; problem?: string }> {
  if (response.body === null) return { text: "" };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { text: "", problem: `larger than ${limit} bytes once decoded; not read` };
      }
      chunks.push(value);
    }
  } catch (error) {
    const what = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError" ? "timed out" : "cut off";
    return { text: "", problem: `${what} while reading it (${(error as Error).name}: ${codeOf(error) || (error as Error).message})` };
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
  const signal = AbortSignal.timeout(timeoutMs);
  let sent = false;
  try {
    const response = await fetch(new Request(url, { ...init, redirect: "manual", signal }));
    sent = true;
    const { text, problem } = await readBody(response, maxBytes);
    return { status: response.status, statusText: response.statusText, headers: response.headers, text, ...(problem ? { problem } : {}) };
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError" || signal.aborted;
    const code = codeOf(error);
    const detail = code || (error as { cause?: Error }).cause?.message || (error as Error).message || String(error);
    if (!sent && (NOT_SENT.has(code) || detail === "bad port")) {
      throw code === "UND_ERR_CONNECT_TIMEOUT"
        ? new APITimeoutError(`connection failed before sending: ${detail}`)
        : new APIConnectionError(`connection failed before sending: ${detail}`);
    }
    if (timedOut) throw new RequestTimeoutError(`request timed out${UNKNOWN}`);
    throw new ConnectionLostError(`connection lost: ${detail}${UNKNOWN}`);
  }
}
