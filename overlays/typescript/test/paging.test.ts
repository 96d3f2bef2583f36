// Following `next_page_uri` against a real server: the shared vectors
// (tests/vectors/next_pages.json, which the Python tests read too) of pages refused before
// sending, pages followed, and pages already read.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { describe, it } from "node:test";
import { APIResponseValidationError, SignalWire } from "../src/index.js";
import { MAX_REMEMBERED, PageTrail } from "../src/paging.js";
import { ROOT } from "./sandbox.js";
import { listen } from "./listen.js";

interface Vectors {
  first_page: string;
  refused: { id: string; next_page_uri: string }[];
  followed: { id: string; next_page_uri: string; sent: string }[];
  repeats: { id: string; next_page_uris: (string | null)[]; requests: number; refused: boolean }[];
}
const VECTORS = JSON.parse(readFileSync(join(ROOT, "tests", "vectors", "next_pages.json"), "utf8")) as Vectors;
const FIRST = VECTORS.first_page;
const TOKEN = "PT-paging-token";

/** Answer the n-th GET with an empty page of calls whose `next_page_uri` is `nextPageUris[n]`
 * (none past the end), recording each request's path as sent. `{origin}` and `{authority}` in
 * a URI stand for the server's own. */
async function pagingServer(nextPageUris: (string | null)[], run: (baseUrl: string) => Promise<unknown>): Promise<{ result: unknown; paths: string[] }> {
  const paths: string[] = [];
  let origin = "";
  const server = createServer((request, response) => {
    const index = paths.length;
    paths.push(request.url ?? "");
    const uri = nextPageUris[index] ?? null;
    const named = uri?.replaceAll("{origin}", origin).replaceAll("{authority}", origin.replace("http://", "")) ?? null;
    const body = JSON.stringify({ calls: [], next_page_uri: named, page: index });
    response.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  try {
    return { result: await run(`${origin}/api/laml/2010-04-01`).catch((e: unknown) => e), paths };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** List every call; the error that ended the listing, if one did. */
async function listing(baseUrl: string): Promise<unknown> {
  const sw = new SignalWire({ projectId: "AC", apiToken: TOKEN, baseUrl, maxRetries: 0 });
  for await (const _ of sw.calls.list()) void _;
  return undefined;
}

describe("a next page elsewhere is refused before sending", () => {
  for (const vector of VECTORS.refused) {
    it(vector.id, async () => {
      const { result, paths } = await pagingServer([vector.next_page_uri], listing);
      assert.ok(result instanceof APIResponseValidationError, String(result));
      assert.match(result.message, /not followed/);
      assert.ok(!result.message.includes("secret"), result.message); // the user info of a next_page_uri is not repeated
      assert.deepEqual(paths, [FIRST]);
    });
  }
});

it("a refused next page echoing the token does not repeat it", async () => {
  const { result } = await pagingServer([`https://elsewhere.example/api/laml/2010-04-01?t=${TOKEN}`], listing);
  assert.ok(result instanceof APIResponseValidationError, String(result));
  assert.match(result.message, /elsewhere\.example.*\[redacted\]/);
  assert.ok(!result.message.includes(TOKEN) && !String(result.stack).includes(TOKEN), result.message);
});

describe("a next page of the API is followed", () => {
  for (const vector of VECTORS.followed) {
    it(vector.id, async () => {
      const { result, paths } = await pagingServer([vector.next_page_uri], listing);
      assert.equal(result, undefined, String(result));
      assert.deepEqual(paths, [FIRST, vector.sent]);
    });
  }
});

describe("a page already read ends the listing", () => {
  for (const vector of VECTORS.repeats) {
    it(vector.id, async () => {
      const { result, paths } = await pagingServer(vector.next_page_uris, listing);
      if (vector.refused) {
        assert.ok(result instanceof APIResponseValidationError, String(result));
        assert.match(result.message, /already read/);
      } else {
        assert.equal(result, undefined, String(result));
      }
      assert.equal(paths.length, vector.requests);
      const named = [FIRST, ...vector.next_page_uris].slice(0, vector.requests);
      assert.deepEqual(paths, named.map((uri) => uri!.replace("{origin}", "")));
    });
  }

  it("a listing remembers a bounded number of pages", () => {
    // The latest MAX_REMEMBERED pages are refused again; older ones are let go, so a listing
    // of any length holds at most that many digests.
    const trail = new PageTrail();
    const page = (n: number) => `http://127.0.0.1/api/Accounts/AC/Calls?Page=${n}&PageSize=1000`;
    for (let n = 0; n <= MAX_REMEMBERED; n++) assert.ok(trail.add(page(n)));
    assert.ok(!trail.add(page(MAX_REMEMBERED)));
    assert.ok(!trail.add(page(1)));
    assert.equal(trail.size, MAX_REMEMBERED);
    assert.ok(trail.add(page(0))); // the oldest, forgotten
  });
});
