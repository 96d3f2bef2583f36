// Hostile servers and bad input: every failure is one of the package's typed errors, in
// bounded time and memory, as in the Python SDK.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import {
  APIConnectionError,
  APIResponseValidationError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  InvalidParameterError,
  NotFoundError,
  RequestTimeoutError,
  ServerOutcomeUnknownError,
  SignalWire,
} from "../src/index.js";

const TOKEN = "PT-secret-token-7f3a9c";
const CALL = JSON.stringify({ sid: "CA1", status: "completed" });
type Handler = (request: IncomingMessage, response: ServerResponse, headers: string) => void;
let handlers: Handler[] = [];
let seen = 0;
const server = createServer((request, response) => {
  const handler = handlers[Math.min(seen, handlers.length - 1)];
  seen += 1;
  request.resume();
  request.on("end", () => handler?.(request, response, JSON.stringify(request.headers)));
});
let baseUrl = "";

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/laml/2010-04-01`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

function reply(status: number, body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { "Content-Type": "application/json", ...headers });
    response.end(body);
  };
}

async function outcome(script: Handler[], options: Record<string, unknown> = {}) {
  handlers = script;
  seen = 0;
  const sw = new SignalWire({ projectId: "p", apiToken: TOKEN, baseUrl, maxResponseBytes: 1 << 20, retryPolicy: { initialWaitMs: 1, maxWaitMs: 5 }, ...options });
  const started = Date.now();
  try {
    return { result: await sw.calls.update("CA1", { status: "completed", timeoutMs: 1000 }) as unknown, ms: Date.now() - started, requests: seen };
  } catch (error) {
    return { result: error, ms: Date.now() - started, requests: seen };
  }
}

const DEEP = "[".repeat(1000) + "]".repeat(1000);
const SCENARIOS: [string, Handler[], (result: unknown) => boolean, number][] = [
  ["gzip 200", [reply(200, gzipSync(CALL), { "Content-Encoding": "gzip" })], (r) => (r as { sid?: string }).sid === "CA1", 1],
  ["gzip 404", [reply(404, gzipSync('{"message": "gone"}'), { "Content-Encoding": "gzip" })], (r) => r instanceof NotFoundError, 1],
  ["gzip 429 then 200", [reply(429, gzipSync("{}"), { "Content-Encoding": "gzip" }), reply(200, CALL)], (r) => (r as { sid?: string }).sid === "CA1", 2],
  ["gzip bomb 200", [reply(200, gzipSync(Buffer.alloc(64 << 20)), { "Content-Encoding": "gzip" })], (r) => r instanceof APIResponseValidationError, 1],
  ["huge 500", [reply(500, "x".repeat(3 << 20))], (r) => r instanceof ServerOutcomeUnknownError, 1],
  ["deep JSON 200", [reply(200, DEEP)], (r) => r instanceof APIResponseValidationError, 1],
  ["deep JSON 500", [reply(500, DEEP)], (r) => r instanceof ServerOutcomeUnknownError, 1],
  ["deep JSON 429 then 200", [reply(429, DEEP), reply(200, CALL)], (r) => (r as { sid?: string }).sid === "CA1", 2],
  [
    "endless 200",
    [
      (_q, response) => {
        response.writeHead(200);
        const chunk = Buffer.alloc(65536, 120);
        const pump = () => {
          while (!response.destroyed && response.write(chunk)) {}
          if (!response.destroyed) response.once("drain", pump);
        };
        pump();
      },
    ],
    (r) => r instanceof APIResponseValidationError,
    1,
  ],
  [
    "dripping body",
    [
      (_q, response) => {
        response.writeHead(200, { "Content-Length": "100" });
        const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write(" ")), 200);
      },
    ],
    (r) => r instanceof APIResponseValidationError && /timed out/.test(r.message),
    1,
  ],
  ["silent", [() => {}], (r) => r instanceof RequestTimeoutError, 1],
  ["401 echoing credentials", [(_q, response, headers) => reply(401, `<pre>${headers}</pre>`)(_q, response, headers)], (r) => r instanceof AuthenticationError && !String(r).includes(TOKEN) && !String(r).includes(Buffer.from(`p:${TOKEN}`).toString("base64")), 1],
  ["400 forging lines", [reply(400, JSON.stringify({ message: "bad\nforged\x1b[2J" }))], (r) => r instanceof BadRequestError && !/[\n\x1b]/.test((r as Error).message) && (r as Error).message.includes("bad\\nforged\\x1b[2J"), 1],
];

/** `text` as raw deflate in a stored block whose first byte is 0x08 (an unused bit set), as a
 * zlib stream's first byte is, and then an empty last block. */
function storedDeflate(text: string): Buffer {
  const data = Buffer.from(text);
  const length = data.byteLength; // under 256: one byte of the two
  return Buffer.concat([Buffer.from([0x08, length, 0, ~length & 0xff, 0xff]), data, Buffer.from([0x01, 0, 0, 0xff, 0xff])]);
}

// The default transport decodes a body as the Python SDK does: one coding of gzip, x-gzip or
// deflate (zlib or raw); any other (br, which is never asked for, too), or several, cannot be
// read. (A fetch of the user's own decodes by its own rules.)
const DECODING: [string, Handler[], (result: unknown) => boolean, number][] = [
  ["x-gzip 200", [reply(200, gzipSync(CALL), { "Content-Encoding": "x-gzip" })], (r) => (r as { sid?: string }).sid === "CA1", 1],
  ["deflate 200", [reply(200, deflateSync(CALL), { "Content-Encoding": "deflate" })], (r) => (r as { sid?: string }).sid === "CA1", 1],
  ["raw deflate 200", [reply(200, deflateRawSync(CALL), { "Content-Encoding": "deflate" })], (r) => (r as { sid?: string }).sid === "CA1", 1],
  ["raw deflate whose first byte looks like zlib's 200", [reply(200, storedDeflate(CALL), { "Content-Encoding": "deflate" })], (r) => (r as { sid?: string }).sid === "CA1", 1],
  ["br 200", [reply(200, brotliCompressSync(CALL), { "Content-Encoding": "br" })], (r) => r instanceof APIResponseValidationError && /unsupported Content-Encoding 'br'/.test(r.message), 1],
  ["identity and gzip 200", [reply(200, gzipSync(CALL), { "Content-Encoding": "identity, GZIP" })], (r) => (r as { sid?: string }).sid === "CA1", 1],
  ["gzip cut short 200", [reply(200, gzipSync(CALL).subarray(0, 20), { "Content-Encoding": "gzip" })], (r) => r instanceof APIResponseValidationError && /gzip data ends early/.test(r.message), 1],
  ["not gzip 200", [reply(200, CALL, { "Content-Encoding": "gzip" })], (r) => r instanceof APIResponseValidationError && /invalid gzip data/.test(r.message), 1],
  ["unknown coding 200", [reply(200, CALL, { "Content-Encoding": "zstd" })], (r) => r instanceof APIResponseValidationError && /unsupported Content-Encoding 'zstd'/.test(r.message), 1],
  ["two codings 200", [reply(200, gzipSync(gzipSync(CALL)), { "Content-Encoding": "gzip, gzip" })], (r) => r instanceof APIResponseValidationError && /unsupported Content-Encoding/.test(r.message), 1],
  ["unknown coding 404", [reply(404, '{"message": "gone"}', { "Content-Encoding": "zstd" })], (r) => r instanceof NotFoundError && /unsupported Content-Encoding/.test(r.message), 1],
  // Random bytes do not compress: gzip stores them, so the raw body passes the cap first.
  ["compressed past the cap 200", [reply(200, gzipSync(randomBytes(1 << 20)), { "Content-Encoding": "gzip" })], (r) => r instanceof APIResponseValidationError && /larger than 1048576 bytes; not read/.test(r.message), 1],
];

// Each transport: the default one, and the same server through a fetch given as an option.
const TRANSPORTS: [string, Record<string, unknown>][] = [
  ["node:http", {}],
  ["fetch option", { fetch: (request: Request) => globalThis.fetch(request) }],
];

// The scenarios that end at the call's timeoutMs (1000 ms), and the bounds of timeouts.test.ts:
// a few ms early on libuv's clock, up to 300 ms late on a busy machine.
const TIMED = new Set(["dripping body", "silent"]);

for (const [transport, options] of TRANSPORTS) {
  describe(`hostile servers (${transport})`, () => {
    for (const [name, script, check, requests] of [...SCENARIOS, ...(transport === "node:http" ? DECODING : [])]) {
      it(name, async () => {
        const { result, ms, requests: made } = await outcome(script, options);
        assert.ok(check(result), `${name}: ${String(result)}`);
        assert.equal(made, requests);
        if (TIMED.has(name)) assert.ok(ms >= 995 && ms < 1300, `${name} took ${ms} ms, not the 1000 ms timeoutMs`);
        else assert.ok(ms < 15_000, `${name} took ${ms} ms`);
      });
    }
  });
}

describe("bad input and settings", () => {
  const base = { projectId: "p", apiToken: TOKEN, spaceUrl: "example" };
  for (const timeoutMs of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e300]) {
    it(`timeoutMs ${timeoutMs}`, async () => {
      assert.throws(() => new SignalWire({ ...base, timeoutMs }), ConfigurationError);
      await assert.rejects(new SignalWire(base).calls.update("CA1", { status: "completed", timeoutMs }), InvalidParameterError);
    });
  }
  it("a fractional timeoutMs is rounded up, not refused", () => {
    assert.doesNotThrow(() => new SignalWire({ ...base, timeoutMs: 1500.5 }));
  });
  it("bad retry limits", () => {
    for (const maxRetries of [-1, 1.5, Number.NaN, 1000]) assert.throws(() => new SignalWire({ ...base, maxRetries }), ConfigurationError);
  });
  it("lone surrogates", async () => {
    const sw = new SignalWire(base);
    await assert.rejects(sw.calls.update("CA\ud800", { status: "completed" }), InvalidParameterError);
    await assert.rejects(sw.calls.update("CA1", { url: "https://example.com/\udcff" }), InvalidParameterError);
    assert.throws(() => new SignalWire({ ...base, apiToken: "t\ud800" }), ConfigurationError);
  });
  it("a port fetch refuses is a connection error, nothing sent", async () => {
    const sw = new SignalWire({ projectId: "p", apiToken: TOKEN, baseUrl: "http://127.0.0.1:6000/api", maxRetries: 0 });
    const error = await sw.calls.update("CA1", { status: "completed" }).catch((e: unknown) => e);
    assert.ok(error instanceof APIConnectionError && !error.outcomeUnknown, String(error));
  });
});
