/** Decoding a response body as its `Content-Encoding` says, by the Python SDK's rules
 * (`_body.py`): one coding of gzip, x-gzip or deflate (zlib-wrapped or raw); `identity`
 * ignored; any other coding (br, which is never asked for, too), or several, cannot be read. */

import { createRequire } from "node:module";
import type { Transform } from "node:stream";
import type * as Zlib from "node:zlib";

// Loaded with the first compressed body, not with the package.
let loaded: typeof Zlib | undefined;
const zlib = (): typeof Zlib => (loaded ??= createRequire(import.meta.url)("node:zlib") as typeof Zlib);

/** What every request advertises, as the Python SDK does. */
export const ACCEPT_ENCODING = "gzip, deflate";

/** How to decode a body: `null` for as it is, a coding's name and a maker of its decoder
 * (given the first bytes, which tell raw deflate from zlib's), or why it cannot be read. */
export type Decoding = null | { name: string; make: (first: Uint8Array) => Transform } | { unsupported: string };

const DECODERS: ReadonlyMap<string, (first: Uint8Array) => Transform> = new Map<string, (first: Uint8Array) => Transform>([
  ["gzip", () => zlib().createGunzip()],
  ["x-gzip", () => zlib().createGunzip()],
  ["deflate", (first: Uint8Array) => (zlibHeader(first) ? zlib().createInflate() : zlib().createInflateRaw())],
]);

/** Whether `first` (a body's first bytes) starts a zlib stream rather than raw deflate, which
 * some servers send as `deflate`: its method (8) in the low four bits of the first byte, and
 * its first two bytes a multiple of 31. */
function zlibHeader(first: Uint8Array): boolean {
  return (first[0]! & 0x0f) === 0x08 && (first.length < 2 || ((first[0]! << 8) | first[1]!) % 31 === 0);
}

/** The decoding the `Content-Encoding` header `value` (undefined when absent) calls for. */
export function decodingOf(value: string | undefined): Decoding {
  if (value === undefined || value === "") return null;
  const codings = value
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  if (codings.length === 0) return null;
  const make = codings.length === 1 ? DECODERS.get(codings[0]!) : undefined;
  if (make === undefined) return { unsupported: `unsupported Content-Encoding ${`'${codings.join(", ")}'`.slice(0, 60)}` }; // as Python shows it
  return { name: codings[0]!, make };
}
