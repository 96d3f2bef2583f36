/** SignalWire's error body, read in each shape the service sends it, within bounds, by the
 * Python SDK's rules (`_error_body.py`). The shapes (one open `Error` schema in the spec): flat
 * `{code, message, more_info, status}`; `{errors: [{code, message, more_info}]}`;
 * `{errors: ["message"]}`; and a token's `{type, code, message, attribute, url}`. */

import type { ErrorDetail } from "./errors.js";
import { hide, printable } from "./text.js";

/** How many errors of a list an error keeps; its message counts the others. */
export const MAX_ERRORS = 20;
/** How many characters (code points) of a code, a message or a link an error keeps (then "…"). */
export const MAX_TEXT = 1000;
/** How deeply an error body may nest; a deeper one is unreadable, in both languages. */
export const MAX_DEPTH = 64;

/** What an error body says: each part null (or no errors) when it does not say it. */
export interface ErrorBody {
  code: number | string | null;
  message: string | null;
  moreInfo: string | null;
  errors: readonly ErrorDetail[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** True if `body` nests more than `MAX_DEPTH` levels. */
export function tooDeep(body: unknown): boolean {
  let level: object[] = body !== null && typeof body === "object" ? [body] : [];
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    // One level at a time: the containers one level further in.
    const next: object[] = [];
    for (const node of level) {
      const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
      for (const child of children) if (child !== null && typeof child === "object") next.push(child);
    }
    if (next.length === 0) return false;
    level = next;
  }
  return true;
}

/** `text`, or its first `MAX_TEXT` code points and "…" (as Python counts characters). */
export function cut(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  let units = 0;
  for (let points = 0; points < MAX_TEXT && units < text.length; points += 1) {
    const unit = text.charCodeAt(units);
    const pair = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(units + 1) & 0xfc00) === 0xdc00;
    units += pair ? 2 : 1;
  }
  return units >= text.length ? text : `${text.slice(0, units)}…`;
}

/** Reads the texts of one body: secrets hidden, then cut, then escaped. */
class Reader {
  constructor(readonly secrets: readonly string[]) {}

  text(value: unknown): string | null {
    return typeof value === "string" && value ? printable(cut(hide(value, this.secrets))) : null;
  }

  /** An integer code (a JSON `21218.0` is 21218; `true` is none), or a text one. */
  code(value: unknown): number | string | null {
    if (typeof value === "number") return Number.isSafeInteger(value) ? value + 0 : null; // no -0
    return this.text(value);
  }

  /** One error of a list: an object with a code, message or link, or a message alone. */
  detail(item: unknown): ErrorDetail | null {
    if (typeof item === "string") {
      const message = this.text(item);
      return message ? Object.freeze({ code: null, message, moreInfo: null }) : null;
    }
    if (!isObject(item)) return null;
    const detail = { code: this.code(item.code), message: this.text(item.message), moreInfo: this.text(item.more_info) };
    return detail.code === null && detail.message === null && detail.moreInfo === null ? null : Object.freeze(detail);
  }
}

/** The code, message, link and errors of a decoded error body, whatever its shape; every text
 * with `secrets` hidden, cut to `MAX_TEXT` characters and escaped. The body's own code,
 * message and link come first; else the first error of its list that has one, and its listed
 * messages joined with "; ". A flat body is one error. */
export function readErrorBody(body: unknown, secrets: readonly string[] = []): ErrorBody {
  if (!isObject(body)) return { code: null, message: null, moreInfo: null, errors: Object.freeze([]) };
  const read = new Reader(secrets);
  let code = read.code(body.code);
  let message = read.text(body.message);
  let moreInfo = read.text(body.more_info) ?? read.text(body.url);
  const items = body.errors;
  const listed: ErrorDetail[] = [];
  let leftOff = 0;
  if (Array.isArray(items)) {
    for (const item of items.slice(0, MAX_ERRORS)) {
      const detail = read.detail(item);
      if (detail) listed.push(detail);
    }
    leftOff = Math.max(0, items.length - MAX_ERRORS);
  }
  if (listed.length > 0) {
    code ??= listed.find((d) => d.code !== null)?.code ?? null;
    moreInfo ??= listed.find((d) => d.moreInfo)?.moreInfo ?? null;
    if (!message) {
      const messages = listed.flatMap((d) => (d.message ? [d.message] : []));
      message = messages.length > 0 ? cut(messages.join("; ")) : null;
      if (message && leftOff) message += ` (and ${leftOff} more)`;
    }
    return { code, message, moreInfo, errors: Object.freeze(listed) };
  }
  if (code === null && message === null) return { code: null, message: null, moreInfo, errors: Object.freeze([]) };
  return { code, message, moreInfo, errors: Object.freeze([Object.freeze({ code, message, moreInfo })]) };
}
