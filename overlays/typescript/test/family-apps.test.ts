// Applications and cXML scripts (LaML bins) through the TypeScript client against the sandbox
// started from Python: each one's create, fetch, list (with its filter), update, delete and 404;
// and a script served at its request_url, as the service serves it.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NotFoundError, SignalWire } from "../src/index.js";
import { all, useSandbox } from "./sandbox.js";

const info = useSandbox();
const client = () => new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url });
const notFound = (error: unknown) => error instanceof NotFoundError;
const GREETING = '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello!</Say></Response>';
const EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** A script's request_url, checked to be the sandbox's (no test reaches another host). */
function urlOf(script: { request_url?: string | null }): string {
  const url = script.request_url;
  assert.ok(typeof url === "string" && url.startsWith(`${info.url}/`), String(url));
  return url;
}

describe("applications and cXML scripts, against the sandbox", () => {
  it("applications: create, fetch, list by name, update, delete, 404", async () => {
    const sw = client();
    const app = await sw.applications.create({ friendlyName: "TS front desk", voiceUrl: "https://example.com/voice.xml", voiceMethod: "GET" });
    await sw.applications.create({ friendlyName: "TS back office" });
    assert.equal(app.voice_method, "GET");
    assert.equal((await sw.applications.fetch(app.sid)).voice_url, "https://example.com/voice.xml");
    assert.deepEqual((await all(sw.applications.list({ friendlyName: "TS front desk" }))).map((a) => a.sid), [app.sid]);
    const updated = await sw.applications.update(app.sid, { smsUrl: "https://example.com/sms.xml" });
    assert.deepEqual([updated.sms_url, updated.friendly_name], ["https://example.com/sms.xml", "TS front desk"]);
    await sw.applications.delete(app.sid);
    await assert.rejects(sw.applications.fetch(app.sid), notFound);
  });

  it("cXML scripts: create, fetch, list by name, update, delete, 404", async () => {
    const sw = client();
    const script = await sw.lamlBins.create({ name: "ts-greeting", contents: GREETING });
    await sw.lamlBins.create({ name: "ts-other" });
    assert.equal((await sw.lamlBins.fetch(script.sid)).contents, GREETING);
    assert.deepEqual((await all(sw.lamlBins.list({ name: "ts-greeting" }))).map((s) => s.sid), [script.sid]);
    const renamed = await sw.lamlBins.update(script.sid, { name: "ts-welcome" });
    assert.deepEqual([renamed.name, renamed.contents], ["ts-welcome", GREETING]);
    await sw.lamlBins.delete(script.sid);
    await assert.rejects(sw.lamlBins.fetch(script.sid), notFound);
  });

  it("a script is served at its request_url, without credentials, and counts its requests", async () => {
    const sw = client();
    const script = await sw.lamlBins.create({ name: "ts-served", contents: GREETING });
    assert.equal(urlOf(script), `${info.url}/laml-bins/${script.sid}`);
    assert.deepEqual([script.num_requests, script.date_last_accessed], [0, null]);
    assert.match(script.date_created ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const fetched = await fetch(urlOf(script));
    assert.equal(fetched.status, 200);
    assert.equal(fetched.headers.get("content-type")?.split(";")[0], "text/xml");
    assert.equal(await fetched.text(), GREETING);
    const posted = await fetch(urlOf(script), { method: "POST", body: new URLSearchParams({ CallSid: "CA1" }) });
    assert.deepEqual([posted.status, await posted.text()], [200, GREETING]);
    const counted = await sw.lamlBins.fetch(script.sid);
    assert.equal(counted.num_requests, 2);
    assert.match(counted.date_last_accessed ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("a script serves an empty Response by default, its new contents once updated, nothing once deleted", async () => {
    const sw = client();
    const script = await sw.lamlBins.create({ name: "ts-empty" });
    const url = urlOf(script);
    assert.equal(script.contents, EMPTY);
    assert.equal(await (await fetch(url)).text(), EMPTY);
    await sw.lamlBins.update(script.sid, { name: "ts-empty", contents: "<Response><Hangup/></Response>" });
    assert.equal(await (await fetch(url)).text(), "<Response><Hangup/></Response>");
    await sw.lamlBins.delete(script.sid);
    const gone = await fetch(url);
    await gone.body?.cancel();
    assert.equal(gone.status, 404);
  });
});
