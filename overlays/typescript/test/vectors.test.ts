// The shared wire-level vectors (tests/vectors/*.json), the same ones the Python SDK runs.

import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { zCall, zError } from "../../../generated/typescript/zod.gen.js";
import {
  type APIError,
  ConfigurationError,
  type ErrorDetail,
  InvalidParameterError,
  type Operation,
  RequestValidator,
  SignalWire,
  callTimes,
  operations,
  parseCallRequest,
  parseCallStatus,
  parseRecordingStatus,
} from "../src/index.js";
import { ROOT } from "./sandbox.js";

const VECTORS = join(ROOT, "tests", "vectors");
const SETTINGS: Record<string, string> = {
  fields: "fields",
  project_id: "projectId",
  api_token: "apiToken",
  space_url: "spaceUrl",
  extra_headers: "extraHeaders",
  extra_query: "extraQuery",
  extra_body: "extraBody",
};
const EXTRAS: Record<string, string> = { headers: "extraHeaders", query: "extraQuery", body: "extraBody" };

/** Wire names to TypeScript names, for the fields and path parameters of `operation`. */
function names(operation: Operation): Record<string, string> {
  const all = [...operation.pathParams, ...operation.query, ...operation.body];
  return { ...SETTINGS, ...Object.fromEntries(all.map((field) => [field.wire, field.name])) };
}

function answer(operation: Operation): Response {
  if (operation.result === null) return new Response(null, { status: 204 });
  if (operation.items) return new Response(JSON.stringify({ [operation.items]: [], next_page_uri: null }), { status: 200 });
  return new Response(JSON.stringify({ sid: "CA1" }), { status: 200 });
}
const TIMES: Record<string, "dateCreated" | "dateUpdated" | "startTime" | "endTime"> = {
  date_created: "dateCreated", date_updated: "dateUpdated", start_time: "startTime", end_time: "endTime",
};
const CREDENTIALS = { projectId: "b3877c40-da60-4998-90ad-b792e98472af", apiToken: "PT-vector-token" };
const results: Record<string, boolean> = {};

// biome-ignore lint: vectors are free-form JSON
type Vector = any;

function load(name: string): Vector[] {
  return JSON.parse(readFileSync(join(VECTORS, `${name}.json`), "utf8")).vectors;
}

function vectorTest(kind: string, vector: Vector, body: () => Promise<void>) {
  const id = `${kind}:${vector.id}`;
  it(id, async () => {
    results[id] = false;
    await body();
    results[id] = true;
  });
}

function respond(status: number, text: string, headers: Record<string, string> = {}) {
  return async (_request: Request) => new Response(text === "" ? null : text, { status, headers });
}

describe("request vectors", () => {
  for (const vector of load("requests")) {
    vectorTest("request", vector, async () => {
      const input = vector.input;
      const operation = (operations as Record<string, Operation>)[vector.operation ?? "update_a_call"]!;
      const wire = names(operation);
      const sent: Request[] = [];
      const fetch = async (request: Request) => {
        sent.push(request.clone());
        return answer(operation);
      };
      const options: Record<string, unknown> = input.account_sid ? { accountSid: input.account_sid } : {};
      for (const [name, value] of Object.entries(input.fields as Record<string, unknown>)) options[wire[name] ?? name] = value;
      for (const [part, value] of Object.entries((input.extras ?? {}) as Record<string, unknown>)) options[EXTRAS[part]!] = value;
      const send = async () => {
        const client = new SignalWire({ projectId: input.project_id, apiToken: input.api_token, spaceUrl: input.space_url, maxRetries: 0, fetch });
        let resource = client as unknown as Record<string, unknown>;
        for (const segment of operation.resource) resource = resource[segment] as Record<string, unknown>;
        const method = resource[operation.verb] as (...args: unknown[]) => unknown;
        const args = operation.pathParams.length > 1 ? [input.call_sid, options] : [options];
        const result = method(...args);
        if (operation.items) for await (const _ of result as AsyncIterable<unknown>) void _;
        else await result;
      };
      if (vector.expect_error) {
        const error = await send().then(() => null, (e: unknown) => e);
        assert.ok(error instanceof InvalidParameterError || error instanceof ConfigurationError, `got ${error}`);
        assert.equal(error.name, vector.expect_error.class);
        assert.equal(error.field, wire[vector.expect_error.field] ?? vector.expect_error.field);
        assert.equal(sent.length, 0);
        return;
      }
      await send();
      assert.equal(sent.length, 1);
      const [request] = sent as [Request];
      assert.equal(request.method, vector.expect.method);
      assert.equal(request.url, vector.expect.url);
      for (const [name, value] of Object.entries(vector.expect.headers as Record<string, string | null>)) {
        assert.equal(request.headers.get(name), value, name);
      }
      assert.equal(await request.text(), vector.expect.body);
    });
  }
});

describe("operation vectors", () => {
  const document = JSON.parse(readFileSync(join(VECTORS, "operations.json"), "utf8"));
  const table = operations as Record<string, Operation>;
  for (const vector of document.vectors as Vector[]) {
    vectorTest("operation", vector, async () => {
      const input = vector.input;
      const operation = table[vector.operation]!;
      const answer = document.answers[vector.operation];
      const wire = names(operation);
      const sent: Request[] = [];
      const fetch = async (request: Request) => {
        sent.push(request.clone());
        return new Response(answer.body === null ? null : JSON.stringify(answer.body), { status: answer.status });
      };
      const options: Record<string, unknown> = input.account_sid ? { accountSid: input.account_sid } : {};
      for (const [name, value] of Object.entries(input.fields as Record<string, unknown>)) options[wire[name]!] = value;
      const send = async () => {
        const client = new SignalWire({ projectId: input.project_id, apiToken: input.api_token, spaceUrl: input.space_url, maxRetries: 0, fetch });
        let resource = client as unknown as Record<string, unknown>;
        for (const segment of operation.resource) resource = resource[segment] as Record<string, unknown>;
        const method = resource[operation.verb] as (...args: unknown[]) => unknown;
        const result = method.call(resource, ...input.ids, options);
        if (operation.items) for await (const _ of result as AsyncIterable<unknown>) void _;
        else await result;
      };
      if (vector.expect_error) {
        const error = await send().then(() => null, (e: unknown) => e);
        assert.ok(error instanceof InvalidParameterError, `got ${error}`);
        assert.equal(error.name, vector.expect_error.class);
        assert.equal(error.field, wire[vector.expect_error.field] ?? vector.expect_error.field);
        assert.equal(sent.length, 0);
        return;
      }
      await send();
      assert.equal(sent.length, 1);
      const [request] = sent as [Request];
      assert.equal(request.method, vector.expect.method);
      assert.equal(request.url, vector.expect.url);
      for (const [name, value] of Object.entries(vector.expect.headers as Record<string, string | null>)) {
        assert.equal(request.headers.get(name), value, name);
      }
      assert.equal(await request.text(), vector.expect.body);
    });
  }
});

describe("response vectors", () => {
  const known = new Set(Object.keys(zCall.shape));
  for (const vector of load("responses")) {
    vectorTest("response", vector, async () => {
      const client = new SignalWire({ ...CREDENTIALS, spaceUrl: "example", maxRetries: 0, fetch: respond(200, vector.body, { "Content-Type": "application/json" }) });
      const update = () => client.calls.update("CA1", { status: "completed" });
      if (vector.expect_error) {
        await assert.rejects(update, (error: Error) => error.name === vector.expect_error.class);
        return;
      }
      const call = (await update()) as Record<string, unknown>;
      for (const [name, value] of Object.entries(vector.expect.fields as Record<string, unknown>)) {
        assert.deepEqual(call[name], value, name);
      }
      for (const name of vector.expect.missing as string[]) assert.ok(!(name in call), name);
      const extra = Object.fromEntries(Object.entries(call).filter(([name]) => !known.has(name)));
      assert.deepEqual(extra, vector.expect.extra);
      const times = callTimes(call as never);
      for (const [name, instant] of Object.entries(vector.expect.times as Record<string, string | null>)) {
        const parsed = times[TIMES[name] ?? "dateCreated"];
        assert.equal(parsed?.getTime() ?? null, instant === null ? null : Date.parse(instant), name);
      }
    });
  }
});

describe("error vectors", () => {
  for (const vector of load("errors")) {
    vectorTest("error", vector, async () => {
      const statusText = vector.status === 502 ? "Bad Gateway" : vector.status === 503 ? "Service Unavailable" : "";
      const fetch = async (_request: Request) =>
        new Response(vector.body === "" ? null : vector.body, { status: vector.status, statusText, headers: vector.headers ?? {} });
      const client = new SignalWire({ ...CREDENTIALS, spaceUrl: "example", maxRetries: 0, fetch });
      const error = (await client.calls.update("CA1", { status: "completed" }).then(() => null, (e: unknown) => e)) as APIError & Record<string, unknown>;
      assert.ok(error, "expected an error");
      const expect = vector.expect;
      assert.equal(error.name, expect.class);
      assert.equal(error.statusCode, expect.status_code);
      assert.equal(error.code, expect.code);
      if ("message" in expect) assert.equal(error.message, expect.message);
      if ("message_contains" in expect) assert.ok(error.message.includes(expect.message_contains), error.message);
      assert.equal(error.outcomeUnknown, expect.outcome_unknown);
      assert.equal(error.moreInfo, expect.more_info);
      const errors = ((error.errors ?? []) as ErrorDetail[]).map((e) => ({ code: e.code, message: e.message, more_info: e.moreInfo }));
      assert.deepEqual(errors, expect.errors);
      if (vector.shape) assert.ok(zError.safeParse(JSON.parse(vector.body)).success, `${vector.id} is not a spec Error`);
    });
  }
});

describe("signature vectors", () => {
  for (const vector of load("signatures")) {
    vectorTest("signature", vector, async () => {
      const validator = new RequestValidator(vector.signing_key);
      const pairs = (vector.params as [string, string][]).map(([n, v]) => [n, v] as const);
      const body = vector.body_base64 === undefined ? vector.body : Buffer.from(vector.body_base64, "base64");
      assert.equal(validator.validateRequest(vector.url, pairs, vector.headers, body), vector.valid);
    });
  }
});

const PARSERS: Record<string, (params: [string, string][]) => object> = {
  call_status: parseCallStatus,
  call_request: parseCallRequest,
  recording_status: parseRecordingStatus,
};

describe("payload vectors", () => {
  for (const vector of load("payloads")) {
    vectorTest("payload", vector, async () => {
      const payload = PARSERS[vector.kind]!(vector.params) as Record<string, unknown>;
      for (const [name, value] of Object.entries(vector.expect as Record<string, string>)) assert.equal(payload[name], value, name);
    });
  }
});

after(() => {
  const report = process.env.PARITY_REPORT;
  if (report) {
    mkdirSync(dirname(report), { recursive: true });
    writeFileSync(report, `${JSON.stringify(results, Object.keys(results).sort(), 2)}\n`);
  }
});
