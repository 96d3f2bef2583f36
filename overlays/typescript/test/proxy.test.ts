// A fetch of the user's own carries the client through a proxy: undici's ProxyAgent, a real
// forwarding proxy on 127.0.0.1 (absolute-form requests for http, CONNECT tunnels for https),
// the sandbox behind it, and the proxy's credentials sent to the proxy only, never shown.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { type Server as HttpsServer, createServer as createHttpsServer } from "node:https";
import { type Server, type Socket, connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { inspect } from "node:util";
import { ProxyAgent, setGlobalDispatcher, fetch as undiciFetch } from "undici";
import { APIConnectionError, ConnectionLostError, SignalWire, SignalWireError } from "../src/index.js";
import { useSandbox } from "./sandbox.js";
import { listen, unusedPort } from "./listen.js";

const USER = "proxy-user";
const PASSWORD = "proxy-pass-5d1e07";
const PROXY_AUTHORIZATION = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`;
const TO = "+15551230000";
const FROM = "+15551239999";
const XML = "https://example.com/answer.xml";

const info = useSandbox();

/** What the proxy was asked: the request line and the headers (names lower-cased). */
interface Asked {
  line: string;
  headers: Record<string, string>;
}

/** A forwarding proxy: CONNECT opens a tunnel; any other request, in absolute form, is sent on
 * in origin form with the proxy's own headers removed, one request per connection. Answers
 * 407 when `Proxy-Authorization` is not `PROXY_AUTHORIZATION`. */
class ForwardingProxy {
  readonly asked: Asked[] = [];
  readonly #sockets = new Set<Socket>();
  readonly #server: Server = createServer((socket) => this.#serve(socket));
  port = 0;

  async start(): Promise<void> {
    this.port = await listen(this.#server);
  }

  url(user = USER, password = PASSWORD): string {
    return `http://${user}:${password}@127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #track(socket: Socket): Socket {
    this.#sockets.add(socket);
    socket.on("close", () => this.#sockets.delete(socket));
    socket.on("error", () => {});
    return socket;
  }

  #serve(client: Socket): void {
    this.#track(client);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      client.off("data", onData);
      client.pause();
      const [line = "", ...fields] = head.subarray(0, end).toString("latin1").split("\r\n");
      const headers: Record<string, string> = {};
      for (const field of fields) {
        const colon = field.indexOf(":");
        headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
      }
      this.asked.push({ line, headers });
      this.#forward(client, line, fields, head.subarray(end + 4));
    };
    client.on("data", onData);
  }

  #forward(client: Socket, line: string, fields: string[], rest: Buffer): void {
    const [method = "", target = ""] = line.split(" ");
    const authorized = fields.some((field) => /^proxy-authorization:/i.test(field) && field.slice(field.indexOf(":") + 1).trim() === PROXY_AUTHORIZATION);
    if (!authorized) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    if (method === "CONNECT") {
      const colon = target.lastIndexOf(":");
      const upstream = this.#track(connect(Number(target.slice(colon + 1)), target.slice(0, colon)));
      upstream.once("connect", () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (rest.length > 0) upstream.write(rest);
        client.pipe(upstream).pipe(client);
        client.resume();
      });
      upstream.once("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"));
      return;
    }
    const url = new URL(target);
    const kept = fields.filter((field) => !/^(proxy-authorization|proxy-connection|connection|keep-alive):/i.test(field));
    const upstream = this.#track(connect(Number(url.port), url.hostname));
    upstream.once("connect", () => {
      upstream.write(`${method} ${url.pathname}${url.search} HTTP/1.1\r\n${[...kept, "Connection: close"].join("\r\n")}\r\n\r\n`);
      if (rest.length > 0) upstream.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  }
}

/** The client as a user builds it: undici's fetch through `agent` (undici's fetch takes no
 * global `Request`, so the request is passed as its URL and the parts of it that matter). */
function proxied(agent: ProxyAgent, baseUrl: string): SignalWire {
  return new SignalWire({
    projectId: info.project_id,
    apiToken: info.api_token,
    baseUrl,
    maxRetries: 0,
    fetch: async (request) =>
      (await undiciFetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        body: request.body === null ? null : await request.arrayBuffer(),
        redirect: request.redirect,
        signal: request.signal,
        dispatcher: agent,
      })) as Response,
  });
}

/** Nothing that can be seen of `error` names the proxy's password or its Basic value. */
function assertNoProxySecret(error: unknown): void {
  for (const text of [String(error), (error as Error).stack ?? "", inspect(error, { depth: 8, showHidden: true })]) {
    assert.ok(!text.includes(PASSWORD), `the proxy's password in: ${text}`);
    assert.ok(!text.includes(PROXY_AUTHORIZATION.slice("Basic ".length)), `the proxy's Basic value in: ${text}`);
  }
}

const proxy = new ForwardingProxy();
let work = "";
let certificate = "";
let https: HttpsServer | undefined;
let httpsBaseUrl = "";
const reachedHttps: { url: string; headers: Record<string, string | string[] | undefined> }[] = [];

describe("a fetch of the user's own, through a proxy", () => {
  // Inside the suite, so that they run once the sandbox serves.
  before(async () => {
    await proxy.start();
    // An https front for the sandbox, with a certificate made for 127.0.0.1.
    work = mkdtempSync(join(tmpdir(), "signalwire-proxy-"));
    const [key, cert] = [join(work, "key.pem"), join(work, "cert.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", cert], {
      stdio: "ignore",
    });
    certificate = readFileSync(cert, "utf8");
    const sandbox = new URL(info.base_url);
    https = createHttpsServer({ key: readFileSync(key), cert: certificate }, (incoming, outgoing) => {
      reachedHttps.push({ url: incoming.url ?? "", headers: incoming.headers });
      const headers = { ...incoming.headers, host: sandbox.host };
      const onward = httpRequest({ host: sandbox.hostname, port: sandbox.port, method: incoming.method, path: incoming.url, headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      onward.on("error", () => outgoing.destroy());
      incoming.pipe(onward);
    });
    httpsBaseUrl = `https://127.0.0.1:${await listen(https)}${sandbox.pathname}`;
  });

  after(async () => {
    https?.closeAllConnections();
    await new Promise<void>((resolve) => (https ? https.close(() => resolve()) : resolve()));
    await proxy.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("http: each request goes to the proxy in absolute form, with the proxy's credentials", async () => {
    const agent = new ProxyAgent({ uri: proxy.url(), proxyTunnel: false });
    try {
      const sw = proxied(agent, info.base_url);
      const before = proxy.asked.length;
      const created = await sw.calls.create({ to: TO, from: FROM, url: XML });
      assert.equal(created.status, "queued");
      assert.equal((await sw.calls.fetch(created.sid)).to, TO);
      const asked = proxy.asked.slice(before);
      const calls = `${info.base_url}/Accounts/${info.project_id}/Calls`;
      assert.deepEqual(
        asked.map((each) => each.line),
        [`POST ${calls} HTTP/1.1`, `GET ${calls}/${created.sid} HTTP/1.1`],
      );
      for (const each of asked) assert.equal(each.headers["proxy-authorization"], PROXY_AUTHORIZATION);
    } finally {
      await agent.close();
    }
  });

  it("a proxy set for fetch (undici's setGlobalDispatcher) carries a client with no fetch option, while it is set", async () => {
    const holder = globalThis as unknown as Record<symbol, unknown>;
    const DISPATCHER = Symbol.for("undici.globalDispatcher.1");
    const previous = holder[DISPATCHER];
    const agent = new ProxyAgent({ uri: proxy.url(), proxyTunnel: false });
    const sw = new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, maxRetries: 0 });
    const calls = `${info.base_url}/Accounts/${info.project_id}/Calls`;
    const before = proxy.asked.length;
    let sid = "";
    setGlobalDispatcher(agent);
    try {
      sid = (await sw.calls.create({ to: TO, from: FROM, url: XML })).sid;
      assert.deepEqual(
        proxy.asked.slice(before).map((each) => each.line),
        [`POST ${calls} HTTP/1.1`],
      );
      assert.equal(proxy.asked.at(-1)!.headers["proxy-authorization"], PROXY_AUTHORIZATION);
    } finally {
      holder[DISPATCHER] = previous; // as it was: none, or Node's own
      await agent.close();
    }
    assert.equal((await sw.calls.fetch(sid)).to, TO); // straight to the service again
    assert.equal(proxy.asked.length, before + 1);
  });

  it("https: a CONNECT tunnel to the API's host and port, the request inside it", async () => {
    const agent = new ProxyAgent({ uri: proxy.url(), requestTls: { ca: certificate } });
    try {
      const sw = proxied(agent, httpsBaseUrl);
      const before = proxy.asked.length;
      const reached = reachedHttps.length;
      const created = await sw.calls.create({ to: TO, from: FROM, url: XML });
      assert.equal(created.status, "queued");
      const host = new URL(httpsBaseUrl).host;
      const tunnels = proxy.asked.slice(before);
      assert.equal(tunnels.length, 1);
      assert.equal(tunnels[0]!.line, `CONNECT ${host} HTTP/1.1`);
      assert.equal(tunnels[0]!.headers["proxy-authorization"], PROXY_AUTHORIZATION);
      const inside = reachedHttps.slice(reached);
      assert.deepEqual(
        inside.map((each) => each.url),
        [`${new URL(httpsBaseUrl).pathname}/Accounts/${info.project_id}/Calls`],
      );
      assert.equal(inside[0]!.headers["proxy-authorization"], undefined); // the proxy's alone
    } finally {
      await agent.close();
    }
  });

  it("a proxy that refuses the credentials: nothing sent, and no credential in the error", async () => {
    const wrong = Buffer.from(`${USER}:wrong-pass`).toString("base64");
    for (const tunnel of [true, false]) {
      const agent = new ProxyAgent({ uri: proxy.url(USER, "wrong-pass"), proxyTunnel: tunnel, requestTls: { ca: certificate } });
      try {
        const baseUrl = tunnel ? httpsBaseUrl : info.base_url;
        const before = reachedHttps.length;
        const error = await proxied(agent, baseUrl).calls.fetch(info.example_call_sid).catch((e: unknown) => e);
        // As in Python: a proxy's refusal means the request never reached the service.
        assert.ok(error instanceof APIConnectionError && !(error instanceof ConnectionLostError), String(error));
        assert.equal(error.outcomeUnknown, false);
        assert.match(error.message, /^connection failed before sending: .*407/);
        const target = `${baseUrl}/Accounts/${info.project_id}/Calls/${info.example_call_sid}`;
        assert.equal(proxy.asked.at(-1)!.line, tunnel ? `CONNECT ${new URL(baseUrl).host} HTTP/1.1` : `GET ${target} HTTP/1.1`);
        assert.equal(reachedHttps.length, before);
        assertNoProxySecret(error);
        for (const text of [String(error), inspect(error, { depth: 8, showHidden: true })]) {
          assert.ok(!text.includes("wrong-pass") && !text.includes(wrong), text);
        }
      } finally {
        await agent.close();
      }
    }
  });

  it("a proxy that cannot be reached: nothing sent, and no credential in the error", async () => {
    const port = await unusedPort();
    for (const tunnel of [true, false]) {
      const agent = new ProxyAgent({ uri: `http://${USER}:${PASSWORD}@127.0.0.1:${port}`, proxyTunnel: tunnel, requestTls: { ca: certificate } });
      try {
        const error = await proxied(agent, tunnel ? httpsBaseUrl : info.base_url)
          .calls.fetch(info.example_call_sid)
          .catch((e: unknown) => e);
        assert.ok(error instanceof APIConnectionError && !(error instanceof ConnectionLostError), String(error));
        assert.ok(error instanceof SignalWireError);
        assert.match(error.message, /ECONNREFUSED/);
        assertNoProxySecret(error);
      } finally {
        await agent.close();
      }
    }
  });
});
