// SIGNALWIRE_LOG: one stderr line per request at debug, retry decisions at info, no credential;
// each case in a fresh Node process against the Python sandbox.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import { useSandbox } from "./sandbox.js";

const sandbox = useSandbox();
const INDEX = join(import.meta.dirname, "../src/index.js");
const SCRIPT = `
const { SignalWire } = await import(process.argv[1]);
const sw = new SignalWire({ maxRetries: 0 });
const sid = process.argv[2];
await sw.calls.fetch(sid);
await sw.calls.update(sid, { url: "https://example.com/next.xml" });
console.log("done");
`;

function run(level: string | undefined) {
  const env: Record<string, string> = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith("SIGNALWIRE_") && v !== undefined)) as Record<string, string>;
  Object.assign(env, { SIGNALWIRE_PROJECT_ID: sandbox.project_id, SIGNALWIRE_API_TOKEN: sandbox.api_token, SIGNALWIRE_BASE_URL: sandbox.base_url });
  if (level !== undefined) env.SIGNALWIRE_LOG = level;
  const done = spawnSync(process.execPath, ["--input-type=module", "-e", SCRIPT, INDEX, sandbox.live_call_sid], { env, encoding: "utf8", timeout: 60_000 });
  assert.equal(done.status, 0, done.stderr);
  assert.equal(done.stdout, "done\n");
  return done.stderr;
}

describe("SIGNALWIRE_LOG", () => {
  it("prints one line per request at debug, and no credential", () => {
    const lines = run("debug").split("\n").filter((line) => line.includes(": HTTP "));
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, new RegExp(` signalwire-compat DEBUG fetch_a_call '${sandbox.live_call_sid}': HTTP 200$`));
    assert.match(lines[1]!, / signalwire-compat DEBUG update_a_call '.*': HTTP 200$/);
    const pair = Buffer.from(`${sandbox.project_id}:${sandbox.api_token}`).toString("base64");
    const all = run("debug");
    assert.ok(!all.includes(sandbox.api_token) && !all.includes(pair));
  });

  it("prints nothing when unset or above the requests' level", () => {
    assert.equal(run(undefined), "");
    assert.equal(run("info"), "");
    assert.equal(run("WARNING"), "");
  });

  it("says once that an unknown level is ignored", () => {
    assert.equal(run("verbose\u001b[2J"), "signalwire-compat: SIGNALWIRE_LOG='verbose\\x1b[2j' is not debug, info or warning; ignored\n");
  });
});
