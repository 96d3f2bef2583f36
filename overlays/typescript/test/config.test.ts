// Credentials, space and the loopback-only rule for plain http: the same as the Python SDK.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterEach, describe, it } from "node:test";
import { ConfigurationError, SignalWire, USER_AGENT, VERSION } from "../src/index.js";

const NAMES = ["SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_SPACE_URL", "SIGNALWIRE_SPACE", "SIGNALWIRE_BASE_URL"];
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

function refused(options: Record<string, string>, field: string) {
  assert.throws(() => new SignalWire(options), (error: unknown) => error instanceof ConfigurationError && error.field === field);
}

describe("configuration", () => {
  it("reads every setting from the environment", () => {
    process.env.SIGNALWIRE_PROJECT_ID = "p";
    process.env.SIGNALWIRE_API_TOKEN = "t";
    process.env.SIGNALWIRE_SPACE = "envspace";
    const sw = new SignalWire();
    assert.equal(sw.baseUrl, "https://envspace.signalwire.com/api/laml/2010-04-01");
    assert.equal(sw.accountSid, "p");
  });

  it("names the missing variable", () => {
    for (const name of NAMES) delete process.env[name];
    assert.throws(() => new SignalWire({ apiToken: "t", spaceUrl: "x" }), /SIGNALWIRE_PROJECT_ID/);
    assert.throws(() => new SignalWire({ projectId: "p", spaceUrl: "x" }), /SIGNALWIRE_API_TOKEN/);
    assert.throws(() => new SignalWire({ projectId: "p", apiToken: "t" }), /SIGNALWIRE_SPACE_URL/);
  });

  it("allows plain http only to loopback hosts", () => {
    for (const baseUrl of ["http://127.0.0.1:8080/api", "http://localhost:1", "http://[::1]:9/x", "https://api.example.com"]) {
      assert.equal(new SignalWire({ projectId: "p", apiToken: "t", baseUrl }).baseUrl, baseUrl.replace(/\/+$/, ""));
    }
    for (const baseUrl of ["http://example.com/api", "http://10.0.0.1:8080", "ftp://127.0.0.1", "http://u:p@127.0.0.1"]) {
      refused({ projectId: "p", apiToken: "t", baseUrl }, "baseUrl");
    }
  });

  it("refuses unusable spaces", () => {
    for (const spaceUrl of ["https://example.signalwire.com:8443", "https://a@example.signalwire.com", "exa mple", "example.signalwire.com/x"]) {
      refused({ projectId: "p", apiToken: "t", spaceUrl }, "spaceUrl");
    }
  });

  it("never shows credentials", () => {
    const sw = new SignalWire({ projectId: "project-secret", apiToken: "token-secret", spaceUrl: "example" });
    for (const text of [String(sw), inspect(sw), JSON.stringify(sw), inspect(sw.calls)]) {
      assert.ok(!text.includes("token-secret") && !text.includes("project-secret"), text);
    }
  });
});

describe("version", () => {
  it("is the package's, in VERSION and in the User-Agent", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8"));
    assert.equal(VERSION, pkg.version);
    assert.ok(USER_AGENT.startsWith(`signalwire-compat-typescript/${VERSION} `));
  });

  it("takes the base URL from SIGNALWIRE_BASE_URL, after the options", () => {
    const base = "http://127.0.0.1:8080/api/laml/2010-04-01";
    process.env.SIGNALWIRE_BASE_URL = `${base}/`;
    process.env.SIGNALWIRE_SPACE_URL = "envspace";
    const credentials = { projectId: "p", apiToken: "t" };
    assert.equal(new SignalWire(credentials).baseUrl, base);
    assert.equal(new SignalWire({ ...credentials, spaceUrl: "argspace" }).baseUrl, "https://argspace.signalwire.com/api/laml/2010-04-01");
    assert.equal(new SignalWire({ ...credentials, baseUrl: "http://localhost:9/api" }).baseUrl, "http://localhost:9/api");
    for (const value of ["http://example.com/api", "ftp://127.0.0.1/"]) {
      process.env.SIGNALWIRE_BASE_URL = value;
      refused(credentials, "SIGNALWIRE_BASE_URL");
    }
    process.env.SIGNALWIRE_BASE_URL = "";
    assert.equal(new SignalWire(credentials).baseUrl, "https://envspace.signalwire.com/api/laml/2010-04-01");
  });
});
