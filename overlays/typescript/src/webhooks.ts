/** Receiving SignalWire's webhooks: check their signature, read them as typed payloads.
 * The same algorithm and results as the Python package's `signalwire_compat.webhooks`. */

import { createHmac, timingSafeEqual } from "node:crypto";
import type { CallRequest, CallStatusCallback, RecordingStatusCallback } from "../../../generated/typescript/types.gen.js";

export const SIGNATURE_HEADER = "X-SignalWire-Signature";
/** The name Compatibility API callbacks also carry the signature under. */
export const TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature";

/** A form: an object (a value may be a list of values), `URLSearchParams`, or name/value pairs. */
export type Params = Record<string, string | readonly string[]> | URLSearchParams | Iterable<readonly [string, string]>;

const DEFAULT_PORTS: Record<string, string> = { "https:": "443", "http:": "80" };

function grouped(params: Params): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const pairs: Iterable<readonly [string, string | readonly string[]]> =
    params instanceof URLSearchParams || Symbol.iterator in (params as object)
      ? (params as Iterable<readonly [string, string]>)
      : Object.entries(params as Record<string, string | readonly string[]>);
  for (const [name, value] of pairs) {
    const values = typeof value === "string" ? [value] : [...value];
    out.set(name, [...(out.get(name) ?? []), ...values]);
  }
  return out;
}

/** Code-point order, as Python's `sorted` compares strings. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** What the signature covers after the URL: each name, sorted, before each of its distinct
 * values, sorted. */
function signedParams(params: Params): string {
  const groups = grouped(params);
  return [...groups.keys()]
    .sort(byCodePoint)
    .map((name) => [...new Set(groups.get(name))].sort(byCodePoint).map((value) => name + value).join(""))
    .join("");
}

/** `url` as given, with its default port written out, and without it. */
function urlVariants(url: string): string[] {
  const match = /^(https?:)\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!match) return [url];
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : "";
  const hostPort = authority.slice(at + 1);
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!portMatch) return [url];
  const host = portMatch[1]!;
  const port = portMatch[2];
  const fallback = DEFAULT_PORTS[scheme.toLowerCase()]!;
  if (port === undefined) return [url, `${scheme}//${userinfo}${host}:${fallback}${rest}`];
  return port === fallback ? [url, `${scheme}//${userinfo}${host}${rest}`] : [url];
}

function same(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks that a webhook request was signed with the project's Signing Key. */
export class RequestValidator {
  readonly #key: Buffer;

  constructor(signingKey: string) {
    if (typeof signingKey !== "string" || signingKey === "") {
      throw new TypeError("signingKey must be the project's Signing Key, a non-empty string");
    }
    this.#key = Buffer.from(signingKey, "utf8");
  }

  #digest(text: string): Buffer {
    return createHmac("sha1", this.#key).update(Buffer.from(text, "utf8")).digest();
  }

  /** The signature of a form-encoded request to `url` with `params`. */
  computeSignature(url: string, params: Params): string {
    return this.#digest(url + signedParams(params)).toString("base64");
  }

  /** The signature of a request to `url` whose raw body (JSON, say) is `body`. */
  computeBodySignature(url: string, body: string): string {
    return this.#digest(url + body).toString("hex");
  }

  /** Whether `signature` signs a form-encoded request to `url` with `params`; `url` is also
   * tried with its default port written out and left out. */
  validate(url: string, params: Params, signature: string | null | undefined): boolean {
    if (!signature) return false;
    const signed = signedParams(params);
    return urlVariants(url).some((variant) => same(this.#digest(variant + signed).toString("base64"), signature));
  }

  /** Whether `signature` signs a request to `url` with the raw `body` (JSON). */
  validateBody(url: string, body: string, signature: string | null | undefined): boolean {
    if (!signature) return false;
    return urlVariants(url).some((variant) => same(this.computeBodySignature(variant, body), signature));
  }

  /** One call for any framework: the full URL, the form (empty for another body), the headers
   * (any case) and, for a non-form body, the raw body. */
  validateRequest(url: string, form: Params, headers: Headers | Record<string, string | string[] | undefined>, body?: string): boolean {
    const signature = signatureOf(headers);
    if (body !== undefined && this.validateBody(url, body, signature)) return true;
    return this.validate(url, form, signature);
  }

  toString(): string {
    return "RequestValidator(signingKey=***)";
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

/** The signature header's value, whichever of its two names it came under. */
export function signatureOf(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  for (const name of [SIGNATURE_HEADER, TWILIO_SIGNATURE_HEADER]) {
    if (headers instanceof Headers) {
      const value = headers.get(name);
      if (value !== null) return value;
      continue;
    }
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() === name.toLowerCase() && value !== undefined) return Array.isArray(value) ? (value[0] ?? null) : value;
    }
  }
  return null;
}

function form(params: Params): Record<string, string> {
  // A repeated name keeps its last value, as web frameworks' form objects do.
  return Object.fromEntries([...grouped(params)].filter(([, v]) => v.length).map(([name, values]) => [name, values.at(-1)!]));
}

/** The payload of a status callback's form: the spec's field names, every value a string. */
export function parseCallStatus(params: Params): CallStatusCallback {
  return form(params) as CallStatusCallback;
}

/** The payload of the form SignalWire sends to a call's `Url`. */
export function parseCallRequest(params: Params): CallRequest {
  return form(params) as CallRequest;
}

/** The payload of a recording status callback's form. */
export function parseRecordingStatus(params: Params): RecordingStatusCallback {
  return form(params) as RecordingStatusCallback;
}
