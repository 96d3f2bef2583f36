// Each resource family through the TypeScript client against the sandbox started from Python:
// create (where the spec has it), fetch, list, update, delete, then a 404; nested resources take
// their parents' ids first, and bulk runs fix them.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NotFoundError, SignalWire } from "../src/index.js";
import { all, useSandbox } from "./sandbox.js";

const info = useSandbox();
const client = () => new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url });
const notFound = (error: unknown) => error instanceof NotFoundError;

describe("the families, against the sandbox", () => {
  it("queues: create, fetch, list, update, delete, 404", async () => {
    const sw = client();
    const queue = await sw.queues.create({ friendlyName: "support", maxSize: 10 });
    assert.equal((await sw.queues.fetch(queue.sid)).max_size, 10);
    assert.ok((await all(sw.queues.list())).some((q) => q.sid === queue.sid));
    assert.equal((await sw.queues.update(queue.sid, { maxSize: 20 })).max_size, 20);
    await sw.queues.delete(queue.sid);
    await assert.rejects(sw.queues.fetch(queue.sid), notFound);
  });

  it("messages: create, fetch, list, redact, delete, 404", async () => {
    const sw = client();
    const message = await sw.messages.create({ to: "+15551230000", from: "+15551239999", body: "Your code" });
    assert.equal(message.status, "queued");
    assert.equal((await sw.messages.fetch(message.sid)).body, "Your code");
    assert.ok((await all(sw.messages.list({ to: "+15551230000" }))).some((m) => m.sid === message.sid));
    assert.equal((await sw.messages.update(message.sid, { body: "" })).body, "");
    assert.deepEqual(await all(sw.messages.media.list(message.sid)), []);
    await sw.messages.delete(message.sid);
    await assert.rejects(sw.messages.fetch(message.sid), notFound);
  });

  it("a conference's participants: list, fetch, mute them all, kick one, 404", async () => {
    const sw = client();
    const [conference] = await all(sw.conferences.list());
    assert.ok(conference, "the sandbox starts with the spec's example conference");
    const participants = await all(sw.conferences.participants.list(conference.sid));
    assert.ok(participants.length > 0);
    const [first] = participants;
    assert.equal((await sw.conferences.participants.fetch(conference.sid, first!.call_sid)).call_sid, first!.call_sid);
    const run = sw.conferences.participants.updateMany(conference.sid, participants.map((p) => p.call_sid), { muted: true });
    for await (const result of run) assert.equal(result.outcome, "applied", result.id);
    assert.ok((await all(sw.conferences.participants.list(conference.sid))).every((p) => p.muted === true));
    await sw.conferences.participants.delete(conference.sid, first!.call_sid);
    await assert.rejects(sw.conferences.participants.fetch(conference.sid, first!.call_sid), notFound);
  });

  it("a call's recordings and streams", async () => {
    const sw = client();
    const call = info.live_call_sid;
    const recording = await sw.calls.recordings.create(call, { recordingChannels: "dual" });
    assert.equal((await sw.calls.recordings.update(call, recording.sid, { status: "paused" })).status, "paused");
    const stream = await sw.calls.streams.create(call, { url: "wss://example.com/audio" });
    assert.equal((await sw.calls.streams.update(call, stream.sid, { status: "stopped" })).status, "stopped");
  });

  it("the project's recordings and transcriptions: list, fetch, delete, 404", async () => {
    const sw = client();
    for (const resource of [sw.recordings, sw.transcriptions]) {
      const [first] = await all<{ sid: string }>(resource.list());
      assert.ok(first);
      assert.equal((await resource.fetch(first.sid)).sid, first.sid);
      await resource.delete(first.sid);
      await assert.rejects(resource.fetch(first.sid), notFound);
    }
  });
});
