/** A webhook's form as web frameworks hand it over: read as name/value pairs, grouped by name,
 * or as each name's last value. */

import { InvalidParameterError } from "./errors.js";

/** A form: an object (a value may be a list of values), `URLSearchParams`, or name/value pairs. */
export type Params = Record<string, string | readonly string[]> | URLSearchParams | Iterable<readonly [string, string]>;

const NOT_A_FORM = "must be a form: an object, URLSearchParams or [name, value] pairs of strings";

function notAForm(extra = ""): InvalidParameterError {
  return new InvalidParameterError("params", NOT_A_FORM + extra);
}

/** The form's values by name, in order. */
export function grouped(params: Params): Map<string, string[]> {
  if (typeof params === "string") throw notAForm("; pass a raw body as body");
  if (params === null || typeof params !== "object") throw notAForm();
  const pairs: Iterable<unknown> =
    Symbol.iterator in params ? (params as Iterable<unknown>) : Object.entries(params as Record<string, unknown>);
  const out = new Map<string, string[]>();
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length !== 2) throw notAForm();
    const [name, value] = pair as [unknown, unknown];
    const values: unknown[] = Array.isArray(value) ? [...value] : [value];
    if (typeof name !== "string" || !values.every((v) => typeof v === "string")) throw notAForm();
    out.set(name, [...(out.get(name) ?? []), ...(values as string[])]);
  }
  return out;
}

/** Each name's last value, as web frameworks' form objects give it. */
export function lastValues(params: Params): Record<string, string> {
  return Object.fromEntries([...grouped(params)].filter(([, v]) => v.length).map(([name, values]) => [name, values.at(-1)!]));
}
