// The TypeScript side of `make bench`: our `SignalWire` against raw fetch and twilio-node, on
// the benchmark's server. `bench/run.py` starts it (on the clients' CPU) with its settings as
// JSON in BENCH_CONFIG, and reads the figures it prints as one JSON object.
//
// Every figure comes from interleaved rounds (each round runs every contender once, in
// rotating order) and is the median over rounds. Before any timing, each contender's answer is
// checked once: HTTP 200 and the server's call; if any fails, the run fails, naming each.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const config = JSON.parse(process.env.BENCH_CONFIG ?? "{}");
const { base, api, projectId, apiToken, callSid, seedFile, ours, serverPid, clockTicks, quick } = config;
const { SignalWire } = await import(pathToFileURL(ours).href);
const require = createRequire(import.meta.url);
const twilioEntry = require.resolve("twilio");
const twilio = require("twilio");

const URL_PATH = `${api}/Accounts/${projectId}/Calls/${callSid}`;
const AUTH = `Basic ${Buffer.from(`${projectId}:${apiToken}`).toString("base64")}`;
const FORM = "application/x-www-form-urlencoded";
const BODY = "Status=completed";
const INIT = { method: "POST", headers: { Authorization: AUTH, "Content-Type": FORM }, body: BODY };
const SEED = JSON.stringify(JSON.parse(readFileSync(seedFile, "utf8")));
const ANSWERED_SID = JSON.parse(SEED).sid; // the server answers every update with the seed call

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function rotate(items, by) {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function medians(samples) {
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

function add(samples, name, value) {
  (samples[name] ??= []).push(value);
}

/** The clients, each making one Update-a-call request per call; `check` makes one request and
 * fails unless the server answered 200 with its call. */
function contenders() {
  const url = base + URL_PATH;
  const client = new SignalWire({ projectId, apiToken, baseUrl: base + api });
  // twilio-node refuses an account sid that does not start with AC (a Project ID is a UUID):
  // it is given one to pass that check, then the Project ID, read when `calls` is first used,
  // so that its requests name the same account as the others' (and as twilio-python's).
  const twilioClient = twilio(projectId, apiToken, { accountSid: `AC${"0".repeat(32)}` });
  twilioClient.accountSid = projectId;
  twilioClient.api.baseUrl = base; // its hostname is kept: no region or edge is set
  const expect = (status, sid) => {
    if (status !== 200 || sid !== ANSWERED_SID) throw new Error(`answered HTTP ${status} with sid ${sid}`);
  };
  return [
    {
      name: "raw fetch",
      call: () => fetch(url, INIT).then((answer) => answer.json()),
      check: async () => {
        const answer = await fetch(url, INIT);
        expect(answer.status, (await answer.json()).sid);
      },
    },
    {
      name: "SignalWire",
      call: () => client.calls.update(callSid, { status: "completed" }),
      check: async () => {
        const answer = await client.calls.updateWithResponse(callSid, { status: "completed" });
        expect(answer.status, answer.parsed.sid);
      },
    },
    {
      name: "twilio-node",
      call: () => twilioClient.calls(callSid).update({ status: "completed" }),
      check: async () => {
        const answer = await twilioClient.calls(callSid).updateWithHttpInfo({ status: "completed" });
        expect(answer.statusCode, answer.body.sid);
      },
    },
  ];
}

/** Median microseconds per sequential call, and the client's CPU microseconds per call. */
async function sequential(clients, rounds, block, warmup) {
  const time = {};
  const cpu = {};
  for (const { call } of clients) for (let i = 0; i < warmup; i++) await call();
  for (let round = 0; round < rounds; round++) {
    for (const { name, call } of rotate(clients, round)) {
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < block; i++) await call();
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuBefore);
      add(time, name, (elapsed / block) * 1000);
      add(cpu, name, (used.user + used.system) / block);
    }
  }
  return [medians(time), medians(cpu)];
}

/** `total` calls, with at most `concurrency` in flight (a pool of workers). */
async function pool(call, total, concurrency) {
  let left = total;
  const worker = async () => {
    while (left > 0) {
      left--;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** User plus system CPU seconds of the server, from /proc. */
function serverCpu() {
  const fields = readFileSync(`/proc/${serverPid}/stat`, "utf8").split(")").pop().trim().split(/\s+/);
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Median requests per second at `concurrency`, and the server's CPU share during each. */
async function concurrent(clients, rounds, total, concurrency) {
  const rate = {};
  const share = {};
  for (const { call } of clients) await pool(call, Math.max(concurrency * 2, total / 10), concurrency);
  for (let round = 0; round < rounds; round++) {
    for (const { name, call } of rotate(clients, round)) {
      const cpuBefore = serverCpu();
      const start = performance.now();
      await pool(call, total, concurrency);
      const seconds = (performance.now() - start) / 1000;
      add(rate, name, total / seconds);
      add(share, name, (serverCpu() - cpuBefore) / seconds);
    }
  }
  return [medians(rate), medians(share)];
}

/** Median CPU microseconds per call with no network: both hand the same Request to the same
 * fetch replacement, which answers the server's body at once, and read the JSON. */
async function clientCpu(rounds, block) {
  const answer = () => new Response(SEED, { status: 200, headers: { "Content-Type": "application/json" } });
  const fake = async () => answer();
  const url = `http://127.0.0.1:9${URL_PATH}`;
  const client = new SignalWire({ projectId, apiToken, baseUrl: `http://127.0.0.1:9${api}`, fetch: fake });
  const calls = [
    { name: "fetch alone", call: () => fake(new Request(url, INIT)).then((got) => got.json()) },
    { name: "SignalWire", call: () => client.calls.update(callSid, { status: "completed" }) },
  ];
  const samples = {};
  for (const { call } of calls) for (let i = 0; i < 200; i++) await call();
  for (let round = 0; round < rounds; round++) {
    for (const { name, call } of rotate(calls, round)) {
      const before = process.cpuUsage();
      for (let i = 0; i < block; i++) await call();
      const used = process.cpuUsage(before);
      add(samples, name, (used.user + used.system) / block);
    }
  }
  return medians(samples);
}

/** Milliseconds one `import()` of `url` takes in a fresh Node process (startup not counted). */
function importOnce(url) {
  const code = `const t = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t));`;
  const done = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  if (done.status !== 0) throw new Error(`importing ${url} failed: ${done.stderr}`);
  return Number(done.stdout);
}

/** Median import time of each module, in fresh processes, interleaved; one untimed import of
 * each first, so that every timed one reads its files from the page cache. */
function importTimes(modules, rounds) {
  const samples = {};
  for (const url of Object.values(modules)) importOnce(url);
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of rotate(Object.entries(modules), round)) add(samples, name, importOnce(url));
  }
  return medians(samples);
}

const clients = contenders();
const failed = [];
for (const { name, check } of clients) await check().catch((error) => failed.push(`${name}: ${error}`));
if (failed.length) {
  process.stderr.write(`contenders failed their check:\n${failed.join("\n")}\n`);
  process.exit(1);
}
const [seqRounds, seqBlock, seqWarmup] = quick ? [2, 20, 10] : [7, 400, 300];
const [seqTime, seqCpu] = await sequential(clients, seqRounds, seqBlock, seqWarmup);
const [rateRounds, rateTotal] = quick ? [1, 100] : [5, 2000];
const [rate, share] = await concurrent(clients, rateRounds, rateTotal, 50);
const cpu = await clientCpu(quick ? 2 : 7, quick ? 50 : 2000);
const imports = importTimes({ "signalwire-compat": pathToFileURL(ours).href, twilio: pathToFileURL(twilioEntry).href }, quick ? 1 : 9);
const twilioVersion = JSON.parse(readFileSync(require.resolve("twilio/package.json"), "utf8")).version;
process.stdout.write(
  JSON.stringify({
    node: process.versions.node,
    twilio_node: twilioVersion,
    sequential_us_per_call: { n_per_contender: seqRounds * seqBlock, ...seqTime },
    sequential_client_cpu_us_per_call: seqCpu,
    requests_per_s: { concurrency: 50, n_per_round: rateTotal, ...rate },
    server_cpu_share: share,
    client_cpu_us_per_call: cpu,
    import_ms: imports,
  }),
  () => process.exit(0), // idle keep-alive connections would hold the process a while longer
);
