// The default transport (node:http and node:https, over keep-alive connections of the client's
// own), against real servers on 127.0.0.1: the exact requests it sends, the connections it
// keeps and reuses, and whether a failure can have reached the service.

import assert from "node:assert/strict";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { type Socket, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { after, before, describe, it } from "node:test";
import { APIConnectionError, APITimeoutError, APIUserAbortError, ConnectionLostError, type Operation, RateLimitError, SignalWire, operations } from "../src/index.js";
import { RawServer, listen } from "./listen.js";
import { PYTHON, ROOT } from "./sandbox.js";

const TOKEN = "PT-http-sender-token";
const CALL = JSON.stringify({ sid: "CA1", status: "completed" });
const API = "/api/laml/2010-04-01";

/** What a server was sent: one entry per request. */
interface Seen {
  socket: object;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An http server on 127.0.0.1 that keeps what it is sent and answers with `answer`; it
 * counts the connections it is given. */
class Capture {
  seen: Seen[] = [];
  connections = 0;
  answer: (seen: Seen, response: ServerResponse) => void = (_seen, response) => {
    response.writeHead(200, { "Content-Type": "application/json" }).end(CALL);
  };
  readonly server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const seen = { socket: request.socket, method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      this.seen.push(seen);
      this.answer(seen, response);
    });
  });
  origin = "";

  constructor() {
    this.server.keepAliveTimeout = 60_000; // the client lets go of an idle connection first
    this.server.on("connection", () => (this.connections += 1));
  }

  async start(): Promise<void> {
    this.origin = `http://127.0.0.1:${await listen(this.server as never)}`;
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

const capture = new Capture();
before(() => capture.start());
after(() => capture.close());

const client = (options: Record<string, unknown> = {}) =>
  new SignalWire({ projectId: "PJ", apiToken: TOKEN, baseUrl: `${capture.origin}${API}`, maxRetries: 0, ...options });

describe("what the default transport sends", () => {
  // The operation vectors the fetch seam is held to (vectors.test.ts), sent over the wire.
  const document = JSON.parse(readFileSync(join(ROOT, "tests", "vectors", "operations.json"), "utf8"));
  const table = operations as Record<string, Operation>;
  it("every operation vector's exact request, on the wire", async () => {
    let checked = 0;
    for (const vector of document.vectors) {
      if (vector.expect_error) continue;
      const operation = table[vector.operation]!;
      const answer = document.answers[vector.operation];
      capture.seen = [];
      capture.answer = (_seen, response) => {
        if (answer.body === null) response.writeHead(answer.status).end();
        else response.writeHead(answer.status, { "Content-Type": "application/json" }).end(JSON.stringify(answer.body));
      };
      const input = vector.input;
      const all = [...operation.pathParams, ...operation.query, ...operation.body];
      const names = Object.fromEntries(all.map((field) => [field.wire, field.name]));
      const options: Record<string, unknown> = input.account_sid ? { accountSid: input.account_sid } : {};
      for (const [name, value] of Object.entries(input.fields as Record<string, unknown>)) options[names[name]!] = value;
      const sw = new SignalWire({ projectId: input.project_id, apiToken: input.api_token, baseUrl: `${capture.origin}${API}`, maxRetries: 0 });
      let resource = sw as unknown as Record<string, unknown>;
      for (const segment of operation.resource) resource = resource[segment] as Record<string, unknown>;
      const result = (resource[operation.verb] as (...args: unknown[]) => unknown).call(resource, ...input.ids, options);
      if (operation.items) for await (const _ of result as AsyncIterable<unknown>) void _;
      else await result;
      assert.equal(capture.seen.length, 1, vector.id);
      const [seen] = capture.seen as [Seen];
      const expected = new URL(vector.expect.url);
      assert.equal(seen.method, vector.expect.method, vector.id);
      assert.equal(seen.url, expected.pathname + expected.search, vector.id);
      for (const [name, value] of Object.entries(vector.expect.headers as Record<string, string | null>)) {
        assert.equal(seen.headers[name] ?? null, value, `${vector.id}: ${name}`);
      }
      assert.equal(seen.body, vector.expect.body, vector.id);
      // A body goes with its length, never chunked; an empty POST says so with a length of 0.
      assert.equal(seen.headers["transfer-encoding"], undefined, vector.id);
      if (seen.method !== "GET" && seen.method !== "DELETE") assert.equal(seen.headers["content-length"], String(Buffer.byteLength(seen.body)), vector.id);
      checked += 1;
    }
    assert.ok(checked > 200, `only ${checked} vectors sent`);
  });

  it("the headers: the client's, what it accepts, and no others", async () => {
    capture.seen = [];
    capture.answer = (_seen, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(CALL);
    await client().calls.update("CA1", { status: "completed", extraHeaders: { Accept: "application/json", "X-Trace": "t-1" } });
    await client().calls.fetch("CA1");
    const [update, fetched] = capture.seen as [Seen, Seen];
    const host = new URL(capture.origin).host;
    const auth = `Basic ${Buffer.from(`PJ:${TOKEN}`).toString("base64")}`;
    const common = { host, connection: "keep-alive", "accept-encoding": "gzip, deflate", authorization: auth, "user-agent": update.headers["user-agent"] };
    assert.match(String(update.headers["user-agent"]), /^signalwire-compat-typescript\/\S+ node\/\d/);
    assert.deepEqual(update.headers, { ...common, accept: "application/json", "x-trace": "t-1", "content-type": "application/x-www-form-urlencoded", "content-length": "16" });
    assert.deepEqual(fetched.headers, { ...common, accept: "*/*" });
  });
});

describe("what the default transport gives back", () => {
  it("an answer's headers, on a response and on an error, as fetch gives them", async () => {
    capture.answer = (seen, response) => {
      if (seen.method === "GET") response.writeHead(429, { "Content-Type": "application/json", "Retry-After": "7" }).end("{}");
      else response.writeHead(200, [["Content-Type", "application/json"], ["X-Request-Id", "r-1"], ["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"], ["X-Twice", "one"], ["X-Twice", "two"]]).end(CALL);
    };
    const answer = await client().calls.updateWithResponse("CA1", { status: "completed" });
    assert.equal(answer.status, 200);
    assert.equal(answer.body, CALL);
    assert.ok(answer.headers instanceof Headers);
    assert.equal(answer.headers.get("x-request-id"), "r-1");
    assert.equal(answer.headers.get("x-twice"), "one, two");
    assert.deepEqual(answer.headers.getSetCookie(), ["a=1", "b=2"]);
    const error = await client().calls.fetch("CA1").catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError, String(error));
    assert.equal(error.headers.get("retry-after"), "7");
  });
});

describe("connections", () => {
  it("one connection carries call after call, and several at once", async () => {
    capture.answer = (_seen, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(CALL);
    const sw = client();
    capture.seen = [];
    for (let i = 0; i < 5; i++) assert.equal((await sw.calls.update("CA1", { status: "completed" })).sid, "CA1");
    assert.equal(new Set(capture.seen.map((seen) => seen.socket)).size, 1);
    await Promise.all(Array.from({ length: 4 }, () => sw.calls.update("CA1", { status: "completed" })));
    const opened = capture.connections;
    for (let i = 0; i < 5; i++) await sw.calls.update("CA1", { status: "completed" });
    assert.equal(capture.connections, opened, "the kept connections were not reused");
  });

  it("clients share the kept connections: one made per call opens none of its own", async () => {
    capture.answer = (_seen, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(CALL);
    await client().calls.update("CA1", { status: "completed" }); // a kept connection, whichever
    const before = capture.connections;
    for (let i = 0; i < 5; i++) assert.equal((await client().calls.update("CA1", { status: "completed" })).sid, "CA1");
    assert.equal(capture.connections, before);
  });

  it("an idle kept connection does not keep the process alive", { timeout: 20_000 }, async () => {
    const index = new URL("../src/index.js", import.meta.url).href;
    const script = `
      import { SignalWire } from ${JSON.stringify(index)};
      const sw = new SignalWire({ projectId: "PJ", apiToken: "PT-child-token", baseUrl: ${JSON.stringify(`${capture.origin}${API}`)} });
      const call = await sw.calls.update("CA1", { status: "completed" });
      await new Promise((resolve) => setImmediate(resolve)); // the connection is back in the pool
      const holding = process.getActiveResourcesInfo().filter((kind) => kind === "TCPSocketWrap" || kind === "Timeout");
      console.log(JSON.stringify({ sid: call.sid, holding }));
    `;
    capture.answer = (_seen, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(CALL);
    const before = capture.connections;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    const [code, out] = await exited(child);
    assert.equal(code, 0, "the process was still running 15 s after its call");
    assert.deepEqual(JSON.parse(out), { sid: "CA1", holding: [] });
    assert.equal(capture.connections - before, 1);
  });
});

/** The exit code of `child` (killed after 15 s) and what it printed. */
async function exited(child: ChildProcess): Promise<[number | null, string]> {
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const stuck = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearTimeout(stuck);
  return [code, out];
}

describe("https", () => {
  let work = "";
  let cert = "";
  let key = "";
  const secureConnections = { count: 0 };
  const seen: string[] = [];
  const https = createHttpsServer((request, response) => {
    seen.push(request.url ?? "");
    request.resume();
    request.on("end", () => response.writeHead(200, { "Content-Type": "application/json" }).end(CALL));
  });
  https.on("secureConnection", () => (secureConnections.count += 1));
  let origin = "";

  before(async () => {
    work = mkdtempSync(join(tmpdir(), "signalwire-https-"));
    [key, cert] = [join(work, "key.pem"), join(work, "cert.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", cert], {
      stdio: "ignore",
    });
    https.setSecureContext({ key: readFileSync(key), cert: readFileSync(cert) });
    origin = `https://127.0.0.1:${await listen(https as never)}`;
  });
  after(() => {
    https.closeAllConnections();
    https.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("a trusted server: calls over one TLS connection", { timeout: 20_000 }, async () => {
    const index = new URL("../src/index.js", import.meta.url).href;
    const script = `
      import { SignalWire } from ${JSON.stringify(index)};
      const sw = new SignalWire({ projectId: "PJ", apiToken: "PT-child-token", baseUrl: ${JSON.stringify(`${origin}${API}`)}, maxRetries: 0 });
      const sids = [];
      for (let i = 0; i < 3; i++) sids.push((await sw.calls.update("CA1", { status: "completed" })).sid);
      console.log(JSON.stringify(sids));
    `;
    const before = secureConnections.count;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_EXTRA_CA_CERTS: cert } });
    const [code, out] = await exited(child);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), ["CA1", "CA1", "CA1"]);
    assert.equal(secureConnections.count - before, 1);
  });

  it("a certificate that is not trusted: a connection error, nothing sent", async () => {
    const before = seen.length;
    const error = await new SignalWire({ projectId: "PJ", apiToken: TOKEN, baseUrl: `${origin}${API}`, maxRetries: 0 })
      .calls.update("CA1", { status: "completed" })
      .catch((e: unknown) => e);
    assert.ok(error instanceof APIConnectionError && !error.outcomeUnknown, String(error));
    assert.match(error.message, /^connection failed before sending: .*SELF_SIGNED/);
    assert.equal(seen.length, before);
  });
});

describe("a connection that fails once the request is sent", () => {
  let server: RawServer;
  let baseUrl = "";
  let requests = 0;
  let reply: (socket: Socket) => void = () => {};
  before(async () => {
    // Every request comes on a connection of its own (each failure ends one): its first bytes
    // are the request.
    server = new RawServer((socket) => {
      socket.once("data", () => {
        requests += 1;
        reply(socket);
      });
    });
    baseUrl = `http://127.0.0.1:${await server.start()}${API}`;
  });
  after(() => server.close());

  const cases: [string, (socket: Socket) => void][] = [
    ["reset", (socket) => socket.resetAndDestroy()],
    ["closed", (socket) => socket.end()],
    ["answered with what is not HTTP", (socket) => socket.end("NOT HTTP AT ALL\r\n\r\n")],
  ];
  for (const [name, script] of cases) {
    it(`${name}: outcome unknown, an update not resent, a fetch resent`, async () => {
      reply = script;
      const sw = new SignalWire({ projectId: "PJ", apiToken: TOKEN, baseUrl, maxRetries: 2, retryPolicy: { initialWaitMs: 1, maxWaitMs: 2 } });
      requests = 0;
      const error = await sw.calls.update("CA1", { status: "completed" }).catch((e: unknown) => e);
      assert.ok(error instanceof ConnectionLostError && error.outcomeUnknown, String(error));
      assert.match(error.message, /^connection lost: .*may have been applied/);
      assert.equal(requests, 1);
      requests = 0;
      assert.ok((await sw.calls.fetch("CA1").catch((e: unknown) => e)) instanceof ConnectionLostError);
      assert.equal(requests, 3);
    });
  }
});

describe("a connection that is never accepted", () => {
  // A listener whose queue is full (a backlog of 0, one connection in it, never accepted):
  // Linux drops the next connection's handshake (it resets it only where
  // net.ipv4.tcp_abort_on_overflow is set, which is not the default), so it never completes.
  let listener: ChildProcess | undefined;
  let filler: Socket | undefined;
  let baseUrl = "";
  const TIMEOUT_MS = 500;

  before(async () => {
    const code = "import socket, sys, time\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen(0)\nprint(s.getsockname()[1], flush=True)\ntime.sleep(600)";
    listener = spawn(PYTHON, ["-c", code], { stdio: ["ignore", "pipe", "inherit"] });
    const port = Number(await new Promise<string>((resolve) => createInterface({ input: listener!.stdout! }).once("line", resolve)));
    filler = connect(port, "127.0.0.1");
    await new Promise((resolve) => filler!.once("connect", resolve));
    baseUrl = `http://127.0.0.1:${port}${API}`;
  });
  after(() => {
    filler?.destroy();
    listener?.kill("SIGKILL");
  });

  it("the deadline passes while connecting: APITimeoutError, nothing sent", async () => {
    const sw = new SignalWire({ projectId: "PJ", apiToken: TOKEN, baseUrl, maxRetries: 0, timeoutMs: TIMEOUT_MS });
    const started = performance.now();
    const error = await sw.calls.update("CA1", { status: "completed" }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    assert.ok(error instanceof APITimeoutError && !error.outcomeUnknown, String(error));
    assert.match(error.message, /^connection failed before sending/);
    // timeouts.test.ts's bounds: a few ms early on libuv's clock, up to 300 ms late.
    assert.ok(elapsed >= TIMEOUT_MS - 5 && elapsed < TIMEOUT_MS + 300, `ended after ${elapsed.toFixed(0)} ms`);
  });

  it("an abort while connecting: nothing was sent", async () => {
    const controller = new AbortController();
    const sw = new SignalWire({ projectId: "PJ", apiToken: TOKEN, baseUrl, maxRetries: 0, timeoutMs: 60_000 });
    const pending = sw.calls.update("CA1", { status: "completed", signal: controller.signal }).catch((e: unknown) => e);
    setImmediate(() => controller.abort()); // the connection cannot have been made by then, nor ever
    const error = await pending;
    assert.ok(error instanceof APIUserAbortError && !error.outcomeUnknown, String(error));
    assert.match(error.message, /nothing was sent/);
  });
});
