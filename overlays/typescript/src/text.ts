/** Text safety: checks that a text can be sent (no control characters, valid Unicode), and the
 * escaping that makes a text safe to show in logs and terminals. */

// biome-ignore lint: control characters are what this matches
export const CONTROL = /[\x00-\x1f\x7f]/;
/** A lone surrogate: text that cannot be encoded as UTF-8. */
export const LONE_SURROGATE = /\p{Cs}/u;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` with control characters and lone surrogates escaped, safe for logs and terminals. */
export function printable(text: string): string {
  // biome-ignore lint: control characters are what this matches
  // C0 and C1 controls, the bidirectional overrides and isolates, lone surrogates.
  return text.replace(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, "0")}`);
  });
}

/** `text` with each of `secrets` replaced by `[redacted]`. */
export function hide(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, secret) => (secret ? t.split(secret).join("[redacted]") : t), text);
}
