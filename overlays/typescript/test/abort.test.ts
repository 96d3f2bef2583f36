// `signal` on a call, against a real local server: an abort ends the call with
// APIUserAbortError, which says whether the request may have been sent; nothing is retried
// after it. Every abort here follows an event (the server saw the request, the answer's
// headers arrived), never a timer.

import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { APIUserAbortError, SignalWire } from "../src/index.js";
import { RawServer } from "./listen.js";

type Mode = "hold" | "headers then hold" | "audio then hold" | "503 then hold" | "pages";
let mode: Mode = "hold";
let server: RawServer;
let baseUrl = "";
let requests = 0;
let onRequest: () => void = () => {};

const PAGE = (next: string | null) => JSON.stringify({ calls: [], next_page_uri: next });

beforeEach(async () => {
  requests = 0;
  onRequest = () => {};
  server = new RawServer((socket) => {
    socket.on("data", () => {
      requests += 1;
      const count = requests;
      if (mode === "headers then hold") socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
      if (mode === "audio then hold") socket.write("HTTP/1.1 200 OK\r\nContent-Type: audio/x-wav\r\nContent-Length: 100\r\n\r\nRIFF");
      if (mode === "503 then hold" && count === 1) {
        socket.write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n");
      }
      if (mode === "pages") {
        const body = PAGE(count === 1 ? "/api/laml/2010-04-01/Accounts/PJ/Calls?Page=1" : null);
        socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      }
      onRequest();
    });
  });
  baseUrl = `http://127.0.0.1:${await server.start()}/api/laml/2010-04-01`;
});

afterEach(() => server.close());

function client(options: { fetch?: (request: Request) => Promise<Response>; maxRetries?: number } = {}) {
  return new SignalWire({ projectId: "PJ", apiToken: "PT-abort", baseUrl, timeoutMs: 60_000, maxRetries: options.maxRetries ?? 2, ...(options.fetch ? { fetch: options.fetch } : {}) });
}

async function abortError(promise: Promise<unknown>): Promise<APIUserAbortError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  assert.ok(error instanceof APIUserAbortError, `got ${error}`);
  return error;
}

describe("signal", () => {
  it("an already aborted signal sends nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await abortError(client().calls.update("CA1", { status: "completed", signal: controller.signal }));
    assert.equal(error.outcomeUnknown, false);
    assert.match(error.message, /nothing was sent/);
    assert.equal(requests, 0);
  });

  it("an abort while the service holds the answer: outcome unknown, not resent (even a GET)", async () => {
    mode = "hold";
    const controller = new AbortController();
    onRequest = () => controller.abort();
    const error = await abortError(client().calls.fetch("CA1", { signal: controller.signal }));
    assert.equal(error.outcomeUnknown, true);
    assert.match(error.message, /may have been applied/);
    assert.equal(requests, 1);
  });

  it("an abort while the body is read: outcome unknown, the connection closed", async () => {
    mode = "headers then hold";
    const controller = new AbortController();
    const fetch = async (request: Request) => {
      const response = await globalThis.fetch(request);
      setImmediate(() => controller.abort()); // the headers are in; the body never ends
      return response;
    };
    const error = await abortError(client({ fetch }).calls.update("CA1", { status: "completed", signal: controller.signal }));
    assert.equal(error.outcomeUnknown, true);
    assert.match(error.message, /while reading the answer \(HTTP 200\)/);
    assert.equal(requests, 1);
    while (server.sockets.size) await new Promise((resolve) => setImmediate(resolve));
  });

  it("an abort while a download is read, over the default transport: outcome unknown, no file, the connection closed", { timeout: 10_000 }, async () => {
    mode = "audio then hold";
    const directory = mkdtempSync(join(tmpdir(), "abort-"));
    const controller = new AbortController();
    const download = client().download("/api/laml/2010-04-01/Accounts/PJ/Recordings/RE1", { to: join(directory, "a.wav"), signal: controller.signal });
    // Once the first bytes are in the file, the answer is being read.
    const written = () => readdirSync(directory).some((name) => name.endsWith(".part") && statSync(join(directory, name)).size > 0);
    while (!written()) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await abortError(download);
    assert.equal(error.outcomeUnknown, true);
    assert.match(error.message, /while reading the answer \(HTTP 200\)/);
    assert.equal(requests, 1);
    assert.deepEqual(readdirSync(directory), []);
    while (server.sockets.size) await new Promise((resolve) => setImmediate(resolve));
  });

  it("an abort during a retry wait ends the wait and sends nothing more", async () => {
    mode = "503 then hold";
    const controller = new AbortController();
    const logged: string[] = [];
    const sw = new SignalWire({ projectId: "PJ", apiToken: "PT-abort", baseUrl, timeoutMs: 60_000, log: (m) => {
      logged.push(m);
      if (m.includes("retrying in")) controller.abort();
    } });
    const error = await abortError(sw.calls.update("CA1", { status: "completed", signal: controller.signal }));
    assert.equal(error.outcomeUnknown, false);
    assert.match(error.message, /waiting to retry; nothing was sent/);
    assert.equal(requests, 1);
    assert.equal(logged.filter((m) => m.includes("retrying in")).length, 1);
  });

  it("a pager stops at the page being fetched when aborted", async () => {
    mode = "pages";
    const controller = new AbortController();
    const pages: unknown[] = [];
    const pager = client().calls.list({ signal: controller.signal });
    const error = await abortError(
      (async () => {
        for await (const page of pager.pages()) {
          pages.push(page);
          controller.abort(); // before the second page is asked for
        }
      })(),
    );
    assert.equal(pages.length, 1);
    assert.equal(error.outcomeUnknown, false);
    assert.equal(requests, 1);
  });

  it("a signal that is not an AbortSignal is refused before sending", () => {
    assert.throws(() => client().calls.list({ signal: "stop" as never }), /signal: must be an AbortSignal/);
    assert.equal(requests, 0);
  });

  it("a long-lived signal is not held by finished calls", async () => {
    mode = "pages";
    const controller = new AbortController();
    const sw = client();
    for (let i = 0; i < 3; i++) {
      requests = 0;
      for await (const _ of sw.calls.list({ signal: controller.signal })) void _;
    }
    // Node counts the listeners of an EventTarget; none is left once each call has ended.
    const { getEventListeners } = (await import("node:events")) as unknown as { getEventListeners(target: EventTarget, name: string): unknown[] };
    assert.equal(getEventListeners(controller.signal, "abort").length, 0);
  });
});
