// `updateMany` / `deleteMany` against the Python sandbox: outcomes, duplicates, lazy ids, 429s,
// the journal and resuming (in the format the Python SDK writes), stopping. Nothing is timed.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { createInterface } from "node:readline";
import { type BulkResult, type Call, ConfigurationError, ConnectionLostError, InvalidParameterError, NotFoundError, OutcomeUnknownError, RateLimitError, SignalWire } from "../src/index.js";
import { requestDigest } from "../src/journal.js";
import { Pacer } from "../src/pacer.js";
import { all, PYTHON, useSandbox } from "./sandbox.js";

const CALLS = 400;
const XML = "https://example.com/maintenance.xml";

const info = useSandbox(["--calls", String(CALLS)]);
let used = 0;

/** Fresh in-progress calls of the sandbox (started with CALLS of them, CA000...0 on). */
function live(count: number): string[] {
  const sids = Array.from({ length: count }, (_, i) => `CA${String(used + i).padStart(32, "0")}`);
  used += count;
  assert.ok(used <= CALLS);
  return sids;
}

type Fetch = (request: Request) => Promise<Response>;

function client(fetch?: Fetch) {
  return new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, ...(fetch ? { fetch } : {}) });
}

/** A fetch that records the sid of every update sent, and may act instead of the service. */
function recording(sent: string[], act?: (n: number, request: Request) => Promise<Response> | null) {
  return async (request: Request) => {
    sent.push(new URL(request.url).pathname.split("/").pop()!);
    return act?.(sent.length, request) ?? globalThis.fetch(request);
  };
}

function counts(results: BulkResult<unknown>[]): Record<string, number> {
  const found: Record<string, number> = {};
  for (const r of results) found[r.outcome] = (found[r.outcome] ?? 0) + 1;
  return found;
}

const journalPath = () => join(mkdtempSync(join(tmpdir(), "sw-bulk-")), "run.jsonl");

interface JournalEvent {
  id: string;
  event: string;
  status?: number;
}

/** The journal's lines after its header. */
const events = (journal: string): JournalEvent[] =>
  readFileSync(journal, "utf8").trim().split("\n").slice(1).map((l) => JSON.parse(l) as JournalEvent);

describe("updateMany", () => {
  it("updates each id once and gives each its result", async () => {
    const sids = live(30);
    const sent: string[] = [];
    const results: BulkResult<Call>[] = await all(client(recording(sent)).calls.updateMany([...sids, ...sids, ` ${sids[0]} `, ""], { status: "completed" }));
    assert.deepEqual(results.map((r) => r.id).sort(), [...sids].sort());
    assert.ok(results.every((r) => r.outcome === "applied" && r.result?.status === "completed"));
    assert.deepEqual([...sent].sort(), [...sids].sort());
  });

  it("reads ids as they are needed", async () => {
    const sids = live(20);
    let taken = 0;
    async function* source() {
      for (const sid of sids) {
        taken += 1;
        yield sid;
      }
    }
    const iterator = client().calls.updateMany(source(), { url: XML, bulk: { concurrency: 2 } })[Symbol.asyncIterator]();
    await iterator.next();
    assert.ok(taken < sids.length);
    let rest = 0;
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) rest += 1;
    assert.equal(rest, sids.length - 1);
  });

  it("checks fields and settings before anything is sent", () => {
    const sent: string[] = [];
    const sw = client(recording(sent));
    // @ts-expect-error not a status an update takes
    assert.throws(() => sw.calls.updateMany(["CA1"], { status: "hangup" }), InvalidParameterError);
    for (const rate of [0, -1, Infinity, Number.NaN]) assert.throws(() => sw.calls.updateMany(["CA1"], { url: XML, bulk: { rate } }), /rate/);
    assert.throws(() => sw.calls.updateMany(["CA1"], { url: XML, bulk: { concurrency: 0 } }), /concurrency/);
    assert.deepEqual(sent, []);
  });

  it("reports failures per id, and never sends a malformed id", async () => {
    const [sid] = live(1);
    const sent: string[] = [];
    const run = client(recording(sent)).calls.updateMany([sid!, "CA-missing", "CA\u0001bad"], { status: "completed" });
    const results = new Map((await all(run)).map((r) => [r.id, r]));
    assert.equal(results.get(sid!)?.outcome, "applied");
    assert.ok(results.get("CA-missing")?.error instanceof NotFoundError);
    assert.ok(results.get("CA\u0001bad")?.error instanceof InvalidParameterError);
    assert.deepEqual(Object.fromEntries(run.summary.failures), { "20404": 1, InvalidParameterError: 1 });
    assert.equal(sent.length, 2);
  });

  it("fails odd ids alone, and never sends them", async () => {
    const [sid] = live(1);
    const sent: string[] = [];
    const odd = [42, "CA\ud800", "x".repeat(300), sid] as unknown as string[];
    const results = await all(client(recording(sent)).calls.updateMany(odd, { url: XML }));
    assert.equal(results.filter((r) => r.outcome === "failed").length, 3);
    assert.ok(results.every((r) => r.id === sid || r.error instanceof InvalidParameterError));
    assert.deepEqual(sent, [sid]);
  });

  it("resends 429s and counts them", async () => {
    const sids = live(5);
    const sent: string[] = [];
    const throttle = (n: number) =>
      n <= 3 ? Promise.resolve(new Response(JSON.stringify({ code: 20429, message: "Too Many Requests", status: 429 }), { status: 429, headers: { "Retry-After": "0", "Content-Type": "application/json" } })) : null;
    const run = client(recording(sent, throttle)).calls.updateMany(sids, { url: XML, bulk: { rate: 1000, concurrency: 1 } });
    const results = await all(run);
    assert.deepEqual(counts(results), { applied: 5 });
    assert.equal(run.summary.throttled, 3);
    assert.equal(run.summary.requests, 8);
  });

  it("leaves a lost update unknown, and a resume skips done ids and does not resend it", async () => {
    const sids = live(6);
    const journal = journalPath();
    const sent: string[] = [];
    const drop = (n: number, request: Request) =>
      n === 1
        ? globalThis.fetch(request).then(() => {
            throw new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
          })
        : null;
    const first = await all(client(recording(sent, drop)).calls.updateMany([...sids.slice(0, 4), "CA-missing"], { url: XML, bulk: { journal, concurrency: 1 } }));
    assert.deepEqual(counts(first), { applied: 3, unknown: 1, failed: 1 });
    const lost = first.find((r) => r.outcome === "unknown")!;
    assert.ok(lost.error instanceof ConnectionLostError);

    const again = new Map((await all(client(recording(sent)).calls.updateMany([...sids, "CA-missing"], { url: XML, bulk: { journal } }))).map((r) => [r.id, r]));
    assert.ok(again.get(lost.id)?.error instanceof OutcomeUnknownError);
    assert.deepEqual(
      sids.filter((s) => again.get(s)?.outcome === "skipped"),
      sids.slice(0, 4).filter((s) => s !== lost.id),
    );
    assert.deepEqual(sids.filter((s) => again.get(s)?.outcome === "applied"), sids.slice(4));
    assert.equal(again.get("CA-missing")?.outcome, "failed");
    assert.equal(sent.filter((s) => s === lost.id).length, 1);
    assert.ok(!readFileSync(journal, "utf8").includes(XML));

    const retried = await all(client().calls.updateMany([lost.id], { url: XML, bulk: { journal, retryUnknown: true } }));
    assert.equal(retried[0]?.outcome, "applied");
  });

  it("refuses a journal of other fields, or a file that is not a journal", async () => {
    const journal = journalPath();
    await all(client().calls.updateMany(live(1), { url: XML, bulk: { journal } }));
    assert.throws(() => client().calls.updateMany(["CA1"], { status: "completed", bulk: { journal } }), (e) => e instanceof ConfigurationError && /other fields/.test(e.message));
    assert.throws(() => client().calls.updateMany(["CA1"], { url: XML, bulk: { journal: dirname(journal) } }), ConfigurationError);
    const notJournal = join(dirname(journal), "ids.txt");
    writeFileSync(notJournal, "CA1\n");
    assert.throws(() => client().calls.updateMany(["CA1"], { url: XML, bulk: { journal: notJournal } }), /not a journal/);
  });

  it("writes the journal header the Python SDK writes, so either resumes the other's", () => {
    const python = execFileSync(PYTHON, ["-c", "from signalwire_compat._journal import request_digest; print(request_digest('update_a_call', b'Status=completed&Url=https%3A%2F%2Fe.x%2F%C3%A9'))"], { encoding: "utf8" }).trim();
    assert.equal(requestDigest("update_a_call", "Status=completed&Url=https%3A%2F%2Fe.x%2F%C3%A9"), python);
  });

  it("stop() sends nothing more and finishes what is in flight", async () => {
    const sids = live(60);
    const journal = journalPath();
    const sent: string[] = [];
    const run = client(recording(sent)).calls.updateMany(sids, { url: XML, bulk: { journal, rate: 200, concurrency: 4 } });
    const seen: string[] = [];
    for await (const result of run) {
      seen.push(result.id);
      if (seen.length === 5) run.stop();
    }
    assert.ok(run.summary.interrupted && seen.length >= 5 && seen.length < 60);
    assert.deepEqual([...sent].sort(), [...seen].sort());
    const recorded = events(journal);
    assert.equal(recorded.filter((e) => e.event === "sending").length, seen.length);
    assert.equal(recorded.filter((e) => e.event === "applied").length, seen.length);
  });

  it("an aborted signal stops the run as stop() does, nothing left unknown", async () => {
    const sids = live(60);
    const journal = journalPath();
    const sent: string[] = [];
    const controller = new AbortController();
    const run = client(recording(sent)).calls.updateMany(sids, { url: XML, signal: controller.signal, bulk: { journal, rate: 200, concurrency: 4 } });
    const seen: string[] = [];
    for await (const result of run) {
      assert.equal(result.outcome, "applied", String(result.error)); // the abort does not cut a request
      seen.push(result.id);
      if (seen.length === 5) controller.abort();
    }
    assert.ok(run.summary.interrupted && seen.length >= 5 && seen.length < 60);
    assert.deepEqual([...sent].sort(), [...seen].sort());
    const recorded = events(journal);
    assert.equal(recorded.filter((e) => e.event === "applied").length, seen.length);
    assert.equal(recorded.filter((e) => e.event === "sending").length, seen.length);

    const before = new AbortController();
    before.abort();
    const none: string[] = [];
    const results = await all(client(recording(none)).calls.updateMany(live(3), { url: XML, signal: before.signal }));
    assert.deepEqual([results.length, none.length], [0, 0]); // aborted already: nothing sent
  });

  it("starts an append on a fresh line after a torn last line", async () => {
    const sids = live(3);
    const journal = journalPath();
    const torn = '{"id": "CA-torn", "event": "sen'; // what a full disk leaves of the last line
    await all(client().calls.updateMany(sids.slice(0, 1), { url: XML, bulk: { journal } }));
    appendFileSync(journal, torn);
    await all(client().calls.updateMany(sids, { url: XML, bulk: { journal } }));
    const lines = readFileSync(journal, "utf8").trimEnd().split("\n");
    assert.equal(lines.filter((l) => l === torn).length, 1);
    const events = lines.filter((l) => l !== torn).map((l) => JSON.parse(l) as { id?: string; event?: string });
    assert.deepEqual(events.filter((e) => e.event === "sending").map((e) => e.id).sort(), [...sids].sort());
  });

  it("journals ids refused with a 429 as failed when stopped in the pause, so a resume sends them", async () => {
    const sids = live(25);
    const journal = journalPath();
    const sent: string[] = [];
    // Every request is refused, the first 25 together once all have come: then every id is in the pause.
    let arrived: () => void = () => {};
    const allArrived = new Promise<void>((resolve) => (arrived = resolve));
    const throttle = async (n: number) => {
      if (n === sids.length) arrived();
      await allArrived;
      return new Response(JSON.stringify({ code: 20429, message: "Too Many Requests", status: 429 }), { status: 429, headers: { "Retry-After": "30", "Content-Type": "application/json" } });
    };
    const run = client(recording(sent, throttle)).calls.updateMany(sids, { url: XML, bulk: { journal, concurrency: 25 } });
    const results = all(run);
    await allArrived;
    while (run.summary.throttled < sids.length) await new Promise((resolve) => setTimeout(resolve, 5));
    run.stop();
    const stopped = await results;
    assert.deepEqual(counts(stopped), { failed: 25 });
    assert.ok(stopped.every((r) => r.error instanceof RateLimitError));
    assert.deepEqual([run.summary.failed, run.summary.unknown, Object.fromEntries(run.summary.failures)], [25, 0, { "20429": 25 }]);
    const last = new Map(events(journal).map((e) => [e.id, e]));
    assert.deepEqual(new Set([...last.values()].map((e) => `${e.event} ${e.status}`)), new Set(["failed 429"]));
    const resumed = await all(client(recording(sent)).calls.updateMany(sids, { url: XML, bulk: { journal } }));
    assert.deepEqual(counts(resumed), { applied: 25 });
    assert.deepEqual(sent.slice(-25).sort(), [...sids].sort());
  });

  it("refuses a journal another run is using, by any path to it, and sends nothing", async () => {
    const sids = live(4);
    const journal = journalPath();
    const alias = join(dirname(journal), "alias.jsonl");
    symlinkSync(journal, alias);
    const sent: string[] = [];
    const first = client(recording(sent)).calls.updateMany(sids.slice(0, 2), { url: XML, bulk: { journal } });
    for (const path of [journal, alias]) {
      assert.throws(() => client(recording(sent)).calls.updateMany(sids.slice(2), { url: XML, bulk: { journal: path } }), (e) => e instanceof ConfigurationError && /in use by another run/.test(e.message));
    }
    assert.deepEqual(sent, []);
    assert.deepEqual(counts(await all(first)), { applied: 2 });
    assert.deepEqual(counts(await all(client(recording(sent)).calls.updateMany(sids, { url: XML, bulk: { journal: alias } }))), { skipped: 2, applied: 2 });
    assert.deepEqual([...sent].sort(), [...sids].sort());
    assert.deepEqual(readdirSync(dirname(journal)).sort(), ["alias.jsonl", "run.jsonl"]);
  });

  it("is refused while a Python run holds the journal, and goes on once it has ended or was killed", async () => {
    const journal = journalPath();
    const holder = (signal: "EOF" | "SIGKILL") =>
      new Promise<void>((resolve, reject) => {
        const script = "import sys\nfrom signalwire_compat import SignalWire\nsw = SignalWire(project_id=sys.argv[1], api_token=sys.argv[2], base_url=sys.argv[3])\nrun = sw.calls.update_many(['CA1'], url=sys.argv[5], bulk={'journal': sys.argv[4]})\nprint('held', flush=True)\nsys.stdin.read()\n";
        const child = spawn(PYTHON, ["-c", script, info.project_id, info.api_token, info.base_url, journal, XML], { stdio: ["pipe", "pipe", "inherit"] });
        createInterface({ input: child.stdout! }).once("line", () => {
          try {
            assert.throws(() => client().calls.updateMany(["CA1"], { url: XML, bulk: { journal } }), (e) => e instanceof ConfigurationError && /in use by another run \(process \d+\)/.test(e.message));
          } catch (error) {
            reject(error);
          }
          if (signal === "SIGKILL") child.kill("SIGKILL");
          else child.stdin!.end();
        });
        child.once("exit", () => resolve());
      });
    await holder("EOF");
    assert.deepEqual(counts(await all(client().calls.updateMany(live(1), { url: XML, bulk: { journal } }))), { applied: 1 });
    await holder("SIGKILL"); // its claim is left behind, and found stale
    assert.deepEqual(counts(await all(client().calls.updateMany(live(1), { url: XML, bulk: { journal } }))), { applied: 1 });
  });

  for (const [change, refused] of [["none", true], ["pid reused", false], ["before a reboot", false], ["on another machine", true]] as const) {
    it(`judges a claim by the process that made it (${change}: ${refused ? "refused" : "stale"})`, async () => {
      const journal = journalPath();
      const lock = `${journal}.lock`;
      const run = client().calls.updateMany([], { url: XML, bulk: { journal } });
      const [claim] = readdirSync(lock);
      await all(run); // it ends, and takes its claim back
      assert.deepEqual(readdirSync(dirname(journal)), ["run.jsonl"]);
      const parts = claim!.split("."); // host, boot, pid namespace, pid, start time, nonce, "claim"
      if (change === "pid reused") parts[4] = String(Number(parts[4]) + 1);
      if (change === "before a reboot") parts[1] = "0".repeat(12);
      if (change === "on another machine") [parts[0], parts[3]] = ["0".repeat(12), "999999999"]; // its pid cannot be checked
      mkdirSync(lock);
      writeFileSync(join(lock, parts.join(".")), "");
      const sent: string[] = [];
      if (refused) {
        assert.throws(
          () => client(recording(sent)).calls.updateMany(["CA1"], { url: XML, bulk: { journal } }),
          (e) => e instanceof ConfigurationError && /in use by another run/.test(e.message) && e.message.includes("on another machine") === (change === "on another machine"),
        );
        assert.deepEqual(sent, []);
      } else {
        assert.deepEqual(counts(await all(client().calls.updateMany(live(1), { url: XML, bulk: { journal } }))), { applied: 1 });
        assert.deepEqual(readdirSync(dirname(journal)), ["run.jsonl"]); // the stale claim removed, the lock given back
      }
    });
  }

  it("drops a byte order mark from an id, as the Python SDK does", async () => {
    const [sid] = live(1);
    const sent: string[] = [];
    const [result] = await all(client(recording(sent)).calls.updateMany([`\ufeff${sid!}`], { url: XML }));
    assert.deepEqual([result?.id, result?.outcome, sent], [sid, "applied", [sid]]);
  });

  it("is typed from the operations table", () => {
    const sw = client();
    // @ts-expect-error fetch is not applied to many ids
    assert.equal(sw.calls.fetchMany, undefined);
    assert.equal(typeof sw.calls.deleteMany, "function");
  });
});

describe("the pacer", () => {
  it("spaces sends, slows at a 429, and recovers to the ceiling", () => {
    let now = 0;
    const pacer = new Pacer(10, () => now);
    assert.deepEqual([pacer.reserve(), pacer.reserve(), pacer.reserve()].map((s) => Math.round(s * 1000) / 1000), [0, 0.1, 0.2]);
    pacer.throttled(2);
    assert.ok(Math.abs(pacer.rate! - 2.4) < 1e-9);
    assert.ok(Math.abs(pacer.reserve() - 2) < 1e-9);
    pacer.throttled(2);
    assert.ok(Math.abs(pacer.rate! - 2.4) < 1e-9);
    for (let i = 0; i < 200; i++) pacer.succeeded();
    assert.equal(pacer.rate, 10);
  });

  it("without a rate, takes one from the first 429", () => {
    const pacer = new Pacer(null, () => 0);
    for (let i = 0; i < 50; i++) assert.equal(pacer.reserve(), 0);
    pacer.throttled(1);
    assert.equal(pacer.rate, 40);
  });
});
