/** Following `next_page_uri`: only to a page of this API, and never to a page already read.
 *
 * The rules are the Python client's, step for step: refuse what is not plainly a URL, refuse
 * credentials and another scheme or authority as written, resolve (dot segments, `%2e` too),
 * then check the path that would be sent. */

import { createHash } from "node:crypto";
import { APIResponseValidationError } from "./errors.js";
import type { Prepared } from "./prepare.js";
import type { APIResponse } from "./resource.js";
import { printable } from "./text.js";

/** Pages a listing remembers (as 16-byte digests), the latest ones: a server that sends a page
 * again within that many is refused, and a listing of any length stays in bounded memory. */
export const MAX_REMEMBERED = 10_000;

// Control characters, spaces, backslashes (read as "/" by the URL parser for http(s), as text
// by others) and lone surrogates: a service's next_page_uri holds none of them.
// biome-ignore lint: control characters are what this matches
export const NOT_PLAIN = /[\x00-\x20\x7f\\]|\p{Cs}/u;
// The scheme and authority of a URL or a scheme-relative reference, as written.
const ORIGIN = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?/;

/** Why a next page is not followed (the client turns it into the package's error); `quotable`
 * is false where the URI holds what may be a password. */
export class PageRefused extends Error {
  constructor(
    why: string,
    readonly quotable = true,
  ) {
    super(why);
  }
}

/** The scheme and authority of `url`, lowercased, as written (undefined where absent). */
export function originOf(url: string): [string | undefined, string | undefined] {
  const match = ORIGIN.exec(url);
  return [match?.[1]?.toLowerCase(), match?.[2]?.toLowerCase()];
}

/** The absolute URL of the page `uri` names, relative to `baseUrl`; `PageRefused` if it is
 * not a page of that API. */
export function nextPageUrl(uri: string, baseUrl: string): string {
  const elsewhere = `is not a page of ${baseUrl}`;
  if (NOT_PLAIN.test(uri)) throw new PageRefused("is not a URL");
  const [scheme, authority] = originOf(uri);
  const [baseScheme, baseAuthority] = originOf(baseUrl);
  if (authority?.includes("@")) throw new PageRefused("holds credentials (user info before '@')", false);
  if ((scheme !== undefined && scheme !== baseScheme) || (authority !== undefined && authority !== baseAuthority)) {
    throw new PageRefused(elsewhere);
  }
  const base = new URL(baseUrl);
  let next: URL;
  try {
    next = new URL(uri, base); // resolves `.`, `..` and their `%2e` forms
  } catch {
    throw new PageRefused("is not a URL");
  }
  if (next.origin !== base.origin || next.username || next.password) throw new PageRefused(elsewhere);
  if (!next.pathname.startsWith(`${base.pathname}/`)) throw new PageRefused(elsewhere);
  next.hash = "";
  return next.toString();
}

/** The pages one listing has read, to refuse one read before (in any order of its query). */
export class PageTrail {
  readonly #seen = new Set<string>();
  // The digests in the order added, a ring of MAX_REMEMBERED: the oldest is let go first.
  readonly #order: string[] = [];
  #next = 0;

  static #digest(url: string): string {
    const parsed = new URL(url);
    const query = parsed.search.slice(1);
    const sorted = query ? query.split("&").sort().join("&") : "";
    return createHash("sha256").update(`${parsed.pathname}?${sorted}`).digest().toString("base64", 0, 16);
  }

  /** Remember `url`; false if it was read before. */
  add(url: string): boolean {
    const digest = PageTrail.#digest(url);
    if (this.#seen.has(digest)) return false;
    if (this.#order.length === MAX_REMEMBERED) {
      this.#seen.delete(this.#order[this.#next]!);
      this.#order[this.#next] = digest;
      this.#next = (this.#next + 1) % MAX_REMEMBERED;
    } else {
      this.#order.push(digest);
    }
    this.#seen.add(digest);
    return true;
  }

  /** How many pages are remembered. */
  get size(): number {
    return this.#seen.size;
  }
}

/** The request for the page after `response`'s, or null on the last page. Only a page of
 * `baseUrl` is followed, and only once (else `APIResponseValidationError`): a next_page_uri
 * elsewhere would carry the credentials there, and one already read would never end. */
export function nextPage(prepared: Prepared, response: APIResponse<unknown>, trail: PageTrail, baseUrl: string): Prepared | null {
  const uri = (response.parsed as { next_page_uri?: unknown } | undefined)?.next_page_uri;
  if (typeof uri !== "string" || uri === "") return null;
  try {
    const url = nextPageUrl(uri, baseUrl);
    if (!trail.add(url)) throw new PageRefused("is a page already read");
    return { ...prepared, url };
  } catch (error) {
    if (!(error instanceof PageRefused)) throw error;
    const shown = error.quotable ? ` '${printable(uri.slice(0, 200))}'` : ""; // user info stays out
    throw new APIResponseValidationError(`next_page_uri${shown} ${error.message}; not followed`, response.status, response.body);
  }
}
