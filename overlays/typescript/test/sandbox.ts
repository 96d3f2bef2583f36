// What the tests that talk to the Python sandbox share: where the repository and its Python
// are, and a sandbox started before a file's tests and stopped after them.

import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../../../../..");
export const PYTHON = process.env.SIGNALWIRE_PYTHON ?? join(ROOT, ".venv", "bin", "python");

/** The JSON line `python -m signalwire_compat.testing` prints once it serves. */
export interface SandboxInfo {
  url: string;
  base_url: string;
  project_id: string;
  api_token: string;
  signing_key: string;
  live_call_sid: string;
  example_call_sid: string;
}

/** A sandbox for this file's tests (with `args`, e.g. `--calls 400`); the object returned is
 * filled in once it serves, before the first test. */
export function useSandbox(args: string[] = []): SandboxInfo {
  const info = {} as SandboxInfo;
  let process: ChildProcess | undefined;
  before(async () => {
    process = spawn(PYTHON, ["-m", "signalwire_compat.testing", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = createInterface({ input: process.stdout! });
    Object.assign(info, JSON.parse(await new Promise<string>((resolve) => lines.once("line", resolve))));
  });
  after(() => {
    process?.kill("SIGTERM");
  });
  return info;
}

/** A fetch that sends with the global fetch, keeping a copy of each request in `sent`. */
export function recording(sent: Request[]): (request: Request) => Promise<Response> {
  return async (request) => {
    sent.push(request.clone());
    return globalThis.fetch(request);
  };
}

/** Every item of an async iterable (a pager, a bulk run), in order. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}
