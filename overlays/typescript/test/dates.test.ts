// The date filters of a listing (`format: date`), as in Python: a `Date` is sent as `YYYY-MM-DD`
// only at midnight UTC, a string as given; against the Python sandbox, which checks each request.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InvalidParameterError, SignalWire } from "../src/index.js";
import { recording, useSandbox } from "./sandbox.js";

const info = useSandbox();

function recorded(): { sw: SignalWire; sent: Request[] } {
  const sent: Request[] = [];
  const sw = new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, maxRetries: 0, fetch: recording(sent) });
  return { sw, sent };
}

async function drain(pages: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of pages);
}

function query(request: Request): string {
  return new URL(request.url).search.slice(1);
}

describe("date filters", () => {
  it("send a Date at midnight UTC as YYYY-MM-DD", async () => {
    const { sw, sent } = recorded();
    await drain(sw.calls.list({ startTimeAfter: new Date(Date.UTC(2026, 10, 1)) }));
    await drain(sw.calls.list({ startTimeAfter: new Date("2026-10-31T19:00:00-05:00") }));
    await drain(sw.calls.list({ startTimeAfter: new Date("0005-01-02T00:00:00Z") }));
    assert.deepEqual(sent.map(query), ["StartTime%3E=2026-11-01", "StartTime%3E=2026-11-01", "StartTime%3E=0005-01-02"]);
  });

  it("take a Date in every date filter", async () => {
    const { sw, sent } = recorded();
    const day = new Date(Date.UTC(2026, 10, 1));
    await drain(sw.calls.list({ startTime: day, startTimeBefore: day, startTimeAfter: day, endTime: day, endTimeBefore: day, endTimeAfter: day }));
    const wires = ["StartTime", "StartTime%3C", "StartTime%3E", "EndTime", "EndTime%3C", "EndTime%3E"];
    assert.equal(query(sent[0]!), wires.map((wire) => `${wire}=2026-11-01`).join("&"));
  });

  it("send strings as given, an RFC 2822 date too", async () => {
    for (const value of ["2026-11-01", "Sun, 01 Nov 2026 00:00:00 +0000", "not a date at all"]) {
      const { sw, sent } = recorded();
      await drain(sw.calls.list({ endTime: value }));
      assert.deepEqual([...new URL(sent[0]!.url).searchParams], [["EndTime", value]]);
    }
  });

  it("refuse a Date that is not midnight UTC, naming the field, before sending", async () => {
    const cases: [unknown, RegExp][] = [
      [new Date(Date.UTC(2026, 10, 1, 0, 0, 1)), /must be midnight UTC/],
      [new Date(Date.UTC(2026, 10, 1, 0, 0, 0, 1)), /must be midnight UTC/],
      [new Date("2026-11-01T00:00:00-05:00"), /must be midnight UTC/],
      [new Date(Number.NaN), /invalid Date/],
      [new Date(Date.UTC(10000, 0, 1)), /out of the range of dates/],
      [20261101, /must be a Date or a string, not number/],
    ];
    for (const [value, reason] of cases) {
      const { sw, sent } = recorded();
      await assert.rejects(async () => drain(sw.calls.list({ startTimeBefore: value as Date })), (error: unknown) => {
        assert.ok(error instanceof InvalidParameterError);
        assert.equal(error.field, "startTimeBefore");
        assert.match(error.message, reason);
        return true;
      });
      assert.equal(sent.length, 0);
    }
  });

  it("type the filters as string | Date", () => {
    const { sw } = recorded();
    const typed = (): void => {
      void sw.calls.list({ startTimeAfter: new Date(), endTime: "2026-11-01" });
      // @ts-expect-error a number is not a date
      void sw.calls.list({ endTimeBefore: 20261101 });
    };
    assert.equal(typeof typed, "function");
  });
});
