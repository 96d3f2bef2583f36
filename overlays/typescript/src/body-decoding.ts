/** Decoding a response body as its `Content-Encoding` says, by the Python SDK's rules
 * (`_body.py`): one coding of gzip, x-gzip, deflate (zlib-wrapped or raw) or br; `identity`
 * ignored; any other coding, or several, cannot be read. */

import { createRequire } from "node:module";
import type { Transform } from "node:stream";
import type * as Zlib from "node:zlib";

// Loaded with the first compressed body, not with the package.
let loaded: typeof Zlib | undefined;
const zlib = (): typeof Zlib => (loaded ??= createRequire(import.meta.url)("node:zlib") as typeof Zlib);

/** What every request advertises, as the Python SDK does (br is decoded too, as fetch does). */
export const ACCEPT_ENCODING = "gzip, deflate";

/** How to decode a body: `null` for as it is, a coding's name and a maker of its decoder
 * (given the first bytes, which tell raw deflate from zlib's), or why it cannot be read. */
export type Decoding = null | { name: string; make: (first: Uint8Array) => Transform } | { unsupported: string };

const DECODERS: ReadonlyMap<string, (first: Uint8Array) => Transform> = new Map<string, (first: Uint8Array) => Transform>([
  ["gzip", () => zlib().createGunzip()],
  ["x-gzip", () => zlib().createGunzip()],
  // A zlib stream's first byte names its method (8, deflate) in its low four bits.
  ["deflate", (first: Uint8Array) => ((first[0]! & 0x0f) === 0x08 ? zlib().createInflate() : zlib().createInflateRaw())],
  ["br", () => zlib().createBrotliDecompress()],
]);

/** The decoding the `Content-Encoding` header `value` (undefined when absent) calls for. */
export function decodingOf(value: string | undefined): Decoding {
  if (value === undefined || value === "") return null;
  const codings = value
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  if (codings.length === 0) return null;
  const make = codings.length === 1 ? DECODERS.get(codings[0]!) : undefined;
  if (make === undefined) return { unsupported: `unsupported Content-Encoding ${JSON.stringify(codings.join(", ").slice(0, 60))}` };
  return { name: codings[0]!, make };
}
