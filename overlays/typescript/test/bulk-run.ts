// A bulk run in a process of its own, for the scenario tests that stop, kill or race runs of
// both languages on one journal (tests/test_bulk_scenarios.py). Its one argument is a JSON
// setting; credentials come from the environment, as for the Python command.
//
//   {"baseUrl", "ids": PATH, "fields": {...}, "bulk": {...}}: update the ids of the file (one a
//     line), printing one JSON line per result as the command's --json does, then
//     {"summary": ...}; exit 0, 1, 3 or 130 as the command; 2 with {"refused": message} if
//     the journal cannot be used. SIGINT stops the run; a second one exits at once.
//   {"baseUrl", "race": true, "fields", "bulk"}: for each line of stdin (a JSON list of ids),
//     start a run on them, and print {"refused": message} or, once it has ended,
//     {"held": counts}.

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type BulkRun, type BulkSummary, ConfigurationError, SignalWire, SignalWireError } from "../src/index.js";

interface Setting {
  baseUrl: string;
  ids?: string;
  race?: boolean;
  fields: Record<string, unknown>;
  bulk: Record<string, unknown>;
}

const setting = JSON.parse(process.argv[2]!) as Setting;
const sw = new SignalWire({ baseUrl: setting.baseUrl });
const print = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);

function start(ids: Iterable<string> | AsyncIterable<string>): BulkRun<unknown> | null {
  try {
    return sw.calls.updateMany(ids, { ...setting.fields, bulk: setting.bulk } as never) as BulkRun<unknown>;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    print({ refused: error.message });
    return null;
  }
}

const counts = (summary: BulkSummary) => ({
  applied: summary.applied,
  failed: summary.failed,
  unknown: summary.unknown,
  skipped: summary.skipped,
  requests: summary.requests,
  throttled: summary.throttled,
  interrupted: summary.interrupted,
});

async function* lines(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const id = line.trim();
    if (id && !id.startsWith("#")) yield id;
  }
}

async function once(path: string): Promise<number> {
  const run = start(lines(path));
  if (run === null) return 2;
  process.on("SIGINT", () => {
    if (run.summary.interrupted) process.exit(130);
    run.stop();
  });
  try {
    for await (const result of run) {
      const error = result.error;
      const code = (error as { code?: unknown } | undefined)?.code;
      print({ id: result.id, outcome: result.outcome, ...(error ? { error: `${error.name}: ${error.message}` } : {}), ...(code != null ? { code } : {}) });
    }
  } catch (error) {
    if (!(error instanceof SignalWireError)) throw error;
    print({ stopped: error.message, summary: counts(run.summary) });
    return 1;
  }
  const summary = run.summary;
  print({ summary: counts(summary) });
  return summary.interrupted ? 130 : summary.unknown ? 3 : summary.failed ? 1 : 0;
}

async function race(): Promise<number> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const run = start(JSON.parse(line) as string[]);
    if (run === null) continue;
    for await (const _ of run);
    print({ held: counts(run.summary) });
  }
  return 0;
}

process.exitCode = setting.race ? await race() : await once(setting.ids!);
