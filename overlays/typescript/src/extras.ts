/** Per-call extras: headers, query and body fields the spec does not list, checked before
 * sending, as the Python SDK checks them. `extraQuery` and `extraBody` are encoded after the
 * spec's fields with the same encoder (a JSON body holds each value as given); a name that is a field of the operation is refused (pass
 * the field itself). `extraHeaders` cannot set the headers the client sets itself, and nothing
 * here reaches the path: every name and value is percent-encoded into the query or the body. */

import { CONTROL, LONE_SURROGATE } from "./text.js";
import { InvalidParameterError } from "./errors.js";
import type { Operation } from "./operation.js";

type Scalar = string | number | boolean;
/** A value of `extraQuery`/`extraBody`: a string, number or boolean, or an array of them (one
 * pair per item, as an array field is sent). */
export type ExtraValue = Scalar | readonly Scalar[];

/** Headers the client sets itself: `extraHeaders` cannot replace them. */
export const CLIENT_HEADERS: ReadonlySet<string> = new Set([
  "accept-encoding",
  "authorization",
  "connection",
  "content-length",
  "content-type",
  "host",
  "transfer-encoding",
  "user-agent",
]);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Checked extras: headers to add, query and form pairs to append, and the same body fields as
 * a JSON body holds them. */
export interface Extras {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: readonly [string, string][];
  readonly body: readonly [string, string][];
  readonly values: readonly [string, Scalar | Scalar[]][];
}

export const NO_EXTRAS: Extras = { headers: {}, query: [], body: [], values: [] };

/** The extras given for `operation`, checked; `InvalidParameterError` names the bad one. */
export function checkExtras(operation: Operation, headers: unknown, query: unknown, body: unknown): Extras {
  if (headers === undefined && query === undefined && body === undefined) return NO_EXTRAS;
  if (body !== undefined && !operation.body.length) {
    throw new InvalidParameterError("extraBody", `${operation.name} sends no body; use extraQuery`);
  }
  const fields = new Map([...operation.query, ...operation.body].map((field) => [field.wire.toLowerCase(), field.name]));
  const values = checkValues("extraBody", body, fields);
  return { headers: checkHeaders(headers), query: pairs(checkValues("extraQuery", query, fields)), body: pairs(values), values };
}

function entries(option: string, value: unknown): [string, unknown][] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidParameterError(option, `must be an object of names and values, not ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  return Object.entries(value);
}

function checkName(option: string, name: string): string {
  if (!name) throw new InvalidParameterError(option, "names must not be empty");
  if (CONTROL.test(name)) throw new InvalidParameterError(option, `name ${JSON.stringify(name.slice(0, 60))} holds control characters`);
  if (LONE_SURROGATE.test(name)) throw new InvalidParameterError(option, "names must be valid Unicode (one holds lone surrogates)");
  return name;
}

function checkHeaders(given: unknown): Record<string, string> {
  if (given === undefined) return {};
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [raw, value] of entries("extraHeaders", given)) {
    const name = checkName("extraHeaders", raw);
    if (!TOKEN.test(name)) throw new InvalidParameterError("extraHeaders", `${JSON.stringify(name.slice(0, 60))} is not a header name`);
    const folded = name.toLowerCase();
    if (CLIENT_HEADERS.has(folded)) throw new InvalidParameterError("extraHeaders", `${name} is set by the client and cannot be replaced`);
    if (seen.has(folded)) throw new InvalidParameterError("extraHeaders", `${name} is given twice`);
    seen.add(folded);
    if (typeof value !== "string") throw new InvalidParameterError("extraHeaders", `${name} must be a string, not ${typeof value}`);
    if (CONTROL.test(value)) throw new InvalidParameterError("extraHeaders", `${name} holds control characters`);
    if (/[^\x00-\x7f]/.test(value)) throw new InvalidParameterError("extraHeaders", `${name} must be ASCII`);
    out[name] = value;
  }
  return out;
}

/** Each extra, checked: a scalar, or an array of them. */
function checkValues(option: string, given: unknown, fields: ReadonlyMap<string, string>): [string, Scalar | Scalar[]][] {
  if (given === undefined) return [];
  return entries(option, given).map(([raw, value]) => {
    const name = checkName(option, raw);
    const field = fields.get(name.toLowerCase());
    if (field !== undefined) throw new InvalidParameterError(option, `${name} is a field of this operation; pass it as ${field}`);
    return [name, Array.isArray(value) ? value.map((item) => scalar(option, name, item)) : scalar(option, name, value)];
  });
}

/** As the spec's fields are encoded: text as it is, `true`/`false`, numbers in full; one pair
 * per item of an array. */
function pairs(values: readonly [string, Scalar | Scalar[]][]): [string, string][] {
  const text = (value: Scalar) => (typeof value === "boolean" ? (value ? "true" : "false") : String(value));
  return values.flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, text(item)]));
}

/** `value` if it is a string, number or boolean an extra may hold. */
function scalar(option: string, name: string, value: unknown): Scalar {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvalidParameterError(option, `${name} must be a finite number`);
    return value;
  }
  if (typeof value !== "string") throw new InvalidParameterError(option, `${name} must be a string, number or boolean, not ${value === null ? "null" : typeof value}`);
  if (LONE_SURROGATE.test(value)) throw new InvalidParameterError(option, `${name} must be valid Unicode (it holds lone surrogates)`);
  return value;
}
