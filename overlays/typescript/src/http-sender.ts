/** Sending one attempt over node:http and node:https, through keep-alive agents shared by every
 * client: one deadline for connecting, sending, the headers and the body; the caller's signal;
 * no redirect followed; the body decoded and capped once decoded; every failure one of the
 * package's errors, saying whether anything can have reached the service. Where `fetch` has
 * been set up to send elsewhere (replaced, or given undici's proxy or mock dispatcher), the
 * attempt goes through it instead, as it always did. */

import type * as Http from "node:http";
import type { Agent, ClientRequest, IncomingMessage, OutgoingHttpHeaders } from "node:http";
import type * as Https from "node:https";
import { createRequire } from "node:module";
import type { Socket } from "node:net";
import type { Readable, Transform } from "node:stream";
import { ACCEPT_ENCODING, type Decoding, decodingOf } from "./body-decoding.js";
import { APIConnectionError, APITimeoutError, APIUserAbortError, ConnectionLostError, FileWriteError, RequestTimeoutError } from "./errors.js";
import { type Answer, type Init, type Reading, type Sink, UNKNOWN, sendAttempt } from "./transport.js";

/** How long an idle connection is kept for the next request (as fetch keeps one). Idle
 * connections never keep the process alive. */
const IDLE_MS = 4000;
const AGENT_OPTIONS = { keepAlive: true, timeout: IDLE_MS, scheduling: "lifo" } as const;
// Methods whose empty body is sent as `Content-Length: 0` (as fetch does), not chunked.
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
const NOTHING_SENT = "aborted before sending; nothing was sent";

const DISPATCHER = Symbol.for("undici.globalDispatcher.1");
const NATIVE_FETCH = globalThis.fetch;
let nodeDispatcher: unknown = null;
let dispatcherKnown = false;

/** Whether `globalThis.fetch` has been set up to send requests elsewhere: replaced since this
 * module was loaded, or given a dispatcher of its own (`setGlobalDispatcher`: undici's
 * ProxyAgent, MockAgent, ...) instead of the one Node makes. */
function fetchIsSetUp(): boolean {
  if (globalThis.fetch !== NATIVE_FETCH) return true;
  const holder = globalThis as unknown as Record<symbol, unknown>;
  if (!dispatcherKnown) {
    dispatcherKnown = true;
    const found = holder[DISPATCHER];
    if (found === undefined) {
      new Headers(); // loading fetch's classes makes Node's own dispatcher
      nodeDispatcher = holder[DISPATCHER];
    } else {
      nodeDispatcher = (found as object).constructor?.name === "Agent" ? found : null;
    }
  }
  const current = holder[DISPATCHER];
  return current !== undefined && current !== nodeDispatcher;
}

// node:http and node:https (with TLS) load with the first request, not with the package: a
// process that only checks webhooks never needs them. One agent per scheme serves every client,
// as fetch's one pool does: a client made per task leaves no connections of its own behind.
const require = createRequire(import.meta.url);
let http: typeof Http | undefined;
let https: typeof Https | undefined;
let httpAgent: Agent | undefined;
let httpsAgent: Agent | undefined;

/** A request through the agent of its scheme, made (its module loaded) on first use. */
function open(secure: boolean, options: Http.RequestOptions): ClientRequest {
  if (secure) {
    https ??= require("node:https") as typeof Https;
    options.agent = httpsAgent ??= new https.Agent(AGENT_OPTIONS);
    return https.request(options);
  }
  http ??= require("node:http") as typeof Http;
  options.agent = httpAgent ??= new http.Agent(AGENT_OPTIONS);
  return http.request(options);
}

/** Send one attempt and read its answer, as `sendAttempt` does with fetch (and through fetch,
 * where it is set up to send elsewhere). */
export function sendOverHttp(url: string, init: Init, timeoutMs: number, maxBytes: number, signal?: AbortSignal, reading: Reading = {}): Promise<Answer> {
  if (fetchIsSetUp()) return sendAttempt(null, url, init, timeoutMs, maxBytes, signal, reading);
  if (signal?.aborted) return Promise.reject(new APIUserAbortError(NOTHING_SENT, false));
  return new Promise<Answer>((resolve, reject) => new Exchange(resolve, reject, maxBytes, reading, signal).start(url, init, timeoutMs));
}

/** The answer's headers, as fetch gives them, from Node's list of names and values. */
function headersOf(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // a value fetch refuses too: left out, as fetch leaves it
    }
  }
  return headers;
}

function detailOf(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (typeof code === "string" && code) || (typeof message === "string" && message) || String(error);
}

/** One request and its answer; settles its promise once, then ignores whatever comes. */
class Exchange {
  #request: ClientRequest | null = null;
  #timer: NodeJS.Timeout | null = null;
  /** The connection is up: the request may have reached the service. */
  #connected = false;
  #response: IncomingMessage | null = null;
  #sink: Sink | undefined;
  #source: Readable | null = null;
  #decoder: Transform | null = null;
  #decoding: Decoding = null;
  #chunks: Buffer[] = [];
  #raw = 0;
  #size = 0;
  /** A sink write is pending. */
  #writing = false;
  /** The outcome, decided while a sink write was pending: settled once it is done. */
  #pending: (() => void) | null = null;
  #ended = false;

  constructor(
    readonly resolve: (answer: Answer) => void,
    readonly reject: (error: unknown) => void,
    readonly limit: number,
    readonly reading: Reading,
    readonly signal: AbortSignal | undefined,
  ) {}

  start(url: string, init: Init, timeoutMs: number): void {
    // The client's own headers come after these: an extra `Accept` replaces fetch's default.
    const headers: OutgoingHttpHeaders = { Accept: "*/*", "Accept-Encoding": ACCEPT_ENCODING, ...init.headers };
    let body: Buffer | null = null;
    if (init.body !== null) {
      body = Buffer.from(init.body, "utf8");
      headers["Content-Length"] = body.byteLength;
    } else if (BODY_METHODS.has(init.method)) headers["Content-Length"] = 0;
    let request: ClientRequest;
    try {
      const target = new URL(url);
      const secure = target.protocol === "https:";
      if (!secure && target.protocol !== "http:") throw new Error(`not an http or https URL`);
      const hostname = target.hostname;
      request = open(secure, {
        hostname: hostname.startsWith("[") ? hostname.slice(1, -1) : hostname, // an IPv6 address, bare
        port: target.port,
        path: target.pathname + target.search,
        method: init.method,
        headers,
      });
    } catch (error) {
      this.reject(new APIConnectionError(`connection failed before sending: ${detailOf(error)}`));
      return;
    }
    this.#request = request;
    this.#timer = setTimeout(this.#onDeadline, timeoutMs);
    this.signal?.addEventListener("abort", this.#onAbort, { once: true });
    request.on("socket", this.#onSocket);
    request.on("response", this.#onResponse);
    request.on("error", this.#onError);
    request.end(body);
  }

  readonly #onSocket = (socket: Socket): void => {
    if (this.#request?.reusedSocket) {
      this.#connected = true;
      return;
    }
    // Over TLS, the request goes out once the handshake is done.
    if ((socket as { encrypted?: boolean }).encrypted) socket.once("secureConnect", this.#onConnect);
    else if (socket.connecting) socket.once("connect", this.#onConnect);
    else this.#connected = true;
  };

  readonly #onConnect = (): void => {
    this.#connected = true;
  };

  readonly #onResponse = (response: IncomingMessage): void => {
    if (this.#ended) return;
    this.#connected = true;
    this.#response = response;
    const raw = response.rawHeaders;
    let encoding: string | undefined;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i]!;
      if (name.length === 16 && name.toLowerCase() === "content-encoding") encoding = encoding === undefined ? raw[i + 1] : `${encoding}, ${raw[i + 1]}`;
    }
    const status = response.statusCode ?? 0;
    const success = status >= 200 && status < 300;
    this.#sink = success ? this.reading.sink : undefined;
    response.on("error", this.#onBodyError);
    response.on("close", this.#onClose);
    this.#decoding = decodingOf(encoding);
    if (this.#decoding !== null && "unsupported" in this.#decoding) {
      this.#answer(this.#decoding.unsupported);
      return;
    }
    this.#source = response;
    response.on("data", this.#decoding === null ? this.#onData : this.#onEncoded);
    response.on("end", this.#decoding === null ? this.#onEnd : this.#onEncodedEnd);
  };

  /** A chunk of an encoded body: fed to the decoder, made on the first one. */
  readonly #onEncoded = (chunk: Buffer): void => {
    if (this.#ended) return;
    this.#raw += chunk.byteLength;
    if (this.#raw > this.limit) {
      this.#answer(`larger than ${this.limit} bytes; not read`);
      return;
    }
    let decoder = this.#decoder;
    if (decoder === null) {
      const decoding = this.#decoding as { name: string; make: (first: Uint8Array) => Transform };
      decoder = this.#decoder = decoding.make(chunk);
      decoder.on("data", this.#onData);
      decoder.on("end", this.#onEnd);
      decoder.on("error", this.#onDecodeError);
      decoder.on("drain", () => this.#response?.resume());
      this.#source = decoder;
    }
    if (!decoder.write(chunk)) this.#response?.pause();
  };

  readonly #onEncodedEnd = (): void => {
    if (this.#decoder === null) this.#onEnd();
    else this.#decoder.end();
  };

  /** A chunk of the decoded body: kept, or handed to the sink (reading paused meanwhile). */
  readonly #onData = (chunk: Buffer): void => {
    if (this.#ended) return;
    this.#size += chunk.byteLength;
    if (this.#size > this.limit) {
      this.#answer(`larger than ${this.limit} bytes once decoded; not read`);
      return;
    }
    if (this.#sink === undefined) {
      this.#chunks.push(chunk);
      return;
    }
    const source = this.#source!;
    source.pause();
    this.#writing = true;
    this.#sink(chunk).then(
      () => {
        this.#writing = false;
        const pending = this.#pending;
        this.#pending = null;
        if (pending !== null) pending();
        else if (!this.#ended) source.resume();
      },
      (error: unknown) => {
        this.#writing = false;
        const failure = error instanceof FileWriteError ? error : new FileWriteError(`could not write the download: ${detailOf(error)}`);
        if (this.#pending === null) this.#end(true, () => this.reject(failure));
        else {
          this.#pending = null; // the write's failure is what the caller hears
          this.reject(failure);
        }
      },
    );
  };

  readonly #onEnd = (): void => this.#answer();

  readonly #onDecodeError = (error: unknown): void => {
    const name = (this.#decoding as { name: string }).name;
    this.#answer((error as { code?: string }).code === "Z_BUF_ERROR" ? `${name} data ends early` : `invalid ${name} data`);
  };

  readonly #onBodyError = (error: unknown): void => {
    this.#answer(`cut off while reading it (${(error as Error).name}: ${detailOf(error)})`);
  };

  /** The connection closed: if the body had not ended, it was cut off. */
  readonly #onClose = (): void => {
    if (!this.#response?.complete) this.#answer("cut off while reading it (the connection closed)");
  };

  readonly #onError = (error: unknown): void => {
    if (this.#response !== null) {
      this.#onBodyError(error);
      return;
    }
    const detail = detailOf(error);
    this.#fail(this.#connected ? new ConnectionLostError(`connection lost: ${detail}${UNKNOWN}`) : new APIConnectionError(`connection failed before sending: ${detail}`));
  };

  readonly #onDeadline = (): void => {
    if (this.#response !== null) this.#answer("timed out while reading it");
    else if (this.#connected) this.#fail(new RequestTimeoutError(`request timed out${UNKNOWN}`));
    else this.#fail(new APITimeoutError("connection failed before sending: not connected within the attempt's time limit"));
  };

  readonly #onAbort = (): void => {
    const status = this.#response?.statusCode;
    if (status !== undefined) this.#fail(new APIUserAbortError(`aborted while reading the answer (HTTP ${status})${UNKNOWN}`, true));
    else if (this.#connected) this.#fail(new APIUserAbortError(`aborted before the answer came${UNKNOWN}`, true));
    else this.#fail(new APIUserAbortError(NOTHING_SENT, false));
  };

  /** The answer: its body in full, or, with `problem`, why it could not be read (the
   * connection is then closed, never reused). */
  #answer(problem?: string): void {
    this.#end(problem !== undefined, () => {
      const response = this.#response!;
      const status = response.statusCode ?? 0;
      const chunks = this.#chunks;
      const data = problem !== undefined || chunks.length === 0 ? EMPTY : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#size);
      const binary = this.reading.binary && status >= 200 && status < 300;
      const answer: Answer = {
        status,
        statusText: response.statusMessage ?? "",
        headers: headersOf(response.rawHeaders),
        text: binary ? "" : data.toString("utf8"),
        data,
      };
      if (problem !== undefined) answer.problem = problem;
      this.resolve(answer);
    });
  }

  /** `error`, the connection closed. */
  #fail(error: unknown): void {
    this.#end(true, () => this.reject(error));
  }

  /** Decide the outcome, once: `settle` runs now, or when a pending sink write is done; with
   * `close`, the connection is closed at once and nothing more is read or decoded. */
  #end(close: boolean, settle: () => void): void {
    if (this.#ended) return;
    this.#ended = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.signal?.removeEventListener("abort", this.#onAbort);
    if (close) {
      this.#request?.destroy();
      this.#decoder?.destroy();
    }
    if (this.#writing) this.#pending = settle;
    else settle();
  }
}

const EMPTY = Buffer.alloc(0);
