// Webhook signatures: raw bodies as bytes, bodySHA256 checked, every signature header value
// tried, an unusable key refused; the same answers as the Python SDK (the shared vectors hold
// both to them). Message status callbacks read as their typed payload.

import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { createServer } from "node:http";
import { connect } from "node:net";
import { describe, it } from "node:test";
import { ConfigurationError, InvalidParameterError, RequestValidator, SIGNATURE_HEADER, parseIncomingCallStatus, parseMessageStatus, parseTranscriptionStatus } from "../src/index.js";
import type { MessageStatusCallback } from "../src/index.js";
import { listen } from "./listen.js";

const KEY = "PSK_test_signing_key";
const URL_ = "https://hooks.example.com/status";
const JSON_BODY = Buffer.from('{"call_id":"c1","event":"calling.call.state","params":{"state":"ended"}}');
const RAW = Buffer.from([0xff, 0xfe, 0x80, 0x7b, 0x7d, 0xc3]);

/** An independent signer: node:crypto over the bytes, as SignalWire signs. */
function hexSignature(url: string, body: Uint8Array): string {
  return createHmac("sha1", KEY).update(Buffer.concat([Buffer.from(url), body])).digest("hex");
}
function formSignature(url: string, signed = ""): string {
  return createHmac("sha1", KEY).update(Buffer.from(url + signed)).digest("base64");
}
function hashed(url: string, body: Uint8Array): string {
  return `${url}?bodySHA256=${createHash("sha256").update(body).digest("hex")}`;
}

describe("webhook bodies", () => {
  it("checks a JSON body against the bodySHA256 of its URL", () => {
    const url = hashed(URL_, JSON_BODY);
    const headers = { [SIGNATURE_HEADER]: formSignature(url) };
    const validator = new RequestValidator(KEY);
    const tampered = Buffer.from(JSON_BODY.toString().replace("ended", "active"));
    assert.ok(validator.validateRequest(url, [], headers, JSON_BODY));
    assert.ok(validator.validateRequest(url, [], headers, JSON_BODY.toString()));
    assert.ok(validator.validateBody(url, new Uint8Array(JSON_BODY), formSignature(url)));
    assert.ok(!validator.validateRequest(url, [], headers, tampered));
    assert.ok(!validator.validateRequest(url, [], headers, tampered.toString()));
    assert.ok(!validator.validateBody(url, tampered, formSignature(url)));
    assert.ok(!validator.validateRequest(url, [], headers, ""));
    assert.ok(!validator.validateRequest(url, [], headers));
    assert.ok(!validator.validate(url, [], formSignature(url)));
  });

  it("never proves a body by a signature of the URL alone", () => {
    const url = `${URL_}?tenant=7`;
    const headers = { [SIGNATURE_HEADER]: formSignature(url) };
    const validator = new RequestValidator(KEY);
    assert.ok(validator.validateRequest(url, [], headers));
    assert.ok(validator.validateRequest(url, [], headers, new Uint8Array()));
    assert.ok(!validator.validateRequest(url, [], headers, JSON_BODY));
    assert.ok(!validator.validateBody(url, JSON_BODY, formSignature(url)));
  });

  it("signs Buffer and Uint8Array bodies as bytes, UTF-8 or not", () => {
    const validator = new RequestValidator(KEY);
    const signature = hexSignature(URL_, RAW);
    assert.equal(validator.computeBodySignature(URL_, RAW), signature);
    assert.equal(validator.computeBodySignature(URL_, new Uint8Array(RAW)), signature);
    assert.ok(validator.validateBody(URL_, RAW, signature));
    assert.ok(validator.validateBody(URL_, new Uint8Array(RAW), signature));
    assert.ok(validator.validateRequest(URL_, [], { [SIGNATURE_HEADER]: signature }, RAW));
    const changed = Buffer.from(RAW);
    changed[0] = 0xfd;
    assert.equal(validator.validateBody(URL_, changed, signature), false);
    const url = hashed(URL_, RAW);
    assert.ok(validator.validateRequest(url, [], { [SIGNATURE_HEADER]: formSignature(url) }, RAW));
    assert.ok(!validator.validateRequest(url, [], { [SIGNATURE_HEADER]: formSignature(url) }, changed));
  });

  it("answers false for text that is not valid Unicode, and a typed error for a bad form", () => {
    const validator = new RequestValidator(KEY);
    assert.equal(validator.validate("https://e.x/\ud800", [], "sig"), false);
    assert.equal(validator.validate("https://e.x/s", [["Name", "\udc00"]], "sig"), false);
    assert.equal(validator.validateBody("https://e.x/s", "{\ud800}", "sig"), false);
    assert.equal(validator.validateRequest("https://e.x/s", [], { [SIGNATURE_HEADER]: "sig" }, "{\ud800}"), false);
    assert.throws(() => validator.computeSignature("https://e.x/s", [["Name", "\udc00"]]), InvalidParameterError);
    assert.throws(() => validator.computeBodySignature("https://e.x/\ud800", "{}"), InvalidParameterError);
    for (const bad of ["CallSid=CA1", [["CallSid"]], [["CallSid", 1]], { CallSid: null }, null, 5]) {
      assert.throws(() => validator.validate("https://e.x/s", bad as never, "sig"), InvalidParameterError);
      assert.throws(() => validator.computeSignature("https://e.x/s", bad as never), InvalidParameterError);
    }
  });
});

describe("webhook signature headers and keys", () => {
  const form: [string, string][] = [["CallSid", "CA1"]];
  const good = formSignature(URL_, "CallSidCA1");
  const other = formSignature(URL_);

  it("tries every value of either header, whatever its case", () => {
    const validator = new RequestValidator(KEY);
    const twice = new Headers();
    twice.append(SIGNATURE_HEADER, other);
    twice.append(SIGNATURE_HEADER.toLowerCase(), good);
    assert.ok(validator.validateRequest(URL_, form, twice));
    assert.ok(validator.validateRequest(URL_, form, { "X-Twilio-Signature": good, [SIGNATURE_HEADER]: other }));
    assert.ok(validator.validateRequest(URL_, form, { "x-signalwire-signature": [other, good] }));
    assert.ok(validator.validateRequest(URL_, form, { "X-SIGNALWIRE-SIGNATURE": `${other},${good}` }));
    assert.ok(!validator.validateRequest(URL_, form, { [SIGNATURE_HEADER]: `${other}, ${other}` }));
    assert.ok(!validator.validateRequest(URL_, form, { [SIGNATURE_HEADER]: `${good} ` }));
    assert.ok(!validator.validateRequest(URL_, form, { [SIGNATURE_HEADER]: "," }));
  });

  it("validates a request whose signature header Node received twice", async () => {
    const validator = new RequestValidator(KEY);
    const verdicts: boolean[] = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const url = `https://hooks.example.com${request.url}`;
        verdicts.push(validator.validateRequest(url, new URLSearchParams(body), request.headers));
        response.writeHead(204).end();
      });
    });
    const port = await listen(server);
    try {
      // Two header lines on the wire; Node hands the handler one value, joined with ", ".
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.end(
            "POST /status HTTP/1.1\r\nHost: hooks.example.com\r\nConnection: close\r\n" +
              "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n" +
              `${SIGNATURE_HEADER}: ${other}\r\n${SIGNATURE_HEADER}: ${good}\r\n\r\nCallSid=CA1`,
          );
        });
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk));
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
      });
      assert.match(reply, /^HTTP\/1\.1 204/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    assert.deepEqual(verdicts, [true]);
  });

  it("refuses an unusable signing key with a ConfigurationError that does not show it", () => {
    for (const bad of ["", "   ", " PSK_key", "PSK_key\n", "PSK\u0000key", "PSK_\ud800", null, 42]) {
      assert.throws(
        () => new RequestValidator(bad as never),
        (error: unknown) => error instanceof ConfigurationError && /signingKey/.test(error.message) && !/PSK/.test(error.message),
      );
    }
  });
});

// A message status callback as SignalWire posts it (Twilio's SmsSid and SmsStatus ride along).
const MESSAGE_FORM: [string, string][] = [
  ["MessageSid", "0a059168-ead0-41af-9d1f-343dae832527"],
  ["SmsSid", "0a059168-ead0-41af-9d1f-343dae832527"],
  ["AccountSid", "ea108133-d6b3-407c-9536-9fad8a929a6a"],
  ["From", "+15551234567"],
  ["To", "+15557654321"],
  ["Body", "Hello World!"],
  ["MessageStatus", "delivered"],
  ["SmsStatus", "delivered"],
  ["NumMedia", "0"],
  ["NumSegments", "1"],
];

describe("message status callbacks", () => {
  it("validates and parses a signed callback as the service sends it", async () => {
    const signed = [...MESSAGE_FORM].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => name + value);
    const url = "https://hooks.example.com/messages?tenant=7";
    const events: MessageStatusCallback[] = [];
    const validator = new RequestValidator(KEY);
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const form = new URLSearchParams(body);
        const ok = validator.validateRequest(`https://hooks.example.com${request.url}`, form, request.headers);
        if (ok) events.push(parseMessageStatus(form));
        response.writeHead(ok ? 204 : 403).end();
      });
    });
    const port = await listen(server);
    try {
      const reply = await fetch(`http://127.0.0.1:${port}/messages?tenant=7`, {
        method: "POST",
        headers: { [SIGNATURE_HEADER]: formSignature(url, signed.join("")) },
        body: new URLSearchParams(MESSAGE_FORM),
      });
      assert.equal(reply.status, 204);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const [event] = events;
    assert.ok(event);
    assert.equal(event.MessageStatus, "delivered");
    assert.deepEqual([event.MessageSid, event.From, event.To, event.Body], [
      "0a059168-ead0-41af-9d1f-343dae832527",
      "+15551234567",
      "+15557654321",
      "Hello World!",
    ]);
    assert.deepEqual([event.NumMedia, event.NumSegments, event.ErrorCode], ["0", "1", undefined]);
  });

  it("passes every status through, one it does not list too", () => {
    for (const status of ["queued", "sending", "sent", "delivered", "undelivered", "failed", "receiving", "received", "scheduled"]) {
      assert.equal(parseMessageStatus([["MessageStatus", status]]).MessageStatus, status);
    }
    assert.equal(parseMessageStatus({ MessageStatus: "failed", ErrorCode: "30003" }).ErrorCode, "30003");
  });

  it("leaves out what the form leaves out and keeps a field it does not list", () => {
    const event = parseMessageStatus([["MessageSid", "SM1"], ["MessageStatus", "failed"], ["Extra", "x"], ["Extra", "y"]]);
    assert.deepEqual({ ...event }, { MessageSid: "SM1", MessageStatus: "failed", Extra: "y" });
    assert.equal(event.Body, undefined);
  });
});

describe("inbound call and transcription status callbacks", () => {
  it("validates and parses an inbound call's status callback, its status as sent", () => {
    const form: [string, string][] = [
      ["CallSid", "CA7f2c"],
      ["From", "+15551234567"],
      ["To", "+15557654321"],
      ["CallStatus", "completed"],
      ["CallDuration", "42"],
    ];
    const url = "https://hooks.example.com/numbers/status";
    const signed = [...form].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => name + value);
    const headers = { [SIGNATURE_HEADER]: formSignature(url, signed.join("")) };
    assert.equal(new RequestValidator(KEY).validateRequest(url, new URLSearchParams(form), headers), true);
    const event = parseIncomingCallStatus(form);
    assert.deepEqual([event.CallSid, event.CallStatus, event.CallDuration, event.AudioInMos], ["CA7f2c", "completed", "42", undefined]);
    assert.equal(parseIncomingCallStatus([["CallStatus", "rejected"]]).CallStatus, "rejected");
  });

  it("parses a transcription's status callback and keeps what it does not list", () => {
    const event = parseTranscriptionStatus([["TranscriptionSid", "TR1"], ["TranscriptionText", "Call me back & soon"], ["TranscriptionStatus", "failed"], ["Extra", "x"]]);
    assert.deepEqual({ ...event }, { TranscriptionSid: "TR1", TranscriptionText: "Call me back & soon", TranscriptionStatus: "failed", Extra: "x" });
    assert.equal(event.RecordingSid, undefined);
  });
});
