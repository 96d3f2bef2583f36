/** Downloading what a record's `uri` points at (a recording's audio, a message's media file):
 * into memory or streamed to a file, under the same limits, retries and errors as every call.
 *
 * Nothing here knows a resource. A uri is a path (`/api/laml/...`) or a full URL of the
 * client's own origin; one whose path ends in `.json` (the record itself) is downloaded without
 * that suffix, which is where the service serves the content the record describes. Redirects
 * are followed (at most `MAX_REDIRECTS`); the credentials go only to the client's own origin,
 * never to another one, nor back to it once a redirect has left it. The rules are the Python
 * client's, step for step. */

import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isLoopback } from "./config.js";
import { APIResponseValidationError, APIStatusError, FileWriteError, InvalidParameterError } from "./errors.js";
import { NOT_PLAIN, originOf } from "./paging.js";
import { statusError } from "./status.js";
import type { Answer } from "./transport.js";

/** The longest uri taken (a service's is about 150 characters). */
export const MAX_URI_LENGTH = 8192;
export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** The content type of a body the service sent without one (as RFC 9110 lets one assume). */
export const DEFAULT_CONTENT_TYPE = "application/octet-stream";

/** What a download gave: the bytes (empty when written to a file), the content type the
 * service reported, the size in bytes (decoded), and the file written, if any. */
export interface Content {
  data: Uint8Array;
  contentType: string;
  size: number;
  path: string | null;
}

/** The settings of one download. */
export interface DownloadOptions {
  /** A file's path: the body is streamed to a temporary file beside it, which replaces it only
   * once complete; on any failure the file is left as it was. */
  to?: string;
  /** The largest body read, once decoded (by default the client's `maxResponseBytes`). */
  maxBytes?: number;
  timeoutMs?: number;
  maxRetries?: number;
  signal?: AbortSignal;
}

/** The URL `uri` names, resolved against `baseUrl`; `InvalidParameterError` if it is not a
 * path or a full URL of the client's own origin (nothing is sent then). */
export function downloadUrl(uri: unknown, baseUrl: string): string {
  const refuse = (problem: string) => new InvalidParameterError("uri", problem);
  if (uri === null || uri === undefined) throw refuse(`is ${uri}: the record has no uri`);
  if (typeof uri !== "string") throw refuse(`must be a string, not ${typeof uri}`);
  if (uri === "") throw refuse("must not be empty");
  if (uri.length > MAX_URI_LENGTH) throw refuse(`must be at most ${MAX_URI_LENGTH} characters`);
  if (NOT_PLAIN.test(uri)) throw refuse("is not a URL: it holds control characters, spaces, backslashes or lone surrogates");
  const [scheme, authority] = originOf(uri);
  const [baseScheme, baseAuthority] = originOf(baseUrl);
  const own = `${baseScheme}://${baseAuthority}`;
  if (authority?.includes("@")) throw refuse("holds user info (a name or password before '@'); not sent");
  if (scheme === undefined && authority === undefined) {
    if (!uri.startsWith("/")) throw refuse(`must be a path starting with '/' or a full URL of ${own}`);
  } else if (scheme !== baseScheme || authority !== baseAuthority) {
    throw refuse(`is not on ${own}: the client sends its credentials to its own origin only, so it does not download from another; download that URL without them`);
  }
  let url: URL;
  try {
    url = new URL(uri, baseUrl); // resolves `.`, `..` and their `%2e` forms
  } catch {
    throw refuse("is not a URL");
  }
  if (url.origin !== new URL(baseUrl).origin || url.username || url.password) throw refuse(`is not on ${own}`);
  url.hash = "";
  if (url.pathname.endsWith(".json")) url.pathname = url.pathname.slice(0, -".json".length);
  return url.toString();
}

/** Where a redirect answer sends the download (resolved against `current`), or null if
 * `answer` is not a redirect; `APIStatusError` if the target is refused. */
export function redirectUrl(answer: Answer, current: string): string | null {
  if (!REDIRECTS.has(answer.status)) return null;
  const location = answer.headers.get("location");
  if (location === null) return null; // nowhere to go: the status error, as for any non-2xx
  const refused = (why: string) =>
    new APIStatusError(`redirected to a URL that is not followed: ${why}`, answer.status, null, null, null, answer.headers);
  if (location.length > MAX_URI_LENGTH || NOT_PLAIN.test(location)) throw refused("it is not a URL");
  let target: URL;
  try {
    target = new URL(location, current);
  } catch {
    throw refused("it is not a URL");
  }
  if (target.username || target.password) throw refused("it holds user info (a name or password before '@')");
  if ((target.protocol !== "http:" && target.protocol !== "https:") || !target.hostname) throw refused("it is not an http(s) URL");
  if (target.protocol === "http:" && !isLoopback(target.hostname)) throw refused("plain http:// only to a loopback host");
  if (target.protocol === "http:" && new URL(current).protocol === "https:") throw refused("it goes from https:// to http://");
  target.hash = "";
  return target.toString();
}

/** Whether `url` is on the origin of `baseUrl`. */
export function sameOrigin(url: string, baseUrl: string): boolean {
  return new URL(url).origin === new URL(baseUrl).origin;
}

/** The answer's `Content`; the typed error of a failure, with `secrets` redacted from its texts. */
export function contentOf(answer: Answer, sink: FileSink | null, secrets: readonly string[] = []): Content {
  if (answer.status < 200 || answer.status >= 300) {
    throw statusError(answer.status, answer.statusText, answer.text, answer.headers, answer.problem, secrets);
  }
  if (answer.problem) {
    throw new APIResponseValidationError(`${answer.status} response body is unreadable: ${answer.problem}`, answer.status, "");
  }
  const contentType = answer.headers.get("content-type") || DEFAULT_CONTENT_TYPE;
  if (sink !== null) return { data: new Uint8Array(0), contentType, size: sink.size, path: sink.target };
  return { data: answer.data, contentType, size: answer.data.byteLength, path: null };
}

function reason(error: unknown): string {
  return (error as { code?: string }).code ?? (error as Error).message ?? String(error);
}

/** A download's bytes, written to a temporary file beside the target and renamed onto it only
 * once complete; removed on any failure, so no partial file is ever left. */
export class FileSink {
  size = 0;
  #handle: FileHandle | null;

  private constructor(
    readonly target: string,
    readonly temporary: string,
    handle: FileHandle,
  ) {
    this.#handle = handle;
  }

  /** The sink of `to`, checked and its temporary file made: `InvalidParameterError` else. */
  static async open(to: unknown): Promise<FileSink> {
    const refuse = (problem: string) => new InvalidParameterError("to", problem);
    if (typeof to !== "string") throw refuse(`must be a file's path (a string), not ${to === null ? "null" : typeof to}`);
    if (to === "") throw refuse("must be a file's path");
    if (to.includes("\0")) throw refuse("holds NUL");
    if ((await stat(to).catch(() => null))?.isDirectory()) throw refuse(`'${to}' is a directory; give the file's path`);
    const directory = dirname(to);
    if (!(await stat(directory).catch(() => null))?.isDirectory()) throw refuse(`the directory '${directory}' does not exist`);
    const temporary = join(directory, `.${basename(to)}.${randomBytes(6).toString("hex")}.part`);
    try {
      return new FileSink(to, temporary, await open(temporary, "wx", 0o600));
    } catch (error) {
      throw refuse(`cannot be written: ${reason(error)}`);
    }
  }

  /** Take the next chunk. */
  readonly write = async (chunk: Uint8Array): Promise<void> => {
    const handle = this.#handle;
    if (handle === null) throw new FileWriteError("the download was abandoned; nothing more is written");
    try {
      await handle.write(chunk, 0, chunk.byteLength, this.size);
    } catch (error) {
      throw new FileWriteError(`${this.target}: cannot be written: ${reason(error)}`, (error as { code?: string }).code ?? null);
    }
    this.size += chunk.byteLength;
  };

  /** Empty the file, for another attempt. */
  async restart(): Promise<void> {
    if (this.#handle === null) throw new FileWriteError("the download was abandoned");
    try {
      await this.#handle.truncate(0);
    } catch (error) {
      throw new FileWriteError(`${this.target}: cannot be written: ${reason(error)}`, (error as { code?: string }).code ?? null);
    }
    this.size = 0;
  }

  /** Put the complete file in place of the target. */
  async commit(): Promise<void> {
    const handle = this.#handle;
    this.#handle = null;
    if (handle === null) throw new FileWriteError("the download was abandoned");
    try {
      await handle.sync();
      await handle.close();
      await rename(this.temporary, this.target);
    } catch (error) {
      await handle.close().catch(() => {});
      await unlink(this.temporary).catch(() => {});
      throw new FileWriteError(`${this.target}: cannot be written: ${reason(error)}`, (error as { code?: string }).code ?? null);
    }
  }

  /** Remove the temporary file (if not yet in place); the target is left as it was. */
  async discard(): Promise<void> {
    const handle = this.#handle;
    if (handle === null) return; // committed, or discarded already
    this.#handle = null;
    await handle.close().catch(() => {});
    await unlink(this.temporary).catch(() => {});
  }
}
