/** `SignalWire`: the client, and its `calls.update`, over the generated SDK function. */

import { createClient, createConfig } from "../../../generated/typescript/client/index.js";
import type { Client } from "../../../generated/typescript/client/index.js";
import { updateACall } from "../../../generated/typescript/sdk.gen.js";
import type { Call } from "../../../generated/typescript/types.gen.js";
import { zCall } from "../../../generated/typescript/zod.gen.js";
import { CONTROL, resolveBaseUrl, resolveCredentials } from "./config.js";
import { APIResponseValidationError, ConfigurationError, InvalidParameterError, statusError } from "./errors.js";
import { type CallUpdate, buildUpdate, encodeForm } from "./form.js";
import { DEFAULT_RETRY_POLICY, type Log, type RetryPolicy, withRetries } from "./retry.js";
import { type Answer, type Fetch, attemptFetch } from "./transport.js";

export const VERSION = "0.1.0";
export const USER_AGENT = `signalwire-compat-typescript/${VERSION} node/${process.versions.node}`;
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_SID_LENGTH = 256;

export interface ClientOptions {
  projectId?: string;
  apiToken?: string;
  spaceUrl?: string;
  baseUrl?: string;
  timeoutMs?: number;
  maxRetries?: number;
  retryUnknownOutcome?: boolean;
  retryPolicy?: Partial<RetryPolicy>;
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
  if (value.length > MAX_SID_LENGTH) throw new InvalidParameterError(field, `is longer than ${MAX_SID_LENGTH} characters`);
  return value;
}

/** The generated `Call` for a 2xx answer; a typed error for anything else. */
export function parseCall(answer: Answer): Call {
  if (answer.status < 200 || answer.status >= 300) {
    throw statusError(answer.status, answer.statusText, answer.text, answer.headers);
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

  constructor(options: ClientOptions = {}) {
    const credentials = resolveCredentials(options.projectId, options.apiToken);
    this.baseUrl = resolveBaseUrl(options.spaceUrl, options.baseUrl);
    this.accountSid = credentials.projectId;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(this.#timeoutMs > 0)) throw new ConfigurationError("timeoutMs", "must be a positive number");
    this.#policy = {
      ...DEFAULT_RETRY_POLICY,
      ...options.retryPolicy,
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.retryUnknownOutcome !== undefined ? { retryUnknownOutcome: options.retryUnknownOutcome } : {}),
    };
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
    const policy: RetryPolicy = {
      ...this.#policy,
      ...(maxRetries !== undefined ? { maxRetries } : {}),
      ...(retryUnknownOutcome !== undefined ? { retryUnknownOutcome } : {}),
    };
    const attempt = async () => {
      let answer: Answer | undefined;
      const fetch = attemptFetch(this.#fetch, timeoutMs ?? this.#timeoutMs, (a) => {
        answer = a;
      });
      await updateACall({ client: this.#client, path, body, bodySerializer: encodeForm, parseAs: "text", fetch: fetch as typeof globalThis.fetch, throwOnError: true }).catch((error: unknown) => {
        if (answer === undefined) throw error; // a transport error, already typed
      });
      if (answer === undefined) throw new Error("no answer recorded");
      return { call: parseCall(answer), answer };
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
