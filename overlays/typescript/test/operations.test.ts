// Every Calls operation from TypeScript against the Python sandbox (which validates each request
// and response against the spec), the same wire bytes as Python, and the types the table gives.

import assert from "node:assert/strict";
import { type IncomingMessage, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import {
  ConnectionLostError,
  InvalidParameterError,
  NotFoundError,
  RequestValidator,
  SignalWire,
  UnprocessableEntityError,
  parseCallStatus,
} from "../src/index.js";
import { recording, useSandbox } from "./sandbox.js";

const TO = "+15551230000";
const FROM = "+15551239999";
const XML = "https://example.com/answer.xml";

const info = useSandbox();

function client(fetch?: (request: Request) => Promise<Response>) {
  return new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, maxRetries: 0, ...(fetch ? { fetch } : {}) });
}

describe("the Calls operations", () => {
  it("create, fetch, update and delete, with Python's bytes", async () => {
    const sent: Request[] = [];
    const sw = client(recording(sent));
    const created = await sw.calls.create({
      to: TO,
      from: FROM,
      url: XML,
      statusCallback: "https://example.com/status",
      statusCallbackEvent: ["initiated", "answered"],
      timeout: 30,
      record: true,
    });
    assert.equal(created.status, "queued");
    assert.equal(sent[0]!.method, "POST");
    assert.equal(
      await sent[0]!.text(),
      "To=%2B15551230000&From=%2B15551239999&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus" +
        "&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Timeout=30&Record=true" +
        "&Url=https%3A%2F%2Fexample.com%2Fanswer.xml",
    );
    assert.equal((await sw.calls.fetch(created.sid)).to, TO);
    const refused = await sw.calls.delete(created.sid).catch((e: unknown) => e);
    assert.ok(refused instanceof UnprocessableEntityError);
    assert.equal(refused.code, 20009);
    await sw.calls.update(created.sid, { status: "canceled" });
    const deleted = await sw.calls.deleteWithResponse(created.sid);
    assert.equal(deleted.status, 204);
    assert.equal(deleted.parsed, undefined);
    await assert.rejects(sw.calls.fetch(created.sid), NotFoundError);
    assert.equal(sent.at(-1)!.method, "GET");
  });

  it("lists across pages with for await, and one page with its response", async () => {
    const sent: Request[] = [];
    const sw = client(recording(sent));
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await sw.calls.create({ to: `+1555000${i}`, from: FROM, url: XML })).sid);
    sent.length = 0;
    const listed: string[] = [];
    for await (const call of sw.calls.list({ pageSize: 2, status: "queued" })) listed.push(call.sid);
    for (const sid of made) assert.ok(listed.includes(sid));
    assert.ok(sent.length >= 3);
    assert.ok(sent[1]!.url.endsWith(`PageToken=PA${listed[1]}`)); // a cursor: the page's last call
    const page = await sw.calls.listWithResponse({ pageSize: 1 });
    assert.equal(page.parsed.calls.length, 1);
    assert.match(page.parsed.next_page_uri ?? "", /Page=1/);
    let pages = 0;
    for await (const one of sw.calls.list({ pageSize: 4 }).pages()) pages += one.calls.length > 0 ? 1 : 0;
    assert.ok(pages >= 2);
  });

  it("sends the filter names the spec gives", async () => {
    const sent: Request[] = [];
    const sw = client(recording(sent));
    for await (const _ of sw.calls.list({ startTimeBefore: "2030-01-01", endTimeAfter: "2000-01-01" })) break;
    assert.match(sent[0]!.url, /StartTime%3C=2030-01-01&EndTime%3E=2000-01-01/);
  });

  it("refuses bad input before sending, naming the field", async () => {
    const sent: Request[] = [];
    const sw = client(recording(sent));
    const cases: [Record<string, unknown>, string][] = [
      [{ to: TO }, "from"],
      [{ to: TO, from: FROM, timeout: 601 }, "timeout"],
      [{ to: TO, from: FROM, record: "yes" }, "record"],
      [{ to: TO, from: FROM, statusCallbackEvent: "answered" }, "statusCallbackEvent"],
      [{ to: TO, from: FROM, machineDetection: "maybe" }, "machineDetection"],
      [{ to: TO, from: FROM, sendDigits: "12x" }, "sendDigits"],
      [{ to: TO, from: FROM, url: "ftp://x/y" }, "url"],
    ];
    for (const [options, field] of cases) {
      const error = await sw.calls.create(options as never).catch((e: unknown) => e);
      assert.ok(error instanceof InvalidParameterError, String(error));
      assert.equal(error.field, field);
    }
    assert.throws(() => sw.calls.list({ pageSize: "10" as never }), InvalidParameterError);
    await assert.rejects(sw.calls.fetch("CA1", { url: XML } as never), TypeError);
    assert.equal(sent.length, 0);
  });

  it("retries a GET whose outcome is unknown, never a POST", async () => {
    let calls = 0;
    const flaky = async (request: Request) => {
      calls++;
      if (calls === 1) throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
      return globalThis.fetch(request);
    };
    const sw = new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, retryPolicy: { initialWaitMs: 0 }, fetch: flaky });
    assert.equal((await sw.calls.fetch(info.live_call_sid)).sid, info.live_call_sid);
    assert.equal(calls, 2);
    calls = 0;
    await assert.rejects(sw.calls.update(info.live_call_sid, { url: XML }), ConnectionLostError);
    assert.equal(calls, 1);
  });
});

describe("status callbacks", () => {
  it("a hang-up's signed callback validates and parses", async () => {
    const received: { url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push({ url: request.url ?? "", headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const sw = client();
      const call = await sw.calls.create({ to: TO, from: FROM, url: XML, statusCallback: `${base}/status?tenant=7` });
      await sw.calls.update(call.sid, { status: "completed" });
      for (let i = 0; i < 400 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const [got] = received;
      assert.ok(got, "no callback arrived");
      const form = new URLSearchParams(got.body);
      const headers = Object.fromEntries(Object.entries(got.headers).map(([k, v]) => [k, String(v)]));
      assert.ok(new RequestValidator(info.signing_key).validateRequest(base + got.url, form, headers));
      assert.ok(!new RequestValidator("PSK_not_the_key").validateRequest(base + got.url, form, headers));
      const payload = parseCallStatus(form);
      assert.equal(payload.CallSid, call.sid);
      assert.equal(payload.CallStatus, "completed");
    } finally {
      server.close();
    }
  });
});

// Compile-time checks: `tsc --strict` fails the build if any of these stops being an error.
export function typeChecks(sw: SignalWire): void {
  // @ts-expect-error: an update's status is canceled or completed only
  void sw.calls.update("CA1", { status: "ringing" });
  // @ts-expect-error: `to` and `from` are required to create a call
  void sw.calls.create({ url: XML });
  // @ts-expect-error: unknown fields are refused
  void sw.calls.fetch("CA1", { colour: "red" });
  // @ts-expect-error: integers are numbers
  void sw.calls.list({ pageSize: "10" });
  const ok: Promise<{ sid: string }> = sw.calls.create({ to: TO, from: FROM, url: XML, statusCallbackEvent: ["answered"] });
  void ok;
  const status: Promise<string | null | undefined> = sw.calls.fetch("CA1").then((call) => call.status);
  void status;
  // Nested resources: the path's ids in URL order, then the fields.
  const muted: Promise<{ call_sid: string }> = sw.conferences.participants.update("CF1", "CA1", { muted: true });
  void muted;
  void sw.queues.members.update("QU1", "Front", { url: XML });
  void sw.calls.recordings.update("CA1", "RE1", { status: "paused" });
  // @ts-expect-error: a participant is named by its conference and its call
  void sw.conferences.participants.update("CF1", { muted: true });
  // @ts-expect-error: not a field of a participant's update
  void sw.conferences.participants.update("CF1", "CA1", { mute: true });
  // @ts-expect-error: not one of the statuses a recording takes
  void sw.calls.recordings.update("CA1", "RE1", { status: "sleeping" });
  // Bulk runs fix the parent ids: one conference, many calls.
  const run = sw.conferences.participants.updateMany("CF1", ["CA1", "CA2"], { muted: true });
  void run;
  // @ts-expect-error: the conference comes first
  void sw.conferences.participants.updateMany(["CA1"], { muted: true });
}

describe("request bodies", () => {
  it("an optional body may be empty, a required one may not", async () => {
    const { build } = await import("../src/index.js");
    const fields = [{ wire: "Url", name: "url", kind: "uri" as const }];
    const base = { name: "poke_a_call", resource: ["calls"], verb: "update", account: false, summary: "", method: "POST", path: "/Calls", pathParams: [], query: [], body: fields, status: 200, result: null, items: null };
    assert.equal(build({ ...base, bodyRequired: false }, [], "AC", {}).body, "");
    assert.throws(() => build({ ...base, bodyRequired: true }, [], "AC", {}), /poke_a_call needs at least one field: pass one of url/);
  });
});
