// Accounts (the project and its subprojects) and API tokens through the TypeScript client against
// the sandbox started from Python: each resource's cycle as far as the spec has it, what the
// sandbox does beyond keeping records, the JSON body of a token's update as the spec gives it,
// and the token kept out of logs and errors.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";
import { APIResponseValidationError, InternalServerError, InvalidParameterError, NotFoundError, SignalWire } from "../src/index.js";
import { all, recording, useSandbox } from "./sandbox.js";

const info = useSandbox();
const client = (sent?: Request[]) =>
  new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, ...(sent ? { fetch: recording(sent) } : {}) });
const notFound = (error: unknown) => error instanceof NotFoundError;

describe("accounts and tokens, against the sandbox", () => {
  it("subprojects: create (its signing key once), fetch, list by name, update, 404", async () => {
    const sw = client();
    const [own, ...others] = await all(sw.accounts.list());
    assert.equal(own?.sid, info.project_id);
    assert.equal(own?.subproject, false);
    const created = await sw.accounts.create({ friendlyName: "Support team" });
    assert.equal(created.subproject, true);
    assert.equal(created.owner_account_sid, info.project_id);
    assert.ok(typeof created.signing_key === "string" && created.signing_key.length > 0);
    const fetched = await sw.accounts.fetch(created.sid);
    assert.equal(fetched.signing_key, null);
    assert.deepEqual((await all(sw.accounts.list({ friendlyName: "Support team" }))).map((a) => a.sid), [created.sid]);
    assert.equal((await all(sw.accounts.list())).length, others.length + 2);
    assert.equal((await sw.accounts.update(created.sid, { friendlyName: "Billing" })).friendly_name, "Billing");
    assert.equal((await sw.accounts.fetch(created.sid)).friendly_name, "Billing");
    await assert.rejects(sw.accounts.fetch("5d1f3b2a-0000-4000-8000-000000000000"), notFound);
  });

  it("an operation that names its account by its id takes no accountSid", async () => {
    const sw = client();
    // @ts-expect-error: the account is the id here
    await assert.rejects(sw.accounts.fetch(info.project_id, { accountSid: info.project_id }), TypeError);
    // @ts-expect-error: so is it for the list of accounts
    assert.throws(() => sw.accounts.list({ accountSid: info.project_id }), TypeError);
  });

  it("tokens: create (each its own value), update with JSON, delete, 404", async () => {
    const sw = client();
    const first = await sw.tokens.create({ name: "Nightly builds", permissions: ["calling", "fax"] });
    const second = await sw.tokens.create({ name: "Reports", permissions: ["messaging"] });
    assert.notEqual(first.id, second.id);
    assert.ok(first.token?.startsWith("PT") && second.token && first.token !== second.token);
    const renamed = await sw.tokens.update(first.id, { name: "Nightly" });
    assert.equal(renamed.name, "Nightly");
    assert.deepEqual(renamed.permissions, ["calling", "fax"]); // kept
    const changed = await sw.tokens.update(first.id, { permissions: ["video"] });
    assert.deepEqual([changed.name, changed.permissions], ["Nightly", ["video"]]);
    await sw.tokens.delete(first.id);
    await assert.rejects(sw.tokens.update(first.id, { name: "gone" }), notFound);
    await assert.rejects(sw.tokens.delete(first.id), notFound);
    assert.equal((await sw.tokens.update(second.id, { name: "Still here" })).name, "Still here");
  });

  it("a PATCH with a JSON body goes out as the spec says", async () => {
    const sent: Request[] = [];
    const sw = client(sent);
    const token = await sw.tokens.create({ name: "ci", permissions: ["calling"] });
    await sw.tokens.update(token.id, { permissions: ["fax", "video"], name: "ci \u00e9", extraBody: { Note: 1 } });
    const [create, update] = sent;
    assert.equal(create!.headers.get("content-type"), "application/x-www-form-urlencoded");
    assert.equal(await create!.text(), "name=ci&permissions=calling");
    assert.equal(update!.method, "PATCH");
    assert.ok(update!.url.endsWith(`/tokens/${token.id}`));
    assert.equal(update!.headers.get("content-type"), "application/json");
    // the spec's order (name, then permissions), then the extras; compact, text as UTF-8
    assert.equal(await update!.text(), '{"name":"ci \u00e9","permissions":["fax","video"],"Note":1}');
  });

  it("a bad JSON body is refused before sending", async () => {
    const sent: Request[] = [];
    const sw = client(sent);
    const id = "ea14556a-984f-11ee-b9d1-0242ac120002";
    const cases: [Record<string, unknown>, string][] = [
      [{}, "fields"],
      [{ name: "" }, "name"],
      [{ permissions: "fax" }, "permissions"],
      [{ permissions: ["root"] }, "permissions"],
      [{ name: "a\ud800" }, "name"],
      [{ name: 5 }, "name"],
      [{ extraBody: { Note: Number.NaN } }, "extraBody"],
      [{ extraBody: { NAME: "x" } }, "extraBody"],
    ];
    for (const [fields, field] of cases) {
      const update = sw.tokens.update as (id: string, options: Record<string, unknown>) => Promise<unknown>;
      await assert.rejects(update(id, fields), (error: unknown) => error instanceof InvalidParameterError && error.field === field);
    }
    assert.equal(sent.length, 0);
  });
});

const SECRET = "PT0123456789abcdef0123456789abcdef0123456789abcdef";

/** A server on 127.0.0.1 that answers every request with `status` and `body`. */
async function answering(status: number, body: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    request.on("end", () => response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("a token is kept out of logs and errors", () => {
  const answers: [number, unknown, new (...args: never[]) => Error][] = [
    [200, { id: 7, name: "ci", token: SECRET }, APIResponseValidationError],
    [200, { id: "t1", token: [SECRET] }, APIResponseValidationError],
    [200, { id: "t1", token: { value: SECRET } }, APIResponseValidationError],
    [500, { id: "t1", token: SECRET }, InternalServerError],
    [500, { error: { token: SECRET } }, InternalServerError],
  ];
  for (const [status, body, kind] of answers) {
    it(`not in the error of a ${status} answering ${JSON.stringify(body).replace(SECRET, "SECRET")}`, async () => {
      const server = await answering(status, body);
      try {
        const sw = new SignalWire({ projectId: "PJ1", apiToken: "PT-caller-7e1d", baseUrl: server.url, maxRetries: 0 });
        const error = await sw.tokens.create({ name: "ci", permissions: ["calling"] }).then(() => null, (e: unknown) => e);
        assert.ok(error instanceof kind, `got ${error}`);
        for (const text of [String(error), error.message, error.stack ?? ""]) assert.ok(!text.includes(SECRET.slice(2, 14)), text);
        if (status !== 200) assert.ok(error.message.includes("[redacted]"), error.message);
      } finally {
        await server.close();
      }
    });
  }

  it("not in the debug log of its create and update", () => {
    const script = `
      const { SignalWire } = await import(process.argv[1]);
      const sw = new SignalWire({ maxRetries: 0 });
      const token = await sw.tokens.create({ name: "ci", permissions: ["calling"] });
      await sw.tokens.update(token.id, { name: "ci2" });
      const subproject = await sw.accounts.create({ friendlyName: "Team" });
      console.log(JSON.stringify([token.token, subproject.signing_key]));
    `;
    const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith("SIGNALWIRE_") && v !== undefined)) as Record<string, string>;
    Object.assign(env, { SIGNALWIRE_PROJECT_ID: info.project_id, SIGNALWIRE_API_TOKEN: info.api_token, SIGNALWIRE_BASE_URL: info.base_url, SIGNALWIRE_LOG: "debug" });
    const index = join(import.meta.dirname, "../src/index.js");
    const done = spawnSync(process.execPath, ["--input-type=module", "-e", script, index], { env, encoding: "utf8", timeout: 60_000 });
    assert.equal(done.status, 0, done.stderr);
    const secrets = JSON.parse(done.stdout) as string[];
    assert.equal(secrets.length, 2);
    assert.ok(done.stderr.includes("DEBUG create_token"), done.stderr); // it did log
    for (const secret of secrets) assert.ok(secret && !done.stderr.includes(secret));
  });
});
