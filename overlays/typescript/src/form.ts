/** The fields of an update: checked, then form-encoded exactly as the Python SDK and twilio-python do. */

import type { CallStatus, HttpMethod, UpdateCallRequest, UpdateCallStatus } from "../../../generated/typescript/types.gen.js";
import { zHttpMethod, zUpdateCallStatus } from "../../../generated/typescript/zod.gen.js";
import { InvalidParameterError } from "./errors.js";
import { LONE_SURROGATE } from "./config.js";

export type { CallStatus, HttpMethod, UpdateCallStatus };

/** Leave a field out to leave it unchanged; `""` clears it. */
export interface CallUpdate {
  url?: string;
  method?: HttpMethod;
  status?: UpdateCallStatus;
  fallbackUrl?: string;
  fallbackMethod?: HttpMethod;
  statusCallback?: string;
  statusCallbackMethod?: HttpMethod;
}

/** Our option names and the wire names, in the spec's order (the order they are sent in). */
export const FIELDS = [
  ["url", "Url"],
  ["method", "Method"],
  ["status", "Status"],
  ["fallbackUrl", "FallbackUrl"],
  ["fallbackMethod", "FallbackMethod"],
  ["statusCallback", "StatusCallback"],
  ["statusCallbackMethod", "StatusCallbackMethod"],
] as const;

// The allowed values come from the spec, through the generated schemas.
const METHODS: readonly string[] = zHttpMethod.options;
const STATUSES: readonly string[] = zUpdateCallStatus.options;
const URL_FIELDS = new Set(["url", "fallbackUrl", "statusCallback"]);

function checkUrl(field: string, value: unknown): string {
  if (typeof value !== "string") throw new InvalidParameterError(field, `must be a string, not ${typeof value}`);
  if (LONE_SURROGATE.test(value)) throw new InvalidParameterError(field, "must be valid Unicode (it holds lone surrogates)");
  if (value === "") return value;
  let ok = false;
  try {
    const url = new URL(value);
    ok = (url.protocol === "http:" || url.protocol === "https:") && url.host !== "" && /^https?:\/\/[^/]/i.test(value);
  } catch {
    ok = false;
  }
  if (!ok) throw new InvalidParameterError(field, "must be an absolute http:// or https:// URL");
  return value;
}

function checkChoice(field: string, value: unknown, allowed: readonly string[]): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new InvalidParameterError(field, `${JSON.stringify(value)} is not one of ${allowed.map((a) => `'${a}'`).join(", ")}`);
  }
  return value;
}

/** Check the fields and build the generated request body, wire names in the spec's order. */
export function buildUpdate(fields: CallUpdate): UpdateCallRequest {
  const given = fields as Record<string, unknown>;
  const known = new Set<string>(FIELDS.map(([name]) => name));
  const unknown = Object.keys(given).filter((name) => !known.has(name) && given[name] !== undefined);
  if (unknown.length) throw new TypeError(`unexpected argument(s): ${unknown.sort().join(", ")}`);
  const body: Record<string, string> = {};
  for (const [name, wire] of FIELDS) {
    const value = given[name];
    if (value === undefined) continue;
    if (URL_FIELDS.has(name)) body[wire] = checkUrl(name, value);
    else if (name === "status") body[wire] = checkChoice(name, value, STATUSES);
    else body[wire] = checkChoice(name, value, METHODS);
  }
  if (Object.keys(body).length === 0) {
    throw new InvalidParameterError("fields", `nothing to update; pass at least one of ${FIELDS.map(([n]) => n).join(", ")}`);
  }
  return body as UpdateCallRequest;
}

/** Escape the marks `encodeURIComponent` leaves alone, as Python's `quote` does. */
export function escapeMarks(text: string): string {
  return text.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Python's `urllib.parse.quote_plus`: only A-Z a-z 0-9 - . _ ~ stay as they are; space is `+`. */
export function quotePlus(text: string): string {
  return escapeMarks(encodeURIComponent(text)).replace(/%20/g, "+");
}

/** The form body, byte for byte the same as the Python SDK's. */
export function encodeForm(body: unknown): string {
  return Object.entries(body as Record<string, string>)
    .map(([name, value]) => `${quotePlus(name)}=${quotePlus(value)}`)
    .join("&");
}
