// Per-call extras (extraHeaders, extraQuery, extraBody) against a real local server: sent after
// the spec's fields, checked before sending, never able to change the credentials or the path.

import assert from "node:assert/strict";
import { type IncomingMessage, type Server, createServer } from "node:http";
import { after, before, beforeEach, describe, it } from "node:test";
import { InvalidParameterError, SignalWire } from "../src/index.js";
import { listen } from "./listen.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const PROJECT = "PJ-extras";
const TOKEN = "PT-extras";
const BASIC = `Basic ${Buffer.from(`${PROJECT}:${TOKEN}`).toString("base64")}`;
const TWIML = '<Response><Say>Hello &amp; "welcome"</Say></Response>';
const seen: Seen[] = [];
let server: Server;
let baseUrl = "";

before(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const body = request.method === "GET" ? JSON.stringify({ calls: [], next_page_uri: null }) : JSON.stringify({ sid: "CA1" });
      response.writeHead(200, { "Content-Type": "application/json" }).end(body);
    });
  });
  baseUrl = `http://127.0.0.1:${await listen(server)}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => void (seen.length = 0));

const client = () => new SignalWire({ projectId: PROJECT, apiToken: TOKEN, baseUrl, maxRetries: 0 });

describe("extras", () => {
  it("sends extraBody and extraHeaders after the spec's fields", async () => {
    await client().calls.create({
      to: "+15550001111",
      from: "+15550002222",
      timeout: 30,
      extraBody: { Twiml: TWIML, Tag: ["a", "b"], Flag: true, Count: 3 },
      extraHeaders: { "X-Trace": "t-1" },
    });
    const [request] = seen as [Seen];
    assert.deepEqual([...new URLSearchParams(request.body)], [
      ["To", "+15550001111"],
      ["From", "+15550002222"],
      ["Timeout", "30"],
      ["Twiml", TWIML],
      ["Tag", "a"],
      ["Tag", "b"],
      ["Flag", "true"],
      ["Count", "3"],
    ]);
    assert.equal(request.headers["x-trace"], "t-1");
    assert.equal(request.headers.authorization, BASIC);
    assert.equal(request.headers["content-type"], "application/x-www-form-urlencoded");
    assert.equal(request.url, `/Accounts/${PROJECT}/Calls`);
  });

  it("encodes the extras as the Python SDK does", async () => {
    await client().calls.update("CA1", { status: "completed", extraBody: { Twiml: TWIML }, extraQuery: { q: "1" } });
    const [request] = seen as [Seen];
    assert.equal(request.body, "Status=completed&Twiml=%3CResponse%3E%3CSay%3EHello+%26amp%3B+%22welcome%22%3C%2FSay%3E%3C%2FResponse%3E");
    assert.equal(request.url, `/Accounts/${PROJECT}/Calls/CA1?q=1`);
  });

  it("appends extraQuery to a list, escaped so that it cannot reach the path", async () => {
    for await (const _ of client().calls.list({ status: "queued", extraQuery: { "Weird/../Name": "a&b=c" } })) void _;
    const [request] = seen as [Seen];
    assert.equal(request.url, `/Accounts/${PROJECT}/Calls?Status=queued&Weird%2F..%2FName=a%26b%3Dc`);
  });

  for (const headers of <Record<string, string>[]>[
    { Authorization: "Basic b3RoZXI6b3RoZXI=" },
    { authorization: "Bearer x" },
    { Host: "elsewhere.example" },
    { "Content-Length": "0" },
    { "Content-Type": "application/json" },
    { "User-Agent": "mine" },
  ]) {
    it(`refuses to replace ${Object.keys(headers)[0]}`, async () => {
      await assert.rejects(client().calls.update("CA1", { status: "completed", extraHeaders: headers }), (error: unknown) => {
        assert.ok(error instanceof InvalidParameterError);
        assert.equal(error.field, "extraHeaders");
        assert.match(error.message, /set by the client/);
        return true;
      });
      assert.equal(seen.length, 0);
    });
  }

  const bad: [Record<string, unknown>, RegExp][] = [
    [{ extraHeaders: { "X-A": "a\r\nAuthorization: x" } }, /control characters/],
    [{ extraHeaders: { "X-A": "caf\u00e9" } }, /ASCII/],
    [{ extraHeaders: { "X A": "a" } }, /not a header name/],
    [{ extraHeaders: { "X-A": "1", "x-a": "2" } }, /given twice/],
    [{ extraHeaders: { "X-A": 1 } }, /must be a string/],
    [{ extraBody: { "Bad\nName": "a" } }, /control characters/],
    [{ extraBody: { Twiml: "\ud800" } }, /lone surrogates/],
    [{ extraBody: { "\udc80": "a" } }, /lone surrogates/],
    [{ extraBody: { "": "a" } }, /must not be empty/],
    [{ extraBody: { N: Number.NaN } }, /finite/],
    [{ extraBody: { N: null } }, /string, number or boolean/],
    [{ extraBody: ["Twiml"] }, /names and values/],
    [{ extraBody: { Status: "canceled" } }, /is a field of this operation; pass it as status/],
    [{ extraBody: { url: "https://example.com" } }, /pass it as url/],
    [{ extraQuery: { Status: "x" } }, /is a field of this operation/],
  ];
  for (const [extras, problem] of bad) {
    it(`refuses ${JSON.stringify(extras)} before sending`, async () => {
      const options = { status: "completed", ...extras } as never;
      await assert.rejects(client().calls.update("CA1", options), (error: unknown) => {
        assert.ok(error instanceof InvalidParameterError, String(error));
        assert.equal(error.field, Object.keys(extras)[0]);
        assert.match(error.message, problem);
        return true;
      });
      assert.equal(seen.length, 0);
    });
  }

  it("refuses extraBody on an operation that sends no body", () => {
    assert.throws(() => client().calls.list({ extraBody: { A: "b" } } as never), /sends no body; use extraQuery/);
    assert.equal(seen.length, 0);
  });

  it("counts extras as a body", async () => {
    await client().calls.update("CA1", { extraBody: { NewField: "x" } });
    assert.equal((seen[0] as Seen).body, "NewField=x");
  });

  it("checks the extras of a bulk run before sending", async () => {
    assert.throws(() => client().calls.updateMany(["CA1"], { status: "completed", extraHeaders: { Host: "x" } }), /set by the client/);
    assert.equal(seen.length, 0);
  });
});
