// Faxes and their media through the TypeScript client against the sandbox started from Python:
// the cycle, a sent fax's states with its signed status callbacks, the deletes the service
// refuses, and the fax status callback read as a typed payload.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import { describe, it } from "node:test";
import { ConflictError, NotFoundError, RequestValidator, SignalWire, UnprocessableEntityError, parseFaxStatus } from "../src/index.js";
import type { FaxStatusCallback } from "../src/index.js";
import { listen } from "./listen.js";
import { all, useSandbox } from "./sandbox.js";

const TO = "+15551230000";
const FROM = "+15551239999";
const DOCUMENT = "https://example.com/contract.pdf";
/** The statuses a queued fax moves through once its create is answered. */
const SENT = ["processing", "sending", "delivered"];
const record = (resource: string, fields: object) => ["--record", resource, JSON.stringify(fields)];

const info = useSandbox([
  ...record("/Faxes", { sid: "FX-QUEUED", status: "queued" }),
  ...record("/Faxes", { sid: "FX-SENDING", status: "sending" }),
  ...record("/Faxes", { sid: "FX-PROCESSING", status: "processing" }),
  ...record("/Faxes/{FaxSid}/Media", { FaxSid: "FX-PROCESSING", sid: "ME-HELD" }),
]);
const client = () => new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url });
const notFound = (error: unknown) => error instanceof NotFoundError;

describe("faxes, against the sandbox", () => {
  it("send, fetch, list, cancel, the media, delete, 404", async () => {
    const sw = client();
    const fax = await sw.faxes.create({ mediaUrl: DOCUMENT, to: TO, from: FROM, quality: "superfine" });
    assert.deepEqual([fax.status, fax.media_url, fax.quality], ["queued", DOCUMENT, "superfine"]);
    assert.equal((await sw.faxes.fetch(fax.sid)).status, "delivered");
    assert.deepEqual((await all(sw.faxes.list({ to: TO }))).map((f) => f.sid), [fax.sid]);
    await assert.rejects(sw.faxes.update(fax.sid, { status: "canceled" }), (error) => error instanceof UnprocessableEntityError);
    assert.equal((await sw.faxes.update("FX-QUEUED", { status: "canceled" })).status, "canceled");
    const [media, ...more] = await all(sw.faxes.media.list(fax.sid));
    assert.ok(media, "a delivered fax keeps its document");
    assert.deepEqual(more, []);
    assert.deepEqual([media.fax_sid, media.content_type], [fax.sid, "application/pdf"]);
    assert.equal((await sw.faxes.fetch(fax.sid)).media_sid, media.sid);
    assert.equal((await sw.faxes.media.fetch(fax.sid, media.sid)).sid, media.sid);
    await sw.faxes.media.delete(fax.sid, media.sid);
    await assert.rejects(sw.faxes.media.fetch(fax.sid, media.sid), notFound);
    await sw.faxes.delete(fax.sid);
    await assert.rejects(sw.faxes.fetch(fax.sid), notFound);
  });

  it("a sent fax moves through its states, with a signed status callback for each", { timeout: 60_000 }, async () => {
    const validator = new RequestValidator(info.signing_key);
    const events: FaxStatusCallback[] = [];
    let signed = 0;
    let arrived: () => void = () => {};
    const done = new Promise<void>((resolve) => (arrived = resolve));
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const form = new URLSearchParams(body);
        if (validator.validateRequest(`http://127.0.0.1:${port}${request.url}`, form, request.headers)) signed += 1;
        events.push(parseFaxStatus(form));
        response.writeHead(204).end();
        if (events.length === SENT.length) arrived();
      });
    });
    const port = await listen(server);
    const sw = client();
    try {
      const fax = await sw.faxes.create({ mediaUrl: DOCUMENT, to: TO, from: FROM, statusCallback: `http://127.0.0.1:${port}/fax-status?tenant=7` });
      assert.equal(fax.status, "queued");
      await done;
      assert.equal(signed, SENT.length);
      assert.deepEqual(events.map((event) => event.FaxStatus).sort(), [...SENT].sort());
      assert.ok(events.every((event) => event.FaxSid === fax.sid && event.From === FROM && event.To === TO));
      assert.ok(events.every((event) => event.OriginalMediaUrl === DOCUMENT));
      const [media] = await all(sw.faxes.media.list(fax.sid));
      const delivered = events.find((event) => event.FaxStatus === "delivered");
      assert.equal(delivered?.MediaSid, media?.sid);
      assert.equal((await sw.faxes.fetch(fax.sid)).status, "delivered");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a fax under way cannot be deleted, nor the media of one not yet done", async () => {
    const sw = client();
    const conflict = (error: unknown) => error instanceof ConflictError && error.statusCode === 409;
    await assert.rejects(sw.faxes.delete("FX-SENDING"), conflict);
    assert.equal((await sw.faxes.fetch("FX-SENDING")).status, "sending");
    await assert.rejects(sw.faxes.media.delete("FX-PROCESSING", "ME-HELD"), conflict);
    assert.equal((await sw.faxes.media.fetch("FX-PROCESSING", "ME-HELD")).sid, "ME-HELD");
  });
});

describe("fax status callbacks", () => {
  it("reads every field the service documents, and a status it does not list", () => {
    const event = parseFaxStatus([
      ["FaxSid", "FX1"],
      ["FaxStatus", "delivered"],
      ["NumPages", "2"],
      ["MediaSid", "ME1"],
      ["RemoteStationId", "+1 555 123 0000"],
      ["OriginalMediaUrl", DOCUMENT],
    ]);
    assert.deepEqual([event.FaxSid, event.FaxStatus, event.NumPages, event.MediaSid], ["FX1", "delivered", "2", "ME1"]);
    assert.deepEqual([event.RemoteStationId, event.OriginalMediaUrl, event.ErrorCode], ["+1 555 123 0000", DOCUMENT, undefined]);
    assert.equal(parseFaxStatus({ FaxStatus: "rescheduled" }).FaxStatus, "rescheduled");
    assert.deepEqual({ ...parseFaxStatus([["FaxStatus", "failed"], ["Extra", "x"], ["Extra", "y"]]) }, { FaxStatus: "failed", Extra: "y" });
  });
});
