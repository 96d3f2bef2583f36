/** What an answer means: the generated model for a 2xx, else the typed error, whose class the
 * status decides and whose code, message and link come from SignalWire's error body. */

import * as schemas from "../../../generated/typescript/zod.gen.js";
import {
  APIResponseValidationError,
  APIStatusError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerOutcomeUnknownError,
  ServiceUnavailableError,
  UnprocessableEntityError,
} from "./errors.js";
import type { Operation } from "./operation.js";
import type { Answer } from "./transport.js";

const BY_STATUS: Record<number, typeof APIStatusError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function errorClass(status: number): typeof APIStatusError {
  if (status === 503) return ServiceUnavailableError;
  if (status >= 500) return ServerOutcomeUnknownError;
  return BY_STATUS[status] ?? APIStatusError;
}

const SNIPPET = 200;

const REDACTED = "[redacted]";

/** Every text a secret value holds, as given and as JSON writes it. */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(texts);
  if (typeof value !== "string" || !value) return [];
  const escaped = JSON.stringify(value).slice(1, -1);
  const ascii = escaped.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return [value, escaped, ascii];
}

/** The texts of the values `body` holds under one of `names` (anywhere in it), longest first:
 * what an error about the body must not show. */
function secretValues(body: unknown, names: readonly string[]): string[] {
  const found = new Set<string>();
  const todo = [body];
  while (todo.length && names.length) {
    const node = todo.pop();
    if (Array.isArray(node)) todo.push(...node);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (names.includes(key)) for (const text of texts(value)) found.add(text);
        else todo.push(value);
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, secret) => t.split(secret).join(REDACTED), text);
}

/** The error for a non-2xx response; never throws while building it. The values the body holds
 * under `secretNames` (the secret fields of the operation's result) are redacted from its texts. */
export function statusError(status: number, statusText: string, text: string, headers: Headers, problem?: string, secretNames: readonly string[] = []) {
  let body: unknown = null;
  try {
    body = problem ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  const secrets = secretValues(body, secretNames);
  let code: number | string | null = null;
  let moreInfo: string | null = null;
  let message: string | null = null;
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    const fields = body as Record<string, unknown>;
    if (typeof fields.code === "number") code = fields.code;
    if (typeof fields.code === "string") code = redact(fields.code, secrets);
    if (typeof fields.more_info === "string") moreInfo = redact(fields.more_info, secrets);
    if (typeof fields.message === "string" && fields.message) message = redact(fields.message, secrets);
  }
  if (!message && problem) message = `${statusText || "Error"} (response body unreadable: ${problem})`;
  if (!message) {
    const reason = statusText || "Error";
    const longest = secrets[0]?.length ?? 0;
    // redacted before it is cut: no part of a secret is left
    let snippet = redact(text.slice(0, SNIPPET * 4 + longest), secrets).split(/\s+/).filter(Boolean).join(" ");
    snippet = snippet.length > SNIPPET ? `${snippet.slice(0, SNIPPET)}…` : snippet;
    message = snippet ? `${reason}: ${snippet}` : reason;
  }
  const Kind = errorClass(status);
  return new Kind(message, status, code, moreInfo, body, headers);
}

/** The generated model for a 2xx answer (undefined if the operation returns no body); a typed
 * error for anything else. The body is parsed once, checked with the generated zod schema, and
 * returned as sent, so fields the spec does not know stay reachable. */
export function parseResult(operation: Operation, answer: Answer): unknown {
  if (answer.status < 200 || answer.status >= 300) {
    throw statusError(answer.status, answer.statusText, answer.text, answer.headers, answer.problem, operation.secrets);
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
