/** Percent-encoding exactly as the Python SDK (and twilio-python) does it. */

/** Escape the marks `encodeURIComponent` leaves alone, as Python's `quote` does. */
export function escapeMarks(text: string): string {
  return text.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// Text that both encodings leave as it is (most names, sids and values): returned at once.
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;

/** Python's `urllib.parse.quote_plus`: only A-Z a-z 0-9 - . _ ~ stay as they are; space is `+`. */
export function quotePlus(text: string): string {
  return UNRESERVED.test(text) ? text : escapeMarks(encodeURIComponent(text)).replace(/%20/g, "+");
}

/** Python's `quote(text, safe="")`: one path segment, `/` included, escaped. */
export function quotePath(text: string): string {
  return UNRESERVED.test(text) ? text : escapeMarks(encodeURIComponent(text));
}
