// The sandbox runs what a call's Url answers: a user's app on 127.0.0.1 answers cXML built with
// this package, and the sandbox fetches it (signed), follows <Redirect>, ends the call on
// <Hangup/> with its status callback, and lists an invalid document with its problems.

import assert from "node:assert/strict";
import { type IncomingMessage, type Server, createServer } from "node:http";
import { describe, it } from "node:test";
import { RequestValidator, SignalWire, VoiceResponse, parseCallRequest, parseCallStatus } from "../src/index.js";
import { listen } from "./listen.js";
import { useSandbox } from "./sandbox.js";

const info = useSandbox();
const client = () => new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url });
const WAIT_MS = 30_000; // a bound on waiting for the sandbox, never reached when it works

interface Hit {
  method: string;
  url: string; // as requested, with the query
  headers: IncomingMessage["headers"];
  form: [string, string][];
}

/** A web app answering each path's page; every request is kept, and `next(path)` waits for
 * the next request to a path. */
class App {
  readonly hits: Hit[] = [];
  readonly #waiting = new Map<string, (hit: Hit) => void>();
  readonly #server: Server;
  base = "";

  constructor(readonly pages: Record<string, string>) {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const path = new URL(request.url ?? "/", "http://app").pathname;
        const form = [...new URLSearchParams(Buffer.concat(chunks).toString())];
        const hit = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, form };
        this.hits.push(hit);
        const page = this.pages[path];
        response.writeHead(page === undefined ? 404 : 200, { "Content-Type": "text/xml" }).end(page ?? "");
        this.#waiting.get(path)?.(hit);
      });
    });
  }

  async start(): Promise<this> {
    this.base = `http://127.0.0.1:${await listen(this.#server)}`;
    return this;
  }

  next(path: string): Promise<Hit> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no request to ${path}`)), WAIT_MS);
      this.#waiting.set(path, (hit) => {
        clearTimeout(timer);
        resolve(hit);
      });
    });
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

function signed(hit: Hit, app: App): boolean {
  return new RequestValidator(info.signing_key).validateRequest(app.base + hit.url, hit.form, hit.headers);
}

interface Listed {
  call_sid: string;
  outcome: string;
  error_code: number | null;
  problems: { code: string; path: string; message: string }[];
}

/** The documents the sandbox lists for a call, once `count` are there. */
async function documentsOf(callSid: string, count: number): Promise<Listed[]> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const page = (await (await fetch(`${info.url}/sandbox/documents`)).json()) as { documents: Listed[] };
    const found = page.documents.filter((document) => document.call_sid === callSid);
    if (found.length >= count || Date.now() > until) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("call flows, against the sandbox", () => {
  it("fetches the Url signed, follows <Redirect>, and ends the call on <Hangup/> with its callback", async () => {
    const first = new VoiceResponse();
    first.say("Hello");
    first.redirect("/second?step=2", { method: "GET" });
    const second = new VoiceResponse();
    second.hangup();
    const app = await new App({ "/first": first.toXml(), "/second": second.toXml(), "/status": "" }).start();
    try {
      const fetched = app.next("/first");
      const redirected = app.next("/second");
      const ended = app.next("/status");
      const sw = client();
      const call = await sw.calls.create({ to: "+15551230001", from: "+15551230002", url: `${app.base}/first`, statusCallback: `${app.base}/status` });

      const post = await fetched;
      assert.equal(post.method, "POST");
      assert.ok(signed(post, app));
      const request = parseCallRequest(post.form);
      assert.deepEqual([request.CallSid, request.CallStatus, request.To], [call.sid, "in-progress", "+15551230001"]);
      const get = await redirected;
      assert.equal(get.method, "GET");
      assert.deepEqual(get.form, []);
      assert.ok(signed(get, app));
      assert.ok(get.url.startsWith("/second?step=2&"));

      const status = parseCallStatus((await ended).form);
      assert.deepEqual([status.CallSid, status.CallStatus], [call.sid, "completed"]);
      assert.equal((await sw.calls.fetch(call.sid)).status, "completed");
      assert.deepEqual((await documentsOf(call.sid, 2)).map((d) => d.outcome), ["redirect", "hangup"]);
    } finally {
      await app.close();
    }
  });

  it("lists an invalid document with its problems, and the call ends as an application error", async () => {
    const app = await new App({ "/typo": '<?xml version="1.0"?><Response><Dail>+15551230003</Dail></Response>' }).start();
    try {
      const sw = client();
      const call = await sw.calls.create({ to: "+15551230001", from: "+15551230002", url: `${app.base}/typo` });
      const [document] = await documentsOf(call.sid, 1);
      assert.ok(document);
      assert.deepEqual([document.outcome, document.error_code], ["application-error", 12100]);
      assert.deepEqual(document.problems.map((p) => [p.code, p.path]), [["unknown-element", "/Response/Dail[1]"]]);
      assert.equal((await sw.calls.fetch(call.sid)).status, "completed");
    } finally {
      await app.close();
    }
  });
});
