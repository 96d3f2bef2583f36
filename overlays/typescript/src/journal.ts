/** The journal of a bulk run: the same JSON Lines file as the Python SDK writes, so a run
 * started in either language resumes in the other. A `sending` line is written (to the
 * operating system) before each request goes out, and one with the outcome after. */

import { createHash } from "node:crypto";
import { closeSync, existsSync, fsyncSync, openSync, readSync, statSync, writeSync } from "node:fs";
import { ConfigurationError } from "./errors.js";

const FORMAT = 1;
export type Prior = "applied" | "failed" | "unknown";
const PRIOR: Record<string, Prior> = { sending: "unknown", unknown: "unknown", applied: "applied", failed: "failed" };

/** A digest of the operation's name and the form body sent for every id, not the values. */
export function requestDigest(operation: string, body: string | null): string {
  return createHash("sha256").update(`${operation}\n${body ?? ""}`).digest("hex").slice(0, 32);
}

function parse(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Each line of a file, read in chunks (never the whole file at once). */
function* lines(path: string): Generator<string> {
  const fd = openSync(path, "r");
  try {
    const chunk = Buffer.alloc(1 << 16);
    let rest = Buffer.alloc(0);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      let data = Buffer.concat([rest, chunk.subarray(0, read)]);
      for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10)) {
        yield data.subarray(0, end).toString("utf8");
        data = data.subarray(end + 1);
      }
      rest = Buffer.from(data);
    }
    if (rest.length > 0) yield rest.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

export class Journal {
  readonly prior = new Map<string, Prior>();
  #fd: number | null;

  constructor(
    readonly path: string,
    operation: string,
    digest: string,
  ) {
    const header = { journal: FORMAT, operation, request: digest };
    try {
      const exists = existsSync(path) && statSync(path).size > 0;
      if (exists) this.#read(header);
      this.#fd = openSync(path, "a");
      if (!exists) this.#write(header);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError("journal", `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  #read(header: Record<string, unknown>): void {
    let first = true;
    for (const line of lines(this.path)) {
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

  #write(record: Record<string, unknown>): void {
    if (this.#fd !== null) writeSync(this.#fd, `${JSON.stringify(record)}\n`);
  }

  /** Append one event for `id`. */
  record(id: string, event: string, details: Record<string, unknown> = {}): void {
    this.#write({ id, event, ...details });
  }

  /** Flush to disk and close. */
  close(): void {
    if (this.#fd === null) return;
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    this.#fd = null;
  }
}
