/** RFC 2822 dates of a call as Date values, accepting the service's `Sept` style months. */

import type { Call } from "../../../generated/typescript/types.gen.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Parse an RFC 2822 date; a date without a zone is UTC. Throws on anything else. */
export function parseRfc2822(value: string): Date {
  const text = value.trim().replace(/(?<=\d )([A-Za-z]{4,})\.?(?= \d)/, (word) =>
    MONTHS.some((month) => month.startsWith(word.toLowerCase())) ? word.slice(0, 3) : word,
  );
  const match = /^(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?(?: (GMT|UTC|UT|Z|[+-]\d{4}))?$/.exec(text);
  const month = match ? MONTHS.findIndex((m) => m.startsWith((match[2] ?? "").toLowerCase())) : -1;
  if (!match || month < 0) throw new RangeError(`not an RFC 2822 date: ${value}`);
  const [, day, , year, hour, minute, second, zone] = match;
  let offset = 0;
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith("-") ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  const utc = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  return new Date(utc - offset * 60_000);
}

export interface CallTimes {
  dateCreated: Date | null;
  dateUpdated: Date | null;
  startTime: Date | null;
  endTime: Date | null;
}

function maybe(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  try {
    return parseRfc2822(value);
  } catch {
    return null;
  }
}

/** A call's dates as Date values; null where absent, null or unreadable. */
export function callTimes(call: Call): CallTimes {
  return {
    dateCreated: maybe(call.date_created),
    dateUpdated: maybe(call.date_updated),
    startTime: maybe(call.start_time),
    endTime: maybe(call.end_time),
  };
}
