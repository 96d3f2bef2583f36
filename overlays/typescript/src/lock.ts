/** One run at a time on a journal, whichever language's SDK runs it: the Python SDK's
 * `_lock.py` scheme, name for name. Beside the journal, the directory `<journal>.lock` holds one
 * empty file per run that claims it, named after that run's process
 * (`<host>.<boot>.<pid namespace>.<pid>.<start time>.<nonce>.claim`, the first three digests,
 * `-` where the system does not tell). A run creates its claim (exclusively: it exists whole or
 * not at all), then reads the others: if any other claim's process is alive, or cannot be
 * checked (another machine, another pid namespace), it takes its own claim back and is refused.
 * Of two runs, at least one sees the other's claim, so two never both go on; two that start at
 * the same instant may both be refused. A claim whose process has ended (killed, or before a
 * reboot; a zombie or a reused pid counts as ended) is removed by the next run. */

import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmdirSync, unlinkSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { ConfigurationError } from "./errors.js";

const CLAIM = /^([0-9a-f]{12}|-)\.([0-9a-f]{12}|-)\.([0-9a-f]{12}|-)\.(\d+)\.(\d+|-)\.[0-9a-f]{16}\.claim$/;
/** Times to create the claim while another run removes the emptied directory under it. */
const TRIES = 100;

interface Owner {
  host: string;
  boot: string;
  namespace: string;
  pid: number;
  start: string;
}

const digest = (text: string | null): string => (text ? createHash("sha256").update(text).digest("hex").slice(0, 12) : "-");
const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** The fields of `/proc/<pid>/stat` after the command name (state first). */
function stat(pid: number): string[] | null {
  const text = attempt(() => readFileSync(`/proc/${pid}/stat`, "utf8").trim());
  return text ? text.slice(text.lastIndexOf(")") + 1).split(/\s+/).filter(Boolean) : null;
}

function me(): Owner {
  const fields = stat(process.pid);
  return {
    host: digest(hostname()),
    boot: digest(attempt(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim())),
    namespace: digest(attempt(() => readlinkSync("/proc/self/ns/pid"))),
    pid: process.pid,
    start: fields?.[19] ?? "-",
  };
}

function owner(name: string): Owner | null {
  const found = CLAIM.exec(name);
  if (found === null) return null;
  return { host: found[1]!, boot: found[2]!, namespace: found[3]!, pid: Number(found[4]), start: found[5]! };
}

/** Whether the run that made a claim may still be running (true when in doubt). */
function alive(other: Owner, self: Owner): boolean {
  if (other.host !== self.host) return true; // another machine: it cannot be checked from here
  if (other.boot !== self.boot && other.boot !== "-" && self.boot !== "-") return false; // before this machine last started
  if (other.namespace !== self.namespace || process.platform === "win32") return true;
  try {
    process.kill(other.pid, 0);
  } catch (error) {
    if (code(error) === "ESRCH") return false;
    // EPERM: another user's process: it exists
  }
  const fields = stat(other.pid);
  if (fields === null) return !existsSync("/proc/self"); // gone, where /proc tells
  if (fields[0] === "Z" || fields[0] === "X") return false; // ended, not yet reaped
  return other.start === "-" || fields.length <= 19 || fields[19] === other.start;
}

/** The journal's path with its links resolved, so that every path to it locks the same. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return join(attempt(() => realpathSync(dirname(resolve(path)))) ?? dirname(resolve(path)), basename(path));
  }
}

function giveBack(directory: string, name: string): void {
  attempt(() => unlinkSync(join(directory, name)));
  attempt(() => rmdirSync(directory)); // unless another run's claim is in it
}

/** A claim on a journal; `release()` gives it back (once). */
export class Lock {
  #held = true;

  constructor(
    readonly directory: string,
    readonly name: string,
  ) {}

  release(): void {
    if (!this.#held) return;
    this.#held = false;
    giveBack(this.directory, this.name);
  }
}

/** Claim `journal` for this run; a `ConfigurationError` if another run uses it. */
export function hold(journal: string): Lock {
  const directory = `${real(journal)}.lock`;
  const self = me();
  const name = `${self.host}.${self.boot}.${self.namespace}.${self.pid}.${self.start}.${randomBytes(8).toString("hex")}.claim`;
  let others: string[];
  try {
    let made = false;
    for (let i = 0; i < TRIES && !made; i++) {
      try {
        mkdirSync(directory);
      } catch (error) {
        if (code(error) !== "EEXIST") throw error;
      }
      try {
        closeSync(openSync(join(directory, name), "wx", 0o644));
        made = true;
      } catch (error) {
        if (code(error) !== "ENOENT") throw error; // the directory was removed as it emptied: make it again
      }
    }
    if (!made) throw new ConfigurationError("journal", `${journal}: cannot create a claim in ${directory}`);
    others = readdirSync(directory).filter((n) => n !== name);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError("journal", `${journal}: cannot lock it: ${code(error) ?? (error as Error).message}`);
  }
  const holders: Owner[] = [];
  for (const other of others) {
    const found = owner(other);
    if (found === null) continue; // not a claim
    if (alive(found, self)) holders.push(found);
    else attempt(() => unlinkSync(join(directory, other)));
  }
  if (holders.length > 0) {
    giveBack(directory, name);
    const where = holders[0]!.host === self.host ? "" : " on another machine";
    throw new ConfigurationError(
      "journal",
      `${journal}: in use by another run (process ${holders[0]!.pid}${where}); wait for it to end, or give another journal (if no run uses it, remove ${directory})`,
    );
  }
  return new Lock(directory, name);
}
