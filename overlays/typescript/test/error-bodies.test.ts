// SignalWire's error bodies, in every shape the service sends (tests/vectors/errors.json), from a
// real server on 127.0.0.1: each is a typed error with its code, message, link and list of
// errors, as in the Python SDK; hostile ones stay bounded, redacted and escaped.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { STATUS_CODES, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { APIStatusError, BadRequestError, type ErrorDetail, SignalWire, UnprocessableEntityError } from "../src/index.js";
import { ROOT } from "./sandbox.js";

// biome-ignore lint: vectors are free-form JSON
type Vector = any;
const VECTORS: Vector[] = JSON.parse(readFileSync(join(ROOT, "tests", "vectors", "errors.json"), "utf8")).vectors;
const PROJECT = "b3877c40-da60-4998-90ad-b792e98472af";
const TOKEN = "PT-vector-token";
const BASIC = Buffer.from(`${PROJECT}:${TOKEN}`).toString("base64");
const SHOWN = 1000; // the characters of a code, message or link an error keeps (then "…")
const LISTED = 20; // the errors of a list an error keeps
const LIMIT = 1 << 20; // the client here caps bodies at 1 MiB

let answer: (response: ServerResponse) => void = (response) => response.end();
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => answer(response));
});
let baseUrl = "";
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/laml/2010-04-01`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/** The error `script` answers an update with, and how long it took. */
async function failure(script: (response: ServerResponse) => void): Promise<{ error: APIStatusError; ms: number }> {
  answer = script;
  const sw = new SignalWire({ projectId: PROJECT, apiToken: TOKEN, baseUrl, maxRetries: 0, maxResponseBytes: LIMIT });
  const started = Date.now();
  const error = await sw.calls.update("CA1", { status: "completed", timeoutMs: 5000 }).then(
    () => assert.fail("expected an error"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof APIStatusError, String(error));
  return { error, ms: Date.now() - started };
}

function reply(status: number, body: string): (response: ServerResponse) => void {
  return (response) => {
    response.writeHead(status, STATUS_CODES[status] ?? "Error", { "Content-Type": "application/json" });
    response.end(body);
  };
}

function records(error: APIStatusError): { code: unknown; message: unknown; more_info: unknown }[] {
  assert.ok(Array.isArray(error.errors) && Object.isFrozen(error.errors));
  for (const detail of error.errors) assert.ok(Object.isFrozen(detail));
  return error.errors.map((e: ErrorDetail) => ({ code: e.code, message: e.message, more_info: e.moreInfo }));
}

/** The texts of an error: its message, code and link, and those of each error it lists. */
function texts(error: APIStatusError): string[] {
  const fields = [error, ...error.errors].flatMap((r) => [r.code, r.message, r.moreInfo]);
  return [String(error), ...fields.filter((f): f is string => typeof f === "string")];
}

describe("error bodies from a real server", () => {
  for (const vector of VECTORS) {
    it(vector.id, async () => {
      const { error } = await failure(reply(vector.status, vector.body));
      const expect = vector.expect;
      assert.equal(error.name, expect.class);
      assert.equal(error.statusCode, expect.status_code);
      assert.equal(error.outcomeUnknown, expect.outcome_unknown);
      assert.equal(error.code, expect.code);
      if ("message" in expect) assert.equal(error.message, expect.message);
      if ("message_contains" in expect) assert.ok(error.message.includes(expect.message_contains), error.message);
      assert.equal(error.moreInfo, expect.more_info);
      assert.deepEqual(records(error), expect.errors);
    });
  }
});

const ECHOED = JSON.stringify({
  errors: [{ code: TOKEN, message: `Authorization: Basic ${BASIC}`, more_info: TOKEN }, `token ${TOKEN}`],
});
const FORGED = JSON.stringify({
  errors: [{ code: "1\n2", message: "bad\nINFO forged \x1b[31m", more_info: "x\u202ey" }, "line\r\nINFO forged"],
});
const UNKNOWN = JSON.stringify({
  errors: [{ code: "30010", message: "m", more_info: "l", detail: { a: [1, {}] } }],
  request_id: "RQ1",
  links: [{ rel: "self" }],
});
const item = { code: "30010", message: "y".repeat(20_000), more_info: "z".repeat(20_000) };

function unread(error: APIStatusError): void {
  assert.deepEqual([error.code, error.errors], [null, []]);
  assert.match(error.message, /response body unreadable/);
}

function capped(error: APIStatusError): void {
  assert.ok(error.errors.length > 0 && error.errors.length <= LISTED, String(error.errors.length));
  for (const text of texts(error).slice(1)) assert.ok([...text.split(" (and ")[0]!].length <= SHOWN + 1, String(text.length));
}

const HOSTILE: [string, (response: ServerResponse) => void, typeof APIStatusError, (error: APIStatusError) => void][] = [
  [
    "300 MB error body",
    (response) => {
      response.writeHead(400, { "Content-Type": "application/json", "Content-Length": String(300 << 20) });
      response.write('{"errors": ["');
      const chunk = Buffer.alloc(65536, 120);
      let left = (300 << 20) - 13;
      const pump = () => {
        while (left > 0 && !response.destroyed && response.write(chunk.subarray(0, Math.min(left, chunk.length)))) left -= chunk.length;
        if (left > 0 && !response.destroyed) response.once("drain", pump);
      };
      pump();
    },
    BadRequestError,
    unread,
  ],
  ["error body 600 levels deep", reply(400, `{"errors": ${"[".repeat(599)}${"]".repeat(599)}}`), BadRequestError, unread],
  ["error body 1,000 levels deep", reply(422, `{"errors": ${"[".repeat(999)}${"]".repeat(999)}}`), UnprocessableEntityError, unread],
  [
    "150,000 errors",
    reply(422, JSON.stringify({ errors: Array(150_000).fill("e") })),
    UnprocessableEntityError,
    (error) => {
      capped(error);
      assert.equal(error.errors.length, LISTED);
      assert.ok(error.message.endsWith(`e (and ${150_000 - LISTED} more)`), error.message);
    },
  ],
  ["900 kB error message", reply(400, JSON.stringify({ code: 21218, message: "x".repeat(900_000) })), BadRequestError, capped],
  ["errors of 40 kB each", reply(400, JSON.stringify({ errors: Array(20).fill(item) })), BadRequestError, capped],
  [
    "error list echoing credentials",
    reply(400, ECHOED),
    BadRequestError,
    (error) => {
      for (const text of texts(error)) assert.ok(!text.includes(TOKEN) && !text.includes(BASIC), text);
    },
  ],
  [
    "error list forging log lines",
    reply(400, FORGED),
    BadRequestError,
    (error) => {
      for (const text of texts(error)) assert.ok(!/[\n\r\x1b\u202e]/.test(text), text);
    },
  ],
  ["error list with unknown fields", reply(400, UNKNOWN), BadRequestError, (error) => assert.deepEqual([error.code, error.message], ["30010", "m"])],
];

describe("hostile error bodies", () => {
  for (const [name, script, kind, check] of HOSTILE) {
    it(name, async () => {
      const { error, ms } = await failure(script);
      assert.ok(error instanceof kind, `${name}: ${String(error)}`);
      check(error);
      assert.ok(ms < 5000, `${name} took ${ms} ms, more than its 5000 ms timeoutMs`);
    });
  }
});

describe("excerpts of pages that are not JSON", () => {
  const pages: [string, string][] = [
    ["across the excerpt's 200 characters", `<p>${"x".repeat(190)} ${TOKEN} echoed</p>`],
    ["across the 800 characters read for it", `<p>${" ".repeat(787)}${TOKEN} echoed</p>`],
  ];
  for (const [name, page] of pages) {
    it(`a credential ${name} is cut out whole`, async () => {
      const { error } = await failure(reply(502, page));
      assert.ok(!String(error).includes(TOKEN.slice(0, 6)), String(error));
      assert.ok(error.message.startsWith("Bad Gateway: "), error.message);
    });
  }

  it("a download's error page is cut the same way", async () => {
    answer = reply(502, `<p>${"x".repeat(190)} ${TOKEN} echoed</p>`);
    const sw = new SignalWire({ projectId: PROJECT, apiToken: TOKEN, baseUrl, maxRetries: 0, maxResponseBytes: LIMIT });
    const error = await sw.download("/Recordings/RE1.wav").then(
      () => assert.fail("expected an error"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof APIStatusError, String(error));
    assert.ok(!String(error).includes(TOKEN.slice(0, 6)), String(error));
    assert.ok(error.message.startsWith("Bad Gateway: "), error.message);
  });
});
