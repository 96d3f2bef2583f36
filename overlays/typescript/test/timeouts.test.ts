// `timeoutMs` holds while garbage is collected: every case runs with a full collection forced
// every few milliseconds, and must end in the promised time, not merely some time.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { afterEach, beforeEach, describe, it } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { APIResponseValidationError, RequestTimeoutError, SignalWire } from "../src/index.js";
import { RawServer } from "./listen.js";

const TIMEOUT_MS = 1000;
// The deadline's timer is set a moment after the clock is read here, on libuv's clock, which
// is read once per turn of the event loop; it can seem to fire a few milliseconds early.
const EARLY_MS = 5;
// What may pass between the deadline and the error: a timer that fires late on a busy machine,
// the forced collections (a few milliseconds each), tearing the request down. Well under a
// drip interval, and far under a second deadline: a limit restarted by any phase fails.
const LATE_MS = 300;
const DRIP_MS = 200;

/** `gc()`: given by `node --expose-gc` (as `npm test` runs), or turned on here if not. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
const gc = collector();

type Mode = "silent" | "dripping headers" | "dripping body" | "answer";
let mode: Mode = "silent";
const asked = new Set<Socket>(); // the connections a request came on
const timers = new Set<NodeJS.Timeout>();

function drip(socket: Socket, bytes: string): void {
  let index = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || index >= bytes.length) {
      clearInterval(timer);
      timers.delete(timer);
      return;
    }
    socket.write(bytes[index++]!);
  }, DRIP_MS);
  timers.add(timer);
}

const CALL = JSON.stringify({ sid: "CA1", status: "completed" });
const TOKEN = "PT-timeouts-token";

function answer(socket: Socket): void {
  if (mode === "dripping headers") drip(socket, `HTTP/1.1 200 OK\r\nX-Pad: ${"y".repeat(300)}\r\n\r\n`);
  if (mode === "dripping body") {
    socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n");
    drip(socket, " ".repeat(200));
  }
  if (mode === "answer") socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${CALL.length}\r\n\r\n${CALL}`);
}

// A server per test: no test reuses a pooled connection that the one before it cut.
let server: RawServer | undefined;
let baseUrl = "";
let collecting: NodeJS.Timeout | undefined;

beforeEach(async () => {
  server = new RawServer((socket) => {
    socket.once("data", () => {
      asked.add(socket);
      answer(socket);
    });
  });
  baseUrl = `http://127.0.0.1:${await server.start()}/api/laml/2010-04-01`;
  collecting = setInterval(gc, 10);
});
afterEach(() => {
  clearInterval(collecting);
  for (const timer of timers) clearInterval(timer);
  asked.clear();
  void server?.close(); // cuts every connection
});

/** Whether every connection that carried a request is closed, now or within `ms`: a timed-out
 * attempt must not leave its connection open until the server gives up. (fetch may open an
 * idle one of its own after an abort; that one is not the request's.) */
async function requestConnectionsClosed(ms: number): Promise<boolean> {
  const open = () => [...asked].some((socket) => !socket.destroyed);
  const deadline = performance.now() + ms;
  while (open() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  return !open();
}

const CASES: [Mode, (error: unknown) => boolean][] = [
  ["silent", (e) => e instanceof RequestTimeoutError],
  ["dripping headers", (e) => e instanceof RequestTimeoutError],
  // The status is known: as in Python, a 2xx whose body cannot be read in time.
  ["dripping body", (e) => e instanceof APIResponseValidationError && /timed out/.test(e.message)],
];

// The default transport, and fetch given as an option (whose signal reaches the connection only
// while its Request lives: see transport.ts).
const TRANSPORTS: [string, Record<string, unknown>][] = [
  ["node:http", {}],
  ["fetch option", { fetch: (request: Request) => globalThis.fetch(request) }],
];

describe("timeoutMs with garbage collection forced", () => {
  for (const [name, check] of CASES) {
    for (const [transport, options] of TRANSPORTS) {
      for (const where of ["client", "call"] as const) {
        it(`${name}, timeoutMs on the ${where} (${transport})`, { timeout: 5_000 }, async (t) => {
          mode = name;
          const sw = new SignalWire({ projectId: "p", apiToken: TOKEN, baseUrl, maxRetries: 0, ...options, ...(where === "client" ? { timeoutMs: TIMEOUT_MS } : {}) });
          const started = performance.now();
          const error = await sw.calls.update("CA1", { status: "completed", ...(where === "call" ? { timeoutMs: TIMEOUT_MS } : {}) }).catch((e: unknown) => e);
          const elapsed = performance.now() - started;
          t.diagnostic(`${elapsed.toFixed(0)} ms`);
          assert.ok(check(error), `${name}: ${String(error)}`);
          assert.ok(elapsed >= TIMEOUT_MS - EARLY_MS, `${name}: ended after ${elapsed.toFixed(0)} ms, before the deadline`);
          assert.ok(elapsed < TIMEOUT_MS + LATE_MS, `${name}: ended after ${elapsed.toFixed(0)} ms`);
          assert.ok(await requestConnectionsClosed(LATE_MS), `${name}: the connection was still open ${LATE_MS} ms after the error`);
        });
      }
    }
  }

  it("an answer in time is returned", async () => {
    mode = "answer";
    const sw = new SignalWire({ projectId: "p", apiToken: TOKEN, baseUrl, timeoutMs: TIMEOUT_MS });
    assert.equal((await sw.calls.update("CA1", { status: "completed" })).sid, "CA1");
  });

  // With no fetch option, a globalThis.fetch replaced after the import (by a test library,
  // say) sends instead of node:http. Handed a Request, fetch sends a copy of it (its body
  // piped through a new stream, its signal followed once more): a cost on every request. The
  // limit above holds without it.
  it("with no fetch option, a replaced globalThis.fetch is used at the attempt, given the URL, not a Request", async () => {
    mode = "answer";
    const sw = new SignalWire({ projectId: "p", apiToken: TOKEN, baseUrl, timeoutMs: TIMEOUT_MS });
    const original = globalThis.fetch;
    const inputs: unknown[] = [];
    globalThis.fetch = (input, init) => {
      inputs.push(input);
      return original(input, init);
    };
    try {
      assert.equal((await sw.calls.update("CA1", { status: "completed" })).sid, "CA1");
    } finally {
      globalThis.fetch = original;
    }
    assert.deepEqual(inputs, [`${baseUrl}/Accounts/p/Calls/CA1`]);
  });
});

describe("a finished call leaves no timer behind", () => {
  it("the process exits once its server closes, though the call's timeoutMs is an hour", { timeout: 20_000 }, async () => {
    const index = new URL("../src/index.js", import.meta.url).href;
    const script = `
      import { createServer } from "node:http";
      import { SignalWire } from ${JSON.stringify(index)};
      const server = createServer((q, r) => { q.resume(); q.on("end", () => r.writeHead(200, { "Content-Type": "application/json", Connection: "close" }).end(${JSON.stringify(CALL)})); });
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const sw = new SignalWire({ projectId: "p", apiToken: "PT-child-token", baseUrl: "http://127.0.0.1:" + server.address().port + "/api", timeoutMs: 3_600_000 });
      const call = await sw.calls.update("CA1", { status: "completed" });
      server.close();
      console.log(call.sid);
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const stuck = setTimeout(() => child.kill("SIGKILL"), 15_000); // an hour's timer would hold it
    const code = await exited;
    clearTimeout(stuck);
    assert.equal(code, 0, "the process was still running 15 s after its call");
    assert.equal(out.trim(), "CA1");
  });
});
