/** What the generated operations table says about an operation, and the request built from it:
 * its body a form, or a JSON object of the fields, as the table's `contentType` says. Nothing
 * here names an endpoint: every check and every byte comes from the table. */

import { CONTROL, LONE_SURROGATE } from "./text.js";
import { InvalidParameterError } from "./errors.js";
import { type Extras, NO_EXTRAS } from "./extras.js";
import { quotePlus, quotePath } from "./form.js";

export type Kind = "string" | "uri" | "integer" | "number" | "boolean" | "enum" | "date";
export const FORM = "application/x-www-form-urlencoded";
export const JSON_BODY = "application/json";
type Scalar = string | number | boolean;
/** A field's value in a JSON body: as given, once checked (an array as an array). */
export type JsonValue = Scalar | Scalar[];

/** One query or form field, as `operations.gen.ts` describes it. */
export interface Field {
  readonly wire: string;
  readonly name: string;
  readonly kind: Kind;
  readonly choices?: readonly string[];
  readonly array?: boolean;
  readonly required?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

/** One operation of the spec. */
export interface Operation {
  readonly name: string;
  /** Where it hangs in the resource tree: `["calls", "recordings"]` is `client.calls.recordings`. */
  readonly resource: readonly string[];
  /** Its method there: `create`, `list`, `fetch`, `update` or `delete`. */
  readonly verb: string;
  /** Whether the path's first parameter is the account (`accountSid`, by default the Project ID). */
  readonly account: boolean;
  readonly summary: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly { readonly wire: string; readonly name: string }[];
  readonly query: readonly Field[];
  readonly body: readonly Field[];
  readonly bodyRequired: boolean;
  /** The body's media type, where the operation has a body: a form (the default) or JSON. */
  readonly contentType?: string;
  /** Whether the resource also applies it to many ids (`updateMany`). */
  readonly many?: boolean;
  readonly status: number;
  readonly result: string | null;
  readonly items: string | null;
  /** The names of the result's secret fields (`format: password`: credentials), its
   * own and those of what it holds: no error about the operation shows their values. */
  readonly secrets?: readonly string[];
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const MAX_SID_LENGTH = 256;
/** The path parameter every Compatibility API path starts with; defaults to the Project ID. */
export const ACCOUNT_SID = "AccountSid";

/** Whether sending the operation twice does what sending it once does. */
export function idempotent(operation: Operation): boolean {
  return IDEMPOTENT.has(operation.method);
}

/** A path identifier: a non-blank string that cannot name another resource once escaped. */
export function checkSid(field: string, value: unknown): string {
  if (typeof value !== "string") throw new InvalidParameterError(field, `must be a string, not ${typeof value}`);
  if (!value.trim()) throw new InvalidParameterError(field, "must not be empty");
  if (value === "." || value === "..") throw new InvalidParameterError(field, `'${value}' is not an identifier`);
  if (CONTROL.test(value)) throw new InvalidParameterError(field, "must not contain control characters");
  if (LONE_SURROGATE.test(value)) throw new InvalidParameterError(field, "must be valid Unicode (it holds lone surrogates)");
  if (value.length > MAX_SID_LENGTH) throw new InvalidParameterError(field, `is longer than ${MAX_SID_LENGTH} characters`);
  return value;
}

function text(field: Field, value: unknown): string {
  if (typeof value !== "string") throw new InvalidParameterError(field.name, `must be a string, not ${typeof value}`);
  if (LONE_SURROGATE.test(value)) throw new InvalidParameterError(field.name, "must be valid Unicode (it holds lone surrogates)");
  return value;
}

function url(field: Field, value: string): string {
  if (value === "") return value;
  let ok = false;
  try {
    const parsed = new URL(value);
    ok = (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.host !== "" && /^https?:\/\/[^/]/i.test(value);
  } catch {
    ok = false;
  }
  if (!ok) throw new InvalidParameterError(field.name, "must be an absolute http:// or https:// URL");
  return value;
}

function numeric(field: Field, value: unknown): number {
  const integer = field.kind === "integer";
  if (typeof value !== "number" || (integer && !Number.isInteger(value))) {
    throw new InvalidParameterError(field.name, `must be ${integer ? "an integer" : "a number"}, not ${JSON.stringify(value) ?? typeof value}`);
  }
  if (!Number.isFinite(value)) throw new InvalidParameterError(field.name, "must be a finite number");
  if (field.minimum !== undefined && value < field.minimum) throw new InvalidParameterError(field.name, `must be at least ${field.minimum}`);
  if (field.maximum !== undefined && value > field.maximum) throw new InvalidParameterError(field.name, `must be at most ${field.maximum}`);
  return value;
}

/** A `Date` as `YYYY-MM-DD`: it must be exactly midnight UTC (a `Date` is an instant). */
function day(field: Field, value: Date): string {
  const time = value.getTime();
  if (Number.isNaN(time)) throw new InvalidParameterError(field.name, "is an invalid Date");
  const iso = value.toISOString();
  if (!iso.endsWith("T00:00:00.000Z")) {
    throw new InvalidParameterError(field.name, `must be midnight UTC to be sent as a date, not ${iso}`);
  }
  const date = iso.slice(0, -"T00:00:00.000Z".length);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InvalidParameterError(field.name, "is out of the range of dates");
  return date;
}

function one(field: Field, value: unknown): Scalar {
  switch (field.kind) {
    case "enum":
      if (typeof value !== "string" || !field.choices?.includes(value)) {
        const allowed = (field.choices ?? []).map((c) => `'${c}'`).join(", ");
        throw new InvalidParameterError(field.name, `${JSON.stringify(value)} is not one of ${allowed}`);
      }
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw new InvalidParameterError(field.name, `must be true or false, not ${JSON.stringify(value)}`);
      return value;
    case "integer":
    case "number":
      return numeric(field, value);
    case "uri":
      return url(field, text(field, value));
    case "date":
      if (value instanceof Date) return day(field, value);
      if (typeof value !== "string") throw new InvalidParameterError(field.name, `must be a Date or a string, not ${typeof value}`);
      return text(field, value);
    default: {
      const checked = text(field, value);
      if (field.minLength && checked.length < field.minLength) throw new InvalidParameterError(field.name, "must not be empty");
      if (field.maxLength !== undefined && checked.length > field.maxLength) throw new InvalidParameterError(field.name, `must be at most ${field.maxLength} characters`);
      if (field.pattern !== undefined && checked && !new RegExp(field.pattern, "u").test(checked)) {
        throw new InvalidParameterError(field.name, `'${checked.slice(0, 60)}' does not match ${field.pattern}`);
      }
      return checked;
    }
  }
}

function items(field: Field, value: unknown): Scalar[] {
  if (!field.array) return [one(field, value)];
  if (!Array.isArray(value)) throw new InvalidParameterError(field.name, `must be a list, not ${typeof value}`);
  return value.map((item) => one(field, item));
}

/** A checked value as a form or query sends it: `true`/`false`, numbers in full. */
export function formText(value: Scalar): string {
  return typeof value === "boolean" ? (value ? "true" : "false") : String(value);
}

/** The checked value as form/query strings (one per item of an array). */
export function encodeField(field: Field, value: unknown): string[] {
  return items(field, value).map(formText);
}

/** The checked value as a JSON body holds it: a string, number or boolean as given (an enum's
 * value, a date as `YYYY-MM-DD`), an array for an array. */
export function fieldValue(field: Field, value: unknown): JsonValue {
  const checked = items(field, value);
  return field.array ? checked : checked[0]!;
}

/** The fields given, in the spec's order; a required one left out is refused. */
function given(fields: readonly Field[], params: Record<string, unknown>): Field[] {
  return fields.filter((field) => {
    if (params[field.name] !== undefined) return true;
    if (field.required) throw new InvalidParameterError(field.name, "is required");
    return false;
  });
}

function pairs(fields: readonly Field[], params: Record<string, unknown>): [string, string][] {
  return given(fields, params).flatMap((field) => encodeField(field, params[field.name]).map((item): [string, string] => [field.wire, item]));
}

/** A JSON body: compact, the members in the given order (as Python's `json.dumps` keeps them;
 * an object would put names like "1" first), text as UTF-8. */
export function encodeJson(members: readonly [string, JsonValue][]): string {
  return `{${members.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`).join(",")}}`;
}

/** Form or query encoding, byte for byte Python's `urlencode`. */
export function encodePairs(items: readonly [string, string][]): string {
  return items.map(([name, value]) => `${quotePlus(name)}=${quotePlus(value)}`).join("&");
}

const KNOWN = new WeakMap<Operation, ReadonlySet<string>>();

/** The names of `operation`'s query and body fields (made once per operation). */
function knownNames(operation: Operation): ReadonlySet<string> {
  let known = KNOWN.get(operation);
  if (known === undefined) {
    known = new Set([...operation.query, ...operation.body].map((f) => f.name));
    KNOWN.set(operation, known);
  }
  return known;
}

export interface Built {
  method: string;
  /** The path with its query, relative to the base URL. */
  path: string;
  body: string | null;
  /** The body's media type (`null` with no body). */
  contentType: string | null;
  /** The id the request is about (for logs). */
  resource: string;
}

/** Check the path values and `params` against `operation` and encode the request, the checked
 * `extras` appended after the spec's fields. Unknown names throw `TypeError`; bad values
 * `InvalidParameterError` naming the argument. Nothing is sent. */
export function build(
  operation: Operation,
  path: readonly unknown[],
  accountSid: string,
  params: Record<string, unknown>,
  extras: Extras = NO_EXTRAS,
): Built {
  const known = knownNames(operation);
  const unknown = Object.keys(params).filter((name) => params[name] !== undefined && !known.has(name));
  if (unknown.length) throw new TypeError(`unexpected argument(s): ${unknown.sort().join(", ")}`);
  let url = operation.path;
  let resource = "";
  operation.pathParams.forEach((param, index) => {
    const value = path[index] ?? (index === 0 && operation.account ? accountSid : undefined);
    resource = checkSid(param.name, value);
    url = url.replace(`{${param.wire}}`, quotePath(resource));
  });
  const query = [...pairs(operation.query, params), ...extras.query];
  if (query.length) url += `?${encodePairs(query)}`;
  let body: string | null = null;
  let contentType: string | null = null;
  if (operation.body.length) {
    contentType = operation.contentType ?? FORM;
    const json = contentType === JSON_BODY;
    const members = json ? [...given(operation.body, params).map((f): [string, JsonValue] => [f.wire, fieldValue(f, params[f.name])]), ...extras.values] : [];
    const form = json ? [] : [...pairs(operation.body, params), ...extras.body];
    if (!(json ? members : form).length && operation.bodyRequired) {
      const names = operation.body.map((f) => f.name).join(", ");
      throw new InvalidParameterError("fields", `${operation.name} needs at least one field: pass one of ${names}`);
    }
    body = json ? encodeJson(members) : encodePairs(form);
  }
  return { method: operation.method, path: url, body, contentType, resource };
}
