/** `SignalWire`: the client, and its `calls.update`, over the generated SDK function. */

import { createClient, createConfig } from "../../../generated/typescript/client/index.js";
import type { Client } from "../../../generated/typescript/client/index.js";
import { updateACall } from "../../../generated/typescript/sdk.gen.js";
import type { Call } from "../../../generated/typescript/types.gen.js";
import { zCall } from "../../../generated/typescript/zod.gen.js";
import { CONTROL, LONE_SURROGATE, checkCount, checkTimeoutMs, printable, resolveBaseUrl, resolveCredentials } from "./config.js";
import { APIResponseValidationError, ConfigurationError, InvalidParameterError, SignalWireError, scrub, statusError } from "./errors.js";
import { type CallUpdate, buildUpdate, encodeForm } from "./form.js";
import { DEFAULT_RETRY_POLICY, type Log, type RetryPolicy, withRetries } from "./retry.js";
import { type Answer, DEFAULT_MAX_RESPONSE_BYTES, type Fetch, attemptFetch } from "./transport.js";

export const VERSION = "0.1.0";
export const USER_AGENT = `signalwire-compat-typescript/${VERSION} node/${process.versions.node}`;
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_SID_LENGTH = 256;
const MAX_RETRIES = 100;

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
  /** Where retry decisions are written; silent by default. */
  log?: Log;
  /** The fetch to send with (a test double, say); `globalThis.fetch` by default. */
  fetch?: Fetch;
}

export interface UpdateOptions extends CallUpdate {
  accountSid?: string;
  timeoutMs?: number;
  maxRetries?: number;
  retryUnknownOutcome?: boolean;
}

export interface CallResponse {
  parsed: Call;
  status: number;
  headers: Headers;
  body: string;
}

function checkSid(field: string, value: unknown): string {
  if (typeof value !== "string") throw new InvalidParameterError(field, `must be a string, not ${typeof value}`);
  if (!value.trim()) throw new InvalidParameterError(field, "must not be empty");
  if (value === "." || value === "..") throw new InvalidParameterError(field, `'${value}' is not an identifier`);
  if (CONTROL.test(value)) throw new InvalidParameterError(field, "must not contain control characters");
  if (LONE_SURROGATE.test(value)) throw new InvalidParameterError(field, "must be valid Unicode (it holds lone surrogates)");
  if (value.length > MAX_SID_LENGTH) throw new InvalidParameterError(field, `is longer than ${MAX_SID_LENGTH} characters`);
  return value;
}

/** The generated `Call` for a 2xx answer; a typed error for anything else. */
export function parseCall(answer: Answer): Call {
  if (answer.status < 200 || answer.status >= 300) {
    throw statusError(answer.status, answer.statusText, answer.text, answer.headers, answer.problem);
  }
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
  const checked = zCall.safeParse(data);
  if (!checked.success || typeof (data as { sid?: unknown }).sid !== "string") {
    const issue = checked.success ? "sid is missing" : checked.error.issues.map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
    throw new APIResponseValidationError(`${answer.status} response body is not a call: ${issue}`, answer.status, answer.text);
  }
  return data as Call; // the body as sent: unknown fields stay reachable
}

export class SignalWire {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly calls: Calls;
  readonly #client: Client;
  readonly #fetch: Fetch;
  readonly #timeoutMs: number;
  readonly #policy: RetryPolicy;
  readonly #log: Log;
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
    this.#log = options.log ?? (() => {});
    this.#fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.#client = createClient(
      createConfig({ baseUrl: this.baseUrl, headers: { Authorization: credentials.authorization, "User-Agent": USER_AGENT } }),
    );
    this.calls = new Calls(this);
  }

  /** One update, retried under the policy; used by `calls`. */
  async _update(callSid: string, options: UpdateOptions): Promise<{ call: Call; answer: Answer }> {
    const { accountSid, timeoutMs, maxRetries, retryUnknownOutcome, ...fields } = options;
    const path = { AccountSid: checkSid("accountSid", accountSid ?? this.accountSid), Sid: checkSid("callSid", callSid) };
    const body = buildUpdate(fields);
    const invalid = (field: string) => (problem: string) => new InvalidParameterError(field, problem);
    const attemptMs = timeoutMs === undefined ? this.#timeoutMs : checkTimeoutMs(timeoutMs, invalid("timeoutMs"));
    if (maxRetries !== undefined) checkCount(maxRetries, 0, MAX_RETRIES, invalid("maxRetries"));
    if (retryUnknownOutcome !== undefined && typeof retryUnknownOutcome !== "boolean") {
      throw new InvalidParameterError("retryUnknownOutcome", "must be true or false");
    }
    const policy: RetryPolicy = {
      ...this.#policy,
      ...(maxRetries !== undefined ? { maxRetries } : {}),
      ...(retryUnknownOutcome !== undefined ? { retryUnknownOutcome } : {}),
    };
    const attempt = async () => {
      let answer: Answer | undefined;
      const fetch = attemptFetch(this.#fetch, attemptMs, this.#maxBytes, (a) => {
        answer = a;
      });
      try {
        await updateACall({ client: this.#client, path, body, bodySerializer: encodeForm, parseAs: "text", fetch: fetch as typeof globalThis.fetch, throwOnError: true }).catch((error: unknown) => {
          if (answer === undefined) throw error; // a transport error, already typed
        });
        if (answer === undefined) throw new Error("no answer recorded");
        return { call: parseCall(answer), answer };
      } catch (error) {
        throw error instanceof SignalWireError ? scrub(error, this.#secrets, printable) : error;
      }
    };
    return withRetries(policy, callSid, attempt, this.#log);
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

/** `client.calls`: update a live call. */
export class Calls {
  constructor(readonly client: SignalWire) {}

  /** Redirect (`url`, `method`, ...) or end (`status: "completed"`) a call. */
  async update(callSid: string, options: UpdateOptions): Promise<Call> {
    return (await this.client._update(callSid, options)).call;
  }

  /** Like `update`, and also the HTTP status, headers and body. */
  async updateWithResponse(callSid: string, options: UpdateOptions): Promise<CallResponse> {
    const { call, answer } = await this.client._update(callSid, options);
    return { parsed: call, status: answer.status, headers: answer.headers, body: answer.text };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "Calls";
  }
}
