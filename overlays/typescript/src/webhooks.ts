/** Receiving SignalWire's webhooks: check their signature, read them as typed payloads.
 * The same algorithm and results as the Python package's `signalwire_compat.webhooks`:
 * a form is signed in base64 HMAC-SHA1 over the URL and its sorted parameters; another body
 * in hex over the URL and the body's bytes, or, when the URL carries `bodySHA256` (the hex
 * SHA-256 of the raw body), by the form signature of that URL alone, the body hashing to it. */

import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { ConfigurationError, InvalidParameterError } from "./errors.js";
import { grouped, type Params } from "./form-params.js";
import { CONTROL, LONE_SURROGATE } from "./text.js";

export type { Params } from "./form-params.js";
// Each webhook's parse function, generated from the spec's webhooks.
export * from "../../../generated/typescript/webhooks.gen.js";

export const SIGNATURE_HEADER = "X-SignalWire-Signature";
/** The name Compatibility API callbacks also carry the signature under. */
export const TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature";

const BODY_HASH = "bodySHA256";
const HEADER_NAMES = [SIGNATURE_HEADER.toLowerCase(), TWILIO_SIGNATURE_HEADER.toLowerCase()];
const DEFAULT_PORTS: Record<string, string> = { "https:": "443", "http:": "80" };

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

function text(field: string, value: unknown): string {
  if (typeof value !== "string") throw new InvalidParameterError(field, "must be a string");
  return value;
}

/** The body's bytes (text is encoded as UTF-8); `null` for text that has none. */
function raw(body: unknown): Buffer | null {
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (typeof body === "string") return LONE_SURROGATE.test(body) ? null : Buffer.from(body, "utf8");
  throw new InvalidParameterError("body", "must be the raw body, a string or bytes");
}

/** `url` as given, and with its default port written out or left out; everything else (the
 * case of its scheme and host too) as written, since that is what was signed. */
function urlVariants(url: string): string[] {
  const match = /^(https?:)\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!match) return [url];
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : "";
  const hostPort = authority.slice(at + 1);
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::([0-9]*))?$/.exec(hostPort);
  if (!portMatch) return [url];
  const host = portMatch[1]!;
  const port = portMatch[2];
  const fallback = DEFAULT_PORTS[scheme.toLowerCase()]!;
  if (port === undefined) return [url, `${scheme}//${userinfo}${host}:${fallback}${rest}`];
  return port === fallback ? [url, `${scheme}//${userinfo}${host}${rest}`] : [url];
}

/** `text` with `+` as a space and its %XX escapes decoded as UTF-8 (bad bytes replaced, other
 * `%` kept), as Python's `unquote_plus` and form decoders read it. */
function unquotePlus(value: string): string {
  const spaced = value.replace(/\+/g, " ");
  if (!spaced.includes("%")) return spaced;
  const bytes: number[] = [];
  for (let i = 0; i < spaced.length; ) {
    if (spaced[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(spaced.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(spaced.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const char = String.fromCodePoint(spaced.codePointAt(i)!);
      bytes.push(...Buffer.from(char, "utf8"));
      i += char.length;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The values of `bodySHA256` in the URL's query. */
function bodyHashes(url: string): string[] {
  const beforeFragment = url.split("#", 1)[0]!;
  const mark = beforeFragment.indexOf("?");
  if (mark < 0) return [];
  const found: string[] = [];
  for (const piece of beforeFragment.slice(mark + 1).split("&")) {
    const eq = piece.indexOf("=");
    const name = eq >= 0 ? piece.slice(0, eq) : piece;
    if (piece !== "" && unquotePlus(name) === BODY_HASH) found.push(unquotePlus(eq >= 0 ? piece.slice(eq + 1) : ""));
  }
  return found;
}

/** Every signature the headers carry, under either name; a header sent twice arrives as each of
 * its values, or as one value joined with commas (no signature holds a comma). */
function headerSignatures(headers: Headers | Record<string, string | string[] | undefined>): string[] {
  const found: string[] = [];
  const entries: Iterable<[string, unknown]> = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [key, value] of entries) {
    if (!HEADER_NAMES.includes(key.toLowerCase())) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one !== "string") continue;
      found.push(...(one.includes(",") ? one.split(",").map((part) => part.trim()) : [one]));
    }
  }
  return found.filter((signature) => signature !== "");
}

function same(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

function matches(expected: string[], given: readonly string[]): boolean {
  return expected.some((one) => given.some((signature) => same(one, signature)));
}

function checkedKey(key: unknown): Buffer {
  let problem = "must be the project's Signing Key, a non-empty string";
  if (typeof key === "string" && key !== "") {
    if (CONTROL.test(key) || key.includes(" ")) problem = "must not contain spaces or control characters";
    else if (LONE_SURROGATE.test(key)) problem = "must be valid Unicode (it holds lone surrogates)";
    else return Buffer.from(key, "utf8");
  }
  throw new ConfigurationError("signingKey", problem);
}

/** Checks that a webhook request was signed with the project's Signing Key. */
export class RequestValidator {
  readonly #key: Buffer;

  constructor(signingKey: string) {
    this.#key = checkedKey(signingKey);
  }

  #hmac(message: Buffer): Buffer {
    return createHmac("sha1", this.#key).update(message).digest();
  }

  /** The signature of a form request to each variant of `url`; none for text that cannot be encoded. */
  #formSignatures(url: string, signed: string): string[] {
    if (LONE_SURROGATE.test(url) || LONE_SURROGATE.test(signed)) return [];
    return urlVariants(url).map((variant) => this.#hmac(Buffer.from(variant + signed, "utf8")).toString("base64"));
  }

  /** The signatures that prove a request to `url` with the raw body `body`: the hex one over the
   * URL and the bytes; the URL's form signature if its one bodySHA256 is the body's SHA-256. */
  #bodySignatures(url: string, body: Buffer): string[] {
    if (LONE_SURROGATE.test(url)) return [];
    const expected = urlVariants(url).map((variant) => this.#hmac(Buffer.concat([Buffer.from(variant, "utf8"), body])).toString("hex"));
    const hashes = bodyHashes(url);
    if (hashes.length === 1 && same(createHash("sha256").update(body).digest("hex"), hashes[0]!)) {
      expected.push(...this.#formSignatures(url, ""));
    }
    return expected;
  }

  /** The signature of a form-encoded request to `url` with `params`. */
  computeSignature(url: string, params: Params): string {
    const message = text("url", url) + signedParams(params);
    if (LONE_SURROGATE.test(message)) throw new InvalidParameterError("params", "must be valid Unicode (lone surrogates)");
    return this.#hmac(Buffer.from(message, "utf8")).toString("base64");
  }

  /** The signature of a request to `url` whose raw body (JSON, say) is `body`. */
  computeBodySignature(url: string, body: string | Uint8Array): string {
    const bytes = raw(body);
    if (bytes === null || LONE_SURROGATE.test(text("url", url))) {
      throw new InvalidParameterError("body", "must be valid Unicode (lone surrogates)");
    }
    return this.#hmac(Buffer.concat([Buffer.from(url, "utf8"), bytes])).toString("hex");
  }

  /** Whether `signature` signs a form-encoded request to `url` with `params`; `url` is also
   * tried with its default port written out and left out. A URL with `bodySHA256` is never
   * proved by its signature alone: it promises a body, which only `validateBody` (or
   * `validateRequest` with the body) can check. */
  validate(url: string, params: Params, signature: string | null | undefined): boolean {
    const signed = signedParams(params);
    if (typeof signature !== "string" || signature === "" || bodyHashes(text("url", url)).length > 0) return false;
    return matches(this.#formSignatures(url, signed), [signature]);
  }

  /** Whether `signature` signs a request to `url` with the raw `body` (JSON): in hex over the
   * URL and the body's bytes, or over the URL alone when the body hashes to its `bodySHA256`. */
  validateBody(url: string, body: string | Uint8Array, signature: string | null | undefined): boolean {
    const bytes = raw(body);
    if (bytes === null || typeof signature !== "string" || signature === "") return false;
    return matches(this.#bodySignatures(text("url", url), bytes), [signature]);
  }

  /** One call for any framework: the full URL, the form (empty for another body), the headers
   * (any case, either name, a header sent twice) and, for a non-form body, the raw body. A
   * non-empty body with an empty form must be proved by a body signature (see `validateBody`),
   * never by a signature of the URL alone. */
  validateRequest(url: string, form: Params, headers: Headers | Record<string, string | string[] | undefined>, body?: string | Uint8Array): boolean {
    const signatures = headerSignatures(headers);
    if (body !== undefined && body !== null) {
      const bytes = raw(body);
      if (bytes === null) return false;
      if (matches(this.#bodySignatures(text("url", url), bytes), signatures)) return true;
      if (bytes.length > 0 && grouped(form).size === 0) return false;
    }
    const signed = signedParams(form);
    if (bodyHashes(text("url", url)).length > 0) return false;
    return matches(this.#formSignatures(url, signed), signatures);
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
      if (key.toLowerCase() === name.toLowerCase() && value !== undefined) return typeof value === "string" ? value : (value[0] ?? null);
    }
  }
  return null;
}
