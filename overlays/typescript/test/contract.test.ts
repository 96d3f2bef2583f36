// The TypeScript client against the sandbox started from Python, which validates every request
// against spec/openapi.yaml and answers 400 to any that does not conform.

import assert from "node:assert/strict";
import { type AddressInfo, createServer } from "node:net";
import { describe, it } from "node:test";
import {
  APIConnectionError,
  AuthenticationError,
  NotFoundError,
  SignalWire,
  UnprocessableEntityError,
  callTimes,
} from "../src/index.js";

import { useSandbox } from "./sandbox.js";

const info = useSandbox();

function client(overrides: Record<string, unknown> = {}) {
  return new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, ...overrides });
}

describe("against the sandbox", () => {
  it("redirects, hangs up, then refuses to redirect an ended call", async () => {
    const sw = client();
    const sid = info.live_call_sid;
    const redirected = await sw.calls.update(sid, { url: "https://example.com/hold.xml", method: "GET", statusCallback: "" });
    assert.equal(redirected.status, "in-progress");
    const ended = await sw.calls.updateWithResponse(sid, { status: "completed" });
    assert.equal(ended.status, 200);
    assert.equal(ended.parsed.status, "completed");
    assert.ok(callTimes(ended.parsed).endTime instanceof Date);
    await assert.rejects(
      sw.calls.update(sid, { url: "https://example.com/next.xml" }),
      (error: unknown) => error instanceof UnprocessableEntityError && error.code === 21220,
    );
  });

  it("cancels a queued call with every field set", async () => {
    const call = await client().calls.update(info.example_call_sid, {
      url: "https://example.com/a?x=1&y=é +",
      method: "POST",
      status: "canceled",
      fallbackUrl: "https://example.com/fb",
      fallbackMethod: "GET",
      statusCallback: "https://example.com/cb",
      statusCallbackMethod: "POST",
    });
    assert.equal(call.status, "canceled");
  });

  it("escapes odd sids so they reach only their own resource", async () => {
    for (const sid of ["../Messages", "a/b", "%2F", "x?y#z", "caf\u00e9 (1)*"]) {
      await assert.rejects(client().calls.update(sid, { status: "completed" }), NotFoundError, sid);
    }
  });

  it("reports wrong credentials", async () => {
    await assert.rejects(client({ apiToken: "wrong" }).calls.update(info.live_call_sid, { status: "completed" }), AuthenticationError);
  });

  it("retries a refused connection, then reports it", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const messages: string[] = [];
    const sw = new SignalWire({
      projectId: "p",
      apiToken: "t",
      baseUrl: `http://127.0.0.1:${port}`,
      retryPolicy: { initialWaitMs: 1, maxWaitMs: 5 },
      log: (message) => messages.push(message),
    });
    await assert.rejects(sw.calls.update("CA1", { status: "completed" }), APIConnectionError);
    assert.equal(messages.filter((m) => m.includes("retrying in")).length, 2);
    assert.ok(messages.some((m) => m.includes("giving up after 3 attempts")));
  });
});
