/** The journal of a bulk run: the same JSON Lines file as the Python SDK writes, so a run
 * started in either language resumes in the other. A `sending` line is written (to the
 * operating system) before each request goes out, and one with the outcome after; an answer
 * that is resent (a 429, say) is written as `failed` before it is. A torn last line is
 * ignored, and the next line appended starts on a line of its own. One run at a time uses a
 * journal (see `lock.ts`). */

import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, fsyncSync, openSync, readSync, statSync, writeSync } from "node:fs";
import { ConfigurationError } from "./errors.js";
import { hold, type Lock } from "./lock.js";

const FORMAT = 1;
export type Prior = "applied" | "failed" | "unknown";
const PRIOR: Record<string, Prior> = { sending: "unknown", unknown: "unknown", applied: "applied", failed: "failed" };

/** A digest of the operation's name, the parent ids fixed for the run (`conferenceSid` of
 * participants), and the form body sent for every id, not the values. */
export function requestDigest(operation: string, body: string | null, parents: readonly string[] = []): string {
  const target = operation + parents.map((parent) => ` ${parent}`).join("");
  return createHash("sha256").update(`${target}\n${body ?? ""}`).digest("hex").slice(0, 32);
}

function parse(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Each line of a file, read in chunks (never the whole file at once), and whether it ends
 * with a newline (only the last may not). */
function* lines(path: string): Generator<[string, boolean]> {
  const fd = openSync(path, "r");
  try {
    const chunk = Buffer.alloc(1 << 16);
    let rest = Buffer.alloc(0);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      let data = Buffer.concat([rest, chunk.subarray(0, read)]);
      for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10)) {
        yield [data.subarray(0, end).toString("utf8"), true];
        data = data.subarray(end + 1);
      }
      rest = Buffer.from(data);
    }
    if (rest.length > 0) yield [rest.toString("utf8"), false];
  } finally {
    closeSync(fd);
  }
}

interface Held {
  fd: number;
  lock: Lock;
}

/** Closes the file and gives the journal back if a run is dropped without being iterated. */
const dropped = new FinalizationRegistry<Held>((held) => shut(held));

function shut(held: Held): void {
  try {
    closeSync(held.fd);
  } finally {
    held.lock.release();
  }
}

export class Journal {
  readonly prior = new Map<string, Prior>();
  #held: Held | null;
  /** The file ends with a whole line (or is empty). */
  #fresh = true;

  constructor(
    readonly path: string,
    operation: string,
    digest: string,
  ) {
    const header = { journal: FORMAT, operation, request: digest };
    let held: Held;
    try {
      if (attempt(() => statSync(path).isDirectory())) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      const lock = hold(path);
      try {
        const size = attempt(() => statSync(path).size) ?? 0;
        if (size > 0) this.#read(header);
        held = { fd: openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o666), lock };
      } catch (error) {
        lock.release();
        throw error;
      }
    } catch (error) {
      throw this.#error(error);
    }
    this.#held = held;
    dropped.register(this, held, this);
    try {
      if (fstatSync(held.fd).size === 0) this.#write(header);
    } catch (error) {
      this.#shut();
      throw this.#error(error);
    }
  }

  #error(error: unknown): ConfigurationError {
    if (error instanceof ConfigurationError) return error;
    return new ConfigurationError("journal", `${this.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  #read(header: Record<string, unknown>): void {
    let first = true;
    for (const [line, whole] of lines(this.path)) {
      this.#fresh = whole;
      const record = parse(line);
      if (first) {
        first = false;
        if (record === null || record.journal !== FORMAT) throw new ConfigurationError("journal", `${this.path} is not a journal of this tool`);
        if (JSON.stringify(record) !== JSON.stringify(header)) {
          throw new ConfigurationError("journal", `${this.path} was written for another operation or other fields; give a new journal, or the same fields to resume`);
        }
        continue;
      }
      if (record === null) continue; // a torn line, written as the process died
      const { id, event } = record;
      if (typeof id === "string" && typeof event === "string" && event in PRIOR) this.prior.set(id, PRIOR[event]!);
    }
  }

  /** One line in one write, on a line of its own: after a torn line (an earlier crash, or a
   * write cut short here) it starts with a newline. */
  #write(record: Record<string, unknown>): void {
    if (this.#held === null) throw new ConfigurationError("journal", `${this.path}: closed`);
    const data = Buffer.from(`${this.#fresh ? "" : "\n"}${JSON.stringify(record)}\n`);
    let written: number;
    try {
      written = writeSync(this.#held.fd, data);
    } catch (error) {
      this.#fresh = false; // it may have written part of the line
      throw this.#error(error);
    }
    if (written < data.length) {
      this.#fresh = false;
      throw new ConfigurationError("journal", `${this.path}: ENOSPC`);
    }
    this.#fresh = true;
  }

  /** Append one event for `id`. */
  record(id: string, event: string, details: Record<string, unknown> = {}): void {
    this.#write({ id, event, ...details });
  }

  #shut(): void {
    const held = this.#held;
    if (held === null) return;
    this.#held = null;
    dropped.unregister(this);
    shut(held);
  }

  /** Flush to disk, close, and give the journal back for another run. */
  close(): void {
    if (this.#held === null) return;
    try {
      fsyncSync(this.#held.fd);
    } catch (error) {
      throw this.#error(error);
    } finally {
      this.#shut();
    }
  }
}

function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
