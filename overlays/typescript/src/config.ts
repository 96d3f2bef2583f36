/** Credentials and the API's base URL, from options or the same environment variables as Python. */

import { ConfigurationError } from "./errors.js";
import { CONTROL, LONE_SURROGATE } from "./text.js";

export const ENV_PROJECT_ID = "SIGNALWIRE_PROJECT_ID";
export const ENV_API_TOKEN = "SIGNALWIRE_API_TOKEN";
export const ENV_SPACE_URL = "SIGNALWIRE_SPACE_URL";
export const ENV_SPACE = "SIGNALWIRE_SPACE";
export const ENV_BASE_URL = "SIGNALWIRE_BASE_URL";
export const API_PATH = "/api/laml/2010-04-01";
const SPACE_DOMAIN = "signalwire.com";
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
function fromEnv(value: string | undefined, ...names: string[]): string | undefined {
  if (value !== undefined) return value;
  for (const name of names) {
    const found = process.env[name];
    if (found) return found;
  }
  return undefined;
}

export interface Credentials {
  readonly projectId: string;
  readonly authorization: string;
  /** Every form of the token that could show up in a text. */
  readonly secrets: readonly string[];
}

export function resolveCredentials(projectId?: string, apiToken?: string): Credentials {
  const pid = fromEnv(projectId, ENV_PROJECT_ID);
  const token = fromEnv(apiToken, ENV_API_TOKEN);
  if (!pid?.trim()) throw new ConfigurationError("projectId", `is missing: pass projectId or set ${ENV_PROJECT_ID}`);
  if (!token?.trim()) throw new ConfigurationError("apiToken", `is missing: pass apiToken or set ${ENV_API_TOKEN}`);
  if (pid.includes(":")) throw new ConfigurationError("projectId", "must not contain ':' (HTTP Basic user names cannot)");
  for (const [field, value] of [["projectId", pid], ["apiToken", token]] as const) {
    if (CONTROL.test(value)) throw new ConfigurationError(field, "must not contain control characters");
    if (LONE_SURROGATE.test(value)) throw new ConfigurationError(field, "must be valid Unicode (it holds lone surrogates)");
  }
  const pair = Buffer.from(`${pid}:${token}`, "utf8").toString("base64");
  return { projectId: pid, authorization: `Basic ${pair}`, secrets: [token, pair] };
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

function parse(value: string, field: string): URL {
  if (CONTROL.test(value) || value.includes(" ")) {
    throw new ConfigurationError(field, "must not contain spaces or control characters");
  }
  if (LONE_SURROGATE.test(value)) throw new ConfigurationError(field, "must be valid Unicode (it holds lone surrogates)");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(field, "is not a valid URL");
  }
  if (url.username || url.password) throw new ConfigurationError(field, "must not contain user info; pass credentials separately");
  if (url.search || url.hash) throw new ConfigurationError(field, "must not contain a query or fragment");
  return url;
}

/** The API's base URL. Options come first (`baseUrl`, else `spaceUrl`), then the environment
 * (`SIGNALWIRE_BASE_URL`, else `SIGNALWIRE_SPACE_URL`, else `SIGNALWIRE_SPACE`). */
export function resolveBaseUrl(spaceUrl?: string, baseUrl?: string): string {
  if (baseUrl !== undefined) return checkBaseUrl(baseUrl, "baseUrl");
  const fromBaseEnv = spaceUrl === undefined ? process.env[ENV_BASE_URL] : undefined;
  if (fromBaseEnv) return checkBaseUrl(fromBaseEnv, ENV_BASE_URL);
  const space = fromEnv(spaceUrl, ENV_SPACE_URL, ENV_SPACE)?.trim();
  if (!space) throw new ConfigurationError("spaceUrl", `is missing: pass spaceUrl or baseUrl, or set ${ENV_SPACE_URL} (or ${ENV_SPACE}, or ${ENV_BASE_URL})`);
  return `https://${spaceHost(space)}${API_PATH}`;
}

function checkBaseUrl(baseUrl: string, field: string): string {
  const url = parse(baseUrl, field);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigurationError(field, "must be an absolute http(s) URL");
  if (url.protocol === "http:" && !isLoopback(url.hostname)) {
    throw new ConfigurationError(field, "may use plain http only for a loopback host (127.0.0.1, ::1, localhost): credentials would travel in clear text");
  }
  return baseUrl.replace(/\/+$/, "");
}

function spaceHost(space: string): string {
  let host: string;
  if (space.includes("://")) {
    const url = parse(space, "spaceUrl");
    if (url.protocol !== "https:") throw new ConfigurationError("spaceUrl", "must use https; use baseUrl for a local server");
    if (url.port) throw new ConfigurationError("spaceUrl", "must not contain a port; use baseUrl instead");
    if (url.pathname !== "/" && url.pathname !== "") throw new ConfigurationError("spaceUrl", "must be a host name only, without a path");
    if (/:\d+/.test(space.split("://")[1] ?? "")) throw new ConfigurationError("spaceUrl", "must not contain a port; use baseUrl instead");
    host = url.hostname;
  } else {
    host = space.replace(/\/+$/, "");
  }
  if (!HOST.test(host)) throw new ConfigurationError("spaceUrl", "must be a space name or host, like 'example' or 'example.signalwire.com'");
  host = host.toLowerCase();
  return host.includes(".") ? host : `${host}.${SPACE_DOMAIN}`;
}

export const MAX_TIMEOUT_MS = 86_400_000;

/** A positive, finite number of milliseconds up to one day, rounded up to a whole one. */
export function checkTimeoutMs(value: unknown, fail: (problem: string) => Error): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    throw fail(`must be more than 0 and at most ${MAX_TIMEOUT_MS} ms: ${String(value)}`);
  }
  return Math.ceil(value);
}

/** A whole number from `low` to `high`. */
export function checkCount(value: unknown, low: number, high: number, fail: (problem: string) => Error): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < low || value > high) {
    throw fail(`must be a whole number from ${low} to ${high}: ${String(value)}`);
  }
  return value;
}
