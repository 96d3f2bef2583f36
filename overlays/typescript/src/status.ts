/** What an answer means: the generated model for a 2xx, else the typed error, whose class the
 * status decides and whose code, message, link and errors come from SignalWire's error body
 * (read by `error-body.ts`). */

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
import { readErrorBody, tooDeep } from "./error-body.js";
import type { Operation } from "./operation.js";
import { hide, printable } from "./text.js";
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
const TOO_DEEP = "JSON nested too deeply";

/** A short excerpt of a body that is not an error body, with `secrets` cut out whole. */
function snippet(text: string, secrets: readonly string[]): string {
  const window = text.slice(0, SNIPPET * 4);
  let shown = hide(window, secrets);
  // A secret cut at the window's end would show in part.
  if (text.length > window.length) shown = shown.slice(0, shown.length + 1 - Math.max(1, ...secrets.map((s) => s.length)));
  shown = shown.split(/\s+/).filter(Boolean).join(" ");
  return shown.length > SNIPPET ? `${shown.slice(0, SNIPPET)}…` : shown;
}

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

/** The error for a non-2xx response; never throws while building it. Every text taken from the
 * response has `secrets` redacted and control characters escaped, and so the values the body
 * holds under `secretNames` (the secret fields of the operation's result). */
export function statusError(
  status: number,
  statusText: string,
  text: string,
  headers: Headers,
  problem?: string,
  given: readonly string[] = [],
  secretNames: readonly string[] = [],
) {
  let body: unknown = null;
  let unreadable = problem;
  try {
    body = problem ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  if (!unreadable && tooDeep(body)) {
    body = null;
    unreadable = TOO_DEEP;
  }
  const secrets = [...given, ...secretValues(body, secretNames)];
  const read = readErrorBody(body, secrets);
  let message = read.message;
  if (!message) {
    const reason = statusText || "Error";
    if (unreadable) message = `${reason} (response body unreadable: ${unreadable})`;
    else {
      const excerpt = snippet(text, secrets);
      message = excerpt ? `${reason}: ${excerpt}` : reason;
    }
    message = printable(hide(message, secrets));
  }
  const Kind = errorClass(status);
  return new Kind(message, status, read.code, read.moreInfo, body, headers, read.errors);
}

interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}
const SCHEMAS = new Map<string, Schema | undefined>();

/** The generated zod schema of the result named `name` (looked up once per name). */
function schemaOf(name: string): Schema | undefined {
  if (!SCHEMAS.has(name)) SCHEMAS.set(name, (schemas as unknown as Record<string, Schema | undefined>)[`z${name}`]);
  return SCHEMAS.get(name);
}

/** The generated model for a 2xx answer (undefined if the operation returns no body); a typed
 * error for anything else. The body is parsed once, checked with the generated zod schema, and
 * returned as sent, so fields the spec does not know stay reachable. */
export function parseResult(operation: Operation, answer: Answer, secrets: readonly string[] = []): unknown {
  if (answer.status < 200 || answer.status >= 300) {
    throw statusError(answer.status, answer.statusText, answer.text, answer.headers, answer.problem, secrets, operation.secrets);
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
  const checked = schemaOf(operation.result)?.safeParse(data);
  if (checked && !checked.success) {
    const issue = (checked.error?.issues ?? []).map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
    throw new APIResponseValidationError(`${answer.status} response body is not a ${operation.result.toLowerCase()}: ${issue}`, answer.status, answer.text);
  }
  return data;
}
