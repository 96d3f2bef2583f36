// download(): a recording's audio and a message's media file, in memory and streamed to a
// file, against the sandbox and hostile servers, as in the Python SDK: the same limits,
// retries and typed errors as every call, credentials only to the client's own origin, and
// never a partial file.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { downloadUrl } from "../src/download.js";
import {
  APIResponseValidationError,
  APIStatusError,
  type Content,
  InvalidParameterError,
  NotFoundError,
  RateLimitError,
  SignalWire,
} from "../src/index.js";
import { ROOT, useSandbox } from "./sandbox.js";

const sandbox = useSandbox();
const MEDIA_MESSAGE = "0a059168-ead0-41af-9d1f-343dae832527"; // the spec's example media's message
const client = () => new SignalWire({ projectId: sandbox.project_id, apiToken: sandbox.api_token, baseUrl: sandbox.base_url });
const scratch = () => mkdtempSync(join(tmpdir(), "download-"));
const leftovers = (directory: string) => readdirSync(directory).filter((name) => name.endsWith(".part"));

/** The channels, rate and frames of a PCM WAV file's `fmt ` and `data` chunks. */
function frames(data: Uint8Array): [number, number, number] {
  const view = Buffer.from(data);
  assert.equal(view.toString("latin1", 0, 4), "RIFF");
  assert.equal(view.toString("latin1", 8, 12), "WAVE");
  const channels = view.readUInt16LE(22);
  return [channels, view.readUInt32LE(24), view.readUInt32LE(40) / (2 * channels)];
}

describe("download from the sandbox", () => {
  it("the README example: a recording's audio, and a message's media", async () => {
    const directory = scratch();
    const sw = client();
    let audio: Content | undefined;
    let mp3: Content | undefined;
    for await (const recording of sw.recordings.list()) {
      audio = await sw.download(recording.uri, { to: join(directory, `${recording.sid}.wav`) }); // streamed to a file
      mp3 = await sw.download((recording.uri ?? "").replace(/\.json$/, ".mp3")); // in memory
    }
    let image: Content | undefined;
    for await (const media of sw.messages.media.list(MEDIA_MESSAGE)) {
      image = await sw.download(media.uri); // in its content_type: image/jpeg
    }
    assert.ok(audio && mp3 && image);
    assert.equal(audio.contentType, "audio/x-wav");
    assert.equal(audio.data.byteLength, 0);
    assert.deepEqual(frames(readFileSync(audio.path!)), [1, 8000, 2000]);
    assert.equal(readFileSync(audio.path!).byteLength, audio.size);
    assert.equal(mp3.contentType, "audio/mpeg");
    assert.deepEqual([...mp3.data.subarray(0, 4)], [0xff, 0xfb, 0x18, 0xc4]);
    assert.equal(mp3.size, mp3.data.byteLength);
    assert.equal(image.contentType, "image/jpeg");
    assert.deepEqual([...image.data.subarray(0, 3)], [0xff, 0xd8, 0xff]);
    assert.equal(image.path, null);
    assert.deepEqual(leftovers(directory), []);
  });

  it("the suffix-less and .wav URLs are WAV; an unknown recording is a NotFoundError", async () => {
    const sw = client();
    const [recording] = (await sw.recordings.listWithResponse()).parsed.recordings ?? [];
    const bare = recording!.uri!.replace(/\.json$/, "");
    for (const uri of [bare, `${bare}.wav`, `${sandbox.url}${bare}`]) {
      const content = await sw.download(uri);
      assert.equal(content.contentType, "audio/x-wav");
      assert.deepEqual(frames(content.data), [1, 8000, 2000]);
    }
    const directory = scratch();
    const target = join(directory, "kept.wav");
    writeFileSync(target, "kept");
    const error = await sw.download(bare.replace("Recordings/", "Recordings/RE-none-"), { to: target }).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError && error.code === 20404, String(error));
    assert.equal(readFileSync(target, "utf8"), "kept");
    assert.deepEqual(leftovers(directory), []);
  });
});

describe("what a uri may be", () => {
  const vectors = JSON.parse(readFileSync(join(ROOT, "tests", "vectors", "downloads.json"), "utf8")) as {
    base_url: string;
    cases: { uri: string; url?: string; refused?: string }[];
  };
  for (const vector of vectors.cases) {
    it(JSON.stringify(vector.uri).slice(0, 60), () => {
      if (vector.url !== undefined) {
        assert.equal(downloadUrl(vector.uri, vectors.base_url), vector.url);
        return;
      }
      assert.throws(
        () => downloadUrl(vector.uri, vectors.base_url),
        (error: unknown) => error instanceof InvalidParameterError && error.field === "uri" && error.message.startsWith(`uri: ${vector.refused}`) && !error.message.includes("secret"),
      );
    });
  }
});

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A server on 127.0.0.1 answering its requests with `handlers` in turn (the last repeats),
 * keeping each request's headers. */
class Scripted {
  handlers: Handler[] = [];
  seen: IncomingMessage["headers"][] = [];
  paths: string[] = [];
  readonly server: Server = createServer((request, response) => {
    const handler = this.handlers[Math.min(this.seen.length, this.handlers.length - 1)];
    this.seen.push(request.headers);
    this.paths.push(request.url ?? "");
    request.resume();
    request.on("end", () => handler?.(request, response));
  });
  origin = "";

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(handlers: Handler[]): void {
    this.handlers = handlers;
    this.seen = [];
    this.paths = [];
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

const TOKEN = "PT-secret-token-7f3a9c";
const RECORDING = "/api/laml/2010-04-01/Accounts/AC1/Recordings/RE1";
const LIMIT = 64 << 10;
const own = new Scripted();
const elsewhere = new Scripted();
before(() => Promise.all([own.start(), elsewhere.start()]));
after(() => {
  own.close();
  elsewhere.close();
});

/** The client of the hostile tests: over the default transport, or (`viaFetch`) through a
 * fetch given as an option. */
const hostile = (viaFetch = false) =>
  new SignalWire({
    projectId: "p",
    apiToken: TOKEN,
    baseUrl: `${own.origin}/api/laml/2010-04-01`,
    maxResponseBytes: LIMIT,
    retryPolicy: { initialWaitMs: 1, maxWaitMs: 5 },
    ...(viaFetch ? { fetch: (request: Request) => globalThis.fetch(request) } : {}),
  });

function audio(status: number, body: Buffer | string, headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { "Content-Type": "audio/x-wav", ...headers });
    response.end(body);
  };
}
const redirect = (location: string, status = 302): Handler => audio(status, "", { Location: location });

const BAD: [string, Handler[], (error: unknown) => boolean, number][] = [
  ["over the cap", [audio(200, Buffer.alloc(LIMIT + 1))], (e) => e instanceof APIResponseValidationError, 1],
  ["gzip bomb", [audio(200, gzipSync(Buffer.alloc(64 << 20)), { "Content-Encoding": "gzip" })], (e) => e instanceof APIResponseValidationError, 1],
  [
    "reset mid-body",
    [
      (_request, response) => {
        response.writeHead(200, { "Content-Length": "4000" });
        response.write("RIFF", () => response.socket?.resetAndDestroy());
      },
    ],
    (e) => e instanceof APIResponseValidationError && /cut off|timed out/.test(e.message),
    1,
  ],
  ["404 with the error body", [audio(404, JSON.stringify({ code: 20404, message: "gone" }))], (e) => e instanceof NotFoundError && e.code === 20404, 1],
  ["429 three times", [audio(429, "{}")], (e) => e instanceof RateLimitError, 3],
  ["a redirect loop", [redirect(RECORDING)], (e) => e instanceof APIStatusError && /more than 5 redirects/.test(e.message), 6],
  ["a redirect to plain http elsewhere", [redirect("http://203.0.113.9/a.wav")], (e) => e instanceof APIStatusError && /loopback/.test(e.message), 1],
  ["a redirect with user info", [redirect("http://user:pw@127.0.0.1:1/a.wav")], (e) => e instanceof APIStatusError && /user info/.test(e.message), 1],
];

// The default transport decodes as the Python SDK does (a fetch of the user's own, by its own
// rules): a body that does not end where its coding does, or in a coding it does not read, is
// not kept, though each byte that came was written.
const UNDECODABLE: typeof BAD = [
  ["gzip cut short", [audio(200, gzipSync(Buffer.alloc(LIMIT / 2, 7)).subarray(0, 60), { "Content-Encoding": "gzip" })], (e) => e instanceof APIResponseValidationError && /ends early/.test(e.message), 1],
  ["an unknown coding", [audio(200, "RIFF", { "Content-Encoding": "zstd" })], (e) => e instanceof APIResponseValidationError && /unsupported Content-Encoding/.test(e.message), 1],
];

describe("download from hostile servers", () => {
  const cases = [...BAD.map((c) => [c, false] as const), ...BAD.map((c) => [c, true] as const), ...UNDECODABLE.map((c) => [c, false] as const)];
  for (const [[name, handlers, check, requests], viaFetch] of cases) {
    it(`${name}${viaFetch ? " (fetch option)" : ""}: a typed error, and no partial file`, async () => {
      const directory = scratch();
      const target = join(directory, "audio.wav");
      writeFileSync(target, "the previous file");
      for (const to of [undefined, target]) {
        own.reset(handlers);
        const error = await hostile(viaFetch)
          .download(RECORDING, to === undefined ? {} : { to })
          .catch((e: unknown) => e);
        assert.ok(check(error), `${name}: ${String(error)}`);
        assert.equal(own.seen.length, requests);
        assert.ok(!String(error).includes(TOKEN));
      }
      assert.equal(readFileSync(target, "utf8"), "the previous file");
      assert.deepEqual(leftovers(directory), []);
    });
  }

  it("a drip past the deadline ends at the timeout", async () => {
    const directory = scratch();
    for (const [viaFetch, to] of [false, true].flatMap((viaFetch) => [undefined, join(directory, "audio.wav")].map((to) => [viaFetch, to] as const))) {
      own.reset([
        (_request, response) => {
          response.writeHead(200, { "Content-Length": "100" });
          const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write(" ")), 200);
        },
      ]);
      const started = Date.now();
      const error = await hostile(viaFetch)
        .download(RECORDING, { timeoutMs: 1000, ...(to ? { to } : {}) })
        .catch((e: unknown) => e);
      const ms = Date.now() - started;
      assert.ok(error instanceof APIResponseValidationError && /timed out/.test(error.message), String(error));
      assert.ok(ms >= 995 && ms < 1300, `took ${ms} ms, not the 1000 ms timeoutMs`); // timeouts.test.ts's bounds
    }
    assert.deepEqual(readdirSync(directory), []);
  });

  it("a redirect leaves the next request what is left of the deadline", async () => {
    for (const viaFetch of [false, true]) {
      own.reset([
        (_request, response) => {
          response.writeHead(302, { Location: `${own.origin}/next.wav`, "Content-Length": "4" });
          let sent = 0; // the redirect takes 0.6 s of the 1 s
          const timer = setInterval(() => {
            if (response.destroyed || ++sent === 4) clearInterval(timer);
            if (!response.destroyed) response[sent === 4 ? "end" : "write"](".");
          }, 150);
        },
        (_request, response) => {
          response.writeHead(200, { "Content-Length": "100" });
          const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write(" ")), 200);
        },
      ]);
      const started = Date.now();
      const error = await hostile(viaFetch).download(RECORDING, { timeoutMs: 1000 }).catch((e: unknown) => e);
      const ms = Date.now() - started;
      assert.ok(error instanceof APIResponseValidationError && /timed out/.test(error.message), String(error));
      assert.ok(ms >= 995 && ms < 1300, `took ${ms} ms, not the 1000 ms timeoutMs`);
      assert.deepEqual(own.paths, [RECORDING, "/next.wav"]);
    }
  });

  it("a retry starts afresh, and compressed content is decoded", async () => {
    const directory = scratch();
    const data = Buffer.from(Array.from({ length: 10_240 }, (_, i) => i % 256));
    own.reset([audio(429, "{}"), audio(503, "{}", { "Retry-After": "0" }), audio(200, gzipSync(data), { "Content-Encoding": "gzip" })]);
    const saved = await hostile().download(RECORDING, { to: join(directory, "a.wav") });
    assert.equal(own.seen.length, 3);
    assert.deepEqual(readFileSync(join(directory, "a.wav")), data);
    assert.equal(saved.size, data.byteLength);
    assert.equal(saved.contentType, "audio/x-wav");
    assert.deepEqual(leftovers(directory), []);
    own.reset([audio(200, Buffer.alloc(LIMIT + 1))]);
    assert.equal((await hostile().download(RECORDING, { maxBytes: 2 * LIMIT })).size, LIMIT + 1);
  });

  it("a redirect to another origin is followed without the credentials, and never gets them back", async () => {
    const directory = scratch();
    own.reset([redirect(`${own.origin}/api/laml/2010-04-01/RE1.wav`, 301), redirect(`${elsewhere.origin}/audio/RE1.wav?Signature=abc`, 307), audio(200, "RIFF-own")]);
    elsewhere.reset([redirect(`${own.origin}/back.wav`)]);
    const saved = await hostile().download(RECORDING, { to: join(directory, "a.wav") });
    assert.equal(readFileSync(join(directory, "a.wav"), "utf8"), "RIFF-own");
    assert.equal(saved.path, join(directory, "a.wav"));
    assert.deepEqual(
      own.seen.map((headers) => headers.authorization !== undefined),
      [true, true, false],
    );
    assert.deepEqual(
      elsewhere.seen.map((headers) => headers.authorization !== undefined),
      [false],
    );
    assert.deepEqual(elsewhere.paths, ["/audio/RE1.wav?Signature=abc"]);
    assert.equal(own.paths[2], "/back.wav");
    elsewhere.reset([audio(200, "RIFF-elsewhere")]);
    own.reset([redirect(`${elsewhere.origin}/audio/RE1.wav`)]);
    const content = await hostile().download(RECORDING);
    assert.equal(Buffer.from(content.data).toString(), "RIFF-elsewhere");
    assert.equal(elsewhere.seen[0]!.authorization, undefined);
  });

  it("bad arguments are refused before anything is sent", async () => {
    own.reset([audio(200, "RIFF")]);
    const directory = scratch();
    const sw = hostile();
    const cases: [unknown, Record<string, unknown>, string][] = [
      ["https://elsewhere.example.com/api/laml/2010-04-01/Accounts/AC1/Recordings/RE1", {}, "uri"],
      ["/x".repeat(5000), {}, "uri"],
      [42, {}, "uri"],
      [null, {}, "uri"],
      ["/x\ud800", {}, "uri"],
      ["/x", { to: join(directory, "missing", "a.wav") }, "to"],
      ["/x", { to: directory }, "to"],
      ["/x", { to: "" }, "to"],
      ["/x", { to: 3 }, "to"],
      ["/x", { maxBytes: 0 }, "maxBytes"],
      ["/x", { maxBytes: 1.5 }, "maxBytes"],
      ["/x", { timeoutMs: -1 }, "timeoutMs"],
      ["/x", { maxRetries: -1 }, "maxRetries"],
      ["/x", { maxbytes: 10 }, "maxbytes"],
    ];
    for (const [uri, options, field] of cases) {
      const error = await sw.download(uri as string, options as never).catch((e: unknown) => e);
      assert.ok(error instanceof InvalidParameterError && error.field === field, `${String(uri).slice(0, 40)} ${JSON.stringify(options)}: ${String(error)}`);
    }
    assert.equal(own.seen.length, 0);
    const error = await sw.download(cases[0]![0] as string).catch((e: unknown) => e);
    assert.ok(String(error).includes("credentials to its own origin only"));
    assert.deepEqual(readdirSync(directory), []);
  });
});
